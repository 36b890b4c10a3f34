/**
 * The log of what each command wrote, kept in the workbook's store: a port that adds one log entry (when, which
 * command, the sheets and ranges written) to every batch that writes to the workbook, in the same batch, so the log
 * never claims a write that did not happen. Writes to the store alone (a decision) are not logged. Without a store
 * and with the structure locked, the command runs unlogged rather than being refused.
 */
import type { Planner, UpdateOptions, WorkbookPort } from "../ports/workbookPort";
import { rangeA1, parseRange, quoteSheet, parseA1, type RangeRef } from "../sheet/a1";
import type { WorkbookSnapshot } from "../sheet/grid";
import type { SheetPatch } from "../sheet/patch";
import { blockArea } from "../sheet/patchCells";
import { type LogEntry, logCells, readStore, storeGrid, withStoreCells } from "../sheet/store/reviewStore";

/** The commands the log names (the pane shows each in its language). */
export const LOGGED_COMMANDS = ["insert", "insert_form", "validate", "decide", "clear", "review", "consolidate", "attain", "remove"] as const;
export type LoggedCommand = (typeof LOGGED_COMMANDS)[number];

export function logged(port: WorkbookPort, command: LoggedCommand, stamp: () => string): WorkbookPort {
  const update = <T,>(plan: Planner<T>, opts?: UpdateOptions): Promise<T> =>
    // A batch that reads only a scope has no store in its snapshot (one would be made anew): it is not logged.
    opts?.scope
      ? port.update(plan, opts)
      : port.update(async (snapshot) => {
          const planned = await plan(snapshot);
          const wrote = describeWrites(snapshot, planned.patches);
          if (wrote === null) return planned;
          const patches = withStoreCells(snapshot, planned.patches, logCells(readStore(snapshot), { at: stamp(), command, wrote }));
          return patches === null ? planned : { ...planned, patches };
        }, opts);
  return {
    read: () => port.read(),
    update,
    apply: (patches) => update(() => ({ patches, result: undefined })),
  };
}

/** The log, oldest first, as the workbook holds it. */
export async function readCommandLog(port: WorkbookPort): Promise<readonly LogEntry[]> {
  return readStore(await port.read()).log;
}

/**
 * "Phụ lục!A1:H22; Kiểm tra!A1:L40": per sheet written (the store left out), the area its cells, rules,
 * validations and names cover; a sheet touched without cells (highlights removed) by its name alone. Null when
 * the batch writes nothing to the workbook itself.
 */
export function describeWrites(snapshot: WorkbookSnapshot, patches: readonly SheetPatch[]): string | null {
  const store = storeGrid(snapshot)?.sheet.toLowerCase();
  const areas = new Map<string, RangeRef | null>();
  for (const p of patches) {
    if (p.sheet.toLowerCase() === store || (p.visibility === "veryHidden" && p.createSheet)) continue;
    let area = areas.get(p.sheet) ?? null;
    const grow = (r: RangeRef): void => {
      area = area ? { top: Math.min(area.top, r.top), left: Math.min(area.left, r.left), bottom: Math.max(area.bottom, r.bottom), right: Math.max(area.right, r.right) } : r;
    };
    for (const c of p.cells) {
      const { row, col } = parseA1(c.address);
      grow({ top: row, left: col, bottom: row, right: col });
    }
    for (const b of p.blocks ?? []) {
      const r = blockArea(b);
      if (r) grow(r);
    }
    for (const r of [...(p.conditionalFormats ?? []).map((c) => c.range), ...(p.validations ?? []).map((v) => v.range), ...(p.merges ?? [])]) grow(parseRange(r));
    areas.set(p.sheet, area);
  }
  if (areas.size === 0) return null;
  return [...areas].map(([sheet, area]) => (area ? `${quoteSheet(sheet)}!${rangeA1(area)}` : quoteSheet(sheet))).join("; ");
}
