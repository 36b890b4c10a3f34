/**
 * Notes on flagged cells, so a colleague without the add-in sees why a cell is coloured: each note says what the
 * finding says, after a mark that makes it the tool's ("PressDX Planner: …"). A cell with a note of the user's gets
 * none; the tool's notes are replaced at every check and removed with the highlights. Only where the adapter reads
 * notes (Grid.notes): without knowing a cell's note, writing one could overwrite the user's.
 */
import type { Finding } from "../../domain/findings";
import { renderMessage } from "../../domain/messages";
import { a1, parseA1 } from "../a1";
import type { WorkbookSnapshot } from "../grid";
import type { SheetPatch } from "../patch";

export const NOTE_MARK = "PressDX Planner: ";

export function isToolNote(text: string): boolean {
  return text.startsWith(NOTE_MARK);
}

const normal = (address: string): string => {
  const { row, col } = parseA1(address);
  return a1(row, col);
};

/**
 * Per sheet whose notes are known: the tool's old notes go, and, when `write`, each flagged cell (warnings and
 * errors) gets one with its findings' messages, unless the user has a note there.
 */
export function notePatches(snapshot: WorkbookSnapshot, flagged: readonly Finding[], write: boolean): SheetPatch[] {
  const out: SheetPatch[] = [];
  for (const g of snapshot.sheets) {
    if (g.notes === undefined) continue;
    const mine = g.notes.filter((n) => isToolNote(n.text)).map((n) => normal(n.address));
    const users = new Set(g.notes.filter((n) => !isToolNote(n.text)).map((n) => normal(n.address)));
    const texts = new Map<string, string[]>();
    if (write) {
      for (const f of flagged) {
        if (f.sheet.toLowerCase() !== g.sheet.toLowerCase() || !f.cell || f.severity === "info") continue;
        const at = normal(f.cell);
        if (users.has(at)) continue;
        texts.set(at, [...(texts.get(at) ?? []), renderMessage(f, "vi")]);
      }
    }
    if (mine.length === 0 && texts.size === 0) continue;
    out.push({
      sheet: g.sheet,
      cells: [],
      ...(mine.length > 0 ? { removeNotes: mine } : {}),
      ...(texts.size > 0 ? { notes: [...texts].map(([address, messages]) => ({ address, text: `${NOTE_MARK}${messages.join("\n")}` })) } : {}),
    });
  }
  return out;
}
