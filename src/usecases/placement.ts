/**
 * Where an inserted table goes, never over data: at a given cell (the pane's selection), on a new sheet (under the
 * first free name), or below everything a sheet already holds (A1 of an empty or missing sheet).
 */
import { parseRange, rangeA1, type RangeRef } from "../sheet/a1";
import { type Grid, gridBottom, isEmptyCell, notePositions, type WorkbookSnapshot } from "../sheet/grid";
import { freeSheetName } from "../sheet/layout/reviewSheet";
import { fail, type Result } from "./result";

export interface PlaceRequest {
  /** The sheet to insert into; created when missing. With `newSheet`, the base of a new sheet's name. */
  readonly sheet: string;
  /** Always a new sheet ("Phụ lục", "Phụ lục (2)", …). */
  readonly newSheet?: boolean;
  /** 0-based top-left cell on `sheet`. */
  readonly at?: { readonly row: number; readonly col: number };
}

export interface Placement {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly createSheet: boolean;
  readonly range: string;
}

export function place(snapshot: WorkbookSnapshot, req: PlaceRequest, size: { rows: number; cols: number }): Result<Placement> {
  const names = snapshot.sheets.map((g) => g.sheet);
  const existing = req.newSheet ? undefined : snapshot.sheets.find((g) => g.sheet.toLowerCase() === req.sheet.toLowerCase());
  const sheet = existing?.sheet ?? (req.newSheet ? freeSheetName(req.sheet, names) : req.sheet);
  const top = req.at?.row ?? (existing ? firstFreeRow(existing) : 0);
  const left = req.at?.col ?? 0;
  const area: RangeRef = { top, left, bottom: top + size.rows - 1, right: left + size.cols - 1 };
  if (existing && !regionIsEmpty(existing, area)) return fail("insert.no_space", { sheet, range: rangeA1(area) });
  return { ok: true, value: { sheet, top, left, createSheet: !existing, range: rangeA1(area) } };
}

/** The first row after the sheet's content, leaving one blank row between; 0 on an empty sheet. */
function firstFreeRow(grid: Grid): number {
  // An Excel table's empty rows are still the table's, and a note is content: start below them too.
  const belowTables = Math.max(0, ...tablesOf(grid).map((t) => t.bottom + 2), ...notePositions(grid).map((n) => n.row + 2));
  for (let r = grid.rows.length - 1; r >= 0; r--) {
    if ((grid.rows[r] ?? []).some((c) => !isEmptyCell(c))) return Math.max(grid.top + r + 2, belowTables);
  }
  return belowTables;
}

function tablesOf(grid: Grid): RangeRef[] {
  return (grid.tables ?? []).map((t) => parseRange(t));
}

function regionIsEmpty(grid: Grid, r: RangeRef): boolean {
  if (tablesOf(grid).some((t) => t.top <= r.bottom && r.top <= t.bottom && t.left <= r.right && r.left <= t.right)) return false;
  // A note may lie outside the cells that hold values.
  if (notePositions(grid).some((n) => n.row >= r.top && n.row <= r.bottom && n.col >= r.left && n.col <= r.right)) return false;
  const last = Math.min(r.bottom, gridBottom(grid));
  for (let row = Math.max(r.top, grid.top); row <= last; row++) {
    const cells = grid.rows[row - grid.top] ?? [];
    for (let col = r.left; col <= r.right; col++) {
      if (!isEmptyCell(cells[col - grid.left])) return false;
    }
  }
  return true;
}
