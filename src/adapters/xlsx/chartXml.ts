/**
 * DrawingML for a clustered column chart and the drawing anchor that places it, as strings. Element order
 * follows the schema (CT_ChartSpace, CT_BarSer, CT_ValAx...): Excel refuses a chart part whose children are
 * out of order, and LibreOffice silently drops what it does not expect.
 */
import { absoluteRef, parseA1, parseRange, quoteSheet, type RangeRef } from "../../sheet/a1";
import type { ChartSpec } from "../../sheet/patch";

/** The current cell contents behind a chart, so viewers that do not recalculate still draw the bars. */
export interface ChartCache {
  readonly categories: ReadonlyArray<string | null>;
  /** One array per series, in the spec's order; null where the cell holds no number (yet). */
  readonly series: ReadonlyArray<ReadonlyArray<number | null>>;
}

/** Office's default series colours, used when a series names none. */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];
const CAT_AX = 500000001;
const VAL_AX = 500000002;

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch);
}

/** 'Sheet name'!$A$2:$A$5, the reference form chart formulas use. */
export function absRef(sheet: string, range: string): string {
  return `${quoteSheet(sheet)}!${absoluteRef(range)}`;
}

/** The cells of a one-row or one-column range, in order, as 0-based (row, col). */
export function cellsOf(range: string): Array<{ row: number; col: number }> {
  const r: RangeRef = parseRange(range);
  const out: Array<{ row: number; col: number }> = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

export function chartXml(sheet: string, spec: ChartSpec, cache: ChartCache): string {
  const pct = spec.percentAxis === true;
  const fmt = pct ? "0%" : "General";
  const n = cellsOf(spec.categories).length;
  const strCache = pts(cache.categories, (v) => esc(v));
  const series = spec.series
    .map((s, i) => {
      const color = (s.color ?? PALETTE[i % PALETTE.length] ?? "4472C4").toUpperCase();
      const nums = pts(cache.series[i] ?? [], (v) => String(v));
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${esc(absRef(sheet, spec.categories))}</c:f><c:strCache><c:ptCount val="${n}"/>${strCache}</c:strCache></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(absRef(sheet, s.values))}</c:f><c:numCache><c:formatCode>${fmt}</c:formatCode><c:ptCount val="${n}"/>${nums}</c:numCache></c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const scaling = pct ? `<c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/>` : `<c:orientation val="minMax"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1400" b="1"/><a:t>${esc(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="150"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${fmt}" sourceLinked="${pct ? 0 : 1}"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** Cache points for the known values only: a missing point is what Excel writes for an empty cell. */
function pts<T>(values: ReadonlyArray<T | null>, text: (v: T) => string): string {
  return values.map((v, idx) => (v === null ? "" : `<c:pt idx="${idx}"><c:v>${text(v)}</c:v></c:pt>`)).join("");
}

/**
 * One twoCellAnchor holding a chart frame; `id` is the shape id (unique in the drawing), `rid` the drawing's
 * relationship to the chart part. The frame is named after the chart, which Excel shows in the Name Box.
 */
export function anchorXml(spec: ChartSpec, id: number, rid: string): string {
  const from = parseA1(spec.anchor.from);
  const marker = (tag: string, row: number, col: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    // Namespaces declared on the anchor itself, so it can join a drawing whose root declares other prefixes.
    `<xdr:twoCellAnchor xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" editAs="oneCell">${marker("from", from.row, from.col)}${marker("to", from.row + spec.anchor.rows, from.col + spec.anchor.cols)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${esc(spec.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${rid}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function drawingXml(anchors: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors}</xdr:wsDr>`;
}
