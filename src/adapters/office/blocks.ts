/**
 * How the Office adapter cuts its work to fit Excel's limits: a sheet's used range read in row blocks under a byte
 * budget, and a patch's cell writes gathered into rectangles, so a write is a few 2-D arrays, never one call per cell.
 * Pure.
 */
import { parseA1 } from "../../sheet/a1";

export interface Block {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Rows per block so that one block's response stays within `budgetBytes` (four arrays per cell: values,
 * formulas, number formats, value types), and never more than Excel's 5,000,000-cell read cap.
 */
export function rowsPerBlock(cols: number, bytesPerCell: number, budgetBytes: number): number {
  const cells = Math.max(1, Math.floor(budgetBytes / Math.max(1, bytesPerCell)));
  return Math.max(1, Math.min(Math.floor(cells / Math.max(1, cols)), Math.floor(5_000_000 / Math.max(1, cols))));
}

/** The used range cut into row blocks of at most `rows` rows each. */
export function rowBlocks(used: Block, rows: number): Block[] {
  const out: Block[] = [];
  for (let r = 0; r < used.rows; r += rows) out.push({ row: used.row + r, col: used.col, rows: Math.min(rows, used.rows - r), cols: used.cols });
  return out;
}

/** Blocks grouped into syncs: as many per sync as fit `budgetBytes` at `bytesPerCell`, at least one. */
export function syncGroups(blocks: readonly Block[], bytesPerCell: number, budgetBytes: number): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let bytes = 0;
  for (const b of blocks) {
    const size = b.rows * b.cols * bytesPerCell;
    if (current.length > 0 && bytes + size > budgetBytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(b);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A rectangle of cell writes: `cells[r][c]` is the item at (row + r, col + c), or undefined where nothing is written. */
export interface Rect<T> {
  readonly row: number;
  readonly col: number;
  readonly cells: Array<Array<T | undefined>>;
}

/**
 * Items by A1 address gathered into rectangles: rows of a band of consecutive written rows share one rectangle
 * spanning their columns, unless the rectangle would be mostly holes (then the band is cut at the row).
 */
export function rectangles<T extends { readonly address: string }>(items: readonly T[]): Array<Rect<T>> {
  const byRow = new Map<number, Map<number, T>>();
  for (const it of items) {
    const { row, col } = parseA1(it.address);
    let cols = byRow.get(row);
    if (!cols) byRow.set(row, (cols = new Map()));
    cols.set(col, it); // a later write of the same cell wins, as it would in a sequence of writes
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const rects: Array<Rect<T>> = [];
  let band: number[] = [];
  const flush = (): void => {
    if (band.length === 0) return;
    let left = Infinity;
    let right = -1;
    for (const r of band) for (const c of byRow.get(r)?.keys() ?? []) {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    const top = band[0] ?? 0;
    const height = (band[band.length - 1] ?? top) - top + 1;
    const cells: Array<Array<T | undefined>> = Array.from({ length: height }, () => new Array<T | undefined>(right - left + 1).fill(undefined));
    for (const r of band) for (const [c, it] of byRow.get(r) ?? []) {
      const line = cells[r - top];
      if (line) line[c - left] = it;
    }
    rects.push({ row: top, col: left, cells });
    band = [];
  };
  let filled = 0;
  let spanLeft = Infinity;
  let spanRight = -1;
  for (const r of rows) {
    const cols = byRow.get(r) ?? new Map<number, T>();
    const prev = band[band.length - 1];
    const l = Math.min(spanLeft, ...cols.keys());
    const rt = Math.max(spanRight, ...cols.keys());
    const area = prev === undefined ? 0 : (r - (band[0] ?? r) + 1) * (rt - l + 1);
    const dense = prev === undefined || (r === prev + 1 && (filled + cols.size) * 2 >= area);
    if (!dense) {
      flush();
      filled = 0;
      spanLeft = Infinity;
      spanRight = -1;
    }
    band.push(r);
    filled += cols.size;
    spanLeft = Math.min(spanLeft, ...cols.keys());
    spanRight = Math.max(spanRight, ...cols.keys());
  }
  flush();
  return rects;
}
