/**
 * A sheet's visibility, AutoFilter and frozen panes through Office.js (visibility 1.1, frozen panes 1.7, AutoFilter
 * 1.9, all within the add-in's 1.14 floor). A replaced sheet loses its filter and frozen panes with the rest.
 */
import type { SheetPatch, SheetVisibility } from "../../sheet/patch";

const VISIBILITY: Readonly<Record<SheetVisibility, Excel.SheetVisibility>> = {
  visible: "Visible" as Excel.SheetVisibility,
  hidden: "Hidden" as Excel.SheetVisibility,
  veryHidden: "VeryHidden" as Excel.SheetVisibility,
};

/** The grid's visibility from Office's ("Visible" reads as none). */
export function visibilityOf(v: string): "hidden" | "veryHidden" | undefined {
  return v === "Hidden" ? "hidden" : v === "VeryHidden" ? "veryHidden" : undefined;
}

/** Before a replaced sheet is written again: no filter, nothing frozen. */
export function clearViews(ws: Excel.Worksheet): void {
  ws.autoFilter.remove();
  ws.freezePanes.unfreeze();
}

/** Queued after the patch's cells, so a filter covers what was written. */
export function queueViews(ws: Excel.Worksheet, patch: SheetPatch): void {
  if (patch.autoFilter) ws.autoFilter.apply(ws.getRange(patch.autoFilter));
  if (patch.freeze) {
    const { rows, cols } = patch.freeze;
    if (cols === 0) ws.freezePanes.freezeRows(rows);
    else if (rows === 0) ws.freezePanes.freezeColumns(cols);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
  }
  if (patch.visibility) ws.visibility = VISIBILITY[patch.visibility];
}
