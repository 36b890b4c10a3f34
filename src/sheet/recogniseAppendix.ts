/**
 * Finds every appendix target table on a sheet, wherever it sits and however it was typed: the add-in's own
 * tables and hand-made ones alike. Candidate headers are found first by their year cells (one cheap pass over
 * the grid), so a large sheet of unrelated numbers costs little; only the cells of candidate tables are matched
 * against the catalogue.
 */
import { memoByText } from "../domain/memo";
import { parseNumberText } from "../domain/numbers";
import type {
  AppendixCell,
  AppendixRow,
  AppendixTable,
  RawFigure,
  RecognitionReason,
  RejectedTable,
  TableRecognition,
  YearColumn,
} from "../domain/appendix";
import { a1, parseRange, rangeA1, type RangeRef } from "./a1";
import { buildHeader, findYearCells, isSttText, yearClusters, type TableHeader, type YearCell } from "./appendixHeader";
import { cellAt, cellText, gridBottom, isPercentFormat, type Grid, type GridCell } from "./grid";
import { isNonIndicatorText, matchIndicator, type IndicatorMatch } from "./indicatorMatch";
import { fold } from "../domain/text";

/** A table's years must fit in a plausible planning period, duplicates and strays included. */
const MAX_YEAR_SPAN = 15;
/** Rows above a header searched for the table's title. */
const TITLE_ROWS = 4;

export function findAppendixTables(grid: Grid): AppendixTable[] {
  return recogniseAppendixTables(grid).tables;
}

export interface AppendixRecognition {
  /** The target tables, each with why it was taken (`recognition`). */
  readonly tables: AppendixTable[];
  /** Blocks with year columns that look like tables but were not taken as target tables, and why. */
  readonly rejected: RejectedTable[];
}

/** Every target table of the sheet, and the year-column blocks refused as target tables (budget tables...). */
export function recogniseAppendixTables(grid: Grid): AppendixRecognition {
  if (grid.rows.length === 0) return { tables: [], rejected: [] };
  const yearCells = findYearCells(grid);
  if (yearCells.size === 0) return { tables: [], rejected: [] };
  const merges = (grid.merges ?? []).map(parseRange);

  const found: { header: TableHeader; rows: AppendixRow[]; bottom: number; recognition: TableRecognition }[] = [];
  const refused: { header: TableHeader; bottom: number; reasons: RecognitionReason[] }[] = [];
  for (const row of [...yearCells.keys()].sort((a, b) => a - b)) {
    if (found.some((t) => row > t.header.row && row <= t.bottom)) continue;
    if (refused.some((t) => row > t.header.row && row <= t.bottom)) continue;
    let leftLimit = grid.left;
    for (const cluster of yearClusters(grid, row, yearCells.get(row) ?? [])) {
      if (!plausibleYears(cluster)) continue;
      const header = buildHeader(grid, row, cluster, leftLimit);
      if (!header) continue;
      const body = readBody(grid, header, yearCells, merges);
      if (!acceptable(header, body.rows)) continue;
      const verdict = judge(grid, header, body);
      if (verdict.confidence === "rejected") {
        refused.push({ header, bottom: body.bottom, reasons: verdict.reasons });
        continue;
      }
      found.push({ header, rows: body.rows, bottom: body.bottom, recognition: { confidence: verdict.confidence, reasons: verdict.reasons } });
      leftLimit = mergedRight(header, merges) + 1;
    }
  }

  const extentOf = (t: { header: TableHeader; bottom: number }): RangeRef => ({
    top: t.header.top,
    bottom: t.bottom,
    left: t.header.left,
    right: mergedRight(t.header, merges),
  });
  const extents = found.map(extentOf);
  const tables = found.map((t, i) => ({
    sheet: grid.sheet,
    range: rangeA1(extents[i] ?? { top: 0, left: 0, bottom: 0, right: 0 }),
    title: findTitle(grid, t.header, extents),
    yearColumns: t.header.years.map(
      (y): YearColumn => ({ year: y.year, cell: a1(t.header.row, y.col), text: y.text }),
    ),
    rows: t.rows,
    recognition: t.recognition,
  }));
  const rejected = refused.map((t) => ({
    sheet: grid.sheet,
    range: rangeA1(extentOf(t)),
    title: findTitle(grid, t.header, extents),
    reasons: t.reasons,
  }));
  return { tables, rejected };
}

/** A header cell merged further right (the add-in's unit cell spans the spare year columns) widens the table. */
function mergedRight(h: TableHeader, merges: readonly RangeRef[]): number {
  let right = h.right;
  for (const m of merges) {
    if (m.top >= h.top && m.top <= h.row && m.left >= h.left && m.left <= h.right) right = Math.max(right, m.right);
  }
  return right;
}

function plausibleYears(cells: readonly YearCell[]): boolean {
  const years = cells.map((y) => y.year);
  return years.length <= MAX_YEAR_SPAN + 1 && Math.max(...years) - Math.min(...years) <= MAX_YEAR_SPAN;
}

/**
 * Bare numbers such as 2023 appear in figures too, so a header of bare years needs recognised indicator rows;
 * a single year column needs a named label column or two recognised rows.
 */
function acceptable(h: TableHeader, rows: readonly AppendixRow[]): boolean {
  const matched = rows.filter((r) => r.indicator !== null).length;
  if (h.years.length === 1) return h.labelNamed ? rows.length > 0 || matched > 0 : matched >= 2;
  if (h.bareYears && !h.labelNamed) return matched > 0;
  return rows.length > 0 || h.labelNamed;
}

interface Body {
  readonly rows: AppendixRow[];
  readonly bottom: number;
}

/** A row as read, before split revenue rows are joined and repeated matches resolved. */
interface ReadLine {
  readonly row: AppendixRow;
  readonly sheetRow: number;
  readonly figures: boolean;
  readonly match: IndicatorMatch | null;
}

function readBody(grid: Grid, h: TableHeader, yearCells: ReadonlyMap<number, readonly YearCell[]>, merges: readonly RangeRef[]): Body {
  const lines: ReadLine[] = [];
  let bottom = h.row;
  const last = gridBottom(grid);
  let r = h.row + 1;
  if (isNumberingRow(grid, h, r)) r++;
  for (; r <= last; r++) {
    if (startsNewHeader(h, yearCells.get(r))) break;
    const label = labelAt(grid, h, r, merges);
    if (label === "continuation") continue;
    const figures = hasFigures(grid, h, r);
    if (!figures && isGroupHeading(sttAt(grid, h, r), label === null ? "" : label.text)) {
      // "I. NHÓM CHỈ TIÊU VỀ NỀN TẢNG SỐ": structure, not an indicator; the table goes on below it.
      if (nextIsIndicatorRow(grid, h, r + 1, merges) || nextIsIndicatorRow(grid, h, r + 2, merges)) continue;
      break;
    }
    if (label === null) {
      if (figures && sttAt(grid, h, r) !== "") {
        lines.push(readLine(grid, h, r, "", a1(r, h.labelCol), figures, merges));
        bottom = r;
        continue;
      }
      // A blank row ends the table, unless an indicator row follows at once (a stray empty line).
      if (!figures && nextIsIndicatorRow(grid, h, r + 1, merges)) continue;
      break;
    }
    if (isNonIndicatorText(label.text)) break;
    const line = readLine(grid, h, r, label.text, label.cell, figures, merges);
    if (line.match === null && !figures && !isRevenuePart(label.text)) break;
    lines.push(line);
    bottom = r;
  }
  return { rows: resolveRepeats(joinSplitRevenue(lines)), bottom };
}

/**
 * A group heading: no figures, and a Roman-numbered or "Nhóm ..." line, or one in capitals that names no
 * indicator ("I. NHÓM CHỈ TIÊU VỀ NỀN TẢNG SỐ", "II | NHÂN LỰC").
 */
function isGroupHeading(stt: string, label: string): boolean {
  if (stt === "" && label === "") return false;
  // The same blank-figure rows (headings, unfilled indicators) recur on every sheet of a workbook: judge each
  // once, by label and then number, without building a key (the label's own hash is kept with it).
  let byStt = GROUP_HEADINGS.get(label);
  if (byStt === undefined) {
    if (GROUP_HEADINGS.size >= 20_000) GROUP_HEADINGS.clear();
    byStt = new Map();
    GROUP_HEADINGS.set(label, byStt);
  }
  let heading = byStt.get(stt);
  if (heading === undefined) {
    heading = computeIsGroupHeading(stt, label);
    byStt.set(stt, heading);
  }
  return heading;
}

const GROUP_HEADINGS = new Map<string, Map<string, boolean>>();

function computeIsGroupHeading(stt: string, label: string): boolean {
  const text = `${stt} ${label}`.trim();
  if (text === "" || /\d{4}/.test(text)) return false;
  const words = fold(text).split(" ");
  const first = words[0] ?? "";
  const roman = /^(i{1,3}|iv|v|vi{1,3}|ix|x)$/.test(first) && /^\s*[IVX]{1,4}\b/.test(text);
  // The words after any numbering ("I.", "1", "A.", "a)"): "Nhóm ..." names a group whatever its case.
  let k = 0;
  while (k < words.length - 1 && /^(\d{1,2}|i{1,3}|iv|v|vi{1,3}|ix|x|[a-d])$/.test(words[k] ?? "")) k++;
  const head = words[k];
  // "Phần" (part), not "phân" of "Phân tích dữ liệu": the two fold alike, so the marks decide.
  if (head === "nhom" || head === "group" || (head === "phan" && /(?:^|\s)phần(?:\s|$)/iu.test(text))) return true;
  const letters = text.replace(/[^\p{L}]/gu, "");
  const capitals = letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const names = matchIndicator(label) !== null;
  return (roman && !names) || (capitals && (roman || !names));
}

function readLine(
  grid: Grid,
  h: TableHeader,
  r: number,
  label: string,
  labelCell: string,
  figures: boolean,
  merges: readonly RangeRef[],
): ReadLine {
  const match = label === "" || isSttText(label) ? null : matchIndicator(label);
  const revenue = match?.id === "revenue";
  const cells = h.years.map((y): AppendixCell => {
    const cell = cellAt(grid, r, y.col);
    const raw = cell === undefined ? BLANK_RAW : { value: cell.value, percentFormat: isPercentFormat(cell.numberFormat) };
    const pair = revenue ? thresholdColumn(h, y, r, merges) : null;
    if (pair === null) return { year: y.year, cell: a1(r, y.col), raw };
    const t = cellAt(grid, r, pair);
    const threshold = { cell: a1(r, pair), raw: { value: t?.value ?? null, percentFormat: isPercentFormat(t?.numberFormat) } };
    return { year: y.year, cell: a1(r, y.col), raw, threshold };
  });
  const row = { indicator: match?.id ?? null, label, labelCell, labelIsStandard: match?.standard ?? false, cells };
  return { row, sheetRow: r, figures, match };
}

/** An empty cell as read: shared, as many cells of a plan are empty and nothing changes what was read. */
const BLANK_RAW: RawFigure = Object.freeze({ value: null, percentFormat: false });

/**
 * The revenue indicator in two adjacent columns: a year's header merged over two columns (share, then growth
 * threshold, usually named in a sub-header row). The second column holds the threshold, unless the row's own cell
 * is merged over both (the compound typed in one cell).
 */
function thresholdColumn(h: TableHeader, y: YearCell, r: number, merges: readonly RangeRef[]): number | null {
  const header = merges.some((m) => m.top <= h.row && m.bottom >= h.row && m.left === y.col && m.right === y.col + 1);
  if (!header) return null;
  const own = merges.some((m) => m.top <= r && m.bottom >= r && m.left <= y.col + 1 && m.right >= y.col + 1);
  return own ? null : y.col + 1;
}

type RevenuePart = "share" | "threshold";

/**
 * One half of the revenue indicator on its own row: "a) tỷ lệ cơ quan báo chí tăng doanh thu" (the share of
 * agencies) or "b) mức tăng doanh thu tối thiểu" (the growth threshold); English alike.
 */
function revenuePart(label: string): RevenuePart | null {
  const f = fold(label);
  if (!/\b(doanh thu|nguon thu|revenue)\b/.test(f)) return null;
  if (/\b(muc tang|nguong|ty le tang|toc do tang|minimum (revenue )?growth|growth threshold|by at least)\b/.test(f) && !/\b(co quan|agencies)\b/.test(f)) {
    return "threshold";
  }
  if (/\b(ty le|so) (cac )?co quan\b|\b(share|percentage|number) of (press )?agencies\b/.test(f)) return "share";
  return null;
}

function isRevenuePart(label: string): boolean {
  return revenuePart(label) !== null;
}

/**
 * The revenue indicator typed as a parent row and two sub-rows (share, then threshold), or as the two sub-rows
 * alone: one row whose cells carry both figures of each year, labelled by the parent when there is one.
 */
function joinSplitRevenue(lines: readonly ReadLine[]): ReadLine[] {
  const out: ReadLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const share = lines[i];
    const threshold = lines[i + 1];
    if (!share || !threshold || revenuePart(share.row.label) !== "share" || revenuePart(threshold.row.label) !== "threshold") {
      if (share) out.push(share);
      continue;
    }
    const previous = out[out.length - 1];
    const parent =
      previous && previous.match?.id === "revenue" && !previous.figures && revenuePart(previous.row.label) === null
        ? previous
        : null;
    if (parent) out.pop();
    const named = parent ?? share;
    const cells = share.row.cells.map((c, k): AppendixCell => {
      const t = threshold.row.cells[k];
      return t ? { ...c, threshold: { cell: t.cell, raw: t.raw } } : c;
    });
    const row: AppendixRow = {
      indicator: "revenue",
      label: named.row.label,
      labelCell: named.row.labelCell,
      labelIsStandard: parent?.match?.standard ?? false,
      cells,
    };
    out.push({ row, sheetRow: named.sheetRow, figures: share.figures || threshold.figures, match: { id: "revenue", standard: row.labelIsStandard, score: 1 } });
    i++;
  }
  return out;
}

/** An indicator matched twice in a table keeps its strongest row; the weaker one is an unknown row. */
function resolveRepeats(lines: readonly ReadLine[]): AppendixRow[] {
  const strength = (l: ReadLine): number => (l.match === null ? -1 : l.match.standard ? 2 : l.match.score);
  const best = new Map<string, ReadLine>();
  for (const l of lines) {
    const id = l.row.indicator;
    if (id === null) continue;
    const held = best.get(id);
    if (!held || strength(l) > strength(held)) best.set(id, l);
  }
  return lines.map((l) => {
    const id = l.row.indicator;
    if (id === null || best.get(id) === l) return l.row;
    return { ...l.row, indicator: null, labelIsStandard: false };
  });
}

function nextIsIndicatorRow(grid: Grid, h: TableHeader, r: number, merges: readonly RangeRef[]): boolean {
  const label = labelAt(grid, h, r, merges);
  return label !== null && label !== "continuation" && (matchIndicator(label.text) !== null || isRevenuePart(label.text));
}

/** A new header inside the table's columns: two year cells, or one written as text ("Năm 2026"). */
function startsNewHeader(h: TableHeader, cells: readonly YearCell[] | undefined): boolean {
  if (!cells) return false; // most rows: spares building an empty list
  const inside = cells.filter((y) => y.col >= h.left && y.col <= h.right);
  return inside.length >= 2 || inside.some((y) => !/^\d{4}$/.test(y.text));
}

/** The label of row r: its text and cell, null when empty, "continuation" inside a label merged from above. */
function labelAt(
  grid: Grid,
  h: TableHeader,
  r: number,
  merges: readonly RangeRef[],
): { text: string; cell: string } | null | "continuation" {
  const text = cellText(cellAt(grid, r, h.labelCol));
  if (text !== "") return { text: collapse(text), cell: a1(r, h.labelCol) };
  const merge = merges.find((m) => r >= m.top && r <= m.bottom && h.labelCol >= m.left && h.labelCol <= m.right);
  if (!merge) return null;
  if (merge.top < r) return "continuation";
  const origin = cellText(cellAt(grid, merge.top, merge.left));
  return origin === "" ? null : { text: collapse(origin), cell: a1(merge.top, merge.left) };
}

function sttAt(grid: Grid, h: TableHeader, r: number): string {
  return h.sttCol === null ? "" : cellText(cellAt(grid, r, h.sttCol));
}

// Labels are long and the same rows are looked at several times while a table's extent is decided.
const collapse = memoByText((text) => text.replace(/\s+/g, " ").trim());

/** A row of column numbers under the header: "(1) (2) (3) ..." or "A B 1 2 3". */
function isNumberingRow(grid: Grid, h: TableHeader, r: number): boolean {
  const label = cellText(cellAt(grid, r, h.labelCol));
  if (!/^\(?(\d{1,2}|[A-Z])\)?$/.test(label)) return false;
  let count = 0;
  for (let c = h.left; c <= h.right; c++) {
    const text = cellText(cellAt(grid, r, c));
    if (text === "") continue;
    if (!/^\(?(\d{1,2}|[A-Z])\)?$/.test(text)) return false;
    count++;
  }
  return count >= 3;
}

/** Something in the year columns that reads as a target: a number, an error value, text with a digit or "%". */
function hasFigures(grid: Grid, h: TableHeader, r: number): boolean {
  return h.years.some((y) => isFigureLike(cellAt(grid, r, y.col)));
}

function isFigureLike(cell: GridCell | undefined): boolean {
  if (!cell) return false;
  const v = cell.value;
  if (typeof v === "number") return true;
  if (v !== null && typeof v === "object") return true;
  return typeof v === "string" && /[\d%]/.test(v);
}

/** The nearest non-blank line above the header, within the table's columns, that is text and no other table's. */
function findTitle(grid: Grid, h: TableHeader, extents: readonly RangeRef[]): string | null {
  for (let r = h.top - 1; r >= Math.max(grid.top, h.top - TITLE_ROWS); r--) {
    if (extents.some((e) => r >= e.top && r <= e.bottom && e.left <= h.right && e.right >= h.left)) return null;
    for (let c = h.left; c <= h.right; c++) {
      const cell = cellAt(grid, r, c);
      const text = cellText(cell);
      if (text === "") continue;
      if (typeof cell?.value !== "string" || /^(ghi chu|luu y)/.test(fold(text))) return null;
      return collapse(text);
    }
  }
  return null;
}

// ------------------------------------------------------------------------------ target table or not, and why

/** Money and funding words (folded): a budget table names its unit or its subject so. */
const MONEY_WORDS =
  /\b(trieu dong|ty dong|nghin dong|ngan dong|dvt dong|don vi tinh dong|vnd|kinh phi|ngan sach|du toan|nguon von|von dau tu|budget|funding|million|billion)\b/;
const TOTAL = /^(tong cong|tong|cong|tong so|total|grand total|tong kinh phi)$/;
/** A share is never far above 100 (even typed as a percent number); money nearly always is. */
const LARGE = 100;

interface Verdict {
  readonly confidence: "target" | "ambiguous" | "rejected";
  readonly reasons: RecognitionReason[];
}

/**
 * Whether a block with year columns is a target table. Budget and funding tables sit near the appendix with the
 * same year headers: money words, a "Tổng cộng" column or row, and figures far above 100 give them away.
 * - figures far above 100: refused, whatever the labels say (no share is);
 * - money words: refused without a recognised indicator row, ambiguous with one;
 * - a total column or row: refused without a recognised indicator row (a target table may count agencies);
 * - no recognised indicator row and nothing else: ambiguous.
 */
function judge(grid: Grid, h: TableHeader, body: Body): Verdict {
  const matched = body.rows.some((r) => r.indicator !== null);
  const reasons: RecognitionReason[] = matched ? ["indicator_rows"] : ["no_indicator_row"];
  const money = hasMoneyWords(grid, h, body);
  if (money) reasons.push("money_words");
  const totalColumn = hasTotalColumn(grid, h);
  if (totalColumn) reasons.push("total_column");
  const totalRow = hasTotalRow(grid, h, body.bottom);
  if (totalRow) reasons.push("total_row");
  const large = mostlyLarge(body.rows);
  if (large) reasons.push("large_values");

  if (large || (!matched && (money || totalColumn || totalRow))) {
    // The reasons against: that a budget row reads like an indicator ("Đào tạo phóng viên") is not one.
    return { confidence: "rejected", reasons: reasons.filter((r) => r !== "indicator_rows") };
  }
  if (money || !matched) return { confidence: "ambiguous", reasons };
  return { confidence: "target", reasons };
}

function hasMoneyWords(grid: Grid, h: TableHeader, body: Body): boolean {
  const texts: string[] = [];
  // Titles and unit notes often start a column or two left of the table ("Kinh phí thực hiện (tỷ đồng)" in A).
  // Upwards, only text lines: a row with a number belongs to something else (a budget table just above).
  const left = Math.max(grid.left, h.left - 2);
  const right = h.right + 2;
  // Only texts can name money: numbers are neither looked at nor turned to text.
  const lineAt = (r: number): GridCell[] => {
    const cells: GridCell[] = [];
    for (let c = left; c <= right; c++) {
      const cell = cellAt(grid, r, c);
      if (cell) cells.push(cell);
    }
    return cells;
  };
  for (let r = h.top - 1; r >= Math.max(grid.top, h.top - TITLE_ROWS); r--) {
    const line = lineAt(r);
    if (line.some((c) => typeof c.value === "number")) break;
    for (const c of line) if (typeof c.value === "string") texts.push(c.value);
  }
  for (let r = h.top; r <= h.row; r++) for (const c of lineAt(r)) if (typeof c.value === "string") texts.push(c.value);
  if (h.unitCol !== null) {
    for (let r = h.row + 1; r <= body.bottom; r++) {
      const v = cellAt(grid, r, h.unitCol)?.value;
      if (typeof v === "string") texts.push(v);
    }
  }
  return texts.some(namesMoney);
}

// Units and titles recur on every table of a workbook: each text is judged once.
const namesMoney = memoByText((text) => MONEY_WORDS.test(fold(text)));

/** "Tổng cộng" in the header row, just right of the year columns (or of the unit column). */
function hasTotalColumn(grid: Grid, h: TableHeader): boolean {
  const last = h.years[h.years.length - 1]?.col ?? h.right;
  for (let c = last + 1; c <= h.right + 1; c++) {
    for (let r = h.top; r <= h.row; r++) if (TOTAL.test(fold(cellText(cellAt(grid, r, c))))) return true;
  }
  return false;
}

/** A "Tổng cộng" row right under the figures (the body stops at it). */
function hasTotalRow(grid: Grid, h: TableHeader, bottom: number): boolean {
  for (let r = bottom + 1; r <= bottom + 2; r++) {
    for (let c = h.left; c < (h.years[0]?.col ?? h.left); c++) {
      if (TOTAL.test(fold(cellText(cellAt(grid, r, c))))) return true;
    }
  }
  return false;
}

/** At least two figures, and half of the numbers, are numbers far above 100 ("1.500", 2500). */
function mostlyLarge(rows: readonly AppendixRow[]): boolean {
  let numbers = 0;
  let large = 0;
  for (const row of rows) {
    for (const c of row.cells) {
      const v = c.raw.value;
      const n = typeof v === "number" && !c.raw.percentFormat ? v : typeof v === "string" ? parseNumberText(v) : null;
      if (n === null) continue;
      numbers++;
      if (Math.abs(n) > LARGE) large++;
    }
  }
  return large >= 2 && large * 2 >= numbers;
}
