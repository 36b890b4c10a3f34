/**
 * The header of an appendix table: a row of year columns ("Kế hoạch năm 2023" ... or bare 2023 ...), with the
 * label column ("Nội dung chỉ tiêu"), and optionally an STT and a unit ("Đơn vị đo lường") column beside them.
 * A header may be split over two rows: "STT | Nội dung chỉ tiêu | Kế hoạch (merged) | Đơn vị" above a row of years.
 */
import { cellAt, cellText, type Grid } from "./grid";
import { isNonIndicatorText, matchIndicator } from "./indicatorMatch";
import { fold } from "../domain/text";
import { mayBeYearHeader, parseYearHeader } from "./yearHeader";

export interface YearCell {
  readonly col: number;
  readonly year: number;
  readonly text: string;
}

export interface TableHeader {
  /** The row holding the year cells. */
  readonly row: number;
  /** The first header row: `row - 1` when the header is split over two rows. */
  readonly top: number;
  readonly years: readonly YearCell[];
  readonly labelCol: number;
  /** The label column is named by its header ("Nội dung chỉ tiêu"), not only inferred from its cells. */
  readonly labelNamed: boolean;
  readonly sttCol: number | null;
  readonly unitCol: number | null;
  /** Every year header is a bare number or a bare "2027": weak evidence on its own. */
  readonly bareYears: boolean;
  readonly left: number;
  readonly right: number;
}

type HeaderKind = "label" | "stt" | "unit" | "group" | "other" | "empty";

/** How far left of the first year column the label column may sit (STT, label, unit). */
const MAX_LEFT_SPAN = 4;
/** Rows below the header looked at to infer an unnamed label column. */
const INFER_ROWS = 12;

export function classifyHeaderText(text: string): HeaderKind {
  const f = fold(text);
  if (f === "") return "empty";
  if (/^(noi dung( cac)?( chi tieu| tieu chi| muc tieu)?|(ten )?chi tieu|tieu chi|cac chi tieu|(target )?indicators?|targets? indicators?)$/.test(f)) {
    return "label";
  }
  if (/^(stt|tt|so tt|so thu tu|thu tu|no)$/.test(f)) return "stt";
  if (/^(don vi|dvt|units?)\b/.test(f)) return "unit";
  if (/^(ke hoach|muc tieu|nam|chi tieu ke hoach|giai doan|lo trinh|ke hoach muc tieu|targets?|plan|years?|goals?)\b/.test(f) && f.split(" ").length <= 8) {
    return "group";
  }
  return "other";
}

/** Year cells of the grid, by row: one pass over every cell, cheap checks first. */
export function findYearCells(grid: Grid): Map<number, YearCell[]> {
  const byRow = new Map<number, YearCell[]>();
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell || !mayBeYearHeader(cell.value)) continue;
      const year = parseYearHeader(cell.value);
      if (year === null) continue;
      const row = grid.top + r;
      let list = byRow.get(row);
      if (!list) byRow.set(row, (list = []));
      list.push({ col: grid.left + c, year, text: cellText(cell) });
    }
  }
  return byRow;
}

/** Year cells of one row grouped into runs of adjacent columns (one empty spacer column allowed). */
export function yearClusters(grid: Grid, row: number, cells: readonly YearCell[]): YearCell[][] {
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  const clusters: YearCell[][] = [];
  let current: YearCell[] = [];
  for (const cell of sorted) {
    const prev = current[current.length - 1];
    const adjacent =
      prev !== undefined &&
      (cell.col === prev.col + 1 || (cell.col === prev.col + 2 && cellText(cellAt(grid, row, prev.col + 1)) === ""));
    if (!adjacent && current.length > 0) {
      clusters.push(current);
      current = [];
    }
    current.push(cell);
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

/** The header text of a column: the year row's cell, or the one above it when the header is split. */
function headerText(grid: Grid, row: number, col: number, split: boolean): string {
  const here = cellText(cellAt(grid, row, col));
  if (here !== "" || !split) return here;
  return cellText(cellAt(grid, row - 1, col));
}

/**
 * Builds the header around a run of year cells, or null when no label column can be found.
 * `leftLimit` is the first column the table may use (the previous table of the same row ends before it).
 */
export function buildHeader(grid: Grid, row: number, years: readonly YearCell[], leftLimit: number): TableHeader | null {
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return null;
  const split = isSplitHeader(grid, row, first.col, last.col, leftLimit);

  let labelCol: number | null = null;
  let sttCol: number | null = null;
  let unitCol: number | null = null;
  const unnamed: number[] = [];
  const minCol = Math.max(leftLimit, first.col - MAX_LEFT_SPAN);
  for (let c = first.col - 1; c >= minCol; c--) {
    const kind = classifyHeaderText(headerText(grid, row, c, split));
    if (kind === "label") {
      labelCol = c;
      break;
    }
    if (kind === "stt") {
      sttCol = c;
      break;
    }
    if (kind === "unit") unitCol ??= c;
    else if (kind === "empty" || kind === "other") unnamed.push(c);
  }
  const labelNamed = labelCol !== null;
  labelCol ??= inferLabelColumn(grid, row, unnamed);
  if (labelCol === null) return null;

  const right = last.col + 1;
  if (unitCol === null && classifyHeaderText(headerText(grid, row, right, split)) === "unit") unitCol = right;
  if (sttCol === null && labelCol - 1 >= leftLimit) {
    const kind = classifyHeaderText(headerText(grid, row, labelCol - 1, split));
    if (kind === "stt" || (kind === "empty" && looksLikeSttColumn(grid, row, labelCol - 1))) sttCol = labelCol - 1;
  }
  const cols = [labelCol, first.col, last.col, ...(sttCol === null ? [] : [sttCol]), ...(unitCol === null ? [] : [unitCol])];
  return {
    row,
    top: split ? row - 1 : row,
    years,
    labelCol,
    labelNamed,
    sttCol,
    unitCol,
    bareYears: years.every((y) => /^\d{4}$/.test(y.text)),
    left: Math.min(...cols),
    right: Math.max(...cols),
  };
}

/**
 * A split header has, in the row above the years, a group word over the years ("Kế hoạch", merged) or the
 * other columns' names ("STT", "Nội dung chỉ tiêu", "Đơn vị đo lường").
 */
function isSplitHeader(grid: Grid, row: number, firstCol: number, lastCol: number, leftLimit: number): boolean {
  if (row - 1 < grid.top) return false;
  for (let c = Math.max(leftLimit, firstCol - MAX_LEFT_SPAN); c <= lastCol + 1; c++) {
    const kind = classifyHeaderText(cellText(cellAt(grid, row - 1, c)));
    if (kind === "label" || kind === "stt" || kind === "unit") return true;
    if (kind === "group" && c >= firstCol && c <= lastCol) return true;
  }
  return false;
}

/** Without a named label column, the column (nearest the years first) whose cells below read as indicators. */
function inferLabelColumn(grid: Grid, row: number, candidates: readonly number[]): number | null {
  let best: { col: number; score: number } | null = null;
  for (const col of candidates) {
    let score = 0;
    for (let r = row + 1; r <= row + INFER_ROWS; r++) {
      const text = cellText(cellAt(grid, r, col));
      if (text.length < 4 || isNonIndicatorText(text)) continue;
      score += matchIndicator(text) ? 10 : text.length >= 15 ? 1 : 0;
    }
    if (score > 0 && (!best || score > best.score)) best = { col, score };
  }
  return best?.col ?? null;
}

const STT = /^(?:\d{1,2}|[ivxIVX]{1,4}|[a-dA-D])[.)]?$/;

/** An unnamed column left of the labels holding only row numbers ("1", "2", "I", "a)"). */
function looksLikeSttColumn(grid: Grid, row: number, col: number): boolean {
  let seen = 0;
  for (let r = row + 1; r <= row + INFER_ROWS; r++) {
    const label = cellText(cellAt(grid, r, col + 1));
    if (label === "") break;
    const text = cellText(cellAt(grid, r, col));
    if (text === "") continue;
    if (!STT.test(text)) return false;
    seen++;
  }
  return seen > 0;
}

export function isSttText(text: string): boolean {
  return STT.test(text);
}
