/**
 * The one door between the use cases and a workbook, whatever holds it: Excel through Office.js,
 * an .xlsx file through ExcelJS, or memory.
 */
import type { WorkbookSnapshot } from "../sheet/grid";
import type { SheetPatch } from "../sheet/patch";

export interface WorkbookPort {
  /** Reads every sheet's used range, values and number formats, in one go. */
  read(): Promise<WorkbookSnapshot>;
  /**
   * Applies the patches as one batch: all land, or the adapter reports the failure and the workbook
   * is left as it was.
   */
  apply(patches: readonly SheetPatch[]): Promise<void>;
}
