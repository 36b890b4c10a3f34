/**
 * Remove the tool's highlights from every sheet, and its notes on flagged cells: the cells look exactly as before,
 * the user's formatting and notes untouched.
 */
import type { WorkbookPort } from "../ports/workbookPort";
import { notePatches } from "../sheet/layout/cellNotes";
import type { SheetPatch } from "../sheet/patch";
import { highlightOwners } from "./owned";
import { ok, type Result } from "./result";
import { updating } from "./writing";

export async function clearHighlights(port: WorkbookPort): Promise<Result<{ readonly sheets: readonly string[] }>> {
  return updating(port, (snapshot) => {
    const owners = highlightOwners(snapshot);
    const patches: SheetPatch[] = [...owners].map(([sheet, removeOwned]) => ({ sheet, cells: [], removeOwned }));
    const notes = notePatches(snapshot, [], false);
    patches.push(...notes);
    return { patches, result: ok({ sheets: [...new Set([...owners.keys(), ...notes.map((p) => p.sheet)])] }) };
  });
}
