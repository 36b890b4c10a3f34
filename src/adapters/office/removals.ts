/**
 * What a batch takes away before it writes: sheets deleted, ranges cleared whole (contents, formats, merges,
 * validations and the notes in them), the tool's notes removed. Queued ahead of the writes of the same batch.
 */
import { parseA1, parseRange } from "../../sheet/a1";
import type { SheetPatch } from "../../sheet/patch";
import type { NoteHandle } from "./notes";
import type { ReadState } from "./read";

export function queueRemovals(
  context: Excel.RequestContext,
  state: ReadState,
  patches: readonly SheetPatch[],
  targets: readonly string[],
  notes: ReadonlyMap<string, readonly NoteHandle[]> | null,
): void {
  const handles = new Map(state.sheets.map((h) => [h.name.toLowerCase(), h] as const));
  const gone = new Set<Excel.Note>();
  const namesGone = new Set<Excel.NamedItem>();
  const dropNote = (n: NoteHandle): void => {
    if (gone.has(n.item)) return;
    gone.add(n.item);
    n.item.delete();
  };
  patches.forEach((patch, i) => {
    const key = (targets[i] ?? patch.sheet).toLowerCase();
    const handle = handles.get(key);
    if (!handle) return;
    const sheetNotes = notes?.get(key) ?? [];
    if (patch.deleteSheet) {
      context.runtime.enableEvents = false;
      const names = new Set((patch.removeNames ?? []).map((n) => n.toLowerCase()));
      for (const n of state.names) {
        if (!names.has(n.name.toLowerCase()) || namesGone.has(n.item)) continue;
        namesGone.add(n.item);
        n.item.delete();
      }
      handle.ws.delete();
      return;
    }
    for (const range of patch.clear ?? []) {
      context.runtime.enableEvents = false;
      const r = handle.ws.getRange(range);
      r.unmerge();
      r.dataValidation.clear();
      r.clear(Excel.ClearApplyTo.all);
      const area = parseRange(range);
      for (const n of sheetNotes) {
        const { row, col } = parseA1(n.address);
        if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) dropNote(n);
      }
    }
    const drop = new Set((patch.removeNotes ?? []).map((a) => { const { row, col } = parseA1(a); return `${row},${col}`; }));
    for (const n of sheetNotes) {
      const { row, col } = parseA1(n.address);
      if (drop.has(`${row},${col}`)) dropNote(n);
    }
  });
}
