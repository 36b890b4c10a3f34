/**
 * The workbook open in Excel as a WorkbookPort, through Office.js. Each call is one `Excel.run` that waits for a
 * user's cell edit to end (`delayForCellEdit`) instead of failing. `update` reads and writes in the same run: the
 * read (two syncs for a normal workbook) gives the snapshot and the handles of what the tool owns, the pre-write check
 * refuses anything Excel would refuse (protected sheets, merges, bad addresses) before anything is written, and the
 * write is one more sync.
 */
import { parseRange } from "../../sheet/a1";
import { PatchError } from "../../ports/patchError";
import type { Planner, WorkbookPort } from "../../ports/workbookPort";
import type { WorkbookSnapshot } from "../../sheet/grid";
import type { SheetPatch } from "../../sheet/patch";
import { checkPatches } from "../patchCheck";
import { DEFAULT_READ, type ReadOptions, readWorkbook } from "./read";
import { queueWrites } from "./write";

export interface OfficeWorkbookOptions {
  readonly read?: ReadOptions;
  /** Whether Excel has cell notes (ExcelApi 1.18); asked of Office once by the composition root. */
  readonly notes?: boolean;
}

export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly opts: OfficeWorkbookOptions = {}) {}

  read(): Promise<WorkbookSnapshot> {
    return Excel.run({ delayForCellEdit: true }, async (context) => (await readWorkbook(context, this.opts.read ?? DEFAULT_READ)).snapshot);
  }

  update<T>(plan: Planner<T>): Promise<T> {
    return Excel.run({ delayForCellEdit: true }, async (context) => {
      const state = await readWorkbook(context, this.opts.read ?? DEFAULT_READ);
      const { patches, result } = await plan(state.snapshot);
      if (patches.length === 0) return result;
      const byName = new Map(state.sheets.map((h) => [h.name.toLowerCase(), h] as const));
      const targets = checkPatches(patches, {
        sheetName: (name) => byName.get(name.toLowerCase())?.name ?? null,
        merges: (name) => byName.get(name.toLowerCase())?.merges ?? [],
        isProtected: (name) => byName.get(name.toLowerCase())?.protected ?? false,
        structureProtected: () => state.structureProtected,
        tables: (name) => (state.snapshot.sheets.find((g) => g.sheet.toLowerCase() === name.toLowerCase())?.tables ?? []).map((t) => parseRange(t)),
      });
      queueWrites(context, state, patches, targets, { notes: this.opts.notes ?? false });
      try {
        await context.sync();
      } catch (e) {
        // The batch stopped part-way: Excel does not roll back. Events must not stay off for the add-in.
        context.runtime.enableEvents = true;
        await context.sync().catch(() => undefined);
        const code = (e as { code?: string }).code ?? "";
        throw new PatchError(patches[0]?.sheet ?? "", null, `Excel refused the write (${code || (e as Error).message})`, "failed");
      }
      return result;
    });
  }

  apply(patches: readonly SheetPatch[]): Promise<void> {
    return this.update(() => ({ patches, result: undefined }));
  }
}
