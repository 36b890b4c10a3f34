/**
 * A SheetPatch describes writes to one sheet as plain data: values, formulas, formats, merges,
 * validations, notes, names. The core builds it; an adapter applies it in one batch. Nothing of
 * Office.js or OOXML appears here, so a patch can be tested, diffed and printed.
 *
 * Every adapter gives a patch the same meaning (test/adapters/contract runs the same patches through each):
 * - units are the core's, never an engine's: column widths in characters of the default font (Office.js wants
 *   points, the adapter converts), row heights in points;
 * - `value: null` blanks the cell; an omitted value leaves it as it is (Office.js reads null in a values array as
 *   "unchanged": the Office adapter never passes the core's null through);
 * - what the tool writes it owns and can replace or remove: conditional formats carry an `owner` (kept in the rule
 *   itself, so any copy of the workbook still knows them), charts are known by name, defined names by name, and a
 *   sheet the tool made can be `replace`d whole. Re-running a command therefore never stacks anything.
 */

export interface FontStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** "RRGGBB" */
  readonly color?: string;
  readonly size?: number;
}

export interface CellStyle {
  /** Solid fill, "RRGGBB". */
  readonly fill?: string;
  readonly font?: FontStyle;
  /** Thin borders on all four sides. */
  readonly border?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  /**
   * false: the cell stays editable when its sheet is protected (an input cell of a form). Every cell is locked
   * unless said otherwise, as in Excel; it matters only on a protected sheet.
   */
  readonly locked?: boolean;
}

export interface CellWrite {
  /** Plain A1 address. */
  readonly address: string;
  /** A value to write; null blanks the cell; omitted means "leave the value, change only the style". */
  readonly value?: string | number | boolean | null;
  /** A formula in English function names with comma separators, without the leading "=". */
  readonly formula?: string;
  readonly style?: CellStyle;
  /** A link to a cell of the workbook (a review sheet pointing at a finding). */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

/**
 * A rectangle of cells written row by row, one style per column: the body of a table of tens of thousands of rows
 * (the merged agency table) as arrays of values, where half a million CellWrites, each with its address, would
 * cost the time and memory of the whole write. It means exactly the CellWrites `blockCells` lists: every cell of
 * the rectangle gets its column's style and its value, `null` blanking it. An adapter may expand it so.
 */
export interface RowBlock {
  /** 0-based row and column of the top-left cell. */
  readonly top: number;
  readonly left: number;
  /** One style per column; the rectangle is as wide as this list. */
  readonly styles: readonly CellStyle[];
  /** The values, row by row, each row as long as `styles`. */
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>;
}

export interface DataValidationSpec {
  /** A1 range the rule covers. */
  readonly range: string;
  /** "any": no rule, only the input prompt (free-text cells such as the compound revenue figure). */
  readonly type: "decimal" | "whole" | "list" | "any";
  readonly min?: number;
  readonly max?: number;
  /** For list: the allowed entries. */
  readonly list?: readonly string[];
  readonly allowBlank: boolean;
  readonly prompt?: { readonly title: string; readonly message: string };
  readonly error?: { readonly title: string; readonly message: string };
}

export interface ConditionalFormatSpec {
  /**
   * Who owns the rule ("highlight", "attain:1"): letters, digits, ":", "_", "-" and ".". Adapters write it into
   * the rule's formula as `AND(ISTEXT("pressdx:<owner>"),<formula>)`, always true for the marker, so the rule can
   * be found and removed again from any copy of the workbook, and a user's own rules are never touched.
   */
  readonly owner: string;
  readonly range: string;
  /** A formula relative to the range's top-left cell, English names, no "=". TRUE applies `style`. */
  readonly formula: string;
  readonly style: Pick<CellStyle, "fill" | "font">;
}

/**
 * A clustered column chart over ranges of the same sheet. Charts are identified by `name`: applying a
 * chart whose name the sheet already has replaces it, so rewriting is idempotent.
 */
export interface ChartSpec {
  readonly name: string;
  readonly title: string;
  /** A1 range of the category labels (one column or one row). */
  readonly categories: string;
  readonly series: ReadonlyArray<{ readonly name: string; readonly values: string; readonly color?: string }>;
  /** Top-left cell and size, in columns and rows. */
  readonly anchor: { readonly from: string; readonly cols: number; readonly rows: number };
  /** Values are fractions shown as percentages on the axis (0 to 100%). */
  readonly percentAxis?: boolean;
}

export interface SheetPatch {
  readonly sheet: string;
  /** Create the sheet if it does not exist (appended after the others). */
  readonly createSheet?: boolean;
  /**
   * The sheet is the tool's own (a review sheet, the merged agency table): clear everything on it in place —
   * cells, styles, merges, validations, conditional formats, charts, notes, sizes — before writing. In place, so
   * formulas elsewhere that refer to it keep their references. Use cases set it only on sheets they recognise as
   * theirs (see src/usecases/owned.ts).
   */
  readonly replace?: boolean;
  /** Owners of conditional formats, and names of charts, to remove from this sheet before writing. */
  readonly removeOwned?: readonly string[];
  /** Workbook-scoped defined names to delete (missing ones are ignored). */
  readonly removeNames?: readonly string[];
  /**
   * A1 ranges to clear whole before anything is written: values, formulas, styles and number formats, merges,
   * validations and notes (what the tool inserted there, taken away again). Conditional formats go by owner only.
   */
  readonly clear?: readonly string[];
  /** Cells whose notes (the tool's own) are removed; a cell without a note is left as it is. */
  readonly removeNotes?: readonly string[];
  /**
   * Delete the sheet (one the tool made): nothing else may be in the patch. Use cases delete only sheets no formula
   * or name of the user's refers to.
   */
  readonly deleteSheet?: boolean;
  readonly cells: readonly CellWrite[];
  /** Rectangles written before `cells` (a cell of both gets the CellWrite). */
  readonly blocks?: readonly RowBlock[];
  readonly merges?: readonly string[];
  /** Column widths in characters of the default font (Excel's own unit in a file), by 0-based column index. */
  readonly columnWidths?: ReadonlyArray<{ readonly col: number; readonly chars: number }>;
  /** Row heights in points, by 0-based row index. */
  readonly rowHeights?: ReadonlyArray<{ readonly row: number; readonly points: number }>;
  readonly validations?: readonly DataValidationSpec[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  /**
   * Cell notes (plain comments) by A1 address. Excel's API has notes only from ExcelApi 1.18; where an adapter
   * cannot write notes it shows the text as the cell's input prompt instead, never dropping it.
   */
  readonly notes?: ReadonlyArray<{ readonly address: string; readonly text: string }>;
  /** Workbook-scoped defined names pointing into this sheet; a name that exists is re-pointed. */
  readonly names?: ReadonlyArray<{ readonly name: string; readonly range: string }>;
  readonly charts?: readonly ChartSpec[];
  /** Print settings; layouts set them only on sheets they create, never on a user's sheet. */
  readonly print?: { readonly landscape: boolean; readonly fitToWidth: boolean };
  /**
   * Protect the sheet once the whole batch is written (Review › Protect Sheet, no password): only cells written with
   * `locked: false` stay editable, and column widths and row heights may still be changed. Only on a sheet the batch
   * creates (the pre-write check refuses it elsewhere), so the tool never locks a sheet of the user's. The tool
   * writes nothing more to a protected sheet; the user unprotects it with Review › Unprotect Sheet.
   */
  readonly protect?: boolean;
  /**
   * Show or hide the sheet. "veryHidden" is Excel's state that no menu undoes (the tool's own store sheet); the
   * workbook's structure must be unlocked to change it, as in Excel.
   */
  readonly visibility?: SheetVisibility;
  /** An AutoFilter over this A1 range, header row first (replaces the sheet's own filter). */
  readonly autoFilter?: string;
  /** Freeze the first `rows` rows and `cols` columns (both may be 0). */
  readonly freeze?: { readonly rows: number; readonly cols: number };
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";
