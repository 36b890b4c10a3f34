/**
 * The stand-in has no formula engine. The tool's formulas carry the engine's value as their cached result (the
 * attainment block), so the preview shows those figures where Excel would compute them: a port that passes every
 * call to the Office adapter, then gives the stand-in the cached results of the formulas it wrote.
 */
import type { Planner, UpdateOptions, WorkbookPort } from "../ports/workbookPort";
import type { SheetPatch } from "../sheet/patch";
import type { StandIn } from "../standin";

export function withComputedValues(port: WorkbookPort, standin: StandIn): WorkbookPort {
  const give = (patches: readonly SheetPatch[]): void => {
    for (const p of patches) {
      for (const w of p.cells) {
        if (w.formula !== undefined && w.value !== undefined && w.value !== null) standin.model.setComputedValue(p.sheet, w.address, w.value);
      }
    }
  };
  return {
    read: () => port.read(),
    async update<T>(plan: Planner<T>, opts?: UpdateOptions): Promise<T> {
      let planned: readonly SheetPatch[] = [];
      const result = await port.update(async (s) => {
        const p = await plan(s);
        planned = p.patches;
        return p;
      }, opts);
      give(planned);
      return result;
    },
    async apply(patches: readonly SheetPatch[]): Promise<void> {
      await port.apply(patches);
      give(patches);
    },
  };
}
