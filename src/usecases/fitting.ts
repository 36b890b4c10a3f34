/**
 * What every write keeps to, whatever the use case laid out: no text longer than a cell holds (a label or an agency
 * name copied from a user's workbook into a review sheet, a merged table or a subtitle listing hundreds of files),
 * and no column of a user's sheet made narrower than it is. Applied once, at the door every write goes through
 * (./writing), so a new layout cannot forget it.
 */
import { fitCellText, MAX_CELL_TEXT } from "../sheet/cellLimits";
import { EXCEL_DEFAULT_COLUMN_WIDTH, type Grid, type WorkbookSnapshot } from "../sheet/grid";
import type { CellWrite, RowBlock, SheetPatch } from "../sheet/patch";

export function fitToWorkbook(snapshot: WorkbookSnapshot, patches: readonly SheetPatch[]): SheetPatch[] {
  return patches.map((p) => keepUserColumns(fitTexts(p), userSheet(snapshot, p)));
}

/** Cell texts and notes over Excel's 32,767 characters, cut with an ellipsis (Excel would "repair" the file). */
function fitTexts(p: SheetPatch): SheetPatch {
  const long = (w: CellWrite): boolean => typeof w.value === "string" && w.value.length > MAX_CELL_TEXT;
  const longNote = p.notes?.some((n) => n.text.length > MAX_CELL_TEXT) ?? false;
  const longBlock = (b: RowBlock): boolean => b.rows.some((r) => r.some((v) => typeof v === "string" && v.length > MAX_CELL_TEXT));
  const blocks = p.blocks?.some(longBlock) ? { blocks: p.blocks.map((b) => (longBlock(b) ? { ...b, rows: b.rows.map((r) => r.map((v) => (typeof v === "string" ? fitCellText(v) : v))) } : b)) } : {};
  if (!p.cells.some(long) && !longNote && !("blocks" in blocks)) return p;
  return {
    ...p,
    ...blocks,
    cells: p.cells.map((w) => (long(w) ? { ...w, value: fitCellText(w.value as string) } : w)),
    ...(p.notes ? { notes: p.notes.map((n) => ({ ...n, text: fitCellText(n.text) })) } : {}),
  };
}

/** The user's sheet a patch writes on, or null when the patch makes the sheet or replaces a sheet of the tool's. */
function userSheet(snapshot: WorkbookSnapshot, p: SheetPatch): Grid | null {
  if (p.replace) return null;
  return snapshot.sheets.find((g) => g.sheet.toLowerCase() === p.sheet.toLowerCase()) ?? null;
}

/**
 * On a user's sheet, a layout's column width only ever widens: a column the user made wider keeps its width, and
 * a hidden column stays hidden. Without the widths (an adapter that does not read them) the layout's stand.
 */
function keepUserColumns(p: SheetPatch, grid: Grid | null): SheetPatch {
  if (!grid?.columnWidths || !p.columnWidths) return p;
  const runs = grid.columnWidths;
  const base = grid.defaultColumnWidth ?? EXCEL_DEFAULT_COLUMN_WIDTH;
  const widths = p.columnWidths.filter((w) => {
    const now = runs.find((r) => w.col >= r.first && w.col <= r.last);
    return !now?.hidden && w.chars > (now?.chars ?? base);
  });
  return { ...p, columnWidths: widths };
}
