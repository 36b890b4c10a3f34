/**
 * What every write keeps to, whatever the use case laid out: no text longer than a cell holds (a label or an agency
 * name copied from a user's workbook into a review sheet, a merged table or a subtitle listing hundreds of files).
 * Applied once, at the door every write goes through (./writing), so a new layout cannot forget it.
 */
import { fitCellText, MAX_CELL_TEXT } from "../sheet/cellLimits";
import type { WorkbookSnapshot } from "../sheet/grid";
import type { CellWrite, SheetPatch } from "../sheet/patch";

export function fitToWorkbook(_snapshot: WorkbookSnapshot, patches: readonly SheetPatch[]): SheetPatch[] {
  return patches.map(fitTexts);
}

/** Cell texts and notes over Excel's 32,767 characters, cut with an ellipsis (Excel would "repair" the file). */
function fitTexts(p: SheetPatch): SheetPatch {
  const long = (w: CellWrite): boolean => typeof w.value === "string" && w.value.length > MAX_CELL_TEXT;
  const longNote = p.notes?.some((n) => n.text.length > MAX_CELL_TEXT) ?? false;
  if (!p.cells.some(long) && !longNote) return p;
  return {
    ...p,
    cells: p.cells.map((w) => (long(w) ? { ...w, value: fitCellText(w.value as string) } : w)),
    ...(p.notes ? { notes: p.notes.map((n) => ({ ...n, text: fitCellText(n.text) })) } : {}),
  };
}
