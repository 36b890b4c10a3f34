/**
 * Charts of an XlsxWorkbook: the specs applied so far, by sheet and name, written into the file at save.
 *
 * ExcelJS 4.4 neither writes charts nor keeps them: loading a workbook and saving it again drops every chart
 * it had (and its drawing). So the charts in a saved file are exactly those recorded by this instance's
 * apply() calls; a tool that loads a file it wrote earlier must apply its chart patches again.
 */
import type ExcelJS from "exceljs";
import type { ChartSpec } from "../../sheet/patch";
import { addCharts, type SheetCharts } from "./chartPackage";
import { cellsOf, type ChartCache } from "./chartXml";

export class ChartRecord {
  /** Lower-cased sheet name → lower-cased chart name → spec, in the order charts were first added. */
  private readonly bySheet = new Map<string, Map<string, ChartSpec>>();

  /** Records a chart; one with the same name on the same sheet is replaced in place, so re-applying is idempotent. */
  record(sheet: string, spec: ChartSpec): void {
    const key = sheet.toLowerCase();
    const charts = this.bySheet.get(key) ?? new Map<string, ChartSpec>();
    this.bySheet.set(key, charts);
    charts.set(spec.name.trim().toLowerCase(), spec);
  }

  /** Forgets a chart (removeOwned); true when there was one. */
  remove(sheet: string, name: string): boolean {
    return this.bySheet.get(sheet.toLowerCase())?.delete(name.trim().toLowerCase()) ?? false;
  }

  /** Forgets every chart of a sheet (a replaced sheet). */
  clear(sheet: string): void {
    this.bySheet.delete(sheet.toLowerCase());
  }

  /** The names of the charts recorded on a sheet. */
  names(sheet: string): string[] {
    return [...(this.bySheet.get(sheet.toLowerCase())?.values() ?? [])].map((c) => c.name);
  }

  get empty(): boolean {
    return [...this.bySheet.values()].every((m) => m.size === 0);
  }

  /** The workbook's bytes with the recorded charts added, their caches taken from the cells as they are now. */
  async write(wb: ExcelJS.Workbook, xlsx: Uint8Array): Promise<Buffer | Uint8Array> {
    if (this.empty) return xlsx;
    const sheets: SheetCharts[] = [];
    for (const ws of wb.worksheets) {
      const charts = this.bySheet.get(ws.name.toLowerCase());
      if (!charts || charts.size === 0) continue;
      sheets.push({ sheet: ws.name, charts: [...charts.values()].map((spec) => ({ spec, cache: readCache(ws, spec) })) });
    }
    return addCharts(xlsx, sheets);
  }
}

/**
 * The values behind a chart as the workbook holds them. A formula the tool just wrote has no cached result,
 * so its point is left out; Excel (fullCalcOnLoad) and LibreOffice recalculate on open and redraw.
 */
export function readCache(ws: ExcelJS.Worksheet, spec: ChartSpec): ChartCache {
  const at = (c: { row: number; col: number }): unknown => plain(ws.getCell(c.row + 1, c.col + 1).value);
  const categories = cellsOf(spec.categories).map((c) => {
    const v = at(c);
    return v === null || v === undefined || v === "" ? null : String(v);
  });
  const series = spec.series.map((s) =>
    cellsOf(s.values).map((c) => {
      const v = at(c);
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    }),
  );
  return { categories, series };
}

/** A cell value reduced to a number, string or boolean: formulas to their result, rich text to its text. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as { result?: unknown; richText?: Array<{ text: string }>; text?: unknown; error?: string; formula?: string; sharedFormula?: string };
  if (o.formula !== undefined || o.sharedFormula !== undefined) {
    const r = o.result;
    return r === undefined || (typeof r === "object" && r !== null) ? null : r;
  }
  if (o.richText) return o.richText.map((r) => r.text).join("");
  if (o.error !== undefined) return null;
  if (typeof o.text === "string") return o.text;
  return null;
}
