/**
 * What the sheet reader refuses rather than guesses, and the one costly step it bounds: numbers as OOXML writes
 * them (xsd:double, finite), and the cells a merge hides, cleared by walking only the rows and cells the sheet holds.
 */
import type { GridCell } from "../../../sheet/grid";
import { WorkbookReadError } from "../readError";

/** A cell or row the reader cannot take: one line naming file, sheet and cell. */
export function sheetRefusal(file: string, sheet: string, where: string, what: string): WorkbookReadError {
  return new WorkbookReadError("corrupted", file, `cannot be fully read: sheet "${sheet}", ${where} ${what}`);
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The number an xsd:double text stands for (`-1.5`, `2E-3`, `.5`, surrounding white space allowed), or null when
 * the text is not one (`0x1A`, `1,5`, `NaN`, `INF`) or it overflows (`1e309`). parseFloat would read the first two
 * as 0 and 1, and the last as Infinity.
 */
export function readNumber(text: string): number | null {
  let i = 0;
  let end = text.length;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  const start = i;
  let c = text.charCodeAt(i);
  if (c === 43 || c === 45) c = text.charCodeAt(++i); // + -
  let digits = 0;
  for (; i < end && isDigit(c); c = text.charCodeAt(++i)) digits++;
  if (c === 46 && i < end) for (c = text.charCodeAt(++i); i < end && isDigit(c); c = text.charCodeAt(++i)) digits++; // .
  if (digits === 0) return null;
  if ((c === 69 || c === 101) && i < end) {
    // E or e, then an exponent of at least one digit
    c = text.charCodeAt(++i);
    if (c === 43 || c === 45) c = text.charCodeAt(++i);
    let exponent = 0;
    for (; i < end && isDigit(c); c = text.charCodeAt(++i)) exponent++;
    if (exponent === 0) return null;
  }
  if (i !== end) return null;
  const n = Number(start === 0 && end === text.length ? text : text.slice(start, end));
  return Number.isFinite(n) ? n : null;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Clears the cells merges hide (all but each merge's top-left), in place. Each merge is clipped to the rows the
 * sheet holds (found by binary search in `rowKeys`, sorted) and to each row's cells, so a merge over the whole
 * sheet costs what the sheet holds, not a million rows. Merges that do not overlap visit each cell at most once;
 * `budget` caps the visits of those that do (Excel refuses overlapping merges): past it, false.
 */
export function clearMergedAway(rows: ReadonlyMap<number, Array<GridCell | undefined>>, rowKeys: readonly number[], merges: readonly Rect[], budget: number): boolean {
  let visits = 0;
  for (const m of merges) {
    for (let k = firstAtLeast(rowKeys, m.top); k < rowKeys.length; k++) {
      const row = rowKeys[k] ?? 0;
      if (row > m.bottom) break;
      const cells = rows.get(row);
      if (!cells) continue;
      const last = Math.min(m.right, cells.length - 1);
      visits += 1 + Math.max(0, last - m.left + 1);
      if (visits > budget) return false;
      for (let col = m.left; col <= last; col++) if ((row !== m.top || col !== m.left) && cells[col]) cells[col] = undefined;
    }
  }
  return true;
}

function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
