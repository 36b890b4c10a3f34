/**
 * Checks the charts of a batch of patches before anything is written (the rest of the patch is checked by
 * checkPatches). A chart is only useful if its ranges parse, categories and each series line up cell for
 * cell, and its name is unique on its sheet within one patch; across patches a repeated name replaces.
 */
import { parseA1, parseRange, type RangeRef } from "../sheet/a1";
import type { ChartSpec, SheetPatch } from "../sheet/patch";
import { PatchError } from "../ports/patchError";
import { HEX_COLOUR, MAX_COL, MAX_ROW } from "../sheet/excelLimits";


/** `targets[i]` is the sheet patch i lands on, as checkPatches resolved it (the sheet exists or is created). */
export function checkCharts(patches: readonly SheetPatch[], targets: readonly string[]): void {
  patches.forEach((p, i) => {
    const sheet = targets[i] ?? p.sheet;
    const seen = new Set<string>();
    for (const c of p.charts ?? []) {
      const key = c.name.trim().toLowerCase();
      if (key === "") throw new PatchError(sheet, null, "a chart needs a name");
      if (seen.has(key)) throw new PatchError(sheet, null, `chart "${c.name}" appears twice in one patch`);
      seen.add(key);
      checkChart(sheet, c);
    }
  });
}

function checkChart(sheet: string, c: ChartSpec): void {
  const where = `chart "${c.name}"`;
  const cats = vector(sheet, where, c.categories, "categories");
  if (c.series.length === 0) throw new PatchError(sheet, null, `${where} has no series`);
  for (const s of c.series) {
    const n = vector(sheet, where, s.values, `series "${s.name}"`);
    if (n !== cats) throw new PatchError(sheet, s.values, `${where}: series "${s.name}" has ${n} values for ${cats} categories`);
    if (s.color !== undefined && !HEX_COLOUR.test(s.color)) throw new PatchError(sheet, null, `${where}: colour "${s.color}" is not RRGGBB`);
  }
  let from;
  try {
    from = parseA1(c.anchor.from);
  } catch {
    throw new PatchError(sheet, c.anchor.from, `${where}: anchor is not an A1 cell address`);
  }
  const { cols, rows } = c.anchor;
  if (!Number.isInteger(cols) || !Number.isInteger(rows) || cols < 1 || rows < 1) {
    throw new PatchError(sheet, c.anchor.from, `${where}: size must be whole columns and rows, at least 1`);
  }
  if (from.col + cols > MAX_COL || from.row + rows > MAX_ROW) throw new PatchError(sheet, c.anchor.from, `${where} runs off the sheet`);
}

/** The number of cells of a one-row or one-column range. */
function vector(sheet: string, where: string, range: string, what: string): number {
  let r: RangeRef;
  try {
    r = parseRange(range);
  } catch {
    throw new PatchError(sheet, range, `${where}: ${what} is not an A1 range`);
  }
  if (r.bottom > MAX_ROW || r.right > MAX_COL) throw new PatchError(sheet, range, `${where}: ${what} is outside the sheet`);
  if (r.top !== r.bottom && r.left !== r.right) throw new PatchError(sheet, range, `${where}: ${what} must be one row or one column`);
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
