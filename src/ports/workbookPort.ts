/**
 * The one door between the use cases and a workbook, whatever holds it: Excel through Office.js,
 * an .xlsx file edited at the package level, or memory. Every adapter passes the same contract suite
 * (test/adapters/contract), so a patch means the same thing everywhere.
 */
import type { WorkbookSnapshot } from "../sheet/grid";
import type { SheetPatch } from "../sheet/patch";

/** What a use case decides from what it read: the patches to apply (maybe none) and what to tell the caller. */
export interface Plan<T> {
  readonly patches: readonly SheetPatch[];
  readonly result: T;
}

/**
 * Decides a plan from a snapshot. It may be async — the pane's check yields to the page between sheets and can be
 * cancelled — but it must not touch the workbook itself: the adapter writes only what it returns.
 */
export type Planner<T> = (snapshot: WorkbookSnapshot) => Plan<T> | Promise<Plan<T>>;

export interface WorkbookPort {
  /** Reads every sheet's used range, values, formulas, number formats, merges and what the tool owns. */
  read(): Promise<WorkbookSnapshot>;
  /**
   * Reads, lets `plan` decide from that snapshot, and applies the plan's patches as one batch — in Office, within
   * one batch run, so nothing can change between the read and the write. The patches are checked against the
   * workbook first (src/adapters/patchCheck.ts): a patch Excel would refuse rejects the promise with a PatchError
   * and nothing is written.
   */
  update<T>(plan: Planner<T>): Promise<T>;
  /** `update` with patches decided beforehand. */
  apply(patches: readonly SheetPatch[]): Promise<void>;
}
