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
 * A part of the workbook a plan needs and no more: the cells of `range` on `sheet`, with what the tool owns there.
 * An adapter may read more (a file is read whole anyway); the snapshot then holds at least that range of that sheet.
 * A plan given a scope must decide from that range alone and write only there.
 */
export interface ReadScope {
  readonly sheet: string;
  readonly range: string;
}

export interface UpdateOptions {
  /** Read only this part (the pane's re-check of one table after an edit: a few kilobytes instead of the workbook). */
  readonly scope?: ReadScope;
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
  update<T>(plan: Planner<T>, opts?: UpdateOptions): Promise<T>;
  /** `update` with patches decided beforehand. */
  apply(patches: readonly SheetPatch[]): Promise<void>;
}
