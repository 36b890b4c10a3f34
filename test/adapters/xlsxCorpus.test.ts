/**
 * Every producer a user meets reads: files made by openpyxl, LibreOffice and pressdx itself, and hand-made
 * packages in the shapes of WPS Office and Google Sheets exports (test/fixtures/xlsx-corpus, with the scripts
 * that made them). Expected values are what each file holds, read off the scripts.
 */
import path from "node:path";
import { readWorkbookFile } from "../../src/adapters/xlsx/package/readPackage";
import { cellAt, type Grid, type WorkbookSnapshot } from "../../src/sheet/grid";

const CORPUS = path.resolve(__dirname, "../fixtures/xlsx-corpus");
const read = (name: string): Promise<WorkbookSnapshot> => readWorkbookFile(path.join(CORPUS, name));
const at = (g: Grid | undefined, address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return cellAt(g!, Number(m[2]) - 1, m[1]!.charCodeAt(0) - 65);
};

describe.each(["openpyxl-plan.xlsx", "libreoffice-plan.xlsx"])("%s (a plan with a chart, a comment, a table, protection)", (name) => {
  let snap: WorkbookSnapshot;
  beforeAll(async () => {
    snap = await read(name);
  });

  it("reads both sheets in tab order with their values and percent formats", () => {
    expect(snap.sheets.map((s) => s.sheet)).toEqual(["Phụ lục", "Dữ liệu"]);
    const plan = snap.sheets[0];
    expect(at(plan, "A2")).toEqual({ value: "Đưa nội dung lên nền tảng số" });
    expect(at(plan, "C2")).toEqual({ value: 0.67, numberFormat: "0%" });
    expect(at(plan, "B4")).toEqual({ value: "4O%", numberFormat: "0%" });
    expect(at(plan, "D2")?.formula).toBe("B2+C2");
    expect(at(plan, "E2")?.value).toBe(true);
    expect(at(plan, "E3")?.value).toBe(46006);
    expect(at(plan, "E4")?.formula).toBe("1/0");
    expect(at(plan, "A6")).toEqual({ value: "Ghi chú gộp" });
    expect(plan?.merges).toEqual(["A6:C6"]);
    expect(at(snap.sheets[1], "C3")).toEqual({ value: 95 });
  });

  it("tells the sheet is protected, names its chart and the formats the tool owns", () => {
    expect(snap.sheets[0]).toMatchObject({ protected: true, charts: ["Chart 1"], ownedFormats: ["review"] });
    expect(snap.sheets[1]).toMatchObject({ protected: false, charts: [], ownedFormats: [] });
  });

  it("tells where its Excel table lies, header row included", () => {
    expect(snap.sheets.map((s) => s.tables)).toEqual([[], ["A1:C3"]]);
  });

  it("keeps workbook-scoped names, constants included, and leaves out the print area and sheet-scoped names", () => {
    expect(snap.names).toEqual({ PressDX_Agencies: "3", Bang: "'Phụ lục'!$A$1:$C$4" });
  });
});

describe("LibreOffice's own shapes", () => {
  it("reads the cached results LibreOffice computed", async () => {
    const plan = (await read("libreoffice-plan.xlsx")).sheets[0];
    expect(at(plan, "D2")).toEqual({ value: 1.27, formula: "B2+C2" });
    expect(at(plan, "E4")).toEqual({ value: { error: "#DIV/0!" }, formula: "1/0" });
  });
});

describe.each(["wps-prefixed.xlsx", "wps-macro.xlsm"])("%s (WPS Office: x:-prefixed parts, absolute targets)", (name) => {
  let snap: WorkbookSnapshot;
  beforeAll(async () => {
    snap = await read(name);
  });

  it("reads shared and rich strings without their phonetic runs, and entities decoded", () => {
    const g = snap.sheets[0];
    expect(at(g, "A1")).toEqual({ value: "Nội dung chỉ tiêu" });
    expect(at(g, "B1")).toEqual({ value: "Kế hoạch năm 2024" });
    expect(at(g, "C1")).toEqual({ value: "A & B" });
  });

  it("reads numbers with built-in and custom formats, booleans, errors and dates", () => {
    const g = snap.sheets[0];
    expect(at(g, "B2")).toEqual({ value: 0.67, numberFormat: "0%" });
    expect(at(g, "B3")).toEqual({ value: 0.333, numberFormat: "0.0%" });
    expect(at(g, "B4")).toEqual({ value: 46006, numberFormat: "mm-dd-yy" });
    expect(at(g, "D2")).toEqual({ value: true });
    expect(at(g, "D3")).toEqual({ value: { error: "#DIV/0!" } });
    expect(at(g, "D4")).toEqual({ value: "Đạt", formula: '"Đạt"' });
  });

  it("expands a shared formula into each cell of its range", () => {
    const g = snap.sheets[0];
    expect(at(g, "C2")).toEqual({ value: 20, formula: "A2*2" });
    expect(at(g, "C3")).toEqual({ value: 22, formula: "A3*2" });
    expect(at(g, "C4")).toEqual({ value: 24, formula: "A4*2" });
  });

  it("reads inline strings and leaves the cells under a merge out", () => {
    const g = snap.sheets[0];
    expect(at(g, "A6")).toEqual({ value: "gộp" });
    expect(at(g, "B6")).toBeUndefined();
    expect(g?.merges).toEqual(["A6:C6"]);
  });

  it("tells protection, the owners of marked conditional formats (any case) and the chart's name", () => {
    expect(snap.sheets[0]).toMatchObject({ protected: true, ownedFormats: ["attain", "review"], charts: ["Biểu đồ mục tiêu"] });
    expect(snap.sheets[1]).toEqual({
      sheet: "Ghi chú",
      top: 0,
      left: 0,
      rows: [[{ value: "A & B" }]],
      merges: [],
      protected: false,
      ownedFormats: [],
      charts: [],
      columnWidths: [],
      tables: [],
      notes: [],
    });
  });

  it("keeps the workbook's own names, not the print area nor sheet-scoped ones", () => {
    expect(snap.names).toEqual({ PressDX_Agencies: "3", Bang: "'Kế hoạch'!$A$1:$D$4" });
  });
});

describe.each(["google-sheets.xlsx", "stored-parts.xlsx"])("%s (Google Sheets and generators: no shared strings, no styles)", (name) => {
  it("reads inline strings, cells and rows without references, the 1904 date system and an ISO date", async () => {
    const snap = await read(name);
    expect(snap.names).toEqual({});
    expect(snap.sheets).toEqual([
      {
        sheet: "Báo cáo",
        top: 0,
        left: 0,
        rows: [
          [{ value: "Năm" }, { value: "Cơ quan báo chí" }, { value: "Báo điện tử" }],
          [{ value: 2024 }, { value: "Báo Minh Sơn" }, { value: false }, { value: 46006 }],
          [],
          [],
          [undefined, { value: "cuối" }],
        ],
        merges: [],
        protected: false,
        ownedFormats: [],
        charts: [],
        columnWidths: [],
        tables: [],
        notes: [],
      },
    ]);
  });
});

describe("pressdx-attain.xlsx (written by pressdx attain: a chart added to ExcelJS's output)", () => {
  it("names the chart pressdx added and keeps its defined names", async () => {
    const snap = await read("pressdx-attain.xlsx");
    const plan = snap.sheets.find((s) => s.sheet === "Phụ lục");
    expect(plan?.charts).toEqual(["PressDX_Attain_1_chart"]);
    expect(Object.keys(snap.names).sort()).toEqual(["PressDX_Agencies_Table", "PressDX_Attain_1", "PressDX_Attain_2"]);
  });
});
