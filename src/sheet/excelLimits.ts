/** What Excel's sheet holds, for every check that a patch stays on the sheet (one definition for all of them). */

/** The last row and column of a sheet, 0-based: row 1,048,576 and column XFD. */
export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** A colour as patches give it: "RRGGBB". */
export const HEX_COLOUR = /^[0-9A-Fa-f]{6}$/;
