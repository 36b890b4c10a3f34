/**
 * Adds native charts to an .xlsx that ExcelJS wrote (ExcelJS 4.4 cannot write charts): per chart a chart
 * part, per sheet a drawing part holding the anchors (or the sheet's existing drawing, e.g. of images), the
 * relationships between them, the sheet's <drawing> element and the content types. Notes keep working:
 * ExcelJS writes them as comments + a legacy VML drawing, which live beside the new drawing.
 */
import JSZip from "jszip";
import type { ChartSpec } from "../../sheet/patch";
import { anchorXml, chartXml, drawingXml, type ChartCache } from "./chartXml";
import {
  addOverride,
  addRel,
  attr,
  children,
  CONTENT_TYPE,
  insertAt,
  insertBeforeRootEnd,
  parseRels,
  REL,
  relativeTarget,
  relsPath,
  resolveTarget,
} from "./ooxml";

export interface SheetCharts {
  /** The sheet's name as the workbook spells it. */
  readonly sheet: string;
  readonly charts: ReadonlyArray<{ readonly spec: ChartSpec; readonly cache: ChartCache }>;
}

const TYPES = "[Content_Types].xml";
/** CT_Worksheet children that come after <drawing>; it goes before the first of them present. */
const AFTER_DRAWING = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

export async function addCharts(xlsx: Uint8Array, sheets: readonly SheetCharts[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (part: string): Promise<string | null> => (await zip.file(part)?.async("string")) ?? null;
  const must = async (part: string): Promise<string> => {
    const xml = await read(part);
    if (xml === null) throw new Error(`the workbook has no ${part}`);
    return xml;
  };

  const sheetParts = await worksheetParts(await must("xl/workbook.xml"), await read("xl/_rels/workbook.xml.rels"));
  let types = await must(TYPES);
  const next = { chart: nextIndex(zip, /^xl\/charts\/chart(\d+)\.xml$/), drawing: nextIndex(zip, /^xl\/drawings\/drawing(\d+)\.xml$/) };

  for (const { sheet, charts } of sheets) {
    if (charts.length === 0) continue;
    const sheetPart = sheetParts.get(sheet);
    if (sheetPart === undefined) throw new Error(`no worksheet part for sheet "${sheet}"`);
    let sheetXml = await must(sheetPart);
    let sheetRels = await read(relsPath(sheetPart));

    // One <drawing> per sheet: reuse the one ExcelJS wrote for images, or add ours.
    const existing = children(sheetXml).elements.find((e) => e.name === "drawing");
    const existingId = existing ? attr(existing, "id") : undefined;
    let drawingPart: string;
    let drawing: string;
    if (existingId !== undefined) {
      const rel = parseRels(sheetRels).find((r) => r.id === existingId);
      if (!rel) throw new Error(`sheet "${sheet}": drawing relationship ${existingId} is missing`);
      drawingPart = resolveTarget(sheetPart, rel.target);
      drawing = await must(drawingPart);
    } else {
      drawingPart = `xl/drawings/drawing${next.drawing++}.xml`;
      drawing = drawingXml("");
      const added = addRel(sheetRels, REL.drawing, relativeTarget(sheetPart, drawingPart));
      sheetRels = added.xml;
      sheetXml = insertDrawing(sheetXml, added.id);
      types = addOverride(types, drawingPart, CONTENT_TYPE.drawing);
    }

    let drawingRels = await read(relsPath(drawingPart));
    let shapeId = maxShapeId(drawing);
    let anchors = "";
    for (const { spec, cache } of charts) {
      const chartPart = `xl/charts/chart${next.chart++}.xml`;
      zip.file(chartPart, chartXml(sheet, spec, cache));
      types = addOverride(types, chartPart, CONTENT_TYPE.chart);
      const added = addRel(drawingRels, REL.chart, relativeTarget(drawingPart, chartPart));
      drawingRels = added.xml;
      anchors += anchorXml(spec, ++shapeId, added.id);
    }
    zip.file(drawingPart, insertBeforeRootEnd(drawing, anchors));
    if (drawingRels !== null) zip.file(relsPath(drawingPart), drawingRels);
    zip.file(sheetPart, sheetXml);
    if (sheetRels !== null) zip.file(relsPath(sheetPart), sheetRels);
  }
  zip.file(TYPES, types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** Sheet name → worksheet part, through the workbook's relationships rather than assuming sheetN follows tab order. */
async function worksheetParts(workbook: string, rels: string | null): Promise<Map<string, string>> {
  const byId = new Map(parseRels(rels).map((r) => [r.id, r]));
  const out = new Map<string, string>();
  const sheets = children(workbook).elements.find((e) => e.name === "sheets");
  if (!sheets) return out;
  for (const s of children(workbook, sheets.start).elements) {
    if (s.name !== "sheet") continue;
    const rel = byId.get(attr(s, "id") ?? "");
    const name = s.attrs.name;
    if (rel && rel.type === REL.worksheet && name !== undefined) out.set(name, resolveTarget("xl/workbook.xml", rel.target));
  }
  return out;
}

/** The sheet XML with <drawing r:id> at its place in CT_Worksheet order (after pageSetup/headerFooter, before legacyDrawing). */
function insertDrawing(sheetXml: string, rid: string): string {
  const { elements, rootEnd } = children(sheetXml);
  const before = elements.find((e) => AFTER_DRAWING.has(e.name));
  // The r prefix is declared again on the element, so it does not depend on the root's declarations.
  const el = `<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rid}"/>`;
  return insertAt(sheetXml, before ? before.start : rootEnd, el);
}

function nextIndex(zip: JSZip, re: RegExp): number {
  let max = 0;
  for (const name of Object.keys(zip.files)) max = Math.max(max, Number(re.exec(name)?.[1] ?? 0));
  return max + 1;
}

/** Shape ids must be unique within a drawing; start after the largest one there. */
function maxShapeId(drawing: string): number {
  let max = 1;
  for (const m of drawing.matchAll(/<(?:\w+:)?cNvPr\b[^>]*?\sid="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}
