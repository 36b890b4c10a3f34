/**
 * What the tool inserted into a workbook, and whether it is still as inserted: each inserted table or form carries a
 * defined name over its area whose last part is a hash of what was written there ("PressDX_Table_1_9f3a2c1b"). Read
 * again, an area that hashes the same holds nothing the user typed, so removing it loses nothing of theirs; one
 * that hashes otherwise has the user's figures and is left alone.
 */
import { parseRange, type RangeRef } from "./a1";
import { cellAt, type Grid, type GridCell } from "./grid";
import type { CellWrite } from "./patch";
import { cellSignature } from "./store/reviewStore";

export type InsertedKind = "Table" | "Form";

const NAME = /^PressDX_(Table|Form)_(\d+)_([0-9a-f]{8})(_new)?$/i;

export interface InsertedName {
  readonly kind: InsertedKind;
  readonly hash: string;
  /** The insert made the sheet it is on. */
  readonly createdSheet: boolean;
}

export function parseInsertedName(name: string): InsertedName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  return { kind: (m[1]?.toLowerCase() === "form" ? "Form" : "Table"), hash: (m[3] ?? "").toLowerCase(), createdSheet: m[4] !== undefined };
}

/** The next free name for an insert of `kind` ("PressDX_Table_3_…"), given the workbook's names. */
export function insertedName(kind: InsertedKind, hash: string, createdSheet: boolean, names: readonly string[]): string {
  let n = 1;
  for (const name of names) {
    const m = NAME.exec(name);
    if (m && m[1]?.toLowerCase() === kind.toLowerCase()) n = Math.max(n, Number(m[2]) + 1);
  }
  return `PressDX_${kind}_${n}_${hash}${createdSheet ? "_new" : ""}`;
}

/** A cell's content as one text: its formula when it has one, else its value (cellSignature). */
function contentOf(c: GridCell | undefined): string {
  if (!c) return "";
  return c.formula !== undefined ? `f:${c.formula.replace(/^=/, "")}` : cellSignature(c);
}

/** FNV-1a over the non-empty contents of the area, by position relative to its top-left cell. */
function hashOf(entries: Iterable<readonly [number, number, string]>): string {
  let h = 0x811c9dc5;
  const sorted = [...entries].filter(([, , s]) => s !== "").sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [r, c, s] of sorted) {
    const text = `${r},${c}=${s};`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, "0");
}

/** The hash of what the writes leave in `area` (an insert writes into empty cells only). */
export function writesHash(cells: readonly CellWrite[], area: string): string {
  const r = parseRange(area);
  const entries: Array<readonly [number, number, string]> = [];
  for (const w of cells) {
    const { top: row, left: col } = parseRange(w.address);
    if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
    const cell: GridCell | undefined =
      w.formula !== undefined ? { value: null, formula: w.formula } : w.value === undefined || w.value === null ? undefined : { value: w.value };
    entries.push([row - r.top, col - r.left, contentOf(cell)]);
  }
  return hashOf(entries);
}

/** The hash of what the grid holds in `area` now. */
export function gridHash(grid: Grid | undefined, area: RangeRef): string {
  const entries: Array<readonly [number, number, string]> = [];
  if (grid) {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) entries.push([row - area.top, col - area.left, contentOf(cellAt(grid, row, col))]);
    }
  }
  return hashOf(entries);
}
