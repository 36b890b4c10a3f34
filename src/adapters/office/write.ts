/**
 * Writing checked patches through Office.js in one batch: cell writes gathered into rectangles (2-D arrays, null
 * where a cell is left alone), styles through `setCellProperties`, then merges, sizes, validations, the tool's
 * conditional formats, notes, names, charts and print settings. What the tool owns is removed first through the
 * handles the read of the same run kept. Events are off during the batch (the pane must not take its own writes for
 * the user's) and calculation is suspended until the batch is done.
 */
import { a1, absoluteRef, parseRange, quoteSheet, rangeA1 } from "../../sheet/a1";
import type { CellStyle, CellWrite, ChartSpec, DataValidationSpec, SheetPatch } from "../../sheet/patch";
import { markedFormula } from "../ownership";
import { rectangles } from "./blocks";
import type { ReadState, SheetHandle } from "./read";
import { asTypedText, charsToPoints, toHtmlColor } from "./units";
import { clearViews, queueViews } from "./views";

export interface WriteOptions {
  /** Cell notes need ExcelApi 1.18 (no perpetual Office has it); without it a note becomes the cell's input prompt. */
  readonly notes: boolean;
}

/** Queues every write of the patches; `targets[i]` is the sheet patch i lands on (as the pre-write check resolved it). */
export function queueWrites(
  context: Excel.RequestContext,
  state: ReadState,
  patches: readonly SheetPatch[],
  targets: readonly string[],
  opts: WriteOptions,
): void {
  const wb = context.workbook;
  context.runtime.enableEvents = false;
  context.application.suspendApiCalculationUntilNextSync();

  const handles = new Map(state.sheets.map((h) => [h.name.toLowerCase(), h] as const));
  const created = new Map<string, Excel.Worksheet>();
  const sheetFor = (name: string): { ws: Excel.Worksheet; handle: SheetHandle | undefined } => {
    const key = name.toLowerCase();
    const handle = handles.get(key);
    if (handle) return { ws: handle.ws, handle };
    let ws = created.get(key);
    if (!ws) {
      ws = wb.worksheets.add(name);
      created.set(key, ws);
    }
    return { ws, handle: undefined };
  };
  const removedRules = new Set<Excel.ConditionalFormat>();
  const removedCharts = new Set<Excel.Chart>();
  const removedNames = new Set<string>();

  patches.forEach((patch, i) => {
    if (patch.deleteSheet) return; // queued with the removals (removals.ts)
    const name = targets[i] ?? patch.sheet;
    const { ws, handle } = sheetFor(name);

    if (patch.replace && handle) {
      const all = ws.getRange();
      all.conditionalFormats.clearAll();
      // Validations are per cell: clear them over the cells in use (formats included), not a million rows.
      ws.getUsedRange(false).dataValidation.clear();
      all.unmerge();
      all.clear(Excel.ClearApplyTo.all);
      all.format.useStandardWidth = true;
      all.format.useStandardHeight = true;
      clearViews(ws);
      for (const c of handle.charts) deleteOnce(removedCharts, c.item);
    }
    const owned = new Set(patch.removeOwned ?? []);
    if (handle && owned.size > 0 && !patch.replace) {
      for (const r of handle.rules) if (owned.has(r.owner)) deleteOnce(removedRules, r.item);
      for (const c of handle.charts) if (owned.has(c.name)) deleteOnce(removedCharts, c.item);
    }
    for (const n of patch.removeNames ?? []) removeName(state, n, removedNames);

    writeCells(ws, patch.cells);
    for (const m of patch.merges ?? []) {
      if (!handle?.merges.some((e) => rangeA1(e) === rangeA1(parseRange(m))) || patch.replace) ws.getRange(m).merge(false);
    }
    for (const c of patch.columnWidths ?? []) ws.getRangeByIndexes(0, c.col, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(c.chars);
    for (const r of patch.rowHeights ?? []) ws.getRangeByIndexes(r.row, 0, 1, 1).getEntireRow().format.rowHeight = r.points;
    writeValidations(ws, patch, opts);
    for (const cf of patch.conditionalFormats ?? []) {
      const rule = ws.getRange(cf.range).conditionalFormats.add(Excel.ConditionalFormatType.custom);
      rule.custom.rule.formula = `=${markedFormula(cf.owner, cf.formula)}`;
      if (cf.style.fill) rule.custom.format.fill.color = toHtmlColor(cf.style.fill);
      if (cf.style.font?.color) rule.custom.format.font.color = toHtmlColor(cf.style.font.color);
      if (cf.style.font?.bold !== undefined) rule.custom.format.font.bold = cf.style.font.bold;
      if (cf.style.font?.italic !== undefined) rule.custom.format.font.italic = cf.style.font.italic;
    }
    if (opts.notes) for (const n of patch.notes ?? []) ws.notes.add(ws.getRange(n.address), n.text);
    for (const n of patch.names ?? []) {
      removeName(state, n.name, removedNames);
      wb.names.add(n.name, `=${quoteSheet(name)}!${absoluteRef(n.range)}`);
    }
    for (const chart of patch.charts ?? []) {
      const old = handle?.charts.find((c) => c.name.toLowerCase() === chart.name.toLowerCase());
      if (old) deleteOnce(removedCharts, old.item);
      addChart(ws, chart);
    }
    if (patch.print) {
      ws.pageLayout.orientation = patch.print.landscape ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
      ws.pageLayout.paperSize = Excel.PaperType.a4;
      // One page wide; the height is left to Excel (a 0 "pages tall" is not a value every host accepts).
      if (patch.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
    }
    queueViews(ws, patch);
  });
  context.runtime.enableEvents = true;
}

function deleteOnce<T extends { delete(): void }>(done: Set<T>, item: T): void {
  if (done.has(item)) return;
  done.add(item);
  item.delete();
}

function removeName(state: ReadState, name: string, done: Set<string>): void {
  const key = name.toLowerCase();
  if (done.has(key)) return;
  const existing = state.names.find((n) => n.name.toLowerCase() === key);
  if (!existing) return;
  done.add(key);
  existing.item.delete();
}


/** Values, formulas, number formats and styles, a rectangle at a time; links one by one (a review sheet's few). */
function writeCells(ws: Excel.Worksheet, cells: readonly CellWrite[]): void {
  for (const rect of rectangles(cells)) {
    const height = rect.cells.length;
    const width = rect.cells[0]?.length ?? 0;
    const range = ws.getRangeByIndexes(rect.row, rect.col, height, width);
    const grid = <T,>(f: (w: CellWrite) => T | null): Array<Array<T | null>> => rect.cells.map((line) => line.map((w) => (w ? f(w) : null)));
    const some = (g: ReadonlyArray<ReadonlyArray<unknown>>): boolean => g.some((line) => line.some((x) => x !== null));

    // Number formats first: Excel shows the value through them.
    const formats = grid((w) => w.style?.numberFormat ?? null);
    if (some(formats)) range.numberFormat = formats;
    const values = grid((w) => (w.formula !== undefined || w.link || w.value === undefined ? null : plainValue(w.value)));
    if (some(values)) range.values = values as unknown[][];
    const formulas = grid((w) => (w.formula !== undefined ? `=${w.formula.replace(/^=/, "")}` : null));
    if (some(formulas)) range.formulas = formulas as unknown[][];
    const props = rect.cells.map((line) => line.map((w) => (w?.style ? cellProperties(w.style, !!w.link) : w?.link ? cellProperties({}, true) : {})));
    if (props.some((line) => line.some((p) => Object.keys(p).length > 0))) range.setCellProperties(props);

    rect.cells.forEach((line, r) =>
      line.forEach((w, c) => {
        if (!w?.link) return;
        const text = w.value !== undefined && w.value !== null ? String(w.value) : w.link.cell;
        ws.getRange(a1(rect.row + r, rect.col + c)).hyperlink = {
          documentReference: `${quoteSheet(w.link.sheet)}!${w.link.cell}`,
          textToDisplay: text,
        };
      }),
    );
  }
}

/** The core's null blanks a cell; in Office.js a null would leave it unchanged, so it becomes "". */
function plainValue(v: string | number | boolean | null): string | number | boolean {
  if (v === null) return "";
  return typeof v === "string" ? asTypedText(v) : v;
}

function cellProperties(s: CellStyle, link: boolean): Excel.SettableCellProperties {
  const format: Excel.CellPropertiesFormat = {};
  if (s.fill !== undefined) format.fill = { color: toHtmlColor(s.fill) };
  const font: Excel.CellPropertiesFont = {};
  if (s.font?.bold !== undefined) font.bold = s.font.bold;
  if (s.font?.italic !== undefined) font.italic = s.font.italic;
  if (s.font?.underline !== undefined) font.underline = s.font.underline ? "Single" : "None";
  if (s.font?.color !== undefined) font.color = toHtmlColor(s.font.color);
  if (s.font?.size !== undefined) font.size = s.font.size;
  if (link && s.font === undefined) Object.assign(font, { color: "#0563C1", underline: "Single" });
  if (Object.keys(font).length > 0) format.font = font;
  if (s.horizontal !== undefined) format.horizontalAlignment = ({ left: "Left", center: "Center", right: "Right" } as const)[s.horizontal];
  if (s.vertical !== undefined) format.verticalAlignment = ({ top: "Top", middle: "Center", bottom: "Bottom" } as const)[s.vertical];
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.border !== undefined) {
    const edge: Excel.CellBorder = s.border ? { style: "Continuous", weight: "Thin", color: "#000000" } : { style: "None" };
    format.borders = { top: edge, bottom: edge, left: edge, right: edge };
  }
  return Object.keys(format).length > 0 ? { format } : {};
}

/**
 * Data validations, each replacing the rules of the cells it covers. Notes without ExcelApi 1.18 become the input
 * prompt of their cell (added to the cell's own prompt when a validation of the patch has one), never dropped.
 */
function writeValidations(ws: Excel.Worksheet, patch: SheetPatch, opts: WriteOptions): void {
  const validations = patch.validations ?? [];
  for (const v of validations) {
    const dv = ws.getRange(v.range).dataValidation;
    dv.clear();
    const rule = ruleOf(v);
    // Set the rule before the prompt: Excel on the web refuses a rule set after a prompt (office-js #2594).
    if (rule) dv.rule = rule;
    dv.ignoreBlanks = v.allowBlank;
    if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title.slice(0, 32), message: v.prompt.message.slice(0, 255) };
    if (v.error) dv.errorAlert = { showAlert: true, style: Excel.DataValidationAlertStyle.stop, title: v.error.title, message: v.error.message };
  }
  if (opts.notes) return;
  // A note's cell keeps the prompt of the rule it lies under, the note added below it.
  for (const n of patch.notes ?? []) {
    const at = parseRange(n.address);
    const under = validations.find((v) => {
      const r = parseRange(v.range);
      return at.top >= r.top && at.top <= r.bottom && at.left >= r.left && at.left <= r.right;
    });
    const message = [under?.prompt?.message, n.text].filter(Boolean).join("\n");
    ws.getRange(n.address).dataValidation.prompt = { showPrompt: true, title: (under?.prompt?.title ?? "Ghi chú").slice(0, 32), message: message.slice(0, 255) };
  }
}

function ruleOf(v: DataValidationSpec): Excel.DataValidationRule | null {
  const basic = (): Excel.BasicDataValidation | null => {
    if (v.min !== undefined && v.max !== undefined) return { formula1: v.min, formula2: v.max, operator: Excel.DataValidationOperator.between };
    if (v.min !== undefined) return { formula1: v.min, operator: Excel.DataValidationOperator.greaterThanOrEqualTo };
    if (v.max !== undefined) return { formula1: v.max, operator: Excel.DataValidationOperator.lessThanOrEqualTo };
    return null;
  };
  switch (v.type) {
    case "decimal": {
      const b = basic();
      return b ? { decimal: b } : null;
    }
    case "whole": {
      const b = basic();
      return b ? { wholeNumber: b } : null;
    }
    case "list":
      return { list: { inCellDropDown: true, source: (v.list ?? []).join(",") } };
    case "any":
      return null;
  }
}

/** A clustered column chart: the first series made from its own range, the others added; position and colours. */
function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const first = spec.series[0];
  if (!first) return;
  const chart = ws.charts.add(Excel.ChartType.columnClustered, ws.getRange(first.values), Excel.ChartSeriesBy.columns);
  chart.name = spec.name;
  chart.title.text = spec.title;
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(ws.getRange(s.values));
    series.setXAxisValues(ws.getRange(spec.categories));
    if (s.color) series.format.fill.setSolidColor(toHtmlColor(s.color));
  });
  if (spec.percentAxis) {
    chart.axes.valueAxis.numberFormat = "0%";
    chart.axes.valueAxis.minimum = 0;
    chart.axes.valueAxis.maximum = 1;
  }
  const from = parseRange(spec.anchor.from);
  chart.setPosition(spec.anchor.from, a1(from.top + spec.anchor.rows - 1, from.left + spec.anchor.cols - 1));
}
