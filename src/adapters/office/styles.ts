/**
 * A patch's cell styles as few calls as give the same cells: cells of one style gathered into rectangles, each
 * formatted with one range call per property (`range.format.fill.color = …`), instead of one `setCellProperties`
 * entry per cell (250–300 bytes for a bordered cell on the wire: 84–91 % of a review sheet's request). Where a style
 * is scattered so thinly that its rectangles would cost more than its cells, its cells stay per cell. Pure.
 */
import { parseA1 } from "../../sheet/a1";
import type { CellStyle, CellWrite } from "../../sheet/patch";
import type { Block } from "./blocks";
import { toHtmlColor } from "./units";

/** Excel's own link look, given to a link cell whose style says nothing of its font. */
const LINK_FONT = { color: "0563C1", underline: true } as const;

/** The style a cell is written with (numberFormat aside: it travels with the values), or null for none. */
export function effectiveStyle(w: CellWrite): CellStyle | null {
  const { numberFormat: _n, ...rest } = w.style ?? {};
  const style: CellStyle = w.link && rest.font === undefined ? { ...rest, font: LINK_FONT } : rest;
  return Object.keys(style).length > 0 ? style : null;
}

export interface StyledRange {
  readonly block: Block;
  readonly style: CellStyle;
}

export interface StylePlan {
  /** Rectangles formatted as ranges. */
  readonly ranges: readonly StyledRange[];
  /** Cells whose style is written per cell (setCellProperties). */
  readonly perCell: readonly CellWrite[];
}

/** Bytes on the wire of one range property set (object paths and action), measured with Office.js's serializer. */
export const RANGE_CALL_BYTES = 330;

export function planStyles(cells: readonly CellWrite[]): StylePlan {
  const groups = new Map<string, { style: CellStyle; cells: CellWrite[] }>();
  for (const w of cells) {
    const style = effectiveStyle(w);
    if (!style) continue;
    const key = styleKey(style);
    const g = groups.get(key);
    if (g) g.cells.push(w);
    else groups.set(key, { style, cells: [w] });
  }
  const ranges: StyledRange[] = [];
  const perCell: CellWrite[] = [];
  for (const { style, cells: group } of groups.values()) {
    const blocks = coverWithBlocks(group.map((w) => parseA1(w.address)));
    const asRanges = blocks.reduce((sum, b) => sum + rangeCalls(style, b) * RANGE_CALL_BYTES, 0);
    const asCells = group.length * (cellPropertiesBytes(style) + 4);
    if (asRanges <= asCells) for (const block of blocks) ranges.push({ block, style });
    else perCell.push(...group);
  }
  return { ranges, perCell };
}

/** A stable key for a style: the same properties in the same order. */
function styleKey(s: CellStyle): string {
  const f = s.font ?? {};
  return JSON.stringify([s.fill, f.bold, f.italic, f.underline, f.color, f.size, s.border, s.horizontal, s.vertical, s.wrap]);
}

/** Positions covered by rectangles: runs of adjacent columns per row, runs of equal span stacked down the rows. */
export function coverWithBlocks(positions: ReadonlyArray<{ row: number; col: number }>): Block[] {
  const sorted = [...positions].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Block[] = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === p.row && last.col + last.cols === p.col) runs[runs.length - 1] = { ...last, cols: last.cols + 1 };
    else if (!(last && last.row === p.row && p.col < last.col + last.cols)) runs.push({ row: p.row, col: p.col, rows: 1, cols: 1 });
  }
  // A run continues the open block of the same columns that ends on the row above it.
  const open = new Map<string, number>();
  const out: Block[] = [];
  for (const r of runs) {
    const key = `${r.col}:${r.cols}`;
    const at = open.get(key);
    const above = at === undefined ? undefined : out[at];
    if (at !== undefined && above && above.row + above.rows === r.row) out[at] = { ...above, rows: above.rows + 1 };
    else {
      open.set(key, out.length);
      out.push(r);
    }
  }
  return out;
}

/** How many range calls a style takes on a block (each border edge: style, weight, colour). */
export function rangeCalls(s: CellStyle, b: Block): number {
  const f = s.font ?? {};
  let n = [s.fill, f.bold, f.italic, f.underline, f.color, f.size, s.horizontal, s.vertical, s.wrap].filter((x) => x !== undefined).length;
  if (s.border !== undefined) n += borderEdges(b).length * (s.border ? 3 : 1);
  return n;
}

/** The edges that give every cell of a block its four sides: the outline, and the inside lines when there are any. */
export function borderEdges(b: Block): Array<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical"> {
  const edges: ReturnType<typeof borderEdges> = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (b.rows > 1) edges.push("InsideHorizontal");
  if (b.cols > 1) edges.push("InsideVertical");
  return edges;
}

/** Applies a style to a range, one property at a time. */
export function formatRange(range: Excel.Range, s: CellStyle, b: Block): void {
  const fmt = range.format;
  if (s.fill !== undefined) fmt.fill.color = toHtmlColor(s.fill);
  const f = s.font;
  if (f?.bold !== undefined) fmt.font.bold = f.bold;
  if (f?.italic !== undefined) fmt.font.italic = f.italic;
  if (f?.underline !== undefined) fmt.font.underline = f.underline ? "Single" : "None";
  if (f?.color !== undefined) fmt.font.color = toHtmlColor(f.color);
  if (f?.size !== undefined) fmt.font.size = f.size;
  if (s.horizontal !== undefined) fmt.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical !== undefined) fmt.verticalAlignment = VERTICAL[s.vertical];
  if (s.wrap !== undefined) fmt.wrapText = s.wrap;
  if (s.locked !== undefined) fmt.protection.locked = s.locked;
  if (s.border === undefined) return;
  for (const edge of borderEdges(b)) {
    const border = fmt.borders.getItem(edge);
    border.style = s.border ? "Continuous" : "None";
    if (!s.border) continue;
    border.weight = "Thin";
    border.color = "#000000";
  }
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** The same style as one cell's entry of `setCellProperties`. */
export function cellProperties(s: CellStyle): Excel.SettableCellProperties {
  const format: Excel.CellPropertiesFormat = {};
  if (s.fill !== undefined) format.fill = { color: toHtmlColor(s.fill) };
  const font: Excel.CellPropertiesFont = {};
  if (s.font?.bold !== undefined) font.bold = s.font.bold;
  if (s.font?.italic !== undefined) font.italic = s.font.italic;
  if (s.font?.underline !== undefined) font.underline = s.font.underline ? "Single" : "None";
  if (s.font?.color !== undefined) font.color = toHtmlColor(s.font.color);
  if (s.font?.size !== undefined) font.size = s.font.size;
  if (Object.keys(font).length > 0) format.font = font;
  if (s.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical !== undefined) format.verticalAlignment = VERTICAL[s.vertical];
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.locked !== undefined) format.protection = { locked: s.locked };
  if (s.border !== undefined) {
    const edge: Excel.CellBorder = s.border ? { style: "Continuous", weight: "Thin", color: "#000000" } : { style: "None" };
    format.borders = { top: edge, bottom: edge, left: edge, right: edge };
  }
  return Object.keys(format).length > 0 ? { format } : {};
}

function cellPropertiesBytes(s: CellStyle): number {
  return JSON.stringify(cellProperties(s)).length;
}
