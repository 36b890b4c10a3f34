// `attain` never fails for want of room: when the area beside a table holds the user's data the block goes to the
// right of it, or to a sheet of its own; the result says where; a re-run finds the block wherever it went and
// replaces it (nothing stacks); and LibreOffice recomputes every written cell to the engine's value.
import { promises as fs } from "node:fs";
import os from "node:os";
import JSZip from "jszip";
import path from "node:path";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import { a1, colName, parseA1, parseRange } from "../../src/sheet/a1";
import type { CellWrite } from "../../src/sheet/patch";
import { renderError } from "../../src/usecases/errorMessages";
import { type AttainOutcome, writeAttainment } from "../../src/usecases/writeAttainment";
import { attainBook, plan, report, type BookSpec } from "../support/attainBook";
import { disagreements } from "../support/engineAgrees";
import { requireLibreOffice } from "../support/libreoffice";
import { WorkbookPackage } from "../support/packageDiff";

/** Three indicators; training has no target yet, so its row is not in the block until one is typed. */
const PRESET = plan({
  platforms: { 2023: { share: 0.5 }, 2024: { share: 0.75 } },
  revenue: { 2023: { share: 0.5, threshold: 0.1 }, 2024: { share: 0.5, threshold: 0.2 } },
  training: {},
});
const SPEC: BookSpec = {
  preset: PRESET,
  reports: [report("Báo A", 2023), report("Báo B", 2023, { platforms: "Không", revenue: 10999 }), report("Báo A", 2024), report("Đài C", 2024, { staff: 40, trained: 10 })],
};
const TABLE_SHEET = "Phụ lục";

let dir: string;
/** Where a block goes on a workbook with nothing beside its table. */
let clean: AttainOutcome;
const outputs = new Map<string, { file: string; outcome: AttainOutcome }>();

async function run(book: XlsxFile, name: string): Promise<AttainOutcome> {
  const r = await writeAttainment(book, { file: `${name}.xlsx` });
  if (!r.ok) throw new Error(renderError(r.error, "en", "cli"));
  const file = path.join(dir, `${name}.xlsx`);
  await book.save(file);
  outputs.set(name, { file, outcome: r.value });
  return r.value;
}

async function bookWith(cells: readonly CellWrite[]): Promise<XlsxFile> {
  const book = await attainBook(SPEC);
  if (cells.length > 0) await book.apply([{ sheet: TABLE_SHEET, cells }]);
  return book;
}

const blockOf = (o: AttainOutcome) => {
  const t = o.tables[0]!;
  return { sheet: t.blockSheet, area: parseRange(t.block), placed: t.placed };
};
/** The 0-based sheet row of an indicator's cells in the block beside the table. */
const rowOf = (o: AttainOutcome, indicator: string): number => parseA1(o.written.find((c) => c.indicator === indicator)!.cell).row;

async function valuesOf(file: string): Promise<Map<string, unknown>> {
  const book = await XlsxFile.load(file);
  const out = new Map<string, unknown>();
  for (const g of (await book.read()).sheets) {
    g.rows.forEach((r, i) => r.forEach((c, j) => c && out.set(`${g.sheet}!${a1(g.top + i, g.left + j)}`, c.formula ?? c.value)));
  }
  return out;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-attain-place-"));
  clean = await run(await bookWith([]), "clean");
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("a block with nothing beside its table", () => {
  it("goes beside it, one blank column after the table, and says so", () => {
    const b = blockOf(clean);
    expect(b).toMatchObject({ sheet: TABLE_SHEET, placed: "beside" });
    expect(b.area.left).toBe(parseRange(clean.tables[0]!.range).right + 2);
  });
});

describe("a block whose place beside the table holds the user's data", () => {
  let right: AttainOutcome;
  let noteCells: CellWrite[];

  beforeAll(async () => {
    const beside = blockOf(clean).area;
    const row = rowOf(clean, "platforms");
    // Two notes in the block's rows: the second, further right, decides where the data ends.
    noteCells = [
      { address: a1(row, beside.left), value: "ghi chú của tôi" },
      { address: a1(row + 1, beside.left + 5), value: 42 },
    ];
    right = await run(await bookWith(noteCells), "right");
  });

  it("goes to the right of that data, after one blank column, and says where", () => {
    const b = blockOf(right);
    expect(b).toMatchObject({ sheet: TABLE_SHEET, placed: "right" });
    expect(b.area.left).toBe(blockOf(clean).area.left + 5 + 2);
    expect(right.tables[0]!.block).toMatch(new RegExp(`^${colName(b.area.left)}\\d+:`));
  });

  it("leaves the user's data as it was", async () => {
    const values = await valuesOf(outputs.get("right")!.file);
    for (const c of noteCells) expect(values.get(`${TABLE_SHEET}!${c.address}`)).toBe(c.value);
  });

  it("is found where it went by a second run, which replaces it: nothing stacks", async () => {
    const first = outputs.get("right")!;
    const again = await run(await XlsxFile.load(first.file), "right-again");
    expect(again.tables).toEqual(right.tables);
    expect(again.written).toEqual(right.written);
    expect([...(await valuesOf(outputs.get("right-again")!.file))]).toEqual([...(await valuesOf(first.file))]);
    const [p1, p2] = await Promise.all([WorkbookPackage.open(first.file), WorkbookPackage.open(outputs.get("right-again")!.file)]);
    expect(p2.definedNames()).toEqual(p1.definedNames());
    expect(p2.sheets().map((s) => s.name)).toEqual(p1.sheets().map((s) => s.name));
    expect(p2.sheet(TABLE_SHEET).conditionalFormats).toEqual(p1.sheet(TABLE_SHEET).conditionalFormats);
    expect(p2.sheet(TABLE_SHEET).charts).toHaveLength(1);
  });

  it("stays where it went when the data beside the table is later removed", async () => {
    const book = await XlsxFile.load(outputs.get("right")!.file);
    await book.apply([{ sheet: TABLE_SHEET, cells: noteCells.map((c) => ({ address: c.address, value: null })) }]);
    const moved = await run(book, "right-cleared");
    expect(moved.tables).toEqual(right.tables);
  });
});

/**
 * A row of figures every six columns from beside the table to the sheet's last column, in the block's rows: no
 * place to the right leaves room for the block.
 */
function fullRow(): CellWrite[] {
  const row = rowOf(clean, "revenue");
  const cells: CellWrite[] = [];
  for (let col = blockOf(clean).area.left; col <= 16_380; col += 6) cells.push({ address: a1(row, col), value: col });
  return cells;
}

describe("a block with no room on its table's sheet", () => {
  let own: AttainOutcome;

  beforeAll(async () => {
    own = await run(await bookWith(fullRow()), "own-sheet");
  });

  it("goes to a sheet of its own, which names the table and the indicators", async () => {
    const b = blockOf(own);
    expect(b).toMatchObject({ sheet: "Kết quả thực hiện", placed: "sheet" });
    const values = await valuesOf(outputs.get("own-sheet")!.file);
    expect(String(values.get("Kết quả thực hiện!A1"))).toContain(`'${TABLE_SHEET}'!${clean.tables[0]!.range}`);
    expect(values.get("Kết quả thực hiện!A4")).toBe("Chỉ tiêu");
    const labels = [5, 6].map((r) => values.get(`Kết quả thực hiện!A${r}`));
    expect(labels).toEqual(["nền tảng số", "doanh thu"].map((s) => expect.stringContaining(s)));
    expect(values.get(`${TABLE_SHEET}!${a1(rowOf(clean, "revenue"), 16_380 - ((16_380 - blockOf(clean).area.left) % 6))}`)).toBeGreaterThan(16_000);
    expect(own.written.every((c) => c.sheet === "Kết quả thực hiện")).toBe(true);
  });

  it("is refused, with nothing written, when the workbook's structure is protected (no sheet can be added)", async () => {
    const file = path.join(dir, "locked-input.xlsx");
    await (await bookWith(fullRow())).save(file);
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", xml.replace("<bookViews>", '<workbookProtection lockStructure="1"/><bookViews>'));
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    const book = await XlsxFile.load(file);
    const before = book.contents;
    const r = await writeAttainment(book);
    expect(r.ok ? null : r.error.code).toBe("write.structure_protected");
    expect(r.ok ? "" : renderError(r.error, "en", "cli")).toContain("Kết quả thực hiện");
    expect(book.contents).toBe(before);
  });

  it("is replaced on that sheet by a second run: no second sheet, the same cells", async () => {
    const again = await run(await XlsxFile.load(outputs.get("own-sheet")!.file), "own-sheet-again");
    expect(again.tables).toEqual(own.tables);
    expect(again.written).toEqual(own.written);
    const [p1, p2] = await Promise.all([WorkbookPackage.open(outputs.get("own-sheet")!.file), WorkbookPackage.open(outputs.get("own-sheet-again")!.file)]);
    expect(p2.sheets().map((s) => s.name)).toEqual(p1.sheets().map((s) => s.name));
    expect(p2.definedNames()).toEqual(p1.definedNames());
    expect([...(await valuesOf(outputs.get("own-sheet-again")!.file))]).toEqual([...(await valuesOf(outputs.get("own-sheet")!.file))]);
  });
});

describe("a block whose table grows into the user's data", () => {
  let before: AttainOutcome;
  let after: AttainOutcome;
  let note: string;

  beforeAll(async () => {
    const first = await bookWith([]);
    before = await run(first, "grow-before");
    // Training gets its first target, and the user has typed a note beside its row, where the block would go.
    const book = await XlsxFile.load(outputs.get("grow-before")!.file);
    const snapshot = await book.read();
    const grid = snapshot.sheets.find((g) => g.sheet === TABLE_SHEET)!;
    const labelRow = grid.rows.findIndex((r) => r.some((c) => typeof c?.value === "string" && c.value.includes("đào tạo")));
    const row = grid.top + labelRow;
    const target = a1(row, parseA1(clean.tables[0]!.range.split(":")[0]!).col + 2);
    note = a1(row, blockOf(before).area.left);
    await book.apply([{ sheet: TABLE_SHEET, cells: [{ address: target, value: 0.5 }, { address: note, value: "đang chờ số liệu" }] }]);
    after = await run(book, "grow-after");
  });

  it("moves past the data, keeps the note, and takes away what it wrote at its old place", async () => {
    expect(blockOf(after).placed).toBe("right");
    expect(blockOf(after).area.left).toBeGreaterThan(parseA1(note).col);
    const values = await valuesOf(outputs.get("grow-after")!.file);
    expect(values.get(`${TABLE_SHEET}!${note}`)).toBe("đang chờ số liệu");
    const old = blockOf(before).area;
    const now = blockOf(after).area;
    for (const c of before.written) {
      const { row, col } = parseA1(c.cell);
      if (row >= now.top && row <= now.bottom && col >= now.left && col <= now.right) continue;
      expect({ cell: c.cell, value: values.get(`${TABLE_SHEET}!${c.cell}`) ?? null }).toEqual({ cell: c.cell, value: null });
    }
    const pkg = await WorkbookPackage.open(outputs.get("grow-after")!.file);
    expect(pkg.definedNames().filter((n) => n.name.startsWith("PressDX_Attain_"))).toEqual([
      expect.objectContaining({ name: "PressDX_Attain_1", value: expect.stringContaining(`$${colName(now.left)}$`) }),
    ]);
    expect(pkg.sheet(TABLE_SHEET).charts).toHaveLength(1);
    // The status colours of one block only: three rules a year group, none left at the old place.
    const ranges = pkg.sheet(TABLE_SHEET).conditionalFormats.map((f) => parseRange(f.sqref.split(" ")[0]!));
    expect(ranges.every((r) => r.left >= now.left)).toBe(true);
    expect(old.left).toBeLessThan(now.left);
  });
});

describe("LibreOffice computes what the engine computes, wherever the block went", () => {
  it("for every cell the tool wrote", async () => {
    requireLibreOffice(); // a missing soffice is a failure, not a skip
    const { checked, differ } = await disagreements([...outputs.values()].map((r) => ({ file: r.file, written: r.outcome.written })));
    expect(differ).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });
});
