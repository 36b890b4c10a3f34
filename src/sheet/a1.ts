/** A1 addresses: 0-based (row, col) to "C6" and back. */

// Every table cell's address is built from its column: name each column once.
const COL_NAMES: string[] = [];

export function colName(col: number): string {
  return (COL_NAMES[col] ??= computeColName(col));
}

function computeColName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(name: string): number {
  let n = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    n = n * 26 + ((c >= 97 ? c - 32 : c) - 64);
  }
  return n - 1;
}

// Addresses of the first rows and columns, built once: every table cell and finding names one, on every sheet
// of a workbook, and a shared string also keeps its hash for the maps keyed by address.
const CACHED_ROWS = 4096;
const CACHED_COLS = 64;
const A1_CACHE: Array<Array<string | undefined> | undefined> = [];

/** 0-based row and column to a plain A1 address. */
export function a1(row: number, col: number): string {
  if (row >= CACHED_ROWS || col >= CACHED_COLS || row < 0 || col < 0) return `${colName(col)}${row + 1}`;
  const byRow = (A1_CACHE[col] ??= []);
  return (byRow[row] ??= `${colName(col)}${row + 1}`);
}

/**
 * 0-based row and column to an absolute reference ("$C$6"): the one builder of `$A$1` references, for formulas,
 * chart series and defined names.
 */
export function absoluteA1(row: number, col: number): string {
  return `$${colName(col)}$${row + 1}`;
}

/** An A1 cell or range as Excel writes a reference to it: "$C$6" for one cell, "$C$6:$E$9" for more. */
export function absoluteRef(range: string): string {
  const r = parseRange(range);
  return r.top === r.bottom && r.left === r.right ? absoluteA1(r.top, r.left) : absoluteRange(r);
}

/** A 0-based rectangle as an absolute range, always with both corners ("$C$6:$C$9", "$C$6:$C$6"). */
export function absoluteRange(r: RangeRef): string {
  return `${absoluteA1(r.top, r.left)}:${absoluteA1(r.bottom, r.right)}`;
}

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/;

/** Rows and columns of a sheet in Excel 2007 and later: the last cell is XFD1048576. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLS = 16_384;

/**
 * Reads a plain or absolute A1 address ("AB12", "$B$7", lower case too) into `out` by character codes, allocating
 * nothing: a sheet has thousands. False, leaving `out` as it was, when the text is not one (spaces included) or
 * names a cell past XFD1048576 (see outsideSheet).
 */
export function readA1(address: string, out: { row: number; col: number }): boolean {
  const n = address.length;
  let i = address.charCodeAt(0) === 36 ? 1 : 0;
  const from = i;
  let col = 0;
  for (; i < n; i++) {
    let c = address.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i - from < 1 || i - from > 3) return false;
  if (address.charCodeAt(i) === 36) i++;
  const digits = i;
  let row = 0;
  for (; i < n; i++) {
    const c = address.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    if (row > SHEET_ROWS) return false; // stops before the digits outgrow a number's precision
  }
  if (i === digits || address.charCodeAt(digits) === 48 || col > SHEET_COLS) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** Whether the text is an A1 reference that names a cell past the sheet's last row or column ("A1048577", "XFE1"). */
export function outsideSheet(address: string): boolean {
  const m = /^\$?([A-Za-z]+)\$?([0-9]+)$/.exec(address);
  if (!m) return false;
  const letters = m[1] ?? "";
  const digits = (m[2] ?? "").replace(/^0+/, "");
  return letters.length > 3 || colIndex(letters) >= SHEET_COLS || digits.length > 7 || Number(digits) > SHEET_ROWS;
}

export function parseA1(address: string): CellRef {
  const out = { row: 0, col: 0 };
  if (readA1(address, out)) return out;
  const m = CELL_RE.exec(address.trim());
  if (!m) throw new Error(`not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: colIndex(m[1] ?? "") };
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

// The same merged areas recur on every sheet of a workbook: parse each range text once (results are read-only).
const RANGES = new Map<string, RangeRef>();

/** "A1:C3" or "B2" to a 0-based inclusive rectangle. */
export function parseRange(range: string): RangeRef {
  let r = RANGES.get(range);
  if (r === undefined) {
    r = computeRange(range);
    if (RANGES.size >= 5_000) RANGES.clear();
    RANGES.set(range, r);
  }
  return r;
}

function computeRange(range: string): RangeRef {
  const colon = range.indexOf(":");
  const a = parseA1(colon < 0 ? range : range.slice(0, colon));
  const b = colon < 0 ? a : parseA1(range.slice(colon + 1));
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeA1(r: RangeRef): string {
  const from = a1(r.top, r.left);
  const to = a1(r.bottom, r.right);
  return from === to ? from : `${from}:${to}`;
}

/** A sheet name quoted for use in a formula or a hyperlink ('Kế hoạch 2023'!A1). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
