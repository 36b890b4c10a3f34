/**
 * The revenue indicator in two columns per year (share; growth threshold), as the header says it: a year header
 * merged over both, a sub-header naming the threshold ("Tỷ lệ | Mức tăng"), the same year over both, or a blank
 * column after the year that only the revenue row fills (RULES.md version 2).
 */
import { fold } from "../domain/text";
import type { ThresholdColumn, YearCell } from "./appendixHeader";
import { cellAt, cellText } from "./grid";
import { headerText } from "./headerText";
import { nextShownColumn, type SheetView } from "./sheetView";

/** What a sub-header or header names over a column of the revenue indicator: its threshold or its share. */
const THRESHOLD_WORDS = /\b(muc tang|nguong|tang doanh thu|tang truong|toc do tang|growth|threshold|increase)\b/;
const SHARE_WORDS = /\b(ty le|so co quan|share|percentage)\b/;
/** Rows below the header looked at for the figures of a pair of columns. */
const PAIR_ROWS = 12;

/** A row right under the years with no label, no figure, and short names over the year columns. */
export function findSubRow(view: SheetView, row: number, years: readonly YearCell[], labelCol: number): number | null {
  const r = row + 1;
  if (cellText(cellAt(view.grid, r, labelCol)) !== "") return null;
  const first = years[0]?.col ?? 0;
  const last = nextShownColumn(view, years[years.length - 1]?.col ?? 0);
  let named = 0;
  for (let c = first; c <= last; c++) {
    const cell = cellAt(view.grid, r, c);
    if (!cell || cell.value === null || cell.value === "") continue;
    if (typeof cell.value !== "string") return null;
    const text = fold(cell.value);
    if (cell.value.length > 40 || /\d/.test(text.replace(/\b(19|20)\d\d\b/g, ""))) return null;
    named++;
  }
  return named > 0 ? r : null;
}

/**
 * Revenue in two columns per year: the column after a year holds its threshold when a year header is merged over
 * both, when a sub-header or header names a threshold there ("Mức tăng"), or when the same year heads both (the
 * second is then no year column of its own). A blank spacer column after a year is a candidate (`named: false`).
 */
export function pairColumns(
  view: SheetView,
  row: number,
  top: number,
  cluster: readonly YearCell[],
  subRow: number | null,
): { years: YearCell[]; thresholds: Map<number, ThresholdColumn> } {
  const thresholds = new Map<number, ThresholdColumn>();
  const years: YearCell[] = [];
  const namesThreshold = (c: number): boolean =>
    (subRow !== null && THRESHOLD_WORDS.test(fold(cellText(cellAt(view.grid, subRow, c))))) ||
    (THRESHOLD_WORDS.test(fold(headerText(view, row, top, c))) && !SHARE_WORDS.test(fold(headerText(view, row, top, c))));
  for (let i = 0; i < cluster.length; i++) {
    const y = cluster[i] as YearCell;
    const next = cluster[i + 1];
    const c = nextShownColumn(view, y.col);
    years.push(y);
    if (next && next.col === c) {
      if (next.year === y.year && !next.loose && (namesThreshold(c) || onlyOneRowBeside(view, row, y.col, c))) {
        thresholds.set(y.col, { col: c, named: true });
        i++;
      }
      continue;
    }
    const merged = view.merges.some((m) => m.top >= top && m.top <= row && m.left === y.col && m.right >= c && m.left < c);
    if (merged || namesThreshold(c)) {
      thresholds.set(y.col, { col: c, named: true });
      continue;
    }
    const spacer = headerText(view, row, top, c) === "" && (subRow === null || cellText(cellAt(view.grid, subRow, c)) === "");
    if (spacer && (next === undefined || c < next.col)) {
      thresholds.set(y.col, { col: c, named: false });
    }
  }
  return { years, thresholds };
}

/**
 * The same year heading two columns, the second empty but in one row (the revenue row's threshold) while the first
 * holds the other rows' figures: a pair, not a year typed twice.
 */
function onlyOneRowBeside(view: SheetView, row: number, first: number, second: number): boolean {
  let shares = 0;
  let beside = 0;
  for (let r = row + 1; r <= row + PAIR_ROWS; r++) {
    if (cellText(cellAt(view.grid, r, first)) !== "") shares++;
    if (cellText(cellAt(view.grid, r, second)) !== "") beside++;
  }
  return shares >= 2 && beside === 1;
}
