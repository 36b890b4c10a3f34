/** Sheet addresses as Office.js writes and accepts them: cells, rectangles, whole columns and rows. */
import { colIndex, colName } from "../sheet/a1";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A 0-based inclusive rectangle. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]+)$/;

/** Splits "'Kế hoạch'!A1:B2" into its sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("=")) sheet = sheet.slice(1);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

function part(text: string): { row?: number; col?: number } | undefined {
  let m = CELL.exec(text);
  if (m) return { col: colIndex(m[1] ?? ""), row: Number(m[2]) - 1 };
  m = COL.exec(text);
  if (m) return { col: colIndex(m[1] ?? "") };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) - 1 };
  return undefined;
}

/** Parses a local address ("B2", "A1:C3", "C:E", "5:9"); undefined when it is not one or lies off the sheet. */
export function parseRect(local: string): Rect | undefined {
  const [a, b, extra] = local.split(":");
  if (extra !== undefined || a === undefined) return undefined;
  const p = part(a);
  const q = b === undefined ? p : part(b);
  if (!p || !q) return undefined;
  const cellLike = (x: { row?: number; col?: number }) => x.row !== undefined && x.col !== undefined;
  let rect: Rect;
  if (cellLike(p) && cellLike(q)) {
    rect = { top: p.row!, left: p.col!, bottom: q.row!, right: q.col! };
  } else if (b !== undefined && p.row === undefined && q.row === undefined && p.col !== undefined && q.col !== undefined) {
    rect = { top: 0, left: p.col, bottom: MAX_ROWS - 1, right: q.col };
  } else if (b !== undefined && p.col === undefined && q.col === undefined && p.row !== undefined && q.row !== undefined) {
    rect = { top: p.row, left: 0, bottom: q.row, right: MAX_COLS - 1 };
  } else {
    return undefined;
  }
  rect = {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS) return undefined;
  return rect;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "B2", "A1:C3", "C:E", "5:9" (Excel's spelling of whole columns and rows); `abs` adds the $ signs. */
export function rectAddress(r: Rect, abs = false): string {
  const d = abs ? "$" : "";
  const wholeCols = r.top === 0 && r.bottom === MAX_ROWS - 1;
  const wholeRows = r.left === 0 && r.right === MAX_COLS - 1;
  if (wholeRows) return `${d}${r.top + 1}:${d}${r.bottom + 1}`;
  if (wholeCols) return `${d}${colName(r.left)}:${d}${colName(r.right)}`;
  const a = `${d}${colName(r.left)}${d}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${d}${colName(r.right)}${d}${r.bottom + 1}`;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
