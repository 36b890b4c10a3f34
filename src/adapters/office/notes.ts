/**
 * Reading the workbook's notes (ExcelApi 1.18, which no perpetual Office has): their cells and texts, so the tool
 * writes no note over a user's and finds its own again. One sync for the notes, one more for their cells when there
 * are any; on a host without notes nothing is read, and the snapshot says nothing of notes.
 */
import { parseA1, a1 } from "../../sheet/a1";
import type { Grid } from "../../sheet/grid";

export interface NoteHandle {
  readonly address: string;
  readonly text: string;
  readonly item: Excel.Note;
}

/** The notes of each sheet, by sheet name lower-cased. */
export async function readNotes(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], names: readonly string[]): Promise<Map<string, NoteHandle[]>> {
  const collections = sheets.map((ws) => {
    const notes = ws.notes;
    notes.load("items/content");
    return notes;
  });
  await context.sync();
  const located = collections.map((c) =>
    c.items.map((item) => {
      const where = item.getLocation();
      where.load("address");
      return { item, where };
    }),
  );
  await context.sync();
  const out = new Map<string, NoteHandle[]>();
  located.forEach((list, i) => {
    const handles = list.map(({ item, where }) => {
      const { row, col } = parseA1(where.address.slice(where.address.lastIndexOf("!") + 1).replace(/\$/g, ""));
      return { address: a1(row, col), text: item.content, item };
    });
    out.set((names[i] ?? "").toLowerCase(), handles);
  });
  return out;
}

/** The grids with their notes (a grid object is the read's own, so it is completed in place). */
export function withNotes(grids: readonly Grid[], notes: ReadonlyMap<string, readonly NoteHandle[]>): void {
  for (const g of grids) Object.assign(g, { notes: (notes.get(g.sheet.toLowerCase()) ?? []).map((n) => ({ address: n.address, text: n.text })) });
}
