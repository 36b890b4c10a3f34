import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { PackageWorkbook, WorkbookReadError, XlsxFile } from "../../src/adapters/xlsx";
import { generateBigSheet } from "../../bench/bigSheet";
import { DEFAULT_LIMITS, readWorkbookFile } from "../../src/adapters/xlsx/package/readPackage";
import { a1 } from "../../src/sheet/a1";
import { cellAt, type Grid } from "../../src/sheet/grid";

const CORPUS = path.resolve(__dirname, "../fixtures/xlsx-corpus");
const EXAMPLES = path.resolve(__dirname, "../../examples");

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-pkg-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The same kinds of value as xlsx.test.ts's reading test, and shared formulas: a fixture ExcelJS writes. */
async function kitchenSink(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dữ liệu");
  ws.getCell("B2").value = 0.67;
  ws.getCell("B2").numFmt = "0%";
  ws.getCell("C2").value = { richText: [{ text: "Kế hoạch " }, { text: "năm 2024", font: { bold: true } }] };
  ws.getCell("D2").value = true;
  ws.getCell("E2").value = { error: "#N/A" } as never;
  ws.getCell("F2").value = { formula: "B2*2", result: 1.34, date1904: false };
  ws.getCell("G2").value = new Date(Date.UTC(2025, 11, 15));
  ws.getCell("H2").value = new Date(Date.UTC(2025, 11, 15, 6));
  ws.getCell("B4").value = "gộp";
  ws.mergeCells("B4:D4");
  ws.getCell("B6").value = { formula: "B2+1", result: 1.67, shareType: "shared", ref: "B6:B8" } as never;
  ws.getCell("B7").value = { sharedFormula: "B6", result: 2.67 } as never;
  ws.getCell("B8").value = { sharedFormula: "B6", result: 3.67 } as never;
  wb.definedNames.add("'Dữ liệu'!$B$2:$C$3", "Bang");
  await wb.xlsx.writeFile(file);
}

/** What ExcelJS reads of a sheet: value (a formula's cached result, rich text as its text) and number format by cell. */
function excelJsCells(ws: ExcelJS.Worksheet): Record<string, { value: unknown; numberFormat?: string }> {
  const out: Record<string, { value: unknown; numberFormat?: string }> = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cell.value as ExcelJS.CellValue;
      const value =
        v !== null && typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : v !== null && typeof v === "object" && "formula" in v ? (v.result ?? null) : v;
      if (value === null || value === "") return;
      out[cell.address] = { value, ...(cell.numFmt && cell.numFmt !== "General" ? { numberFormat: cell.numFmt } : {}) };
    }),
  );
  return out;
}

function snapshotCells(grid: Grid): Record<string, { value: unknown; numberFormat?: string }> {
  const out: Record<string, { value: unknown; numberFormat?: string }> = {};
  grid.rows.forEach((row, i) =>
    row.forEach((c, j) => {
      if (!c || c.value === null || c.value === "") return;
      out[a1(grid.top + i, grid.left + j)] = { value: c.value, ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) };
    }),
  );
  return out;
}

describe("package reader: what ExcelJS writes", () => {
  it("reads values, formulas with cached results, formats, dates, merges and names", async () => {
    const file = path.join(dir, "sink.xlsx");
    await kitchenSink(file);
    const snap = await readWorkbookFile(file);
    const grid = snap.sheets[0]!;
    expect(grid).toMatchObject({ sheet: "Dữ liệu", top: 1, left: 1, merges: ["B4:D4"] });
    expect(cellAt(grid, 1, 1)).toEqual({ value: 0.67, numberFormat: "0%" });
    expect(cellAt(grid, 1, 2)).toEqual({ value: "Kế hoạch năm 2024" });
    expect(cellAt(grid, 1, 3)).toEqual({ value: true });
    expect(cellAt(grid, 1, 4)).toEqual({ value: { error: "#N/A" } });
    expect(cellAt(grid, 1, 5)).toEqual({ value: 1.34, formula: "B2*2" });
    // 15/12/2025 is Excel serial day 46006; 06:00 is a quarter of a day.
    expect(cellAt(grid, 1, 6)).toEqual({ value: 46006, numberFormat: "mm-dd-yy" });
    expect(cellAt(grid, 1, 7)?.value).toBe(46006.25);
    expect(cellAt(grid, 3, 1)?.value).toBe("gộp");
    expect(cellAt(grid, 3, 2)).toBeUndefined(); // merged away
    expect(cellAt(grid, 5, 1)).toEqual({ value: 1.67, formula: "B2+1" });
    expect(cellAt(grid, 6, 1)).toEqual({ value: 2.67, formula: "B3+1" });
    expect(cellAt(grid, 7, 1)).toEqual({ value: 3.67, formula: "B4+1" });
    expect(snap.names).toEqual({ Bang: "'Dữ liệu'!$B$2:$C$3" });
  });

  it("reads the bundled example plan and reports cell by cell as ExcelJS reads them", async () => {
    const files = [path.join(EXAMPLES, "ke-hoach-mau.xlsx"), ...(await fs.readdir(path.join(EXAMPLES, "bao-cao"))).map((f) => path.join(EXAMPLES, "bao-cao", f))];
    expect(files).toHaveLength(4);
    let compared = 0;
    for (const file of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const snap = await readWorkbookFile(file);
      expect(snap.sheets.map((g) => g.sheet)).toEqual(wb.worksheets.map((ws) => ws.name));
      for (const grid of snap.sheets) {
        const cells = snapshotCells(grid);
        expect({ file, cells }).toEqual({ file, cells: excelJsCells(wb.getWorksheet(grid.sheet)!) });
        compared += Object.keys(cells).length;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});

describe("XlsxFile reading its own package", () => {
  it("reads a loaded file's charts, and still sees them after a patch elsewhere", async () => {
    const book = await XlsxFile.load(path.join(CORPUS, "pressdx-attain.xlsx"));
    const before = await book.read();
    expect(before.sheets.find((s) => s.sheet === "Phụ lục")?.charts).toEqual(["PressDX_Attain_1_chart"]);
    await book.apply([{ sheet: "Mới", createSheet: true, cells: [{ address: "A1", value: "x" }] }]);
    const after = await book.read();
    expect(after.sheets.map((s) => s.sheet)).toContain("Mới");
    expect(after.sheets.find((s) => s.sheet === "Phụ lục")?.charts).toEqual(["PressDX_Attain_1_chart"]);
  });
});

describe("package reader: limits", () => {
  const refusal = async (file: string, limits = DEFAULT_LIMITS): Promise<WorkbookReadError> => {
    try {
      await readWorkbookFile(file, limits);
    } catch (e) {
      if (e instanceof WorkbookReadError) return e;
      throw e;
    }
    throw new Error(`${file} was read`);
  };

  it("refuses a zip bomb by the size its directory declares, naming the file, the part and the limit", async () => {
    const file = path.join(CORPUS, "hostile-bomb.xlsx");
    const e = await refusal(file);
    expect(e.kind).toBe("too_large");
    expect(e.message).toBe(`${file}: refused: part xl/worksheets/sheet1.xml declares 400 MiB decompressed, over the limit of 256 MiB per part`);
    expect(e.message).not.toContain("\n");
  });

  it("refuses a zip bomb that lies about its size once it inflates past the declared size", async () => {
    const file = path.join(CORPUS, "hostile-bomb-lying.xlsx");
    const e = await refusal(file);
    expect(e.kind).toBe("too_large");
    expect(e.message).toBe(
      `${file}: refused: part xl/worksheets/sheet1.xml inflates beyond the 1 KiB its zip entry declares (a damaged or hostile file)`,
    );
  });

  it("refuses a workbook with more cells than the limit, naming the sheet part", async () => {
    const e = await refusal(path.join(CORPUS, "wps-prefixed.xlsx"), { ...DEFAULT_LIMITS, cells: 10 });
    expect(e.reason).toBe("refused: part xl/worksheets/sheet1.xml holds more than 10 cells and strings (the limit)");
  });

  it("refuses when the parts read together pass the total limit", async () => {
    const e = await refusal(path.join(CORPUS, "wps-prefixed.xlsx"), { ...DEFAULT_LIMITS, totalBytes: 3000 });
    expect(e.kind).toBe("too_large");
    expect(e.reason).toMatch(/^refused: part xl\/[\w/]+\.xml takes the parts read past the limit of 3 KiB decompressed in total$/);
  });

  it("streams a large part in chunks and still reads every cell", async () => {
    // 30,000 rows of 3 cells: about 5 MiB of sheet XML, above the one-call size, so it is inflated in chunks.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Lớn");
    for (let r = 1; r <= 30_000; r++) ws.addRow([r, `dòng ${r}`, r / 4]);
    const file = path.join(dir, "large.xlsx");
    await wb.xlsx.writeFile(file);
    const grid = (await readWorkbookFile(file)).sheets[0]!;
    expect(grid.rows).toHaveLength(30_000);
    expect(cellAt(grid, 29_999, 0)?.value).toBe(30_000);
    expect(cellAt(grid, 29_999, 1)?.value).toBe("dòng 30000");
    expect(cellAt(grid, 14_999, 2)?.value).toBe(3750);
  });

  it("can leave a sheet over the cell limit out and still read the plan beside it", async () => {
    // The example plan holds 104 cells; beside it, a data sheet of 1,000 rows × 3 cells.
    const file = path.join(dir, "plan-and-data.xlsx");
    await generateBigSheet(path.join(EXAMPLES, "ke-hoach-mau.xlsx"), file, 1000);
    const limits = { ...DEFAULT_LIMITS, cells: 500 };
    const book = await PackageWorkbook.open(file, { limits, skipSheetsOverLimit: true });
    const snap = await book.read();
    expect(snap.sheets.map((s) => s.sheet)).toEqual(["Phụ lục"]);
    expect(book.skipped).toEqual([{ sheet: "Dữ liệu lớn", reason: "refused: part xl/worksheets/sheetBig.xml holds more than 500 cells and strings (the limit)" }]);
    // Without the option the workbook is refused whole, as a hostile file is.
    await expect((await PackageWorkbook.open(file, { limits })).read()).rejects.toMatchObject({ kind: "too_large" });
  });
});
