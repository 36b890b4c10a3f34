/**
 * Bounded reading: what a sheet may hold is checked where it is read. Rows and columns past the sheet's end, shared
 * strings the table does not hold and numbers OOXML does not allow are refused with one line naming file, sheet and
 * cell; merges cost what the sheet holds; only a regular file under the size limit is read.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { WorkbookReadError } from "../../src/adapters/xlsx";
import { PackageWorkbook } from "../../src/adapters/xlsx/packageWorkbook";
import { DEFAULT_LIMITS, type ReadLimits, readWorkbookBytes, readWorkbookFile } from "../../src/adapters/xlsx/package/readPackage";
import { readNumber } from "../../src/adapters/xlsx/package/sheetChecks";
import { outsideSheet, readA1 } from "../../src/sheet/a1";
import { cellAt, type Grid } from "../../src/sheet/grid";
import { hostileZip, workbookParts } from "../support/hostileZip";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-bounds-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const book = (body: string, strings?: readonly string[] | null): Buffer => hostileZip(workbookParts(body, strings));
const rows = (...xml: string[]): string => `<sheetData>${xml.join("")}</sheetData>`;
const read = async (body: string, strings?: readonly string[] | null, limits: ReadLimits = DEFAULT_LIMITS): Promise<Grid> =>
  (await readWorkbookBytes("t.xlsx", book(body, strings), limits)).sheets[0]!;

async function refusal(promise: Promise<unknown>): Promise<WorkbookReadError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("not refused");
}

describe("rows and columns past the sheet", () => {
  it.each([
    ['<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>', /^t\.xlsx: cannot be fully read: sheet "Dữ liệu", row 2000000000 is past the last row of a sheet \(1,048,576\)$/],
    ['<row r="5"><c r="A99999999999"><v>1</v></c></row>', /sheet "Dữ liệu", cell A99999999999 is past the last cell of a sheet \(XFD1048576\)$/],
    ['<row r="1"><c r="XFE1"><v>1</v></c></row>', /cell XFE1 is past the last cell/],
    ['<row r="1"><c r="AAAA1"><v>1</v></c></row>', /cell AAAA1 is past the last cell/],
    ['<row r="1048576"/><row><c><v>1</v></c></row>', /row 1048577 is past the last row/],
  ])("refuses %s before allocating for it", async (xml, message) => {
    const e = await refusal(read(rows(xml)));
    expect(e.kind).toBe("corrupted");
    expect(e.message).toMatch(message);
  });

  it("refuses a cell without a reference that runs past XFD", async () => {
    const cells = "<c><v>1</v></c>".repeat(16_385);
    await expect(read(rows(`<row r="3">${cells}</row>`))).rejects.toThrow(/cell XFE3 is past the last column of a sheet \(XFD\)/);
  });

  it("reads the last cell of a sheet, XFD1048576", async () => {
    const grid = await read(rows('<row r="1"><c r="A1"><v>1</v></c></row>', '<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'));
    expect(cellAt(grid, 1_048_575, 16_383)?.value).toBe(2);
  });

  it("readA1 stops at the sheet's end; outsideSheet tells a reference past it from text that is none", () => {
    const out = { row: -1, col: -1 };
    expect(readA1("XFD1048576", out)).toBe(true);
    expect(out).toEqual({ row: 1_048_575, col: 16_383 });
    for (const past of ["XFE1", "A1048577", "A99999999999999999999", "$ZZZ$1"]) {
      expect(readA1(past, out)).toBe(false);
      expect(outsideSheet(past)).toBe(true);
    }
    for (const none of ["A0", "1A", "A-1", "", "A 1"]) expect(outsideSheet(none)).toBe(false);
  });
});

describe("merges", () => {
  const plan = rows(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Chỉ tiêu</t></is></c><c r="B1"><v>1</v></c><c r="C1"><v>2</v></c></row>',
    '<row r="4"><c r="B4" t="inlineStr"><is><t>gộp</t></is></c><c r="C4"><v>3</v></c><c r="D4"><v>4</v></c></row>',
  );

  it("clears what a merge hides and reports merges as written", async () => {
    const grid = await read(`${plan}<mergeCells count="1"><mergeCell ref="B4:D4"/></mergeCells>`);
    expect(grid.merges).toEqual(["B4:D4"]);
    expect([cellAt(grid, 3, 1)?.value, cellAt(grid, 3, 2), cellAt(grid, 3, 3)]).toEqual(["gộp", undefined, undefined]);
    expect(cellAt(grid, 0, 2)?.value).toBe(2);
  });

  it("reads 2,000 merges of the whole sheet at the cost of the cells it holds", async () => {
    const merges = '<mergeCell ref="A1:XFD1048576"/>'.repeat(2000);
    const grid = await read(`${plan}<mergeCells count="2000">${merges}</mergeCells>`);
    expect(grid.merges).toHaveLength(2000);
    expect(grid.merges?.[0]).toBe("A1:XFD1048576");
    // Only A1 keeps its value, as in Excel.
    expect(cellAt(grid, 0, 0)?.value).toBe("Chỉ tiêu");
    expect([cellAt(grid, 0, 1), cellAt(grid, 3, 1), cellAt(grid, 3, 3)]).toEqual([undefined, undefined, undefined]);
  });

  it("refuses overlapping merges whose work passes the cap, and more merges than the limit", async () => {
    const many: string[] = [];
    for (let r = 1; r <= 1000; r++) many.push(`<row r="${r}">${"<c><v>1</v></c>".repeat(20)}</row>`);
    const overlapping = `${rows(...many)}<mergeCells>${'<mergeCell ref="A1:T1000"/>'.repeat(900)}</mergeCells>`;
    const e = await refusal(read(overlapping));
    expect(e.kind).toBe("too_large");
    expect(e.message).toMatch(/sheet "Dữ liệu" has merged areas that overlap over more than 16,000,000 cells/);
    const limited = await refusal(read(`${plan}<mergeCells>${'<mergeCell ref="A1:B2"/>'.repeat(11)}</mergeCells>`, undefined, { ...DEFAULT_LIMITS, merges: 10 }));
    expect(limited.message).toMatch(/sheet "Dữ liệu" holds more than 10 merged areas \(the limit\)/);
  });
});

describe("shared strings", () => {
  const cells = rows('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c></row>');

  it("reads indexes the table holds", async () => {
    const grid = await read(cells, ["a", "b", "c"]);
    expect([cellAt(grid, 0, 0)?.value, cellAt(grid, 0, 1)?.value]).toEqual(["a", "c"]);
  });

  it.each([
    ["an index past the table", ["a", "b"], /sheet "Dữ liệu", cell B1 refers to shared string "2", but its table holds 2$/],
    ["a table its relationship points at but the package lacks", null, /cell A1 refers to shared string "0", but the workbook has no shared string table/],
    ["no table at all", undefined, /cell A1 refers to shared string "0", but the workbook has no shared string table/],
  ])("refuses %s rather than read an empty cell a command could write over", async (_label, strings, message) => {
    const e = await refusal(read(cells, strings as readonly string[] | null | undefined));
    expect(e.kind).toBe("corrupted");
    expect(e.message).toMatch(message);
  });

  it("refuses an index that is not a whole number", async () => {
    await expect(read(rows('<row r="1"><c r="A1" t="s"><v>1abc</v></c></row>'), ["a", "b"])).rejects.toThrow(/cell A1 refers to shared string "1abc"/);
  });
});

describe("numbers", () => {
  it.each(["0x1A", "1e309", "-1e309", "1,5", "NaN", "INF", "Infinity", "1.2.3", "1e", "+", "."])("refuses %s, naming the cell", async (v) => {
    const e = await refusal(read(rows(`<row r="7"><c r="C7"><v>${v}</v></c></row>`)));
    expect(e.message).toBe(`t.xlsx: cannot be fully read: sheet "Dữ liệu", cell C7 holds ${JSON.stringify(v)}, which is not a number`);
  });

  it("reads what xsd:double allows, and an empty <v/> as an empty cell", async () => {
    const values = ["-0", " 1.5 ", ".5", "5.", "1E3", "+2", "2.5e-3", "1e-400"];
    const grid = await read(rows(`<row r="1">${values.map((v) => `<c><v>${v}</v></c>`).join("")}<c r="J1"><v></v></c></row>`));
    expect(grid.rows[0]?.slice(0, values.length).map((c) => c?.value)).toEqual([-0, 1.5, 0.5, 5, 1000, 2, 0.0025, 0]);
    expect(cellAt(grid, 0, 9)).toBeUndefined();
  });

  it("refuses a bad cached result of a formula too", async () => {
    await expect(read(rows('<row r="2"><c r="B2"><f>1+1</f><v>0x2</v></c></row>'))).rejects.toThrow(/cell B2 holds "0x2", which is not a number/);
  });

  it("readNumber agrees with Number() wherever the text is an xsd:double", () => {
    for (const t of ["0", "-12.50", "3.4028235E38", "1e308", "-.5", "00012"]) expect(readNumber(t)).toBe(Number(t));
    for (const t of ["", " ", "0b11", "0o7", "1_000", "١٢"]) expect(readNumber(t)).toBeNull();
  });
});

describe("the input file", () => {
  it("refuses a file over the size limit by its size, without reading it", async () => {
    const big = path.join(dir, "big.xlsx");
    const handle = await fs.open(big, "w");
    await handle.truncate(300 * 1024 * 1024); // sparse: no disk used, and nothing to read if it were read
    await handle.close();
    const e = await refusal(readWorkbookFile(big));
    expect(e.kind).toBe("too_large");
    expect(e.message).toBe(`${big}: refused: the file is 300 MiB, over the limit of 200 MiB (nothing of it was read)`);
    await expect(readWorkbookFile(path.join(__dirname, "../../examples/ke-hoach-mau.xlsx"), { ...DEFAULT_LIMITS, fileBytes: 1000 })).rejects.toThrow(/over the limit of 0 MiB/);
  });

  it("refuses a device (a link to /dev/zero) and a pipe, without waiting on either", async () => {
    const zero = path.join(dir, "zero.xlsx");
    await fs.symlink("/dev/zero", zero);
    await expect(PackageWorkbook.open(zero)).rejects.toThrow(/zero\.xlsx: is not a regular file \(a device, pipe or socket\)/);
    const fifo = path.join(dir, "fifo.xlsx");
    execFileSync("mkfifo", [fifo]);
    await expect(readWorkbookFile(fifo)).rejects.toThrow(/fifo\.xlsx: is not a regular file/);
  });

  it("still reads an ordinary workbook through a symbolic link", async () => {
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(path.join(__dirname, "../../examples/ke-hoach-mau.xlsx"), link);
    expect((await readWorkbookFile(link)).sheets.length).toBeGreaterThan(0);
  });
});
