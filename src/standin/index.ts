/**
 * An in-memory stand-in for the Office.js Excel API, faithful where add-in bugs hide (see docs in README.md of this
 * folder). `createStandIn()` gives the three globals and the workbook model; `installStandIn` sets the globals.
 */
import { makeExcel, makeOffice, OfficeExtension } from "./office";
import { WorkbookModel, type StandInOptions } from "./workbook";

export { WorkbookModel, Stats, EntryRefused, type StandInOptions, type ChangedEventArgs, type CellView, type CellInput } from "./workbook";
export { StandInError, ErrorCodes } from "./errors";
export { MAX_READ_CELLS, MAX_MERGED_AREAS, WEB_CELL_PROPERTIES_LIMIT } from "./range";
export { PAYLOAD_LIMIT } from "./runtime";
export { ExcelRequestContext, type RunOptions, type Batch } from "./office";
export type { Workbook, Worksheet, WorksheetCollection } from "./sheets";
export type { Range } from "./range";
export type { WorkbookSnapshotView, SheetSnapshot, SnapshotCell } from "./snapshot";

export interface StandIn {
  Excel: ReturnType<typeof makeExcel>;
  Office: ReturnType<typeof makeOffice>;
  OfficeExtension: typeof OfficeExtension;
  model: WorkbookModel;
}

export function createStandIn(options: StandInOptions = {}): StandIn {
  const model = new WorkbookModel(options);
  return { Excel: makeExcel(model), Office: makeOffice(model), OfficeExtension, model };
}

/** Sets the globals `Excel`, `Office` and `OfficeExtension` on target (globalThis, window). */
export function installStandIn(target: typeof globalThis, standin: StandIn): void {
  const g = target as unknown as Record<string, unknown>;
  g["Excel"] = standin.Excel;
  g["Office"] = standin.Office;
  g["OfficeExtension"] = standin.OfficeExtension;
}
