/**
 * A Grid is what the core reads of a sheet: the used range's cells, values as Excel holds them.
 * It is plain data, made by an adapter (Office.js, the .xlsx package reader, memory) in one read.
 */
import type { RawValue } from "../domain/appendix";
import { parseA1 } from "./a1";

export type CellValue = RawValue;

export interface GridCell {
  readonly value: CellValue;
  /** The formula without a leading "=", when the cell has one; `value` is then its cached result. */
  readonly formula?: string;
  /** Excel number format code ("0%", "General"); absent means General. */
  readonly numberFormat?: string;
}

export interface Grid {
  readonly sheet: string;
  /** 0-based absolute position of rows[0][0] on the sheet. */
  readonly top: number;
  readonly left: number;
  /** rows[r][c] is the cell at sheet row top+r, column left+c; undefined or missing = empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<GridCell | undefined>>;
  /** Merged areas as A1 ranges ("B3:D3"). */
  readonly merges?: readonly string[];
  /** The sheet is protected: Excel refuses writes, so the tool writes nothing there. */
  readonly protected?: boolean;
  /** Owners of the tool's conditional formats on this sheet (see ConditionalFormatSpec.owner), once each. */
  readonly ownedFormats?: readonly string[];
  /** Names of the sheet's charts. */
  readonly charts?: readonly string[];
  /**
   * The sheet's Excel tables (ListObjects) as A1 ranges, header row included: the tool places nothing over one and
   * merges no cell of one (Excel refuses both). Absent when the adapter does not read them.
   */
  readonly tables?: readonly string[];
  /**
   * The widths the sheet sets, as the file's `<col min max>` runs: 0-based columns `first`..`last`, in characters
   * of the default font (the unit of SheetPatch.columnWidths and of the file's `width`); a column in no run is
   * `defaultColumnWidth` wide. Absent when the adapter does not read widths: the tool then cannot tell a user's wide
   * column from a default one.
   */
  readonly columnWidths?: ReadonlyArray<ColumnWidthRun>;
  /** The sheet's own default column width in the same unit; absent means Excel's (EXCEL_DEFAULT_COLUMN_WIDTH). */
  readonly defaultColumnWidth?: number;
  /**
   * The sheet's notes (Excel's legacy comments) by cell, when the adapter reads them (Office: ExcelApi 1.18 only).
   * Absent means unknown: the tool then writes no note where one of the user's might be.
   */
  readonly notes?: ReadonlyArray<{ readonly address: string; readonly text: string }>;
  /** Hidden or very hidden (no menu shows it again); absent for a visible sheet. */
  readonly visibility?: "hidden" | "veryHidden";
}

export interface ColumnWidthRun {
  readonly first: number;
  readonly last: number;
  readonly chars: number;
  readonly hidden?: boolean;
}

/**
 * Excel's default column width in the file's unit: 8.43 characters shown, 64 pixels with the padding, which a file
 * writes as width 9.140625 (Calibri 11).
 */
export const EXCEL_DEFAULT_COLUMN_WIDTH = 9.140625;

export interface WorkbookSnapshot {
  /** Every sheet, in tab order. */
  readonly sheets: readonly Grid[];
  /** Workbook-scoped defined names → their reference ("'Sheet 1'!$B$2"). */
  readonly names: Readonly<Record<string, string>>;
  /** The workbook's structure is locked: no sheet can be added, hidden or shown. Absent when not read. */
  readonly structureProtected?: boolean;
}

/** The cell at absolute 0-based (row, col), or undefined when outside the grid or empty. */
export function cellAt(grid: Grid, row: number, col: number): GridCell | undefined {
  return grid.rows[row - grid.top]?.[col - grid.left];
}

export function isEmptyCell(c: GridCell | undefined): boolean {
  return c === undefined || ((c.value === null || c.value === "") && !c.formula);
}

/** The cells with a note, as row × 16,384 + column: built once per grid. */
const NOTE_CELLS = new WeakMap<Grid, Set<number>>();

function noteCells(grid: Grid): Set<number> {
  let set = NOTE_CELLS.get(grid);
  if (!set) {
    set = new Set((grid.notes ?? []).map((n) => {
      const { row, col } = parseA1(n.address);
      return row * 16_384 + col;
    }));
    NOTE_CELLS.set(grid, set);
  }
  return set;
}

/** Whether the cell holds anything the user may have put there: a value, a formula, or a note. */
export function holdsContent(grid: Grid, row: number, col: number): boolean {
  if (!isEmptyCell(cellAt(grid, row, col))) return true;
  return (grid.notes?.length ?? 0) > 0 && noteCells(grid).has(row * 16_384 + col);
}

/** The cells of a grid that hold a note, 0-based. */
export function notePositions(grid: Grid): Array<{ row: number; col: number }> {
  return [...noteCells(grid)].map((k) => ({ row: Math.floor(k / 16_384), col: k % 16_384 }));
}

export function gridBottom(grid: Grid): number {
  return grid.top + grid.rows.length - 1;
}

export function gridRight(grid: Grid): number {
  let w = 0;
  for (const r of grid.rows) if (r.length > w) w = r.length;
  return grid.left + w - 1;
}

/** The cell's content as text, trimmed ("" for empty); numbers in plain JavaScript form. */
export function cellText(c: GridCell | undefined): string {
  if (!c || c.value === null) return "";
  const v = c.value;
  if (typeof v === "object") return v.error;
  return String(v).trim();
}

// A workbook uses a handful of formats over thousands of cells: judge each format once.
const PERCENT_FORMATS = new Map<string, boolean>();

export function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  let v = PERCENT_FORMATS.get(numberFormat);
  if (v === undefined) {
    // A percent sign outside quotes and escapes makes Excel scale by 100.
    v = /%/.test(numberFormat.replace(/"[^"]*"/g, "").replace(/\\./g, ""));
    if (PERCENT_FORMATS.size >= 1000) PERCENT_FORMATS.clear();
    PERCENT_FORMATS.set(numberFormat, v);
  }
  return v;
}

const DATE_FORMATS = new Map<string, boolean>();

/**
 * A number format that shows a date or a time ("d/m/yyyy", "m/d/yy", "dd-mmm", "h:mm"): day, month, year, hour or
 * second codes outside quotes, brackets and escapes. Excel gives a cell such a format when "2/3" is typed into it.
 */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat || numberFormat === "General") return false;
  let v = DATE_FORMATS.get(numberFormat);
  if (v === undefined) {
    const bare = numberFormat.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").replace(/[_*]./g, "");
    v = /[dmyhs]/i.test(bare) && !/^general$/i.test(bare);
    if (DATE_FORMATS.size >= 1000) DATE_FORMATS.clear();
    DATE_FORMATS.set(numberFormat, v);
  }
  return v;
}

/** The 0-based columns the sheet hides (from `columnWidths`). */
export function hiddenColumns(grid: Grid): ReadonlySet<number> {
  const hidden = new Set<number>();
  for (const run of grid.columnWidths ?? []) {
    if (!run.hidden) continue;
    // A run may cover the sheet's 16,384 columns; only those within the grid matter.
    const last = Math.min(run.last, gridRight(grid));
    for (let c = Math.max(run.first, grid.left); c <= last; c++) hidden.add(c);
  }
  return hidden;
}
