/**
 * An ExcelJS worksheet as a Grid: one pass over the stored rows and cells, one small object per non-empty
 * cell. Merged-away cells are left out (only the top-left cell of a merge holds its value, as in Excel).
 */
import ExcelJS from "exceljs";
import { rangeA1 } from "../../sheet/a1";
import type { CellValue, Grid, GridCell } from "../../sheet/grid";
import { mergeRefs } from "./merges";

const T = ExcelJS.ValueType;
/** 1899-12-30, Excel's day zero (with its 1900 leap-year bug folded in), in milliseconds. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A date as Excel's serial day number, which is what Excel itself (and Office.js `values`) reports. */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    const o = v as { error?: string; richText?: Array<{ text: string }>; text?: unknown };
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return plain(o.text);
  }
  return String(v);
}

function gridCell(cell: ExcelJS.Cell): GridCell | undefined {
  const type = cell.type;
  if (type === T.Null || type === T.Merge) return undefined;
  const numFmt = cell.numFmt;
  const fmt = numFmt && numFmt !== "General" ? numFmt : undefined;
  if (type === T.Formula) {
    const formula = (cell.formula ?? "").replace(/^=/, "");
    const value = plain(cell.result);
    return fmt ? { value, formula, numberFormat: fmt } : { value, formula };
  }
  const value = plain(cell.value);
  return fmt ? { value, numberFormat: fmt } : { value };
}

export function readGrid(ws: ExcelJS.Worksheet): Grid {
  // Each stored row straight into an array by 0-based column; shifted once at the end if column A is empty.
  const found: Array<{ row: number; cells: Array<GridCell | undefined> }> = [];
  let minCol = Infinity;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<GridCell | undefined> = [];
    let first = Infinity;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const gc = gridCell(cell);
      if (!gc) return;
      cells[colNumber - 1] = gc;
      if (colNumber - 1 < first) first = colNumber - 1;
    });
    if (first === Infinity) return;
    if (first < minCol) minCol = first;
    found.push({ row: rowNumber - 1, cells });
  });
  const merges = readMerges(ws);
  const firstRow = found[0];
  const lastRow = found[found.length - 1];
  if (!firstRow || !lastRow) return { sheet: ws.name, top: 0, left: 0, rows: [], merges };

  const top = firstRow.row;
  const rows: Array<Array<GridCell | undefined>> = Array.from({ length: lastRow.row - top + 1 }, () => []);
  for (const f of found) rows[f.row - top] = minCol === 0 ? f.cells : f.cells.slice(minCol);
  return { sheet: ws.name, top, left: minCol, rows, merges };
}

function readMerges(ws: ExcelJS.Worksheet): string[] {
  return mergeRefs(ws).map(rangeA1);
}
