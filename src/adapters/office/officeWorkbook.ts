/**
 * The workbook open in Excel as a WorkbookPort, through Office.js. Each call is one `Excel.run` that waits for a
 * user's cell edit to end (`delayForCellEdit`) instead of failing, and, where Excel has ExcelApi 1.20, makes one
 * undo step of the whole command (`mergeUndoGroup`). `update` reads and writes in the same run: the read (two syncs
 * for a normal workbook) gives the snapshot and what the tool owns, the pre-write check refuses anything Excel would
 * refuse (protected sheets, merges, notes, bad addresses) before anything is written, and the write follows in as
 * few syncs as keep every request under the byte budget (./steps.ts).
 */
import { parseRange } from "../../sheet/a1";
import { PatchError } from "../../ports/patchError";
import type { Planner, ReadScope, UpdateOptions, WorkbookPort } from "../../ports/workbookPort";
import type { WorkbookSnapshot } from "../../sheet/grid";
import type { SheetPatch } from "../../sheet/patch";
import { checkPatches } from "../patchCheck";
import { DEFAULT_READ, type ReadOptions, type ReadState, readWorkbook } from "./read";
import { readScope } from "./readScope";
import { runSteps, WriteFailed } from "./steps";
import { planWrites } from "./write";

export interface OfficeWorkbookOptions {
  readonly read?: ReadOptions;
  /** Whether Excel has cell notes (ExcelApi 1.18); asked of Office once by the composition root. */
  readonly notes?: boolean;
  /** Whether Excel groups a run's syncs into one undo step (ExcelApi 1.20). */
  readonly undoGroups?: boolean;
  /** Requests of a write are cut to stay under this many bytes (Excel on the web refuses 5 MB). */
  readonly writeBudgetBytes?: number;
  /** Told what Excel could not do that the command went on without (a rule it cannot read), once per command. */
  readonly onNotice?: (notice: OfficeNotice) => void;
  /** Told what each run cost: its round trips counted, its bytes estimated (the real ones are not visible here). */
  readonly onMeasure?: (m: RunMeasure) => void;
}

/** One `Excel.run`: the syncs it made, and estimates of its largest request and of the cells it read. */
export interface RunMeasure {
  readonly syncs: number;
  /** Estimated bytes of the cells read (the bulk of the responses). */
  readonly bytesRead: number;
  /** Estimated bytes of the write's requests, in all and the largest. */
  readonly bytesWritten: number;
  readonly largestWrite: number;
}

/** Something the adapter had to leave alone, for the pane to say. */
export interface OfficeNotice {
  /** Rules Excel could not read (left alone), or the tool's rules it refused to delete (left in place). */
  readonly kind: "unreadable_rules" | "undeletable_rules";
  readonly sheet: string;
  readonly count: number;
}

/** Estimated bytes per write request: under 1 MB as Office.js serialises them (checked by the bench and tests). */
export const WRITE_BUDGET = 700_000;

export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly opts: OfficeWorkbookOptions = {}) {}

  read(): Promise<WorkbookSnapshot> {
    return this.run(async (context, measure) => {
      const state = await this.readState(context);
      measure.bytesRead = state.bytesRead;
      return state.snapshot;
    });
  }

  update<T>(plan: Planner<T>, opts: UpdateOptions = {}): Promise<T> {
    return this.run(async (context, measure) => {
      const state = await this.readState(context, opts.scope);
      measure.bytesRead = state.bytesRead;
      const { patches, result } = await plan(state.snapshot);
      if (patches.length === 0) return result;
      const targets = check(state, patches);
      const budgetBytes = this.opts.writeBudgetBytes ?? WRITE_BUDGET;
      const steps = planWrites(state, patches, targets, { notes: this.opts.notes ?? false, budgetBytes });
      try {
        const report = await runSteps(context, steps, { budgetBytes });
        measure.bytesWritten = report.requests.reduce((a, b) => a + b, 0);
        measure.largestWrite = Math.max(0, ...report.requests);
        const bySheet = new Map<string, number>();
        for (const u of report.undeletable) bySheet.set(u.sheet, (bySheet.get(u.sheet) ?? 0) + 1);
        for (const [sheet, count] of bySheet) this.opts.onNotice?.({ kind: "undeletable_rules", sheet, count });
      } catch (e) {
        if (!(e instanceof WriteFailed)) throw e;
        throw new PatchError(e.sheet || (patches[0]?.sheet ?? ""), null, `Excel refused the write (${e.code || e.detail})`, "failed", e.written);
      }
      return result;
    });
  }

  /** One Excel.run, its syncs counted for the pane's diagnostics. */
  private run<T>(batch: (context: Excel.RequestContext, measure: { bytesRead: number; bytesWritten: number; largestWrite: number }) => Promise<T>): Promise<T> {
    const measure = { bytesRead: 0, bytesWritten: 0, largestWrite: 0 };
    let syncs = 0;
    return Excel.run(this.runOptions(), async (context) => {
      const sync = context.sync.bind(context);
      // The syncs of the batch; Excel.run's own closing sync, with nothing left queued, is no round trip.
      let open = true;
      context.sync = <V>(value?: V): Promise<V> => {
        if (open) syncs++;
        return sync(value) as Promise<V>;
      };
      try {
        return await batch(context, measure);
      } finally {
        open = false;
      }
    }).finally(() => this.opts.onMeasure?.({ syncs, ...measure }));
  }

  apply(patches: readonly SheetPatch[]): Promise<void> {
    return this.update(() => ({ patches, result: undefined }));
  }

  private runOptions(): Excel.RunOptions {
    return this.opts.undoGroups ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
  }

  private async readState(context: Excel.RequestContext, scope?: ReadScope): Promise<ReadState> {
    const state = scope ? await readScope(context, scope) : await readWorkbook(context, { ...(this.opts.read ?? DEFAULT_READ), notes: this.opts.notes ?? false });
    for (const u of state.unreadableRules) this.opts.onNotice?.({ kind: "unreadable_rules", sheet: u.sheet, count: u.count });
    return state;
  }
}

/** The pre-write check over what was read: nothing is written unless the whole write can be. */
function check(state: ReadState, patches: readonly SheetPatch[]): string[] {
  const byName = new Map(state.sheets.map((h) => [h.name.toLowerCase(), h] as const));
  const grid = (name: string) => state.snapshot.sheets.find((g) => g.sheet.toLowerCase() === name.toLowerCase());
  return checkPatches(patches, {
    sheetName: (name) => byName.get(name.toLowerCase())?.name ?? null,
    merges: (name) => byName.get(name.toLowerCase())?.merges ?? [],
    isProtected: (name) => byName.get(name.toLowerCase())?.protected ?? false,
    structureProtected: () => state.structureProtected,
    tables: (name) => (grid(name)?.tables ?? []).map((t) => parseRange(t)),
    notes: (name) => byName.get(name.toLowerCase())?.notes ?? [],
  });
}
