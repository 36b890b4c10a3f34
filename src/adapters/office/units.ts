/**
 * Excel's units as Office.js speaks them. A file (and the core's SheetPatch) gives column widths in characters
 * of the default font; `Range.format.columnWidth` is in points. With Calibri 11 a character is 7 pixels and a
 * column has 5 pixels of padding, a pixel is 0.75 point: points = (7 × chars + 5) × 0.75.
 */
export function charsToPoints(chars: number): number {
  return (7 * chars + 5) * 0.75;
}

export function pointsToChars(points: number): number {
  return (points / 0.75 - 5) / 7;
}

/** "RRGGBB" (the core's colours) to Office.js's "#RRGGBB", and back. */
export const toHtmlColor = (hex: string): string => `#${hex.toUpperCase()}`;
export const fromHtmlColor = (color: string): string | null => (/^#[0-9A-Fa-f]{6}$/.test(color) ? color.slice(1).toUpperCase() : null);

/**
 * Office.js reads a string written through `Range.values` as if the user had typed it: "67%" becomes 0.67,
 * "2/3" a date, "=…" a formula, "#N/A" an error, "TRUE" a boolean. A leading apostrophe keeps a text as text (Excel
 * stores it without the apostrophe), which is what the core means by a string value.
 */
export function asTypedText(text: string): string {
  if (text === "") return "";
  return /^[=+\-@#'0-9.,%/\s]/.test(text) || /^(true|false)$/i.test(text) ? `'${text}` : text;
}

/** UTF-8 bytes of a text, as it crosses the wire. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
