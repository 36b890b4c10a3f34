/**
 * A write as a list of steps, run in as many syncs as Excel's limits need: each sync carries steps up to a byte
 * budget (estimated as Office.js serialises them; the harness in test/support/officeClient.ts measures the real
 * bytes), so no request comes near the 5 MB Excel on the web refuses. Events stay off for the add-in's own writes
 * from the first sync to the last, and calculation waits until each sync is done.
 *
 * A failure part-way leaves the syncs before it applied (Excel does not roll back): the error says whether anything
 * was written, and whether Excel refused the request whole for its size.
 */
import { readIsolated } from "./isolate";
import { utf8Length } from "./units";

/** What a step sees while it is queued: the workbook, and each sheet by name, once per sync. */
export class SyncScope {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  constructor(readonly context: Excel.RequestContext) {}

  /** The sheet named so; a sheet added earlier in this write is found too (by name, not by a handle of another sync). */
  sheet(name: string): Excel.Worksheet {
    const key = name.toLowerCase();
    let ws = this.sheets.get(key);
    if (!ws) this.sheets.set(key, (ws = this.context.workbook.worksheets.getItem(name)));
    return ws;
  }
}

export interface WriteStep {
  /** The sheet it writes, named when it fails. */
  readonly sheet: string;
  /** Its request bytes, estimated (see `callBytes`). */
  readonly bytes: number;
  queue(at: SyncScope): void;
  /**
   * For the deletion of one of the tool's rules: its id. These steps come first in a write, so that when Excel fails
   * to delete one (office-js #5222) nothing else has been written yet; the rule is then left and reported.
   */
  readonly removesRule?: string;
}

/** What a write could not do and went on without. */
export interface WriteReport {
  /** Estimated bytes of each request sent. */
  readonly requests: number[];
  /** The tool's rules Excel refused to delete, by sheet. */
  readonly undeletable: Array<{ readonly sheet: string; readonly id: string }>;
}

/** One call (a property set or a method) on the wire, beside its arguments: object paths and the action, measured. */
export const CALL_BYTES = 330;

/** The bytes of `calls` calls carrying `args` (their JSON, UTF-8). */
export function callBytes(calls: number, ...args: unknown[]): number {
  return calls * CALL_BYTES + args.reduce<number>((sum, a) => sum + (a === undefined ? 0 : utf8Length(JSON.stringify(a))), 0);
}

export interface WriteOptions {
  /** Requests are cut to stay under this many bytes. */
  readonly budgetBytes: number;
}

/** Excel refused a sync of the write. */
export class WriteFailed extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly sheet: string,
    /** Earlier syncs of the write were applied. */
    readonly written: boolean,
  ) {
    super(`Excel refused the write (${code || detail})`);
    this.name = "WriteFailed";
  }
}

/** Steps grouped into syncs: in order, as many per sync as fit the budget, at least one. */
export function groupSteps(steps: readonly WriteStep[], budgetBytes: number): WriteStep[][] {
  const groups: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const s of steps) {
    if (current.length > 0 && bytes + s.bytes > budgetBytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(s);
    bytes += s.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export async function runSteps(context: Excel.RequestContext, steps: readonly WriteStep[], opts: WriteOptions): Promise<WriteReport> {
  const groups = groupSteps(steps, opts.budgetBytes);
  const report: WriteReport = { requests: groups.map((g) => g.reduce((sum, s) => sum + s.bytes, 0)), undeletable: [] };
  if (groups.length > 0) await runGroups(context, groups, 0, report);
  return report;
}

/** One sync per group, each after the one before succeeded (recursive: a sync's result decides the next). */
async function runGroups(context: Excel.RequestContext, groups: readonly WriteStep[][], i: number, report: WriteReport): Promise<void> {
  const group = groups[i];
  if (!group) return;
  const at = new SyncScope(context);
  // The pane must not take its own writes for the user's: events off from the first sync, on again in the last.
  if (i === 0) context.runtime.enableEvents = false;
  context.application.suspendApiCalculationUntilNextSync();
  for (const step of group) step.queue(at);
  if (i === groups.length - 1) context.runtime.enableEvents = true;
  try {
    await context.sync();
  } catch (e) {
    const rest = await withoutUndeletable(context, group, report);
    if (!rest) {
      // The batch stopped part-way: events must not stay off for the add-in.
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
      const code = (e as { code?: string }).code ?? "";
      throw new WriteFailed(code, (e as Error).message, group[0]?.sheet ?? "", i > 0 || group.some((s) => s.removesRule !== undefined));
    }
    // A rule Excel would not delete stopped the sync before anything after it: the rest goes on without it.
    return runGroups(context, [...groups.slice(0, i), rest, ...groups.slice(i + 1)], i, report);
  }
  return runGroups(context, groups, i + 1, report);
}

/**
 * After a failed sync that deleted rules: each deletion tried alone (a half at a time). When one fails on its own
 * (not because it is gone already), it is reported and the group's other steps are returned, to run without it;
 * they were not applied, as every deletion comes before them. Null when no deletion is to blame.
 */
async function withoutUndeletable(context: Excel.RequestContext, group: readonly WriteStep[], report: WriteReport): Promise<WriteStep[] | null> {
  const removals = group.filter((s) => s.removesRule !== undefined);
  if (removals.length === 0) return null;
  const refused: WriteStep[] = [];
  await readIsolated(context, removals, {
    queue: (step) => {
      step.queue(new SyncScope(context));
      return () => undefined;
    },
    split: () => null,
    giveUp: (step, e) => {
      if ((e as { code?: string }).code !== "ItemNotFound") refused.push(step);
    },
  });
  if (refused.length === 0) return null;
  for (const s of refused) report.undeletable.push({ sheet: s.sheet, id: s.removesRule ?? "" });
  return group.filter((s) => s.removesRule === undefined);
}
