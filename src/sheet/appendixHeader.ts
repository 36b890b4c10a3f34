/**
 * The header of an appendix table: a row of year columns ("Kế hoạch năm 2023" ... or bare 2023 ...), with the
 * label column ("Nội dung chỉ tiêu"), and optionally an STT and a unit ("Đơn vị đo lường") column beside them.
 * A header may be wrapped over up to three rows ("STT | Nội dung chỉ tiêu | Kế hoạch (merged) | Đơn vị" above a
 * row of years), and the revenue indicator may take two columns per year (share; growth threshold).
 * Hidden columns are looked through: a hidden helper column between the labels and the years changes nothing.
 */
import { cellAt, cellText, type Grid } from "./grid";
import { isNonIndicatorText, matchIndicator } from "./indicatorMatch";
import { headerText } from "./headerText";
import { findSubRow, pairColumns } from "./revenueColumns";
import { mergeAt, nextShownColumn, previousShownColumn, type SheetView } from "./sheetView";
import { fold } from "../domain/text";
import { mayBeYearHeader, parseYearHeader, parseYearLike } from "./yearHeader";

export interface YearCell {
  readonly col: number;
  readonly year: number;
  readonly text: string;
  /** A header that looks like a year but is no plan year as typed ("năm 2205", "2O25"): kept for the rules to flag. */
  readonly loose?: boolean;
  /** Letters typed among its digits ("2O25"): `year` is its nearest reading. */
  readonly typo?: boolean;
}

/** The column holding a year's revenue growth threshold, when revenue takes two columns per year. */
export interface ThresholdColumn {
  readonly col: number;
  /**
   * The header says so (a year header merged over both columns, a "Mức tăng" sub-header, or the same year twice).
   * Otherwise the column is a blank spacer after the year, read as the threshold only in a revenue row that fills it.
   */
  readonly named: boolean;
}

export interface TableHeader {
  /** The row holding the year cells. */
  readonly row: number;
  /** The first header row: up to two rows above `row` when the header is wrapped over several rows. */
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
  /** The threshold column of each year column, by the year's column. */
  readonly thresholds: ReadonlyMap<number, ThresholdColumn>;
  /** A row under the years naming what each column holds ("Tỷ lệ | Mức tăng"), when there is one. */
  readonly subRow: number | null;
}

type HeaderKind = "label" | "stt" | "unit" | "group" | "other" | "empty";

/** How many shown columns left of the first year column the label column may sit (STT, label, unit). */
const MAX_LEFT_SPAN = 4;
/** Rows below the header looked at to infer an unnamed label column. */
const INFER_ROWS = 12;
/** Header rows above the year row a wrapped header may take. */
const MAX_HEADER_ROWS_ABOVE = 2;
/** The plausible era of a planning table's years; a year header outside it is kept only beside ones inside it. */
const ERA_FIRST = 2000;
const ERA_LAST = 2040;
/** A table's years must fit in a plausible planning period. */
const MAX_YEAR_SPAN = 15;

export function classifyHeaderText(text: string): HeaderKind {
  const f = fold(text);
  if (f === "") return "empty";
  if (/^(noi dung( cac)?( chi tieu| tieu chi| muc tieu)?|(ten )?chi tieu|tieu chi|cac chi tieu|(target )?indicators?|targets? indicators?)$/.test(f)) {
    return "label";
  }
  if (/^(stt|tt|so tt|so thu tu|thu tu|no)$/.test(f)) return "stt";
  if (/^(don vi|dvt|units?)\b/.test(f)) return "unit";
  if (/^(ke hoach|muc tieu|nam|chi tieu ke hoach|giai doan|lo trinh|ke hoach muc tieu|dinh huong|targets?|plan|years?|goals?)\b/.test(f) && f.split(" ").length <= 8) {
    return "group";
  }
  return "other";
}

/** Year cells of the grid, by row: one pass over every cell, cheap checks first. Years as typed only. */
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

/**
 * The year cells of one row grouped into runs of adjacent shown columns (one empty spacer column allowed), with
 * the year-like headers of the row among them ("năm 2205", "2O25"), and years far outside the planning era
 * marked as such. A run needs at least one year of the era, and those must span a plausible period.
 */
export function yearClusters(view: SheetView, row: number, strict: readonly YearCell[]): YearCell[][] {
  const cells = [...strict.map(inEra), ...yearLikeCells(view, row, strict)].sort((a, b) => a.col - b.col);
  const clusters: YearCell[][] = [];
  let current: YearCell[] = [];
  for (const cell of cells) {
    const prev = current[current.length - 1];
    const next = prev === undefined ? -1 : nextShownColumn(view, prev.col);
    const adjacent =
      prev !== undefined &&
      (cell.col === next || (cell.col === nextShownColumn(view, next) && cellText(cellAt(view.grid, row, next)) === ""));
    if (!adjacent && current.length > 0) {
      clusters.push(current);
      current = [];
    }
    current.push(cell);
  }
  if (current.length > 0) clusters.push(current);
  return clusters.filter(plausible);
}

function inEra(cell: YearCell): YearCell {
  return cell.year >= ERA_FIRST && cell.year <= ERA_LAST ? cell : { ...cell, loose: true };
}

/** The row's year-like headers: looked for only in a row that already holds real year headers. */
function yearLikeCells(view: SheetView, row: number, strict: readonly YearCell[]): YearCell[] {
  const taken = new Set(strict.map((y) => y.col));
  const out: YearCell[] = [];
  const cells = view.grid.rows[row - view.grid.top] ?? [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const col = view.grid.left + i;
    if (!cell || taken.has(col)) continue;
    const like = parseYearLike(cell.value);
    if (like) out.push({ col, year: like.year, text: cellText(cell), loose: true, ...(like.typo ? { typo: true } : {}) });
  }
  return out;
}

function plausible(cluster: readonly YearCell[]): boolean {
  const core = cluster.filter((y) => !y.loose).map((y) => y.year);
  return core.length > 0 && cluster.length <= MAX_YEAR_SPAN + 1 && Math.max(...core) - Math.min(...core) <= MAX_YEAR_SPAN;
}

/** The column whose cell holds a header text: `col`, or the first column of the merged area it shows. */
function headerColumn(view: SheetView, row: number, top: number, col: number): number {
  for (let r = row; r >= top; r--) {
    if (cellText(cellAt(view.grid, r, col)) !== "") return col;
    const m = mergeAt(view, r, col);
    if (m && cellText(cellAt(view.grid, m.top, m.left)) !== "") return m.left;
  }
  return col;
}

/**
 * Builds the header around a run of year cells, or null when no label column can be found.
 * `leftLimit` is the first column the table may use (the previous table of the same row ends before it).
 */
export function buildHeader(view: SheetView, row: number, cluster: readonly YearCell[], leftLimit: number): TableHeader | null {
  const first = cluster[0];
  const last = cluster[cluster.length - 1];
  if (!first || !last) return null;
  const top = headerTop(view, row, first.col, last.col, leftLimit);
  const text = (col: number): string => headerText(view, row, top, col);

  let labelCol: number | null = null;
  let sttCol: number | null = null;
  let unitCol: number | null = null;
  const unnamed: number[] = [];
  let c = previousShownColumn(view, first.col);
  for (let seen = 0; c >= leftLimit && seen < MAX_LEFT_SPAN; c = previousShownColumn(view, c), seen++) {
    const kind = classifyHeaderText(text(c));
    // A name merged over several columns ("Nội dung chỉ tiêu" over B:C) names the first of them.
    if (kind === "label") {
      labelCol = headerColumn(view, row, top, c);
      break;
    }
    if (kind === "stt") {
      sttCol = headerColumn(view, row, top, c);
      break;
    }
    if (kind === "unit") unitCol ??= c;
    else if (kind === "empty" || kind === "other") unnamed.push(c);
  }
  const labelNamed = labelCol !== null;
  labelCol ??= inferLabelColumn(view.grid, row, unnamed);
  if (labelCol === null) return null;

  const subRow = findSubRow(view, row, cluster, labelCol);
  const { years, thresholds } = pairColumns(view, row, top, cluster, subRow);
  const lastYear = years[years.length - 1] ?? last;
  const lastPair = thresholds.get(lastYear.col);
  const afterYears = nextShownColumn(view, lastPair?.named ? lastPair.col : lastYear.col);
  if (unitCol === null && classifyHeaderText(text(afterYears)) === "unit") unitCol = afterYears;
  const beforeLabel = previousShownColumn(view, labelCol);
  if (sttCol === null && beforeLabel >= leftLimit) {
    const kind = classifyHeaderText(text(beforeLabel));
    if (kind === "stt" || (kind === "empty" && looksLikeSttColumn(view.grid, row, beforeLabel, labelCol))) sttCol = beforeLabel;
  }
  // A spacer column is the table's only when a revenue row fills it: it does not widen the table here.
  const cols = [labelCol, first.col, lastYear.col, ...[...thresholds.values()].flatMap((t) => (t.named ? [t.col] : []))];
  if (sttCol !== null) cols.push(sttCol);
  if (unitCol !== null) cols.push(unitCol);
  return {
    row,
    top,
    years,
    labelCol,
    labelNamed,
    sttCol,
    unitCol,
    bareYears: years.filter((y) => !y.loose).every((y) => /^\d{4}$/.test(y.text)),
    left: Math.min(...cols),
    right: Math.max(...cols),
    thresholds,
    subRow,
  };
}

/**
 * The first header row. Rows above the years belong to the header while they hold column names ("STT",
 * "Nội dung chỉ tiêu", "Đơn vị") or a group word over the years ("Kế hoạch", "Giai đoạn 2023 - 2025"), and no
 * number. Cells merged down from there read as that text in the rows below (`headerText`).
 */
function headerTop(view: SheetView, row: number, firstCol: number, lastCol: number, leftLimit: number): number {
  let top = row;
  const from = Math.max(leftLimit, firstCol - MAX_LEFT_SPAN);
  for (let r = row - 1; r >= Math.max(view.grid.top, row - MAX_HEADER_ROWS_ABOVE); r--) {
    let header = false;
    for (let c = from; c <= lastCol + 1; c++) {
      const cell = cellAt(view.grid, r, c);
      if (typeof cell?.value === "number") return top;
      const kind = classifyHeaderText(cellText(cell));
      if (kind === "label" || kind === "stt" || kind === "unit") header = true;
      else if (kind === "group" && c >= firstCol && c <= lastCol) header = true;
    }
    if (!header) return top;
    top = r;
  }
  return top;
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
function looksLikeSttColumn(grid: Grid, row: number, col: number, labelCol: number): boolean {
  let seen = 0;
  for (let r = row + 1; r <= row + INFER_ROWS; r++) {
    const label = cellText(cellAt(grid, r, labelCol));
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
