/**
 * Finds every appendix target table on a sheet, wherever it sits and however it was typed: the add-in's own
 * tables and hand-made ones alike. Candidate headers are found first by their year cells (one cheap pass over
 * the grid), so a large sheet of unrelated numbers costs little; only the cells of candidate tables are matched
 * against the catalogue. Each table says how it was read (`explanation`) and why it was taken or refused.
 *
 * The parts: `appendixHeader` (year columns, label column; `revenueColumns` for revenue in two columns per year),
 * `appendixBody` (rows, headings, where the table ends; `revenueRows` for revenue on two rows), `tableVerdict`
 * (target table or not), `transposed` (years down the side: reported, not checked).
 */
import type {
  AppendixTable,
  ColumnReading,
  HeaderExplanation,
  RejectedTable,
  TableExplanation,
  TableRecognition,
  YearColumn,
} from "../domain/appendix";
import { fold } from "../domain/text";
import { memoByText } from "../domain/memo";
import { a1, parseA1, rangeA1, type RangeRef } from "./a1";
import { readBody, type Body } from "./appendixBody";
import { buildHeader, findYearCells, yearClusters, type TableHeader } from "./appendixHeader";
import { headerText } from "./headerText";
import { cellAt, cellText, type Grid } from "./grid";
import { sheetView, type SheetView } from "./sheetView";
import { judge } from "./tableVerdict";
import { findTransposedTables } from "./transposed";

/** Rows above a header searched for the table's title. */
const TITLE_ROWS = 4;

export function findAppendixTables(grid: Grid): AppendixTable[] {
  return recogniseAppendixTables(grid).tables;
}

export interface AppendixRecognition {
  /** The target tables, each with why it was taken (`recognition`) and how it was read (`explanation`). */
  readonly tables: AppendixTable[];
  /** Blocks with year columns that look like tables but were not taken as target tables, and why. */
  readonly rejected: RejectedTable[];
}

interface Found {
  readonly header: TableHeader;
  readonly body: Body;
  readonly recognition: TableRecognition;
}

interface Refused {
  readonly header: TableHeader;
  readonly body: Body;
  readonly reasons: TableRecognition["reasons"];
}

/** Every target table of the sheet, and the year-column blocks refused as target tables (budget tables...). */
export function recogniseAppendixTables(grid: Grid, options: { readonly transposed?: boolean } = {}): AppendixRecognition {
  if (grid.rows.length === 0) return { tables: [], rejected: [] };
  const yearCells = findYearCells(grid);
  if (yearCells.size === 0) return { tables: [], rejected: [] };
  const view = sheetView(grid);

  const found: Found[] = [];
  const refused: Refused[] = [];
  const inside = (row: number, t: { header: TableHeader; body: Body }): boolean => row > t.header.row && row <= t.body.bottom;
  for (const row of [...yearCells.keys()].sort((a, b) => a - b)) {
    if (found.some((t) => inside(row, t)) || refused.some((t) => inside(row, t))) continue;
    let leftLimit = grid.left;
    for (const cluster of yearClusters(view, row, yearCells.get(row) ?? [])) {
      const header = buildHeader(view, row, cluster, leftLimit);
      if (!header) continue;
      const body = readBody(view, header, yearCells);
      if (!acceptable(header, body)) continue;
      const verdict = judge(view, header, body.rows, body.bottom);
      if (verdict.confidence === "rejected") {
        refused.push({ header, body, reasons: verdict.reasons });
        continue;
      }
      found.push({ header, body, recognition: { confidence: verdict.confidence, reasons: verdict.reasons } });
      leftLimit = mergedRight(view, header) + 1;
    }
  }

  const extents = found.map((t) => extentOf(view, t));
  const tables: AppendixTable[] = found.map((t, i) => ({
    sheet: grid.sheet,
    range: rangeA1(extents[i] ?? { top: 0, left: 0, bottom: 0, right: 0 }),
    title: findTitle(grid, t.header, extents),
    yearColumns: t.header.years.map(yearColumn(t.header)),
    rows: t.body.rows,
    recognition: t.recognition,
    explanation: explanationOf(view, t.header, t.body),
  }));
  const rejected: RejectedTable[] = refused.map((t) => ({
    sheet: grid.sheet,
    range: rangeA1(extentOf(view, t)),
    title: findTitle(grid, t.header, extents),
    reasons: t.reasons,
    explanation: explanationOf(view, t.header, t.body),
  }));
  if (options.transposed === false) return { tables, rejected };
  // Years down the side: read turned a quarter, where no table of the usual shape already sits.
  const taken = [...extents, ...refused.map((t) => extentOf(view, t))];
  const turned = findTransposedTables(grid, yearCells, taken, (g) => recogniseAppendixTables(g, { transposed: false }));
  return { tables: [...tables, ...turned.tables], rejected: [...rejected, ...turned.rejected] };
}

function yearColumn(h: TableHeader): (y: TableHeader["years"][number]) => YearColumn {
  return (y) => {
    const col: YearColumn = { year: y.year, cell: a1(h.row, y.col), text: y.text };
    return y.typo ? { ...col, typo: true } : col;
  };
}

function explanationOf(view: SheetView, h: TableHeader, body: Body): TableExplanation {
  return {
    labelColumn: { cell: a1(h.row, h.labelCol), named: h.labelNamed },
    columns: columnsOf(view, h),
    years: h.years.map((y): HeaderExplanation => {
      const t = h.thresholds.get(y.col);
      const used = t !== undefined && body.rows.some((r) => r.cells.some((c) => c.threshold !== undefined && parseA1(c.threshold.cell).col === t.col));
      const read = y.typo ? "not_a_year" : "year";
      const base = { cell: a1(h.row, y.col), text: y.text, year: y.year, read } as const;
      return t && (t.named || used) ? { ...base, thresholdCell: a1(h.row, t.col) } : base;
    }),
    rows: body.explained,
    end: { row: body.end.row === null ? null : body.end.row + 1, reason: body.end.reason },
  };
}

/** Every column of the table and what it was read as, so a reviewer sees why a column's cells were not checked. */
function columnsOf(view: SheetView, h: TableHeader): TableExplanation["columns"] {
  const years = new Set(h.years.map((y) => y.col));
  const thresholds = new Set([...h.thresholds.values()].map((t) => t.col));
  const out: { cell: string; text: string; read: ColumnReading }[] = [];
  const right = mergedRight(view, h);
  for (let c = h.left; c <= right; c++) {
    const read: ColumnReading =
      c === h.sttCol ? "stt" : c === h.labelCol ? "label" : years.has(c) ? "year" : thresholds.has(c) ? "threshold" : c === h.unitCol ? "unit" : "not_read";
    const text = headerText(view, h.row, h.top, c);
    // A blank spacer between years, and the inside of a merged header, say nothing: left out.
    if (read === "not_read" && text === "") continue;
    out.push({ cell: a1(h.row, c), text, read });
  }
  return out;
}

function extentOf(view: SheetView, t: { header: TableHeader; body: Body }): RangeRef {
  return { top: t.header.top, bottom: t.body.bottom, left: t.header.left, right: mergedRight(view, t.header) };
}

/** A header cell merged further right (the add-in's unit cell spans the spare year columns) widens the table. */
function mergedRight(view: SheetView, h: TableHeader): number {
  let right = h.right;
  for (const m of view.merges) {
    if (m.top >= h.top && m.top <= h.row && m.left >= h.left && m.left <= h.right) right = Math.max(right, m.right);
  }
  return right;
}

/**
 * Bare numbers such as 2023 appear in figures too, so a header of bare years needs recognised indicator rows;
 * a single year column needs a named label column or two recognised rows.
 */
function acceptable(h: TableHeader, body: Body): boolean {
  const rows = body.rows;
  const matched = rows.filter((r) => r.indicator !== null).length;
  if (h.years.filter((y) => !y.loose).length === 1) return h.labelNamed ? rows.length > 0 || matched > 0 : matched >= 2;
  if (h.bareYears && !h.labelNamed) return matched > 0;
  return rows.length > 0 || h.labelNamed;
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

const collapse = memoByText((text) => text.replace(/\s+/g, " ").trim());
