import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import ExcelJS from "exceljs";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import { PatchError } from "../../src/adapters/patchCheck";
import { cellAt } from "../../src/sheet/grid";
import type { ChartSpec, SheetPatch } from "../../src/sheet/patch";
import { pdfWithLibreOffice, recalcWithLibreOffice, requireLibreOffice } from "../support/libreoffice";
import { all, chartRefs, Package, type XmlEl } from "../support/xlsxParts";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-charts-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const PLAN = "Kế hoạch năm 2025";
const COUNT = "Số lượng";
/** Distinctive series colours: the PDF test looks for them as fill colours. */
const PLAN_COLOR = "1F77B4";
const DONE_COLOR = "D62728";

const progress = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  name: "Tiến độ",
  title: "Tỷ lệ hoàn thành năm 2025",
  categories: "A2:A5",
  series: [
    { name: "Kế hoạch", values: "B2:B5", color: PLAN_COLOR },
    { name: "Thực hiện", values: "C2:C5", color: DONE_COLOR },
  ],
  anchor: { from: "E2", cols: 8, rows: 15 },
  percentAxis: true,
  ...over,
});

/** A percentage table with a formula, notes and a chart; a second sheet of counts with its own chart. */
function plan(): SheetPatch[] {
  const rows: Array<[string, number, number | null]> = [
    ["Báo in", 0.8, 0.65],
    ["Phát thanh", 0.6, 0.7],
    ["Truyền hình", 0.9, null], // C4 is a formula without a cached result
    ["Tạp chí", 0.4, 0.35],
  ];
  return [
    {
      sheet: PLAN,
      createSheet: true,
      cells: [
        { address: "A1", value: "Loại hình" },
        { address: "B1", value: "Kế hoạch" },
        { address: "C1", value: "Thực hiện" },
        ...rows.flatMap(([label, target, done], i) => [
          { address: `A${i + 2}`, value: label },
          { address: `B${i + 2}`, value: target, style: { numberFormat: "0%" } },
          done === null ? { address: `C${i + 2}`, formula: `B${i + 2}/2` } : { address: `C${i + 2}`, value: done },
        ]),
      ],
      notes: [
        { address: "B2", text: "Theo Quyết định 348/QĐ-TTg" },
        { address: "C4", text: "Ước tính" },
      ],
      charts: [progress()],
    },
    {
      sheet: COUNT,
      createSheet: true,
      cells: [2023, 2024, 2025].flatMap((year, i) => [
        { address: `A${i + 1}`, value: year },
        { address: `B${i + 1}`, value: [12, 15, 21][i] ?? 0 },
      ]),
      charts: [{ name: "Số cơ quan", title: "Số cơ quan báo chí", categories: "A1:A3", series: [{ name: "Cơ quan", values: "B1:B3" }], anchor: { from: "D1", cols: 6, rows: 12 } }],
    },
  ];
}

async function saved(name: string, patches: SheetPatch[][]): Promise<string> {
  const book = XlsxFile.create();
  for (const batch of patches) await book.apply(batch);
  const file = path.join(dir, name);
  await book.save(file);
  return file;
}

const points = (cache: XmlEl | undefined): Record<string, string> =>
  Object.fromEntries((cache ? all(cache, "pt") : []).map((p) => [p.attrs.idx ?? "", all(p, "v")[0]?.text ?? ""]));

describe("xlsx file: native charts", () => {
  it("writes a well-formed, consistent package: chart parts, drawings, rels and content types, beside notes", async () => {
    const pkg = await Package.open(await saved("plan.xlsx", [plan()]));
    expect(pkg.problems()).toEqual([]);

    const sheetPart = pkg.sheetParts().get(PLAN)!;
    const sheet = pkg.part(sheetPart);
    // CT_Worksheet order: ... pageMargins, (pageSetup, headerFooter...), drawing, legacyDrawing (the notes) ...
    const order = sheet.children.map((c) => c.local);
    expect(order.indexOf("pageMargins")).toBeGreaterThan(-1);
    expect(order.indexOf("drawing")).toBeGreaterThan(order.indexOf("pageMargins"));
    expect(order.indexOf("drawing")).toBe(order.indexOf("legacyDrawing") - 1);
    expect(all(sheet, "drawing")).toHaveLength(1);
    const relTypes = [...pkg.rels(sheetPart).values()].map((r) => r.type.replace(/.*\//, "")).sort();
    expect(relTypes).toEqual(["comments", "drawing", "vmlDrawing"]);

    const [chart, ...more] = pkg.chartsOf(PLAN);
    expect(more).toHaveLength(0);
    const bar = all(chart!, "barChart")[0]!;
    expect(all(bar, "barDir")[0]?.attrs.val).toBe("col");
    expect(all(bar, "grouping")[0]?.attrs.val).toBe("clustered");
    const series = all(bar, "ser");
    expect(series.map((s) => all(all(s, "tx")[0]!, "v")[0]?.text)).toEqual(["Kế hoạch", "Thực hiện"]);
    expect(series.map((s) => all(s, "srgbClr")[0]?.attrs.val)).toEqual([PLAN_COLOR, DONE_COLOR]);
    expect(chartRefs(chart!)).toEqual([
      `'${PLAN}'!$A$2:$A$5`,
      `'${PLAN}'!$B$2:$B$5`,
      `'${PLAN}'!$A$2:$A$5`,
      `'${PLAN}'!$C$2:$C$5`,
    ]);
    expect(points(all(series[0]!, "strCache")[0])).toEqual({ "0": "Báo in", "1": "Phát thanh", "2": "Truyền hình", "3": "Tạp chí" });
    expect(points(all(series[0]!, "numCache")[0])).toEqual({ "0": "0.8", "1": "0.6", "2": "0.9", "3": "0.4" });
    // The formula in C4 has no result yet: its point is left out, and the spreadsheet recalculates on open.
    expect(points(all(series[1]!, "numCache")[0])).toEqual({ "0": "0.65", "1": "0.7", "3": "0.35" });
    expect(all(series[1]!, "formatCode")[0]?.text).toBe("0%");
    const valAx = all(chart!, "valAx")[0]!;
    expect([all(valAx, "min")[0]?.attrs.val, all(valAx, "max")[0]?.attrs.val]).toEqual(["0", "1"]);
    expect(all(valAx, "numFmt")[0]?.attrs.formatCode).toBe("0%");
    expect(all(all(chart!, "title")[0]!, "t")[0]?.text).toBe("Tỷ lệ hoàn thành năm 2025");
    expect(all(chart!, "legend")).toHaveLength(1);

    const counts = pkg.chartsOf(COUNT);
    expect(counts).toHaveLength(1);
    expect(chartRefs(counts[0]!)).toEqual([`'${COUNT}'!$A$1:$A$3`, `'${COUNT}'!$B$1:$B$3`]);
    expect(all(counts[0]!, "max")).toHaveLength(0); // no percent axis: the scale is automatic
  });

  it("anchors the chart at the spec's cell and size, named after the chart", async () => {
    const pkg = await Package.open(await saved("anchor.xlsx", [plan()]));
    const sheetPart = pkg.sheetParts().get(PLAN)!;
    const drawingPart = [...pkg.rels(sheetPart).values()].find((r) => r.type.endsWith("/drawing"))!.target;
    const anchor = all(pkg.part(drawingPart), "twoCellAnchor")[0]!;
    const marker = (tag: string): number[] => ["col", "row"].map((k) => Number(all(all(anchor, tag)[0]!, k)[0]?.text));
    expect(marker("from")).toEqual([4, 1]); // E2
    expect(marker("to")).toEqual([12, 16]);
    expect(all(anchor, "cNvPr")[0]?.attrs.name).toBe("Tiến độ");
  });

  it("leaves a file that reads back, and that ExcelJS still loads, with values and notes intact", async () => {
    const file = await saved("reload.xlsx", [plan()]);
    const book = await XlsxFile.load(file);
    const snap = await book.read();
    expect(snap.sheets.map((s) => s.sheet)).toEqual([PLAN, COUNT]);
    const grid = snap.sheets[0]!;
    expect(cellAt(grid, 1, 0)?.value).toBe("Báo in");
    expect(cellAt(grid, 1, 1)).toEqual({ value: 0.8, numberFormat: "0%" });
    expect(cellAt(grid, 3, 2)?.formula).toBe("B4/2");
    expect(grid.charts).toEqual(["Tiến độ"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(PLAN)!;
    expect(ws.getCell("B2").note).toBe("Theo Quyết định 348/QĐ-TTg");
    expect(ws.getCell("C4").note).toBe("Ước tính");
  });

  it("keeps the charts of a loaded workbook through a patch that does not touch them, and a chart applied again replaces itself", async () => {
    const file = await saved("kept.xlsx", [plan()]);
    const book = await XlsxFile.load(file);
    await book.apply([{ sheet: PLAN, cells: [{ address: "A7", value: "ghi chú" }] }]);
    const again = path.join(dir, "kept-again.xlsx");
    await book.save(again);
    const pkg = await Package.open(again);
    expect(pkg.chartsOf(PLAN)).toHaveLength(1);
    expect(pkg.chartsOf(COUNT)).toHaveLength(1);
    expect(pkg.problems()).toEqual([]);
    await book.apply([{ sheet: PLAN, cells: [], charts: [progress()] }]);
    await book.save(again);
    expect((await Package.open(again)).chartsOf(PLAN)).toHaveLength(1);
  });

  it("replaces a chart applied again under the same name, and keeps charts of other names", async () => {
    const file = await saved("replace.xlsx", [
      plan(),
      [{ sheet: PLAN, cells: [], charts: [progress({ title: "Tiêu đề mới" })] }],
      [{ sheet: PLAN.toUpperCase(), cells: [], charts: [progress({ name: "TIẾN ĐỘ", title: "Tiêu đề cuối" })] }],
    ]);
    let pkg = await Package.open(file);
    const charts = pkg.chartsOf(PLAN);
    expect(charts).toHaveLength(1);
    expect(all(charts[0]!, "t")[0]?.text).toBe("Tiêu đề cuối");
    expect(pkg.files.filter((f) => f.startsWith("xl/charts/"))).toHaveLength(2); // one per sheet

    const two = await saved("two.xlsx", [plan(), [{ sheet: PLAN, cells: [], charts: [progress({ name: "Khác", anchor: { from: "E20", cols: 8, rows: 15 } })] }]]);
    pkg = await Package.open(two);
    expect(pkg.problems()).toEqual([]);
    expect(pkg.chartsOf(PLAN)).toHaveLength(2);
    const sheetPart = pkg.sheetParts().get(PLAN)!;
    const drawingPart = [...pkg.rels(sheetPart).values()].find((r) => r.type.endsWith("/drawing"))!.target;
    const ids = all(pkg.part(drawingPart), "cNvPr").map((c) => c.attrs.id);
    expect(new Set(ids).size).toBe(2);
  });

  it("puts charts into the drawing a sheet already has for an image, keeping one <drawing> per sheet", async () => {
    // The user's workbook, with a 1×1 PNG standing in for a logo: a fixture ExcelJS writes.
    const wb = new ExcelJS.Workbook();
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    wb.addWorksheet(PLAN).addImage(wb.addImage({ buffer: png as never, extension: "png" }), "A8:B10");
    const start = path.join(dir, "image-start.xlsx");
    await wb.xlsx.writeFile(start);
    const book = await XlsxFile.load(start);
    await book.apply(plan());
    const file = path.join(dir, "image.xlsx");
    await book.save(file);
    const pkg = await Package.open(file);
    expect(pkg.problems()).toEqual([]);
    const sheet = pkg.part(pkg.sheetParts().get(PLAN)!);
    expect(all(sheet, "drawing")).toHaveLength(1);
    expect(pkg.chartsOf(PLAN)).toHaveLength(1);
    const drawingPart = [...pkg.rels(pkg.sheetParts().get(PLAN)!).values()].find((r) => r.type.endsWith("/drawing"))!.target;
    const drawing = pkg.part(drawingPart);
    expect([all(drawing, "pic").length, all(drawing, "graphicFrame").length]).toEqual([1, 1]);
    expect((await (await XlsxFile.load(file)).read()).sheets.find((g) => g.sheet === PLAN)?.charts).toEqual(["Tiến độ"]);
  });

  it("checks charts with the rest of the patch: a bad chart writes nothing", async () => {
    const book = XlsxFile.create();
    const bad = (chart: Partial<ChartSpec>, extra: ChartSpec[] = []): SheetPatch[] => [
      { sheet: "Mới", createSheet: true, cells: [{ address: "A1", value: 1 }], charts: [progress(chart), ...extra] },
    ];
    await expect(book.apply(bad({ categories: "A2:Z" }))).rejects.toThrow(PatchError);
    await expect(book.apply(bad({ categories: "A2:B5" }))).rejects.toThrow(/one row or one column/);
    await expect(book.apply(bad({ series: [{ name: "x", values: "B2:B4" }] }))).rejects.toThrow(/3 values for 4 categories/);
    await expect(book.apply(bad({ series: [] }))).rejects.toThrow(/no series/);
    await expect(book.apply(bad({ series: [{ name: "x", values: "B2:B5", color: "red" }] }))).rejects.toThrow(/RRGGBB/);
    await expect(book.apply(bad({ anchor: { from: "E2", cols: 0, rows: 5 } }))).rejects.toThrow(/size/);
    await expect(book.apply(bad({ anchor: { from: "nowhere", cols: 5, rows: 5 } }))).rejects.toThrow(/anchor/);
    await expect(book.apply(bad({}, [progress({ name: "tiến độ" })]))).rejects.toThrow(/twice/);
    await expect(book.apply([{ sheet: "Không có", cells: [], charts: [progress()] }])).rejects.toThrow(/no such sheet/);
    expect(await book.sheetNames()).toEqual([]);
    const file = path.join(dir, "nothing.xlsx");
    await fs.writeFile(file, book.contents); // save() refuses a workbook without a sheet
    expect((await Package.open(file)).files.filter((f) => f.includes("chart"))).toEqual([]);
  });
});

/** Fill colours (PDF "r g b rg") set in the file's content streams, as RRGGBB. */
async function pdfFillColours(file: string): Promise<Set<string>> {
  const bytes = await fs.readFile(file);
  const text = bytes.toString("latin1");
  const out = new Set<string>();
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    let body: string;
    try {
      body = zlib.inflateSync(bytes.subarray(start, text.indexOf("endstream", start))).toString("latin1");
    } catch {
      continue; // not a deflated stream (images, fonts in other encodings)
    }
    for (const c of body.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg/g)) {
      out.add([c[1], c[2], c[3]].map((v) => Math.round(Number(v) * 255).toString(16).padStart(2, "0")).join("").toUpperCase());
    }
  }
  return out;
}

describe("xlsx charts through LibreOffice", () => {
  it("keeps the charts and their ranges when LibreOffice opens and saves the file, and draws the bars in a PDF", async () => {
    requireLibreOffice(); // CI installs LibreOffice: a missing soffice is a failure, not a skip
    const file = await saved("lo.xlsx", [plan()]);
    const plain = await saved("lo-plain.xlsx", [plan().map((p) => ({ ...p, charts: [] }))]);

    const converted = await recalcWithLibreOffice([file]);
    const pkg = await Package.open(converted.get(file)!);
    const [chart] = pkg.chartsOf(PLAN);
    expect(chart).toBeDefined();
    expect(all(chart!, "barDir")[0]?.attrs.val).toBe("col");
    // LibreOffice writes literal series names as formulas ("Kế hoạch"); the ranges are what matter.
    expect(chartRefs(chart!).filter((f) => f.includes("!"))).toEqual([
      `'${PLAN}'!$A$2:$A$5`,
      `'${PLAN}'!$B$2:$B$5`,
      `'${PLAN}'!$A$2:$A$5`,
      `'${PLAN}'!$C$2:$C$5`,
    ]);
    expect(chartRefs(pkg.chartsOf(COUNT)[0]!).filter((f) => f.includes("!"))).toEqual([`'${COUNT}'!$A$1:$A$3`, `'${COUNT}'!$B$1:$B$3`]);

    // The PDF fills bars in the series colours, which a file without charts never uses.
    const pdfs = await pdfWithLibreOffice([file, plain]);
    const withChart = await pdfFillColours(pdfs.get(file)!);
    const without = await pdfFillColours(pdfs.get(plain)!);
    expect([...withChart]).toEqual(expect.arrayContaining([PLAN_COLOR, DONE_COLOR]));
    expect([...without]).not.toContain(PLAN_COLOR);
    expect([...without]).not.toContain(DONE_COLOR);
  });
});
