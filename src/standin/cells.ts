/** Cell storage helpers shared by the proxies and the model API. */
import { MAX_COLS, MAX_ROWS, cellCount, type Rect } from "./address";
import { ERROR_VALUES, formulaProblem, parseInput, type CellValue } from "./input";
import type { Cell, CellFormat, SheetModel } from "./model";
import { ErrorCodes, fail } from "./errors";

export const key = (row: number, col: number): number => row * MAX_COLS + col;
export const rowOf = (k: number): number => Math.floor(k / MAX_COLS);
export const colOf = (k: number): number => k % MAX_COLS;

export function cellAt(sheet: SheetModel, row: number, col: number): Cell | undefined {
  return sheet.cells.get(key(row, col));
}

export function ensureCell(sheet: SheetModel, row: number, col: number): Cell {
  const k = key(row, col);
  let c = sheet.cells.get(k);
  if (!c) sheet.cells.set(k, (c = { value: "" }));
  return c;
}

export function dropIfBlank(sheet: SheetModel, row: number, col: number): void {
  const k = key(row, col);
  const c = sheet.cells.get(k);
  if (c && c.value === "" && c.formula === undefined && c.numberFormat === undefined && c.format === undefined && c.hyperlink === undefined) {
    sheet.cells.delete(k);
  }
}

export function hasContent(c: Cell | undefined): boolean {
  return !!c && (c.value !== "" || c.formula !== undefined);
}

/** Writes one element of `values`/`formulas` as Excel takes typed input. Throws InvalidArgument on a bad element. */
/** Excel's limits: 32,767 characters in a cell, 8,192 in a formula. */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA = 8_192;

export function checkInput(raw: unknown): asserts raw is string | number | boolean {
  if (typeof raw !== "string" && typeof raw !== "boolean" && !(typeof raw === "number" && Number.isFinite(raw))) {
    fail(ErrorCodes.invalidArgument, "The argument is invalid or missing or has an incorrect format.");
  }
  if (typeof raw === "string") {
    if (raw.startsWith("=") && raw.length > MAX_FORMULA) fail(ErrorCodes.formulaLengthExceedsLimit, "The bytes of the formula exceed the limit of 8,192 characters.");
    const problem = raw.startsWith("=") && raw.length > 1 ? formulaProblem(raw) : undefined;
    if (problem) fail(ErrorCodes.invalidArgument, `The formula ${raw} has ${problem}.`);
    if (raw.length > MAX_CELL_TEXT) fail(ErrorCodes.invalidArgument, "A cell holds at most 32,767 characters.");
  }
}

export function writeInput(sheet: SheetModel, row: number, col: number, raw: unknown): void {
  checkInput(raw);
  const cell = ensureCell(sheet, row, col);
  const parsed = parseInput(raw, cell.numberFormat ?? "General");
  if (!parsed) fail(ErrorCodes.invalidArgument, "The argument is invalid or missing or has an incorrect format.");
  delete cell.formula;
  if (parsed.kind === "clear") {
    cell.value = "";
  } else if (parsed.kind === "formula") {
    cell.formula = parsed.formula;
    cell.value = ""; // no formula engine: unknown until a test supplies it (model.setComputedValue)
  } else {
    cell.value = parsed.value;
    if (parsed.numberFormat) cell.numberFormat = parsed.numberFormat;
  }
  dropIfBlank(sheet, row, col);
}

/** Beyond this many cells a per-cell write (formats, validation, a broadcast value) is not modelled. */
export const MAX_CELL_WRITE = 2_000_000;

/**
 * Calls fn for every position of rect (creating nothing). Excel keeps formats of whole columns and rows as column
 * and row styles, which the stand-in does not model: such per-cell operations fail loudly instead of creating a
 * million cells and a wrong used range.
 */
export function forEachPosition(rect: Rect, fn: (row: number, col: number) => void): void {
  const wholeColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const wholeRows = rect.left === 0 && rect.right === MAX_COLS - 1;
  if (wholeColumns || wholeRows || cellCount(rect) > MAX_CELL_WRITE) {
    fail(
      ErrorCodes.generalException,
      `The stand-in does not model per-cell formats, validation or values over whole columns or rows or more than ${MAX_CELL_WRITE} cells; write to the used block (column widths and row heights do work).`,
    );
  }
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
}

/**
 * The value shared by every cell of rect, or null when they differ (Office.js answers null for mixed formats).
 * Large rects are scanned through the stored cells only.
 */
export function uniform<V>(sheet: SheetModel, rect: Rect, read: (c: Cell | undefined) => V): V | null {
  let first = true;
  let result: V | null = null;
  const visit = (v: V): boolean => {
    if (first) {
      first = false;
      result = v;
      return true;
    }
    return JSON.stringify(v) === JSON.stringify(result);
  };
  const count = cellCount(rect);
  if (count > sheet.cells.size * 4) {
    let stored = 0;
    for (const [k, c] of sheet.cells) {
      const r = rowOf(k);
      const col = colOf(k);
      if (r < rect.top || r > rect.bottom || col < rect.left || col > rect.right) continue;
      stored++;
      if (!visit(read(c))) return null;
    }
    if (stored < count && !visit(read(undefined))) return null;
    return result;
  }
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) if (!visit(read(cellAt(sheet, r, c)))) return null;
  }
  return result;
}

export function updateFormat(sheet: SheetModel, rect: Rect, change: (f: CellFormat) => void): void {
  forEachPosition(rect, (r, c) => {
    const cell = ensureCell(sheet, r, c);
    const f = (cell.format ??= {});
    change(f);
    if (Object.keys(f).length === 0) delete cell.format;
    dropIfBlank(sheet, r, c);
  });
}

export function valueType(c: Cell | undefined): string {
  const v = c?.value ?? "";
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return ERROR_VALUES.has(v) ? "Error" : "String";
}

export function formulaOf(c: Cell | undefined): CellValue | "" {
  return c?.formula ?? c?.value ?? "";
}
