/**
 * The rows of a target table under its header: each row read as an indicator, an unknown row, a heading, a blank
 * line or a half of the revenue indicator, until the table ends, and why it ends (RULES.md version 2: headings
 * never end a table; recognition explains itself).
 */
import { memoByText } from "../domain/memo";
import type { AppendixCell, AppendixRow, RawFigure, RowExplanation, TableEnd } from "../domain/appendix";
import { fold } from "../domain/text";
import { a1 } from "./a1";
import { isSttText, type TableHeader, type YearCell } from "./appendixHeader";
import { cellAt, cellText, gridBottom, isDateFormat, isPercentFormat, type GridCell } from "./grid";
import { isHeadingText } from "./headings";
import { isNonIndicatorText, matchIndicator } from "./indicatorMatch";
import { isRevenuePart, joinSplitRevenue, revenuePart, type ReadLine } from "./revenueRows";
import { mergeAt, type SheetView } from "./sheetView";

export interface Body {
  readonly rows: AppendixRow[];
  /** The last sheet row read as part of the table. */
  readonly bottom: number;
  /** Every sheet row from under the header to `bottom`, and how it was read. */
  readonly explained: RowExplanation[];
  readonly end: { readonly row: number | null; readonly reason: TableEnd };
}

/** Rows looked ahead, past blank lines and headings, for a row of the table after a blank line or a heading. */
const LOOK_AHEAD = 3;
const TOTAL = /^(tong cong|tong so|tong|cong|cong chung|total)$/;

type Label = { text: string; cell: string } | null | "continuation";

export function readBody(view: SheetView, h: TableHeader, yearCells: ReadonlyMap<number, readonly YearCell[]>): Body {
  const lines: ReadLine[] = [];
  const explained: RowExplanation[] = [];
  let pending: RowExplanation[] = [];
  let bottom = h.row;
  const last = gridBottom(view.grid);
  let end: Body["end"] = { row: null, reason: "sheet_end" };
  const structure = (r: number, read: RowExplanation["read"], label: Label): void => {
    pending.push(explain(r, read, label));
  };
  const take = (line: ReadLine): void => {
    explained.push(...pending);
    pending = [];
    lines.push(line);
    bottom = line.sheetRow;
  };

  let r = h.row + 1;
  if (h.subRow === r) explained.push(explain(r++, "subheader", null));
  if (isNumberingRow(view, h, r)) explained.push(explain(r++, "numbering", null));
  for (; r <= last; r++) {
    const stop = rowEnd(view, h, yearCells, r);
    if (stop) {
      end = { row: r, reason: stop };
      break;
    }
    const label = labelAt(view, h, r);
    if (label === "continuation") {
      structure(r, "continuation", null);
      continue;
    }
    const figures = hasFigures(view, h, r);
    const stt = sttAt(view, h, r);
    if (label === null) {
      if (figures) {
        take(readLine(view, h, r, "", a1(r, h.labelCol), figures));
        continue;
      }
      if (tableRowAhead(view, h, yearCells, r + 1)) {
        structure(r, "blank", null);
        continue;
      }
      end = { row: r, reason: "blank_row" };
      break;
    }
    if (!figures && !isRevenuePart(label.text) && (isHeadingText(stt, label.text) || !namesIndicator(label.text))) {
      if (!tableRowAhead(view, h, yearCells, r + 1)) {
        end = { row: r, reason: "text_row" };
        break;
      }
      // A heading leaves its year cells empty; words there ("chưa xác định") make it a row whose cells are read.
      if (hasContent(view, h, r)) take(readLine(view, h, r, label.text, label.cell, figures));
      else structure(r, "heading", label);
      continue;
    }
    take(readLine(view, h, r, label.text, label.cell, figures));
  }
  // Blank lines and headings after the last row of the table are not the table's.
  const firstPending = pending[0];
  if (firstPending) end = { row: firstPending.row - 1, reason: end.reason === "sheet_end" ? "sheet_end" : end.reason };
  const resolved = resolveRepeats(joinSplitRevenue(lines));
  return { rows: resolved.rows, bottom, explained: mergeExplanations(explained, resolved.lines, resolved.headings), end };
}

/** Why row r cannot belong to the table at all, or null: a new header, a note, a total, a row without a label. */
function rowEnd(view: SheetView, h: TableHeader, yearCells: ReadonlyMap<number, readonly YearCell[]>, r: number): TableEnd | null {
  if (startsNewHeader(h, yearCells.get(r))) return "new_header";
  const label = labelAt(view, h, r);
  if (label === null || label === "continuation") {
    return label === null && hasFigures(view, h, r) && sttAt(view, h, r) === "" ? "unlabelled_row" : null;
  }
  if (isNonIndicatorText(label.text)) return TOTAL.test(fold(label.text)) ? "total_row" : "note";
  return null;
}

function namesIndicator(label: string): boolean {
  return !isSttText(label) && matchIndicator(label) !== null;
}

/**
 * Whether a row of the table follows within a few rows, past blank lines and headings: an indicator row (or half of
 * the revenue one), or a numbered row with figures ("4 | Tỷ lệ ... của tỉnh | 50%"). A paragraph under the table
 * never has figures in its year columns, so it is not one.
 */
function tableRowAhead(view: SheetView, h: TableHeader, yearCells: ReadonlyMap<number, readonly YearCell[]>, from: number): boolean {
  for (let r = from; r < from + LOOK_AHEAD && r <= gridBottom(view.grid); r++) {
    if (rowEnd(view, h, yearCells, r)) return false;
    const label = labelAt(view, h, r);
    if (label === "continuation") continue;
    const figures = hasFigures(view, h, r);
    // Figures without a label ("Số chỉ tiêu | | 4" under a plan) never carry a table past a blank line.
    if (label === null) {
      if (figures) return false;
      continue;
    }
    const stt = sttAt(view, h, r);
    if (!figures && isHeadingText(stt, label.text)) continue;
    if (namesIndicator(label.text) || isRevenuePart(label.text)) return true;
    if (figures) return isSttText(stt) || ENUMERATED.test(label.text);
  }
  return false;
}

/** "1.", "a)", "-", "+" before a label: a row numbered like the table's rows. */
const ENUMERATED = /^\s*(?:[-–•+*]|\(?(?:\d{1,2}|[ivx]{1,4}|[a-zđ])[.)/:])\s*\S/i;

function readLine(view: SheetView, h: TableHeader, r: number, label: string, labelCell: string, figures: boolean): ReadLine {
  const match = label === "" || isSttText(label) ? null : matchIndicator(label);
  const revenue = match?.id === "revenue";
  const spacerFilled = revenue && [...h.thresholds.values()].some((t) => !t.named && isFigureLike(cellAt(view.grid, r, t.col)));
  const cells = h.years.map((y): AppendixCell => {
    const raw = rawFigure(cellAt(view.grid, r, y.col));
    const pair = revenue ? h.thresholds.get(y.col) : undefined;
    // The compound typed in one cell merged over both columns keeps both figures in that cell.
    const own = pair && mergeAt(view, r, pair.col);
    if (!pair || (!pair.named && !spacerFilled) || (own && own.left <= y.col)) return { year: y.year, cell: a1(r, y.col), raw };
    return { year: y.year, cell: a1(r, y.col), raw, threshold: { cell: a1(r, pair.col), raw: rawFigure(cellAt(view.grid, r, pair.col)) } };
  });
  const row = { indicator: match?.id ?? null, label, labelCell, labelIsStandard: match?.standard ?? false, cells };
  return { row, sheetRow: r, figures, match };
}

/** An empty cell as read: shared, as many cells of a plan are empty and nothing changes what was read. */
const BLANK_RAW: RawFigure = Object.freeze({ value: null, percentFormat: false });

function rawFigure(cell: GridCell | undefined): RawFigure {
  if (cell === undefined) return BLANK_RAW;
  const percentFormat = isPercentFormat(cell.numberFormat);
  if (typeof cell.value === "number" && !percentFormat && isDateFormat(cell.numberFormat)) {
    return { value: cell.value, percentFormat, dateFormat: cell.numberFormat as string };
  }
  return { value: cell.value, percentFormat };
}

/** An indicator matched twice in a table keeps its strongest row; the weaker one is an unknown row, or a heading. */
function resolveRepeats(lines: readonly ReadLine[]): { rows: AppendixRow[]; lines: ReadLine[]; headings: ReadLine[] } {
  const strength = (l: ReadLine): number => (l.match === null ? -1 : l.match.standard ? 2 : l.match.score);
  const best = new Map<string, ReadLine>();
  for (const l of lines) {
    const id = l.row.indicator;
    if (id === null) continue;
    const held = best.get(id);
    if (!held || strength(l) > strength(held)) best.set(id, l);
  }
  const kept: ReadLine[] = [];
  const headings: ReadLine[] = [];
  for (const l of lines) {
    const id = l.row.indicator;
    if (id === null || best.get(id) === l) kept.push(l);
    // A row without figures whose indicator a stronger row holds was a heading over it ("3. An toàn thông tin").
    else if (!l.figures) headings.push(l);
    else kept.push({ ...l, row: { ...l.row, indicator: null, labelIsStandard: false }, match: null });
  }
  return { rows: kept.map((l) => l.row), lines: kept, headings };
}

function mergeExplanations(structure: readonly RowExplanation[], lines: readonly ReadLine[], headings: readonly ReadLine[]): RowExplanation[] {
  const out = [...structure];
  for (const l of headings) out.push(explain(l.sheetRow, "heading", { text: l.row.label, cell: l.row.labelCell }));
  for (const l of lines) {
    if (l.joined) {
      const { share, threshold, parent } = l.joined;
      if (parent !== null) out.push(lineExplanation(l, parent, "revenue_parent"));
      out.push(lineExplanation(l, share, "revenue_share"), lineExplanation(l, threshold, "revenue_threshold"));
      continue;
    }
    out.push(lineExplanation(l, l.sheetRow, l.row.indicator === null ? "unknown" : "indicator"));
  }
  // Already in order unless headings or joined revenue rows were added: sort only then.
  return structure.length === 0 && headings.length === 0 && !lines.some((l) => l.joined) ? out : out.sort((a, b) => a.row - b.row);
}

function lineExplanation(l: ReadLine, sheetRow: number, read: RowExplanation["read"]): RowExplanation {
  const own = sheetRow === l.sheetRow;
  const cell = own ? l.row.labelCell : null;
  const label = own ? l.row.label : "";
  // One literal of fixed fields per kind (no spreads): a workbook has thousands of rows, each explained.
  if (l.row.indicator === null || !l.match) return { row: sheetRow + 1, cell, label, read };
  return { row: sheetRow + 1, cell, label, read, indicator: l.row.indicator, evidence: l.match.evidence, standard: l.row.labelIsStandard };
}

function explain(sheetRow: number, read: RowExplanation["read"], label: Label): RowExplanation {
  const l = label === null || label === "continuation" ? null : label;
  return { row: sheetRow + 1, cell: l?.cell ?? null, label: l?.text ?? "", read };
}

/** A new header inside the table's columns: two year cells, or one written as text ("Năm 2026"). */
function startsNewHeader(h: TableHeader, cells: readonly YearCell[] | undefined): boolean {
  if (!cells) return false; // most rows: spares building an empty list
  const inside = cells.filter((y) => y.col >= h.left && y.col <= h.right);
  return inside.length >= 2 || inside.some((y) => !/^\d{4}$/.test(y.text));
}

/** The label of row r: its text and cell, null when empty, "continuation" inside a label merged from above. */
function labelAt(view: SheetView, h: TableHeader, r: number): Label {
  const text = cellText(cellAt(view.grid, r, h.labelCol));
  if (text !== "") return { text: collapse(text), cell: a1(r, h.labelCol) };
  const merge = view.merges.length === 0 ? undefined : mergeAt(view, r, h.labelCol);
  if (!merge) return null;
  if (merge.top < r) return "continuation";
  const origin = cellText(cellAt(view.grid, merge.top, merge.left));
  return origin === "" ? null : { text: collapse(origin), cell: a1(merge.top, merge.left) };
}

function sttAt(view: SheetView, h: TableHeader, r: number): string {
  return h.sttCol === null ? "" : cellText(cellAt(view.grid, r, h.sttCol));
}

// Labels are long and the same rows are looked at several times while a table's extent is decided.
const collapse = memoByText((text) => text.replace(/\s+/g, " ").trim());

/** A row of column numbers under the header: "(1) (2) (3) ..." or "A B 1 2 3". */
function isNumberingRow(view: SheetView, h: TableHeader, r: number): boolean {
  const label = cellText(cellAt(view.grid, r, h.labelCol));
  if (!/^\(?(\d{1,2}|[A-Z])\)?$/.test(label)) return false;
  let count = 0;
  for (let c = h.left; c <= h.right; c++) {
    const text = cellText(cellAt(view.grid, r, c));
    if (text === "") continue;
    if (!/^\(?(\d{1,2}|[A-Z])\)?$/.test(text)) return false;
    count++;
  }
  return count >= 3;
}

/** Something in the year columns (or a named threshold column) that reads as a target. */
function hasFigures(view: SheetView, h: TableHeader, r: number): boolean {
  for (const y of h.years) {
    if (isFigureLike(cellAt(view.grid, r, y.col))) return true;
    const t = h.thresholds.get(y.col);
    if (t?.named && isFigureLike(cellAt(view.grid, r, t.col))) return true;
  }
  return false;
}

/** Anything at all in the year columns. */
function hasContent(view: SheetView, h: TableHeader, r: number): boolean {
  return h.years.some((y) => cellText(cellAt(view.grid, r, y.col)) !== "");
}

/** A number, an error value, or text with a digit or "%". */
export function isFigureLike(cell: GridCell | undefined): boolean {
  if (!cell) return false;
  const v = cell.value;
  if (typeof v === "number") return true;
  if (v !== null && typeof v === "object") return true;
  return typeof v === "string" && /[\d%]/.test(v);
}

export { revenuePart };
