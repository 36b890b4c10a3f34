/**
 * What a reviewer added to a review sheet, read back before the sheet is written again: columns of their own beside
 * the tool's (kept and matched to the same finding), text typed under the table, notes above the header. The tool's
 * columns are known by their headers (this layout's and earlier ones'), so columns the reviewer inserted between
 * them are found too; a finding's row is known by its sheet, cell, rule code and year.
 */
import { cellAt, cellText, type Grid, type GridCell, gridBottom, gridRight } from "../grid";
import type { CellStyle, CellWrite } from "../patch";

/** The review sheet's header row (0-based: row 4). */
export const REVIEW_HEADER_ROW = 3;

/** Every header the tool has written on a review sheet. */
export const TOOL_HEADERS: ReadonlySet<string> = new Set([
  "STT", "Mức độ", "Trạng thái", "Tệp", "Trang tính", "Ô", "Chỉ tiêu", "Cơ quan báo chí", "Năm", "Giá trị", "Quy tắc", "Nội dung", "Lý do", "Mã quy tắc",
]);

/** A finding's row on a review sheet, as its visible columns name it. */
export function reviewRowKey(sheet: string, cell: string, code: string, year: string | number | null): string {
  return JSON.stringify([sheet.toLowerCase(), cell, code, year === null ? "" : String(year)]);
}

export interface OldReviewRow {
  /** The tool's cells of the row, by header. */
  readonly tool: ReadonlyMap<string, GridCell>;
  /** The reviewer's cells, one per kept column (undefined when blank). */
  readonly extra: ReadonlyArray<GridCell | undefined>;
}

export interface KeptReview {
  /** The reviewer's columns in their order: where each was (0-based), its header cell and width when known. */
  readonly columns: ReadonlyArray<{ readonly index: number; readonly header: GridCell | undefined; readonly width?: number }>;
  /** Finding rows by reviewRowKey. */
  readonly byKey: ReadonlyMap<string, OldReviewRow>;
  /** Rows naming no finding that hold something (a conclusion typed under the table), in order. */
  readonly loose: readonly OldReviewRow[];
  /** Cells above the header row besides the tool's title lines (A1, A2), kept where they are. */
  readonly above: ReadonlyArray<{ readonly row: number; readonly col: number; readonly cell: GridCell }>;
}

export const NOTHING_KEPT: KeptReview = { columns: [], byKey: new Map(), loose: [], above: [] };

const filled = (c: GridCell | undefined): c is GridCell => c !== undefined && ((c.value !== null && c.value !== "") || c.formula !== undefined);

/** Reads an existing review sheet; `emptyText` is the tool's own "no findings" line, not the reviewer's. */
export function readReviewSheet(old: Grid, emptyTexts: readonly string[]): KeptReview {
  const right = gridRight(old);
  const bottom = gridBottom(old);
  const header = new Map<number, string>();
  const extraCols: number[] = [];
  for (let col = 0; col <= right; col++) {
    const h = cellText(cellAt(old, REVIEW_HEADER_ROW, col));
    if (TOOL_HEADERS.has(h)) header.set(col, h);
    else if (columnHasContent(old, col, bottom)) extraCols.push(col);
  }
  const widthOf = (col: number): number | undefined => old.columnWidths?.find((w) => col >= w.first && col <= w.last)?.chars;
  const columns = extraCols.map((col) => {
    const width = widthOf(col);
    return { index: col, header: cellAt(old, REVIEW_HEADER_ROW, col), ...(width !== undefined ? { width } : {}) };
  });
  const colOf = (name: string): number => [...header].find(([, h]) => h === name)?.[0] ?? -1;
  const at = (row: number, name: string): string => (colOf(name) < 0 ? "" : cellText(cellAt(old, row, colOf(name))));
  const byKey = new Map<string, OldReviewRow>();
  const loose: OldReviewRow[] = [];
  for (let row = REVIEW_HEADER_ROW + 1; row <= bottom; row++) {
    const tool = new Map<string, GridCell>();
    for (const [col, h] of header) {
      const c = cellAt(old, row, col);
      if (filled(c)) tool.set(h, c);
    }
    const extra = extraCols.map((col) => (filled(cellAt(old, row, col)) ? cellAt(old, row, col) : undefined));
    const code = at(row, "Mã quy tắc");
    if (code !== "" && at(row, "STT") !== "") {
      byKey.set(reviewRowKey(at(row, "Trang tính"), at(row, "Ô"), code, at(row, "Năm")), { tool, extra });
    } else if (extra.some(filled) || [...tool.values()].some((c) => !emptyTexts.includes(cellText(c)))) {
      loose.push({ tool, extra });
    }
  }
  const above: Array<{ row: number; col: number; cell: GridCell }> = [];
  for (let row = 0; row < REVIEW_HEADER_ROW; row++) {
    for (let col = 0; col <= right; col++) {
      const c = cellAt(old, row, col);
      if (filled(c) && !(col === 0 && row < 2)) above.push({ row, col, cell: c });
    }
  }
  return { columns, byKey, loose, above };
}

function columnHasContent(g: Grid, col: number, bottom: number): boolean {
  for (let row = REVIEW_HEADER_ROW; row <= bottom; row++) if (filled(cellAt(g, row, col))) return true;
  return false;
}

/** A kept cell written again at `address`: its formula or value (an error value as its text) and number format. */
export function keptCell(address: string, c: GridCell, style: CellStyle = {}): CellWrite {
  const value = c.value !== null && typeof c.value === "object" ? c.value.error : c.value;
  const format = c.numberFormat ? { numberFormat: c.numberFormat } : {};
  return {
    address,
    ...(c.formula !== undefined ? { formula: c.formula, value } : { value }),
    style: { ...style, ...format },
  };
}

/**
 * Where each kept column goes: where it was, unless the tool's columns (up to `first`) or the column before it take
 * that place, then the next free one; so a rewrite moves a reviewer's column only when the tool needs its place.
 */
export function keptPlaces(columns: KeptReview["columns"], first: number): number[] {
  const out: number[] = [];
  let next = first;
  for (const c of columns) {
    const at = Math.max(c.index, next);
    out.push(at);
    next = at + 1;
  }
  return out;
}
