/** XlsxFile beyond the port contract: how texts are stored, and what an edit leaves alone. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import { PRESETS } from "../../src/domain/presets";
import { insertAppendix } from "../../src/usecases/insertAppendix";
import { parseA1 } from "../../src/sheet/a1";
import { cellAt } from "../../src/sheet/grid";
import type { SheetPatch } from "../../src/sheet/patch";
import { blockCells } from "../../src/sheet/patchCells";

const part = async (bytes: Buffer, name: string): Promise<string | undefined> => (await JSZip.loadAsync(bytes)).file(name)?.async("string");

describe("XlsxFile: texts", () => {
  it("stores each distinct text of a workbook it creates once, in a shared string table Excel and ExcelJS read", async () => {
    const book = XlsxFile.create();
    const cells = Array.from({ length: 50 }, (_, i) => ({ address: `A${i + 1}`, value: i % 2 ? "Báo Minh Sơn" : " Đài PT-TH & <TV> " }));
    await book.apply([{ sheet: "Tổng hợp", createSheet: true, cells }]);
    await book.apply([{ sheet: "Thêm", createSheet: true, cells: [{ address: "B2", value: "Báo Minh Sơn" }, { address: "B3", value: "mới" }] }]);
    const sst = (await part(book.contents, "xl/sharedStrings.xml")) ?? "";
    expect(sst.match(/<si>/g)).toHaveLength(3);
    expect(sst).toContain('<t xml:space="preserve"> Đài PT-TH &amp; &lt;TV&gt; </t>');
    expect(await part(book.contents, "xl/worksheets/sheet1.xml")).not.toContain("inlineStr");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book.contents as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("Tổng hợp")?.getCell("A1").value).toBe(" Đài PT-TH & <TV> ");
    expect(wb.getWorksheet("Tổng hợp")?.getCell("A50").value).toBe("Báo Minh Sơn");
    expect(wb.getWorksheet("Thêm")?.getCell("B3").value).toBe("mới");
    const snap = await book.read();
    expect(snap.sheets.map((s) => s.rows[0]?.[0]?.value ?? s.rows[0]?.[1]?.value)).toEqual([" Đài PT-TH & <TV> ", "Báo Minh Sơn"]);
  });

  it("writes texts inline into a workbook it edits, leaving the file's own string table as it was", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Kế hoạch").getCell("A1").value = "của người dùng";
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const input = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-xlsxfile-")), "in.xlsx");
    await fs.writeFile(input, file);
    const book = await XlsxFile.load(input);
    await book.apply([{ sheet: "Kế hoạch", cells: [{ address: "B1", value: "của công cụ" }] }]);
    expect(await part(book.contents, "xl/sharedStrings.xml")).toBe(await part(file, "xl/sharedStrings.xml"));
    expect(await part(book.contents, "xl/worksheets/sheet1.xml")).toContain('t="inlineStr"><is><t>của công cụ</t></is>');
    const snap = await book.read();
    expect(snap.sheets[0]?.rows[0]?.map((c) => c?.value)).toEqual(["của người dùng", "của công cụ"]);
  });
});

describe("XlsxFile: reading", () => {
  it("reads a package once until it changes", async () => {
    const book = XlsxFile.create();
    await book.apply([{ sheet: "A", createSheet: true, cells: [{ address: "A1", value: 1 }] }]);
    const first = await book.read();
    expect(await book.read()).toBe(first);
    await book.apply([{ sheet: "A", cells: [{ address: "A1", value: 2 }] }]);
    const second = await book.read();
    expect(second).not.toBe(first);
    expect(second.sheets[0]?.rows[0]?.[0]?.value).toBe(2);
  });
});

/** A file whose sheet "Kế hoạch" holds 1, 2, 3 in A1:A3 and the array formula A1:A3*2 over `ref`, from `first`. */
async function withArrayFormula(first: string, ref: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  for (const [i, v] of [1, 2, 3].entries()) ws.getCell(`A${i + 1}`).value = v;
  ws.getCell(first).value = { formula: "A1:A3*2", result: 2, shareType: "array", ref } as unknown as ExcelJS.CellValue;
  const input = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-array-")), "in.xlsx");
  await fs.writeFile(input, Buffer.from(await wb.xlsx.writeBuffer()));
  return input;
}

describe("XlsxFile: array formulas", () => {
  it("refuses a write into part of an array formula, writing nothing; its first cell and the cells around stay writable", async () => {
    const input = await withArrayFormula("B1", "B1:B3");
    const sheet = async (book: XlsxFile): Promise<string> => (await part(book.contents, "xl/worksheets/sheet1.xml")) ?? "";
    const book = await XlsxFile.load(input);
    expect(await sheet(book)).toMatch(/t="array"[^>]*ref="B1:B3"|ref="B1:B3"[^>]*t="array"/);
    const before = book.contents;
    await expect(book.apply([{ sheet: "Kế hoạch", cells: [{ address: "C1", value: 1 }, { address: "B2", value: 9 }] }])).rejects.toThrow(
      'sheet "Kế hoạch", B2: inside the array formula B1:B3; Excel changes an array formula only as a whole',
    );
    expect(book.contents).toBe(before);
    await book.apply([{ sheet: "Kế hoạch", cells: [{ address: "C2", value: 1 }, { address: "B2", style: { fill: "FFFF00" } }] }]);
    await book.apply([{ sheet: "Kế hoạch", cells: [{ address: "B1", value: "thay" }] }]);
    const grid = (await book.read()).sheets[0];
    const at = (a: string): unknown => (grid ? cellAt(grid, parseA1(a).row, parseA1(a).col)?.value : undefined);
    expect(["A1", "A3", "B1", "C2"].map(at)).toEqual([1, 3, "thay", 1]);
    // The first cell replaced, the formula is gone from the file: nothing left claims B2:B3.
    expect(await sheet(book)).not.toContain('t="array"');
  });
});

describe("XlsxFile: Excel tables", () => {
  async function withTable(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    ws.getCell("A1").value = "Danh sách cơ quan (bảng Excel, còn trống)";
    // A table with a header row and two empty rows, as a user prepares one to fill in later.
    ws.addTable({ name: "CoQuan", ref: "A3", headerRow: true, columns: [{ name: "Tên" }, { name: "Loại" }, { name: "Ghi chú" }], rows: [[null, null, null], [null, null, null]] });
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-table-")), "in.xlsx");
    await fs.writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
    return file;
  }

  it("reads the table's range, and refuses a merge over it, writing nothing", async () => {
    const book = await XlsxFile.load(await withTable());
    expect((await book.read()).sheets[0]?.tables).toEqual(["A3:C5"]);
    const before = book.contents;
    await expect(book.apply([{ sheet: "Phụ lục", cells: [{ address: "A4", value: "x" }], merges: ["A4:B4"] }])).rejects.toThrow(
      'sheet "Phụ lục", A4:B4: overlaps the Excel table A3:C5; Excel merges no cell of a table',
    );
    expect(book.contents).toBe(before);
  });

  it("inserts the appendix below the table's empty rows, not into them", async () => {
    const book = await XlsxFile.load(await withTable());
    const r = await insertAppendix(book, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Phụ lục" });
    expect(r.ok && r.value.range.startsWith("A7:")).toBe(true);
  });
});

describe("XlsxFile: row blocks", () => {
  const block = {
    top: 1,
    left: 1,
    styles: [{ border: true }, { numberFormat: "0.0", border: true }, {}, { wrap: true }],
    rows: [
      ["Báo Minh Sơn", 1.5, true, " lề "],
      ["Đài PT-TH & <TV>", -2, null, null],
      ["Báo Minh Sơn", 300, false, "x"],
    ],
  } as const;
  const asCells = { address: "C3", value: "sau khối" };
  /** Rows of unstyled blanks: no cell, and no row unless it says something of itself (a height). */
  const blanks = { top: 8, left: 0, styles: [{}, {}], rows: [[null, null], [null, null]] };
  const sheetXml = async (book: XlsxFile): Promise<string> => (await part(book.contents, "xl/worksheets/sheet1.xml")) ?? "";

  it("writes a workbook it creates byte for byte as the cells the block stands for, with rows sized after it", async () => {
    const patch = (withBlock: boolean): SheetPatch => ({
      sheet: "Tổng hợp",
      createSheet: true,
      ...(withBlock ? { blocks: [block, blanks] } : {}),
      cells: [...(withBlock ? [] : [...blockCells(block), ...blockCells(blanks)]), asCells],
      rowHeights: [{ row: 2, points: 30 }, { row: 9, points: 20 }],
    });
    const viaBlock = XlsxFile.create();
    await viaBlock.apply([patch(true)]);
    const viaCells = XlsxFile.create();
    await viaCells.apply([patch(false)]);
    expect(await sheetXml(viaBlock)).toBe(await sheetXml(viaCells));
    expect(await part(viaBlock.contents, "xl/sharedStrings.xml")).toBe(await part(viaCells.contents, "xl/sharedStrings.xml"));
    expect(await part(viaBlock.contents, "xl/styles.xml")).toBe(await part(viaCells.contents, "xl/styles.xml"));
    expect(await sheetXml(viaBlock)).toContain('<row r="3" ht="30" customHeight="1">');
    expect(await sheetXml(viaBlock)).toContain('<row r="10" ht="20" customHeight="1"/>');
    expect(await sheetXml(viaBlock)).not.toContain('<row r="9"');
  });

  it("writes into a file it edits as the cells would: texts inline, the user's rows kept around the cells it writes", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.getCell("A2").value = "của người dùng";
    ws.getCell("C3").value = 7;
    ws.getCell("F3").value = "bên phải";
    const input = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-block-")), "in.xlsx");
    await fs.writeFile(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const viaBlock = await XlsxFile.load(input);
    await viaBlock.apply([{ sheet: "Kế hoạch", blocks: [block], cells: [{ address: "H4", value: 1 }] }]);
    const viaCells = await XlsxFile.load(input);
    await viaCells.apply([{ sheet: "Kế hoạch", cells: [...blockCells(block), { address: "H4", value: 1 }] }]);
    expect(await sheetXml(viaBlock)).toBe(await sheetXml(viaCells));
    expect(await sheetXml(viaBlock)).toContain('t="inlineStr"><is><t xml:space="preserve"> lề </t></is>');
    const grid = (await viaBlock.read()).sheets[0];
    const at = (a: string): unknown => (grid ? cellAt(grid, parseA1(a).row, parseA1(a).col)?.value : undefined);
    expect(["A2", "B2", "C3", "D3", "F3", "E4", "H4"].map(at)).toEqual(["của người dùng", "Báo Minh Sơn", -2, undefined, "bên phải", "x", 1]);
  });

  it("refuses a block over part of an array formula, writing nothing", async () => {
    const input = await withArrayFormula("B5", "B5:B7");
    const book = await XlsxFile.load(input);
    const before = book.contents;
    await expect(book.apply([{ sheet: "Kế hoạch", blocks: [{ top: 5, left: 0, styles: [{}, {}], rows: [[1, 2]] }], cells: [] }])).rejects.toThrow(
      'sheet "Kế hoạch", A6:B6: overlaps the array formula B5:B7; Excel changes an array formula only as a whole',
    );
    expect(book.contents).toBe(before);
    // Its first cell alone may be replaced, as by a cell write.
    await book.apply([{ sheet: "Kế hoạch", blocks: [{ top: 4, left: 1, styles: [{}], rows: [["thay"]] }], cells: [] }]);
    expect(await sheetXml(book)).not.toContain('t="array"');
  });
});
