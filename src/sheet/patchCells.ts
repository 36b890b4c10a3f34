/**
 * A patch's cell writes as CellWrites, its row blocks expanded in front (./patch.ts, RowBlock): for adapters and
 * use cases that take cells one by one. The xlsx writer takes blocks whole instead.
 */
import { a1 } from "./a1";
import type { CellWrite, RowBlock, SheetPatch } from "./patch";

/** The cells a block writes, row by row. */
export function blockCells(block: RowBlock): CellWrite[] {
  const out: CellWrite[] = [];
  block.rows.forEach((values, i) => {
    block.styles.forEach((style, j) => out.push({ address: a1(block.top + i, block.left + j), value: values[j] ?? null, style }));
  });
  return out;
}

/** Every cell the patch writes, in the order they are written: blocks first, then `cells`. */
export function patchCells(patch: SheetPatch): readonly CellWrite[] {
  if (!patch.blocks || patch.blocks.length === 0) return patch.cells;
  return [...patch.blocks.flatMap(blockCells), ...patch.cells];
}

/** The same cells one at a time, made as they are taken: a table of half a million never held twice. */
export function* eachCell(patch: SheetPatch): Generator<CellWrite> {
  for (const block of patch.blocks ?? []) {
    for (let i = 0; i < block.rows.length; i++) {
      const values = block.rows[i] ?? [];
      for (let j = 0; j < block.styles.length; j++) yield { address: a1(block.top + i, block.left + j), value: values[j] ?? null, style: block.styles[j] ?? {} };
    }
  }
  yield* patch.cells;
}

/** The rectangle a block covers (0-based, inclusive); null for a block without rows or columns. */
export function blockArea(block: RowBlock): { top: number; left: number; bottom: number; right: number } | null {
  if (block.rows.length === 0 || block.styles.length === 0) return null;
  return { top: block.top, left: block.left, bottom: block.top + block.rows.length - 1, right: block.left + block.styles.length - 1 };
}
