/**
 * A sheet as recognition looks at it: its grid, its merged areas parsed once, and its hidden columns, with the
 * text a cell shows (a cell inside a merged area shows the area's text, as Excel draws it).
 */
import { parseRange, type RangeRef } from "./a1";
import { cellAt, cellText, hiddenColumns, type Grid } from "./grid";

export interface SheetView {
  readonly grid: Grid;
  readonly merges: readonly RangeRef[];
  readonly hidden: ReadonlySet<number>;
}

export function sheetView(grid: Grid): SheetView {
  return { grid, merges: (grid.merges ?? []).map(parseRange), hidden: hiddenColumns(grid) };
}

/** The merged area covering a cell, if any. */
export function mergeAt(view: SheetView, row: number, col: number): RangeRef | undefined {
  for (const m of view.merges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  return undefined;
}

/** The cell's own text, or, inside a merged area, the text of the area's first cell. */
export function shownText(view: SheetView, row: number, col: number): string {
  const own = cellText(cellAt(view.grid, row, col));
  if (own !== "" || view.merges.length === 0) return own;
  const m = mergeAt(view, row, col);
  return m ? cellText(cellAt(view.grid, m.top, m.left)) : "";
}

/** The next column right of `col` that is not hidden. */
export function nextShownColumn(view: SheetView, col: number): number {
  let c = col + 1;
  while (view.hidden.has(c)) c++;
  return c;
}

/** The next column left of `col` that is not hidden. */
export function previousShownColumn(view: SheetView, col: number): number {
  let c = col - 1;
  while (c >= 0 && view.hidden.has(c)) c--;
  return c;
}
