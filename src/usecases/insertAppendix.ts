/**
 * Insert the standard appendix tables from a preset, never over a non-empty cell: at a given cell (the pane's
 * selection), or on a new or empty sheet at A1, or below everything the sheet already holds.
 */
import type { Preset } from "../domain/presets";
import type { Period } from "../domain/units";
import type { WorkbookPort } from "../ports/workbookPort";
import { rangeA1 } from "../sheet/a1";
import { type Grid, gridBottom, isEmptyCell } from "../sheet/grid";
import { appendixFootprint, layoutAppendix } from "../sheet/layout/appendixLayout";
import { fail, ok, type Result } from "./result";
import { updating } from "./writing";

export interface InsertRequest {
  readonly preset: Preset;
  readonly periods: readonly Period[];
  /** Target sheet; created when missing. */
  readonly sheet: string;
  /** 0-based top-left cell to insert at; by default A1 of a new or empty sheet, or below the sheet's content. */
  readonly at?: { readonly row: number; readonly col: number };
}

export interface InsertOutcome {
  readonly sheet: string;
  readonly range: string;
  readonly createdSheet: boolean;
}

export async function insertAppendix(port: WorkbookPort, req: InsertRequest): Promise<Result<InsertOutcome>> {
  return updating(port, (snapshot) => {
    const existing = snapshot.sheets.find((g) => g.sheet.toLowerCase() === req.sheet.toLowerCase());
    const sheet = existing?.sheet ?? req.sheet;
    const top = req.at?.row ?? (existing ? firstFreeRow(existing) : 0);
    const left = req.at?.col ?? 0;
    const size = appendixFootprint(req.preset, req.periods);
    const range = { top, left, bottom: top + size.rows - 1, right: left + size.cols - 1 };
    if (existing && !regionIsEmpty(existing, range)) {
      return { patches: [], result: fail("insert.no_space", { sheet, range: rangeA1(range) }) };
    }
    const patch = layoutAppendix({ sheet, preset: req.preset, periods: req.periods, top, left, createSheet: !existing });
    return { patches: [patch], result: ok({ sheet, range: rangeA1(range), createdSheet: !existing }) };
  });
}

/** The first row after the sheet's content, leaving one blank row between; 0 on an empty sheet. */
function firstFreeRow(grid: Grid): number {
  for (let r = grid.rows.length - 1; r >= 0; r--) {
    if ((grid.rows[r] ?? []).some((c) => !isEmptyCell(c))) return grid.top + r + 2;
  }
  return 0;
}

function regionIsEmpty(grid: Grid, r: { top: number; left: number; bottom: number; right: number }): boolean {
  const last = Math.min(r.bottom, gridBottom(grid));
  for (let row = Math.max(r.top, grid.top); row <= last; row++) {
    const cells = grid.rows[row - grid.top] ?? [];
    for (let col = r.left; col <= r.right; col++) {
      if (!isEmptyCell(cells[col - grid.left])) return false;
    }
  }
  return true;
}
