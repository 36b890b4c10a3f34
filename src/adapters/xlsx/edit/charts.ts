/**
 * The tool's charts written into a package in place: a chart part per chart, its anchor in the sheet's drawing
 * (the user's images and charts in that drawing stay), and the relationships and content types that make them
 * reachable. Charts are known by their frame's name, which is how a later run finds and replaces its own.
 */
import type { ChartSpec } from "../../../sheet/patch";
import { anchorXml, chartXml, drawingXml, type ChartCache } from "../chartXml";
import { CONTENT_TYPE, REL, relativeTarget, resolveTarget } from "../ooxml";
import type { PackageEdit } from "./packageEdit";
import { addSheetRef, PartTree, R_NS, relKind, removeSheetRef, sheetRef } from "./sheetParts";
import { eachElement, insertChild, root, splice, type XmlWhere } from "./xmlEdit";

/**
 * Adds charts to the sheet part (a chart whose name, compared case-insensitively and trimmed, the sheet already has
 * is replaced: removed first). Reuses the sheet's existing drawing part (images, the user's charts stay) or creates
 * one with its rels, content type and the sheet's <drawing r:id> element.
 */
export async function writeCharts(edit: PackageEdit, sheetPart: string, sheetName: string, charts: ReadonlyArray<{ readonly spec: ChartSpec; readonly cache: ChartCache }>): Promise<void> {
  if (charts.length === 0) return;
  await removeAnchors(edit, sheetPart, charts.map((c) => c.spec.name), false);

  // The sheet's drawing, or a new one (at the path its <drawing> names when that part is missing).
  const ref = await sheetRef(edit, sheetPart, "drawing");
  const drawingPart = ref?.part ?? edit.freeName("xl/drawings/drawing", ".xml");
  if (!edit.has(drawingPart)) {
    edit.set(drawingPart, drawingXml(""));
    await edit.setContentType(drawingPart, CONTENT_TYPE.drawing);
    if (!ref) await addSheetRef(edit, sheetPart, "drawing", await edit.addRel(sheetPart, REL.drawing, relativeTarget(sheetPart, drawingPart)));
  }

  const drawing = await edit.mustText(drawingPart);
  let shapeId = Math.max(1, ...anchorsOf(drawing, edit.where(drawingPart)).map((a) => a.maxId));
  let anchors = "";
  for (const { spec, cache } of charts) {
    const chartPart = edit.freeName("xl/charts/chart", ".xml");
    edit.set(chartPart, chartXml(sheetName, spec, cache));
    await edit.setContentType(chartPart, CONTENT_TYPE.chart);
    anchors += anchorXml(spec, ++shapeId, await edit.addRel(drawingPart, REL.chart, relativeTarget(drawingPart, chartPart)));
  }
  edit.set(drawingPart, insertChild(drawing, edit.where(drawingPart), [], "twoCellAnchor", anchors));
}

/**
 * Removes the sheet's charts of these names (anchors, chart parts and their own rels parts, the drawing's
 * relationships, content-type overrides); a drawing left with no anchor is removed with its relationship and the
 * sheet's <drawing> element. Missing names are ignored.
 */
export async function removeCharts(edit: PackageEdit, sheetPart: string, names: readonly string[]): Promise<void> {
  await removeAnchors(edit, sheetPart, names, true);
}

/** Relationship types of the parts a cleared sheet loses; pivot tables, printer settings, hyperlinks and the rest stay. */
const CLEARED = new Set(["drawing", "vmlDrawing", "comments", "threadedComment", "table"]);

/**
 * For a sheet the tool clears in place: removes the parts hanging off the sheet — its drawing (with the charts and
 * images in it), comments (legacy and threaded), VML drawings, tables — with their relationships parts and
 * content-type overrides, and the sheet's relationships to them. A part something else still refers to (an image
 * another drawing shows too) stays; one only the removed parts referred to (the chart's style part, an image) goes.
 * Pivot tables and other relationship types are left alone. The sheet XML is not edited: the caller rewrites it,
 * dropping the elements that carry the returned relationship ids.
 */
export async function clearSheetParts(edit: PackageEdit, sheetPart: string): Promise<Set<string>> {
  const gone = (await edit.rels(sheetPart)).filter((r) => !r.external && CLEARED.has(relKind(r.type)));
  const ids = new Set(gone.map((r) => r.id));
  await edit.removeRels(sheetPart, ids);
  const tree = await PartTree.of(edit);
  for (const r of gone) await tree.release(sheetPart, resolveTarget(sheetPart, r.target));
  return ids;
}

const norm = (name: string): string => name.trim().toLowerCase();

async function removeAnchors(edit: PackageEdit, sheetPart: string, names: readonly string[], dropEmpty: boolean): Promise<void> {
  const wanted = new Set(names.map(norm));
  const ref = wanted.size === 0 ? null : await sheetRef(edit, sheetPart, "drawing");
  if (!ref || !edit.has(ref.part)) return;
  const source = await edit.mustText(ref.part);
  const where = edit.where(ref.part);
  const anchors = anchorsOf(source, where);
  const gone = anchors.filter((a) => a.chart && wanted.has(norm(a.name ?? "")));
  if (gone.length === 0) return;

  let xml = source;
  for (const a of [...gone].reverse()) xml = splice(xml, a.start, a.end, "");
  edit.set(ref.part, xml);
  // A relationship the removed anchors used goes unless an anchor that stays uses it too.
  const kept = new Set(anchors.filter((a) => !gone.includes(a)).flatMap((a) => a.relIds));
  const unused = new Set(gone.flatMap((a) => a.relIds).filter((id) => !kept.has(id)));
  const targets = (await edit.rels(ref.part)).filter((r) => unused.has(r.id) && !r.external).map((r) => resolveTarget(ref.part, r.target));
  await edit.removeRels(ref.part, unused);
  const tree = await PartTree.of(edit);
  for (const t of targets) await tree.release(ref.part, t);

  if (dropEmpty && root(xml, where).children.length === 0) {
    await edit.removeRels(sheetPart, new Set([ref.id]));
    await removeSheetRef(edit, sheetPart, "drawing", ref.id);
    await tree.release(sheetPart, ref.part);
  }
}

interface Anchor {
  readonly start: number;
  readonly end: number;
  /** It holds a graphic frame (a chart, whether or not its chart part is there), not a picture or a shape. */
  readonly chart: boolean;
  /** Its first cNvPr's name (the frame's, or a group's), as Excel shows it in the Name Box. */
  readonly name: string | undefined;
  /** Relationship ids carried by attributes in the relationships namespace (r:id, r:embed, r:link...). */
  readonly relIds: readonly string[];
  /** The largest shape id in it (ids must be unique within a drawing). */
  readonly maxId: number;
}

/** The drawing's anchors (the root's children), read with the package scanner. */
function anchorsOf(xml: string, where: XmlWhere): Anchor[] {
  // The prefixes bound to the relationships namespace anywhere in the drawing (r, or what a producer chose).
  const prefixes = new Set<string>();
  eachElement(xml, where, (_, attrs) => {
    for (const a of attrs.list()) if (a.name.startsWith("xmlns:") && a.value === R_NS) prefixes.add(a.name.slice(6));
  });
  const { children } = root(xml, where);
  return children.map((span) => {
    let chart = false;
    let name: string | undefined;
    let maxId = 0;
    const relIds: string[] = [];
    eachElement(xml.slice(span.start, span.end), where, (el, attrs) => {
      if (el === "graphicFrame") chart = true;
      if (el === "cNvPr") {
        name ??= attrs.get("name");
        const id = Number(attrs.get("id"));
        if (Number.isInteger(id) && id > maxId) maxId = id;
      }
      for (const a of attrs.list()) {
        const colon = a.name.indexOf(":");
        if (colon > 0 && prefixes.has(a.name.slice(0, colon))) relIds.push(a.value);
      }
    });
    return { start: span.start, end: span.end, chart, name, relIds, maxId };
  });
}
