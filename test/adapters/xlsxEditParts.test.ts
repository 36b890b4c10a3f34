import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { clearSheetParts, removeCharts, writeCharts } from "../../src/adapters/xlsx/edit/charts";
import { writeNotes } from "../../src/adapters/xlsx/edit/notes";
import { PackageEdit } from "../../src/adapters/xlsx/edit/packageEdit";
import { WORKSHEET_ORDER } from "../../src/adapters/xlsx/edit/sheetParts";
import type { ChartCache } from "../../src/adapters/xlsx/chartXml";
import { DEFAULT_LIMITS } from "../../src/adapters/xlsx/package/limits";
import { ZipPackage } from "../../src/adapters/xlsx/package/zip";
import type { ChartSpec } from "../../src/sheet/patch";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { all, chartRefs, Package, parseXml, R_NS, type XmlEl } from "../support/xlsxParts";

const CORPUS = path.resolve(__dirname, "../fixtures/xlsx-corpus");
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** A 1×1 PNG, for a drawing that holds a picture before any chart joins it. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-edit-parts-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function save(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

const corpus = (name: string): Promise<Buffer> => fs.readFile(path.join(CORPUS, name));
const open = (bytes: Buffer): Promise<PackageEdit> => PackageEdit.open("test.xlsx", bytes);

/** Every part as stored in the zip: method, CRC and compressed bytes. */
async function stored(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await ZipPackage.open("test.xlsx", bytes, DEFAULT_LIMITS);
  const out = new Map<string, Buffer>();
  for (const name of zip.names()) {
    const raw = zip.raw(name)!;
    out.set(name, Buffer.concat([Buffer.from(`${raw.method}:${raw.crc32}:`), raw.data]));
  }
  return out;
}

/** The parts of `after` whose stored bytes differ from `before`'s, plus the added and the removed ones. */
async function changedParts(before: Buffer, after: Buffer): Promise<{ changed: string[]; added: string[]; removed: string[] }> {
  const a = await stored(before);
  const b = await stored(after);
  return {
    changed: [...b.keys()].filter((n) => a.has(n) && !a.get(n)!.equals(b.get(n)!)).sort(),
    added: [...b.keys()].filter((n) => !a.has(n)).sort(),
    removed: [...a.keys()].filter((n) => !b.has(n)).sort(),
  };
}

async function textOf(bytes: Buffer, part: string): Promise<string | null> {
  return (await open(bytes)).text(part);
}

/** A note as ExcelJS reports it, flattened to its text. */
function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return ((note as { texts?: Array<{ text: string }> }).texts ?? []).map((t) => t.text).join("");
}

async function notesByExcelJS(file: string, sheet: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const out: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const t = noteText(cell);
      if (t !== undefined) out[cell.address] = t;
    }),
  );
  return out;
}

/** The package's single sheet part of that name and its root element's children, by local name. */
function sheetChildren(pkg: Package, sheet: string): XmlEl[] {
  return pkg.part(pkg.sheetParts().get(sheet)!).children;
}

/** The VML shapes that are notes, with their 0-based row and column and their ids. */
function noteShapes(vml: string): Array<{ id: string; row: number; col: number }> {
  return [...vml.matchAll(/<((?:[\w.-]+:)?)shape\b([^>]*)>([\s\S]*?)<\/\1shape>/g)]
    .filter((m) => /ObjectType="Note"/.test(m[3] ?? ""))
    .map((m) => ({
      id: /\sid="([^"]*)"/.exec(m[2] ?? "")?.[1] ?? "",
      row: Number(/Row>(\d+)</.exec(m[3] ?? "")?.[1]),
      col: Number(/Column>(\d+)</.exec(m[3] ?? "")?.[1]),
    }));
}

/** A book ExcelJS writes with a picture, a table and page setup, so a new sheet element has neighbours on both sides. */
async function exceljsBook(opts: { notes?: Record<string, string>; picture?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  ws.addRow(["Đơn vị", "Kế hoạch", "Thực hiện"]);
  ws.addRow(["Báo A", 0.5, 0.4]);
  ws.addRow(["Báo B", 0.7, 0.9]);
  ws.addRow(["Báo C", 0.6, 0.3]);
  ws.pageSetup.orientation = "landscape";
  for (const [address, text] of Object.entries(opts.notes ?? {})) ws.getCell(address).note = text;
  if (opts.picture) {
    const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(image, { tl: { col: 6, row: 1 }, ext: { width: 40, height: 40 } });
  }
  ws.addTable({ name: "Bang", ref: "A7", headerRow: true, columns: [{ name: "Mã" }, { name: "Tên" }], rows: [["1", "Một"]] });
  const other = wb.addWorksheet("Khác");
  other.getCell("A1").value = "không đổi";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function expectSchemaOrder(children: readonly XmlEl[]): void {
  const ranks = children.map((c) => WORKSHEET_ORDER.indexOf(c.local as (typeof WORKSHEET_ORDER)[number]));
  expect(ranks.every((r) => r >= 0)).toBe(true);
  expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
}

const ATTAIN: ChartSpec = {
  name: "Tiến độ",
  title: "Tỷ lệ hoàn thành",
  categories: "A2:A4",
  series: [
    { name: "Kế hoạch", values: "B2:B4" },
    { name: "Thực hiện", values: "C2:C4", color: "D62728" },
  ],
  anchor: { from: "E2", cols: 6, rows: 12 },
  percentAxis: true,
};
const CACHE: ChartCache = { categories: ["Báo A", "Báo B", "Báo C"], series: [[0.5, 0.7, 0.6], [0.4, 0.9, 0.3]] };

/** The chart frames of a drawing part: their names and the chart parts they reach. */
function chartFrames(pkg: Package, drawingPart: string): Array<{ name: string; chart: string | undefined }> {
  const rels = pkg.rels(drawingPart);
  return all(pkg.part(drawingPart), "graphicFrame").map((f) => {
    const chart = all(f, "chart")[0];
    const id = chart && Object.entries(chart.attrs).find(([k]) => chart.attrUris[k] === R_NS)?.[1];
    return { name: all(f, "cNvPr")[0]?.attrs.name ?? "", chart: id === undefined ? undefined : rels.get(id)?.target };
  });
}

function drawingOf(pkg: Package, sheet: string): string | undefined {
  const sheetPart = pkg.sheetParts().get(sheet)!;
  const el = all(pkg.part(sheetPart), "drawing")[0];
  if (!el) return undefined;
  const id = Object.entries(el.attrs).find(([k]) => el.attrUris[k] === R_NS)?.[1] ?? "";
  return pkg.rels(sheetPart).get(id)?.target;
}

describe("notes written into the package", () => {
  it("gives an existing note its new text, keeps the user's other note, and adds new ones beside them", async () => {
    const before = await exceljsBook({ notes: { B2: "ghi chú của người dùng", C3: "giữ nguyên" } });
    const edit = await open(before);
    await writeNotes(edit, "xl/worksheets/sheet1.xml", [
      { address: "B2", text: "Chỉ tiêu mới" },
      { address: "C4", text: "Hai dòng <&>\nnguồn: \"QĐ 348\"" },
      { address: "$A$3", text: "tạm" },
      { address: "A3", text: "cuối cùng thắng" },
      { address: "H9", text: "ô trống" },
    ]);
    const after = edit.toBuffer();
    const file = await save("notes-existing.xlsx", after);

    // ExcelJS reports a note only on a cell the sheet has, so H9 (empty) is checked in the parts below.
    expect(await notesByExcelJS(file, "Kế hoạch")).toEqual({
      B2: "Chỉ tiêu mới",
      C3: "giữ nguyên",
      C4: "Hai dòng <&>\nnguồn: \"QĐ 348\"",
      A3: "cuối cùng thắng",
    });
    const pkg = await Package.open(file);
    expect(pkg.problems()).toEqual([]);
    const comments = pkg.part("xl/comments1.xml");
    expect(all(comments, "comment").map((c) => [c.attrs.ref, all(c, "t").map((t) => t.text).join("")])).toEqual([
      ["B2", "Chỉ tiêu mới"],
      ["C3", "giữ nguyên"],
      ["C4", "Hai dòng <&>\nnguồn: \"QĐ 348\""],
      ["A3", "cuối cùng thắng"],
      ["H9", "ô trống"],
    ]);
    const vml = (await textOf(after, "xl/drawings/vmlDrawing1.vml"))!;
    const shapes = noteShapes(vml);
    expect(shapes.map((s) => [s.row, s.col])).toEqual([[1, 1], [2, 2], [3, 2], [2, 0], [8, 7]]);
    expect(new Set(shapes.map((s) => s.id)).size).toBe(5);
    // Only the two parts that hold notes change; the sheet, its relationships and the content types are as stored.
    expect(await changedParts(before, after)).toEqual({ changed: ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"], added: [], removed: [] });
  });

  it("creates the comments and VML parts, their relationships, content types and <legacyDrawing> in schema order", async () => {
    const before = await exceljsBook({ picture: true });
    const edit = await open(before);
    await writeNotes(edit, "xl/worksheets/sheet1.xml", [{ address: "B3", text: "Nguồn số liệu: Sở TT&TT" }]);
    const after = edit.toBuffer();
    const file = await save("notes-new.xlsx", after);

    expect(await notesByExcelJS(file, "Kế hoạch")).toEqual({ B3: "Nguồn số liệu: Sở TT&TT" });
    const pkg = await Package.open(file);
    expect(pkg.problems()).toEqual([]);
    const children = sheetChildren(pkg, "Kế hoạch");
    expect(children.map((c) => c.local)).toEqual(expect.arrayContaining(["drawing", "legacyDrawing", "tableParts"]));
    expectSchemaOrder(children);
    const rels = pkg.rels("xl/worksheets/sheet1.xml");
    const legacy = children.find((c) => c.local === "legacyDrawing")!;
    const vmlPart = rels.get(legacy.attrs["r:id"] ?? "")?.target;
    expect(vmlPart).toBe("xl/drawings/vmlDrawing1.vml");
    expect([...rels.values()].map((r) => r.type.replace(/.*\//, "")).sort()).toEqual(["comments", "drawing", "table", "vmlDrawing"]);
    const types = pkg.part("[Content_Types].xml");
    expect(all(types, "Default").find((d) => d.attrs.Extension === "vml")?.attrs.ContentType).toBe("application/vnd.openxmlformats-officedocument.vmlDrawing");
    expect(noteShapes((await textOf(after, vmlPart!))!)).toEqual([{ id: "_x0000_s1025", row: 2, col: 1 }]);
    const diff = await changedParts(before, after);
    expect(diff.added).toEqual(["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"]);
    expect(diff.changed).toEqual(["[Content_Types].xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet1.xml"]);
  });

  it("gives the notes of an x:-prefixed sheet a prefixed <legacyDrawing>", async () => {
    const before = await corpus("wps-prefixed.xlsx");
    const edit = await open(before);
    await writeNotes(edit, "xl/worksheets/sheet1.xml", [{ address: "C2", text: "Ghi chú WPS" }]);
    const after = edit.toBuffer();
    const pkg = await Package.open(await save("notes-wps.xlsx", after));
    expect(pkg.problems()).toEqual([]);
    const children = sheetChildren(pkg, "Kế hoạch");
    expectSchemaOrder(children);
    const legacy = children.find((c) => c.local === "legacyDrawing")!;
    expect(legacy.name).toBe("x:legacyDrawing");
    expect(legacy.uri).toBe(MAIN_NS);
    expect((await changedParts(before, after)).changed).toEqual(["[Content_Types].xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet1.xml"]);
  });

  it("finds openpyxl's comments through absolute targets and appends to its namespace-per-element VML", async () => {
    const before = await corpus("openpyxl-plan.xlsx");
    const edit = await open(before);
    await writeNotes(edit, "xl/worksheets/sheet1.xml", [
      { address: "A2", text: "Theo Quyết định 348" },
      { address: "B3", text: "mới" },
    ]);
    const after = edit.toBuffer();
    const pkg = await Package.open(await save("notes-openpyxl.xlsx", after));
    expect(pkg.problems()).toEqual([]);
    const comments = pkg.part("xl/comments/comment1.xml");
    expect(all(comments, "comment").map((c) => [c.attrs.ref, c.attrs.authorId, all(c, "t").map((t) => t.text).join("")])).toEqual([
      ["A2", "0", "Theo Quyết định 348"],
      ["B3", "1", "mới"],
    ]);
    expect(all(comments, "author").map((a) => a.text)).toEqual(["PressDX", "PressDX Planner"]);
    const vml = (await textOf(after, "xl/drawings/commentsDrawing1.vml"))!;
    expect(noteShapes(vml).map((s) => [s.id, s.row, s.col])).toEqual([
      ["_x0000_s1026", 1, 0],
      ["_x0000_s1027", 2, 1],
    ]);
    expect(vml.match(/shapetype\b/g)).toHaveLength(2); // the one definition, open and close tag
    expect((await changedParts(before, after)).changed).toEqual(["xl/comments/comment1.xml", "xl/drawings/commentsDrawing1.vml"]);
  });

  it("creates the comments part beside a VML drawing the sheet already has (for its controls, say)", async () => {
    const base = await open(await exceljsBook({ notes: { B2: "cũ" } }));
    const commentsRel = (await base.rels("xl/worksheets/sheet1.xml")).find((r) => r.type.endsWith("/comments"))!;
    await base.removeRels("xl/worksheets/sheet1.xml", new Set([commentsRel.id]));
    base.remove("xl/comments1.xml");
    await base.setContentType("xl/comments1.xml", null);
    const before = base.toBuffer();
    const edit = await open(before);
    await writeNotes(edit, "xl/worksheets/sheet1.xml", [{ address: "B2", text: "mới" }, { address: "C3", text: "thêm" }]);
    const after = edit.toBuffer();
    const file = await save("notes-vml-only.xlsx", after);
    expect(await notesByExcelJS(file, "Kế hoạch")).toEqual({ B2: "mới", C3: "thêm" });
    expect((await Package.open(file)).problems()).toEqual([]);
    expect(noteShapes((await textOf(after, "xl/drawings/vmlDrawing1.vml"))!).map((s) => [s.row, s.col])).toEqual([[1, 1], [2, 2]]);
    const diff = await changedParts(before, after);
    expect(diff.added).toEqual(["xl/comments1.xml"]);
    expect(diff.changed).toEqual(["[Content_Types].xml", "xl/drawings/vmlDrawing1.vml", "xl/worksheets/_rels/sheet1.xml.rels"]);
  });

  it("appends to Excel's not-quite-XML VML without touching a byte of it", async () => {
    const base = await exceljsBook({ notes: { B2: "cũ" } });
    // Excel's own VML: single-quoted styles, an unclosed <br> in the note's HTML body.
    const excelVml =
      `<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n` +
      ` <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n` +
      `  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style='position:absolute;\r\n` +
      `  margin-left:107.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;\r\n  visibility:hidden' fillcolor="#ffffe1" o:insetmode="auto">\r\n  <v:fill color2="#ffffe1"/>\r\n` +
      `  <v:shadow color="black" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n  <v:textbox style='mso-direction-alt:auto'>\r\n` +
      `   <div style='text-align:left'><font face="Tahoma" size="9" color="auto"><b>An:</b><br></font></div>\r\n  </v:textbox>\r\n` +
      `  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    2, 15, 0, 10, 4, 15, 4, 4</x:Anchor>\r\n` +
      `   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>1</x:Row>\r\n   <x:Column>1</x:Column>\r\n  </x:ClientData>\r\n </v:shape></xml>`;
    const prepared = await open(base);
    prepared.set("xl/drawings/vmlDrawing1.vml", excelVml);
    const edit = await open(prepared.toBuffer());
    await writeNotes(edit, "xl/worksheets/sheet1.xml", [{ address: "B2", text: "mới" }, { address: "C4", text: "thêm" }]);
    const vml = (await edit.text("xl/drawings/vmlDrawing1.vml"))!;
    const end = excelVml.lastIndexOf("</xml>");
    expect(vml.startsWith(excelVml.slice(0, end))).toBe(true);
    expect(vml.endsWith("</xml>")).toBe(true);
    // B2 keeps its shape; C4 gets one, with the next id and no second shape type.
    expect(noteShapes(vml)).toEqual([{ id: "_x0000_s1025", row: 1, col: 1 }, { id: "_x0000_s1026", row: 3, col: 2 }]);
    expect(vml.match(/<v:shapetype\b/g)).toHaveLength(1);
    expect(vml.slice(end)).not.toContain("xmlns:v"); // the root binds v, o and x already
  });

  it("survives a LibreOffice round trip, new parts and appended ones alike", async () => {
    const fresh = await open(await exceljsBook({ picture: true }));
    await writeNotes(fresh, "xl/worksheets/sheet1.xml", [{ address: "B3", text: "Nguồn: Sở TT&TT" }, { address: "A1", text: "đầu bảng" }]);
    const openpyxl = await open(await corpus("openpyxl-plan.xlsx"));
    await writeNotes(openpyxl, "xl/worksheets/sheet1.xml", [{ address: "A2", text: "Theo Quyết định 348" }, { address: "C4", text: "mới" }]);
    const wps = await open(await corpus("wps-prefixed.xlsx"));
    await writeNotes(wps, "xl/worksheets/sheet1.xml", [{ address: "C2", text: "Ghi chú WPS" }]);
    const files = [await save("lo-notes-fresh.xlsx", fresh.toBuffer()), await save("lo-notes-openpyxl.xlsx", openpyxl.toBuffer()), await save("lo-notes-wps.xlsx", wps.toBuffer())];
    const out = await recalcWithLibreOffice(files);

    expect(await notesByExcelJS(out.get(files[0]!)!, "Kế hoạch")).toEqual({ A1: "đầu bảng", B3: "Nguồn: Sở TT&TT" });
    expect(await notesByExcelJS(out.get(files[1]!)!, "Phụ lục")).toEqual({ A2: "Theo Quyết định 348", C4: "mới" });
    // ExcelJS does not read WPS's x: prefix; LibreOffice writes its own comments part, read here as XML.
    const wpsOut = await Package.open(out.get(files[2]!)!);
    const commentsPart = [...wpsOut.rels(wpsOut.sheetParts().get("Kế hoạch")!).values()].find((r) => r.type.endsWith("/comments"))!.target;
    expect(all(wpsOut.part(commentsPart), "comment").map((c) => [c.attrs.ref, all(c, "t").map((t) => t.text).join("")])).toEqual([["C2", "Ghi chú WPS"]]);
  }, 180_000);
});

describe("charts written into the package", () => {
  it("adds a chart to the drawing that holds the user's picture, leaving the picture and every other part as stored", async () => {
    const before = await exceljsBook({ picture: true });
    const edit = await open(before);
    await writeCharts(edit, "xl/worksheets/sheet1.xml", "Kế hoạch", [{ spec: ATTAIN, cache: CACHE }]);
    const after = edit.toBuffer();
    const pkg = await Package.open(await save("chart-add.xlsx", after));
    expect(pkg.problems()).toEqual([]);
    const drawing = drawingOf(pkg, "Kế hoạch")!;
    expect(drawing).toBe("xl/drawings/drawing1.xml");
    expect(all(pkg.part(drawing), "pic")).toHaveLength(1);
    expect(chartFrames(pkg, drawing)).toEqual([{ name: "Tiến độ", chart: "xl/charts/chart1.xml" }]);
    expect(chartRefs(pkg.chartsOf("Kế hoạch")[0]!)).toEqual(["'Kế hoạch'!$A$2:$A$4", "'Kế hoạch'!$B$2:$B$4", "'Kế hoạch'!$A$2:$A$4", "'Kế hoạch'!$C$2:$C$4"]);
    const ids = all(pkg.part(drawing), "cNvPr").map((c) => c.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await changedParts(before, after)).toEqual({
      changed: ["[Content_Types].xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"],
      added: ["xl/charts/chart1.xml"],
      removed: [],
    });
  });

  it("replaces a chart of the same name (trimmed, any case) and leaves no orphan part", async () => {
    const first = await open(await exceljsBook({ picture: true }));
    await writeCharts(first, "xl/worksheets/sheet1.xml", "Kế hoạch", [{ spec: ATTAIN, cache: CACHE }]);
    const before = first.toBuffer();
    const edit = await open(before);
    await writeCharts(edit, "xl/worksheets/sheet1.xml", "Kế hoạch", [{ spec: { ...ATTAIN, name: "  TIẾN ĐỘ ", title: "Lần hai" }, cache: CACHE }]);
    const pkg = await Package.open(await save("chart-replace.xlsx", edit.toBuffer()));
    expect(pkg.problems()).toEqual([]);
    const frames = chartFrames(pkg, "xl/drawings/drawing1.xml");
    expect(frames).toHaveLength(1);
    expect(frames[0]!.name).toBe("  TIẾN ĐỘ ");
    expect(all(pkg.part(frames[0]!.chart!), "t").map((t) => t.text)).toEqual(["Lần hai"]);
    expect(pkg.files.filter((f) => f.startsWith("xl/charts/"))).toEqual([frames[0]!.chart]);
    expect(all(pkg.part("xl/drawings/drawing1.xml"), "pic")).toHaveLength(1);
  });

  it("removes a chart by name, keeping the drawing while it still holds a picture", async () => {
    const first = await open(await exceljsBook({ picture: true }));
    await writeCharts(first, "xl/worksheets/sheet1.xml", "Kế hoạch", [{ spec: ATTAIN, cache: CACHE }, { spec: { ...ATTAIN, name: "Khác" }, cache: CACHE }]);
    const edit = await open(first.toBuffer());
    await removeCharts(edit, "xl/worksheets/sheet1.xml", ["tiến độ", "không có"]);
    const pkg = await Package.open(await save("chart-remove.xlsx", edit.toBuffer()));
    expect(pkg.problems()).toEqual([]);
    expect(chartFrames(pkg, "xl/drawings/drawing1.xml").map((f) => f.name)).toEqual(["Khác"]);
    expect(pkg.files.filter((f) => f.startsWith("xl/charts/"))).toHaveLength(1);
    expect(all(pkg.part("[Content_Types].xml"), "Override").filter((o) => o.attrs.PartName?.startsWith("/xl/charts/"))).toHaveLength(1);
    expect(all(pkg.part("xl/drawings/drawing1.xml"), "pic")).toHaveLength(1);
  });

  it("creates a drawing for a sheet without one, and removing its last chart gives the package back as it was", async () => {
    const before = await exceljsBook();
    const edit = await open(before);
    await writeCharts(edit, "xl/worksheets/sheet1.xml", "Kế hoạch", [{ spec: ATTAIN, cache: CACHE }]);
    const withChart = edit.toBuffer();
    const pkg = await Package.open(await save("chart-new-drawing.xlsx", withChart));
    expect(pkg.problems()).toEqual([]);
    expectSchemaOrder(sheetChildren(pkg, "Kế hoạch"));
    expect(pkg.chartsOf("Kế hoạch")).toHaveLength(1);

    const again = await open(withChart);
    await removeCharts(again, "xl/worksheets/sheet1.xml", ["Tiến độ"]);
    const removed = again.toBuffer();
    const back = await Package.open(await save("chart-removed-drawing.xlsx", removed));
    expect(back.problems()).toEqual([]);
    expect(all(back.part("xl/worksheets/sheet1.xml"), "drawing")).toHaveLength(0);
    // Every part has its original text again (the edited ones re-deflated), and nothing is left over.
    const original = await open(before);
    const result = await open(removed);
    expect(result.names().sort()).toEqual(original.names().sort());
    for (const name of original.names()) expect(await result.text(name)).toBe(await original.text(name));
  });

  it("rebuilds a drawing its sheet names but the package lacks, without a second <drawing>", async () => {
    const base = await open(await exceljsBook({ picture: true }));
    base.remove("xl/drawings/drawing1.xml");
    base.remove("xl/drawings/_rels/drawing1.xml.rels");
    const edit = await open(base.toBuffer());
    await writeCharts(edit, "xl/worksheets/sheet1.xml", "Kế hoạch", [{ spec: ATTAIN, cache: CACHE }]);
    const pkg = await Package.open(await save("chart-dangling.xlsx", edit.toBuffer()));
    expect(pkg.problems()).toEqual([]);
    expect(all(pkg.part("xl/worksheets/sheet1.xml"), "drawing")).toHaveLength(1);
    expect(chartFrames(pkg, "xl/drawings/drawing1.xml")).toEqual([{ name: "Tiến độ", chart: "xl/charts/chart1.xml" }]);
  });

  it("adds to an x:-prefixed sheet's drawing and removes the user's frame that has no chart part", async () => {
    const before = await corpus("wps-prefixed.xlsx");
    const edit = await open(before);
    await writeCharts(edit, "xl/worksheets/sheet1.xml", "Kế hoạch", [{ spec: ATTAIN, cache: CACHE }]);
    const added = await Package.open(await save("chart-wps.xlsx", edit.toBuffer()));
    expect(added.problems()).toEqual([]);
    expect(chartFrames(added, "xl/drawings/drawing1.xml")).toEqual([
      { name: "Biểu đồ mục tiêu", chart: undefined },
      { name: "Tiến độ", chart: "xl/charts/chart1.xml" },
    ]);
    expect((await changedParts(before, edit.toBuffer())).changed).toEqual(["[Content_Types].xml", "xl/drawings/drawing1.xml"]);

    await removeCharts(edit, "xl/worksheets/sheet1.xml", ["Biểu đồ mục tiêu", "Tiến độ"]);
    const after = edit.toBuffer();
    const pkg = await Package.open(await save("chart-wps-removed.xlsx", after));
    expect(pkg.problems()).toEqual([]);
    expect(pkg.files.filter((f) => f.startsWith("xl/drawings/") || f.startsWith("xl/charts/"))).toEqual([]);
    expect(all(pkg.part("xl/worksheets/sheet1.xml"), "drawing")).toHaveLength(0);
    expect(await changedParts(before, after)).toEqual({
      changed: ["[Content_Types].xml", "xl/worksheets/sheet1.xml"],
      added: [],
      removed: ["xl/drawings/drawing1.xml", "xl/worksheets/_rels/sheet1.xml.rels"],
    });
  });

  it("removes openpyxl's chart with its drawing, keeping the sheet's notes", async () => {
    const before = await corpus("openpyxl-plan.xlsx");
    const edit = await open(before);
    await removeCharts(edit, "xl/worksheets/sheet1.xml", ["chart 1"]);
    const after = edit.toBuffer();
    const pkg = await Package.open(await save("chart-openpyxl-removed.xlsx", after));
    expect(pkg.problems()).toEqual([]);
    expect(all(pkg.part("xl/worksheets/sheet1.xml"), "drawing")).toHaveLength(0);
    expect(all(pkg.part("xl/worksheets/sheet1.xml"), "legacyDrawing")).toHaveLength(1);
    expect(await changedParts(before, after)).toEqual({
      changed: ["[Content_Types].xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet1.xml"],
      added: [],
      removed: ["xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"],
    });
  });

  it("survives a LibreOffice round trip beside a picture and in an x:-prefixed sheet", async () => {
    const withPicture = await open(await exceljsBook({ picture: true }));
    await writeCharts(withPicture, "xl/worksheets/sheet1.xml", "Kế hoạch", [{ spec: ATTAIN, cache: CACHE }]);
    const wps = await open(await corpus("wps-prefixed.xlsx"));
    await removeCharts(wps, "xl/worksheets/sheet1.xml", ["Biểu đồ mục tiêu"]);
    await writeCharts(wps, "xl/worksheets/sheet1.xml", "Kế hoạch", [{ spec: { ...ATTAIN, categories: "A2:A4", series: [{ name: "Kế hoạch", values: "B2:B4" }] }, cache: CACHE }]);
    const files = [await save("lo-chart-picture.xlsx", withPicture.toBuffer()), await save("lo-chart-wps.xlsx", wps.toBuffer())];
    const out = await recalcWithLibreOffice(files);

    const a = await Package.open(out.get(files[0]!)!);
    const charts = a.chartsOf("Kế hoạch");
    expect(charts).toHaveLength(1);
    expect(chartRefs(charts[0]!)).toEqual(expect.arrayContaining(["'Kế hoạch'!$B$2:$B$4", "'Kế hoạch'!$C$2:$C$4"]));
    expect(all(a.part(drawingOf(a, "Kế hoạch")!), "pic")).toHaveLength(1);
    const b = await Package.open(out.get(files[1]!)!);
    expect(b.chartsOf("Kế hoạch").map((c) => chartRefs(c).filter((f) => f.includes("$B$")))).toEqual([["'Kế hoạch'!$B$2:$B$4"]]);
  }, 180_000);
});

describe("clearing the parts of a sheet the tool rewrites", () => {
  it("removes the drawing with its chart, the comments and the VML, and keeps the other sheet's table", async () => {
    const before = await corpus("openpyxl-plan.xlsx");
    const edit = await open(before);
    const ids = await clearSheetParts(edit, "xl/worksheets/sheet1.xml");
    expect([...ids].sort()).toEqual(["anysvml", "comments", "rId1"]);
    // What the caller does next: a sheet without the elements that carried those ids.
    const sheet = (await edit.text("xl/worksheets/sheet1.xml"))!.replace(/<(drawing|legacyDrawing)\b[^>]*\/>/g, "");
    edit.set("xl/worksheets/sheet1.xml", sheet);
    const after = edit.toBuffer();
    const pkg = await Package.open(await save("clear-openpyxl.xlsx", after));
    expect(pkg.problems()).toEqual([]);
    expect(await changedParts(before, after)).toEqual({
      changed: ["[Content_Types].xml", "xl/worksheets/sheet1.xml"],
      added: [],
      removed: [
        "xl/charts/chart1.xml",
        "xl/comments/comment1.xml",
        "xl/drawings/_rels/drawing1.xml.rels",
        "xl/drawings/commentsDrawing1.vml",
        "xl/drawings/drawing1.xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
      ],
    });
  });

  it("removes the sheet's table, comments and VML but not its pivot table or printer settings", async () => {
    const base = await open(await exceljsBook({ notes: { A1: "x" } }));
    // Relationship types the clear must leave alone, with their parts.
    const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    base.set("xl/printerSettings/printerSettings1.bin", Buffer.from([1, 2, 3]));
    await base.ensureDefault("bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings");
    base.set("xl/pivotTables/pivotTable1.xml", `<pivotTableDefinition xmlns="${MAIN_NS}"/>`);
    await base.setContentType("xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml");
    const keep = [
      await base.addRel("xl/worksheets/sheet1.xml", `${REL_NS}/printerSettings`, "../printerSettings/printerSettings1.bin"),
      await base.addRel("xl/worksheets/sheet1.xml", `${REL_NS}/pivotTable`, "../pivotTables/pivotTable1.xml"),
    ];
    const edit = await open(base.toBuffer());
    const ids = await clearSheetParts(edit, "xl/worksheets/sheet1.xml");
    expect([...ids].sort()).toHaveLength(3); // table, comments, VML
    expect((await edit.rels("xl/worksheets/sheet1.xml")).map((r) => r.id)).toEqual(keep);
    expect(await edit.contentType("xl/pivotTables/pivotTable1.xml")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml");
    expect(edit.names().filter((n) => !n.endsWith("/") && (/^xl\/(tables|comments|drawings)/.test(n) || /comments\d*\.xml$/.test(n)))).toEqual([]);
    expect(edit.has("xl/printerSettings/printerSettings1.bin")).toBe(true);
    expect(await edit.contentType("xl/tables/table1.xml")).toBe("application/xml"); // the override is gone; only the default is left
  });

  it("removes a picture's media only when no other drawing shows it", async () => {
    const wb = new ExcelJS.Workbook();
    const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
    wb.addWorksheet("A").addImage(image, "B2:C3");
    wb.addWorksheet("B").addImage(image, "B2:C3");
    const edit = await open(Buffer.from(await wb.xlsx.writeBuffer()));
    const media = edit.names().filter((n) => n.startsWith("xl/media/") && !n.endsWith("/"));
    expect(media).toHaveLength(1);

    await clearSheetParts(edit, "xl/worksheets/sheet1.xml");
    expect(edit.names().filter((n) => n.startsWith("xl/media/") && !n.endsWith("/"))).toEqual(media);
    await clearSheetParts(edit, "xl/worksheets/sheet2.xml");
    expect(edit.names().filter((n) => (n.startsWith("xl/media/") || n.startsWith("xl/drawings/")) && !n.endsWith("/"))).toEqual([]);
  });
});

/** saxes must accept every XML part we wrote; Package.open already parses them, this keeps the helper in use. */
it("writes well-formed comments parts", async () => {
  const edit = await open(await exceljsBook());
  await writeNotes(edit, "xl/worksheets/sheet1.xml", [{ address: "A1", text: "a\u0001b" }]);
  const comments = parseXml((await edit.text("xl/comments1.xml"))!);
  expect(all(comments, "t")[0]!.text).toBe("a_x0001_b");
});
