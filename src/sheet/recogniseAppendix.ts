/**
 * Finds every appendix target table on a sheet, wherever it sits and however it was typed: the add-in's own
 * tables and hand-made ones alike. Candidate headers are found first by their year cells (one cheap pass over
 * the grid), so a large sheet of unrelated numbers costs little; only the cells of candidate tables are matched
 * against the catalogue.
 */
import { memoByText } from "../domain/memo";
import type { AppendixCell, AppendixRow, AppendixTable, YearColumn } from "../domain/appendix";
import { a1, parseRange, rangeA1, type RangeRef } from "./a1";
import { buildHeader, findYearCells, isSttText, yearClusters, type TableHeader, type YearCell } from "./appendixHeader";
import { cellAt, cellText, gridBottom, isPercentFormat, type Grid, type GridCell } from "./grid";
import { isNonIndicatorText, matchIndicator } from "./indicatorMatch";
import { fold } from "./text";

/** A table's years must fit in a plausible planning period, duplicates and strays included. */
const MAX_YEAR_SPAN = 15;
/** Rows above a header searched for the table's title. */
const TITLE_ROWS = 4;

export function findAppendixTables(grid: Grid): AppendixTable[] {
  if (grid.rows.length === 0) return [];
  const yearCells = findYearCells(grid);
  if (yearCells.size === 0) return [];
  const merges = (grid.merges ?? []).map(parseRange);

  const found: { header: TableHeader; rows: AppendixRow[]; bottom: number }[] = [];
  for (const row of [...yearCells.keys()].sort((a, b) => a - b)) {
    if (found.some((t) => row > t.header.row && row <= t.bottom)) continue;
    let leftLimit = grid.left;
    for (const cluster of yearClusters(grid, row, yearCells.get(row) ?? [])) {
      if (!plausibleYears(cluster)) continue;
      const header = buildHeader(grid, row, cluster, leftLimit);
      if (!header) continue;
      const body = readBody(grid, header, yearCells, merges);
      if (!acceptable(header, body.rows)) continue;
      found.push({ header, ...body });
      leftLimit = mergedRight(header, merges) + 1;
    }
  }

  const extents = found.map((t) => ({
    top: t.header.top,
    bottom: t.bottom,
    left: t.header.left,
    right: mergedRight(t.header, merges),
  }));
  return found.map((t, i) => ({
    sheet: grid.sheet,
    range: rangeA1(extents[i] ?? { top: 0, left: 0, bottom: 0, right: 0 }),
    title: findTitle(grid, t.header, extents),
    yearColumns: t.header.years.map(
      (y): YearColumn => ({ year: y.year, cell: a1(t.header.row, y.col), text: y.text }),
    ),
    rows: t.rows,
  }));
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

function readBody(grid: Grid, h: TableHeader, yearCells: ReadonlyMap<number, readonly YearCell[]>, merges: readonly RangeRef[]): Body {
  const rows: AppendixRow[] = [];
  let bottom = h.row;
  const last = gridBottom(grid);
  let r = h.row + 1;
  if (isNumberingRow(grid, h, r)) r++;
  for (; r <= last; r++) {
    if (startsNewHeader(h, yearCells.get(r))) break;
    const label = labelAt(grid, h, r, merges);
    if (label === "continuation") continue;
    const figures = hasFigures(grid, h, r);
    if (label === null) {
      if (figures && sttAt(grid, h, r) !== "") {
        rows.push(makeRow(grid, h, r, "", a1(r, h.labelCol)));
        bottom = r;
        continue;
      }
      // A blank row ends the table, unless an indicator row follows at once (a stray empty line).
      if (!figures && nextIsIndicatorRow(grid, h, r + 1, merges)) continue;
      break;
    }
    if (isNonIndicatorText(label.text)) break;
    const row = makeRow(grid, h, r, label.text, label.cell);
    if (row.indicator === null && !figures) break;
    rows.push(row);
    bottom = r;
  }
  return { rows, bottom };
}

function nextIsIndicatorRow(grid: Grid, h: TableHeader, r: number, merges: readonly RangeRef[]): boolean {
  const label = labelAt(grid, h, r, merges);
  return label !== null && label !== "continuation" && matchIndicator(label.text) !== null;
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

function makeRow(grid: Grid, h: TableHeader, r: number, label: string, labelCell: string): AppendixRow {
  const match = label === "" || isSttText(label) ? null : matchIndicator(label);
  const cells = h.years.map((y): AppendixCell => {
    const cell = cellAt(grid, r, y.col);
    return {
      year: y.year,
      cell: a1(r, y.col),
      raw: { value: cell?.value ?? null, percentFormat: isPercentFormat(cell?.numberFormat) },
    };
  });
  return { indicator: match?.id ?? null, label, labelCell, labelIsStandard: match?.standard ?? false, cells };
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
