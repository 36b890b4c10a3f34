/**
 * Row heights for wrapped text. Excel does not grow a row for wrapped text written by a program until someone
 * edits it, and LibreOffice keeps what the file says: without a height, long labels overlap the next row.
 */
const LINE_HEIGHT = 15;
const ROW_PADDING = 3;

/** Wrapped lines a text needs in a column of `width` characters (a little slack for proportional fonts). */
export function linesFor(text: string, width: number): number {
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (width * 0.95))), 0);
}

/** The height, in points, of a row of `lines` wrapped lines. */
/** Excel's tallest row, in points: a longer text is cut at the bottom of the row, never refused. */
export const MAX_ROW_HEIGHT = 409;

export function rowHeight(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING);
}

/** The height a row needs so every one of its texts fits its column. */
export function heightFor(texts: ReadonlyArray<{ readonly text: string; readonly width: number }>): number {
  return rowHeight(Math.max(1, ...texts.map((t) => linesFor(t.text, t.width))));
}
