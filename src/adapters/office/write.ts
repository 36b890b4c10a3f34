/**
 * Checked patches as the steps of a write (./steps.ts runs them in syncs under a byte budget): per patch, in this
 * order, the sheet made or cleared, what the tool owns removed, cells (./cellSteps.ts), merges, sizes, validations,
 * the tool's conditional formats, notes, names, charts and print settings. What the tool owns is found by what it
 * is — a rule by its id, a chart or a name by its name — never by its position in a collection, which moves as
 * items are deleted (office-js #5222).
 */
import { a1, absoluteRef, parseRange, quoteSheet, rangeA1 } from "../../sheet/a1";
import type { ChartSpec, ConditionalFormatSpec, DataValidationSpec, SheetPatch } from "../../sheet/patch";
import { markedFormula } from "../ownership";
import { cellSteps } from "./cellSteps";
import type { ReadState, SheetHandle } from "./read";
import { callBytes, type SyncScope, type WriteStep } from "./steps";
import { charsToPoints, toHtmlColor } from "./units";
import { clearViews, queueViews } from "./views";
import { patchCells } from "../../sheet/patchCells";

export interface WritePlanOptions {
  /** Cell notes need ExcelApi 1.18 (no perpetual Office has it); without it a note becomes the cell's input prompt. */
  readonly notes: boolean;
  readonly budgetBytes: number;
}

/** The steps of every patch; `targets[i]` is the sheet patch i lands on (as the pre-write check resolved it). */
export function planWrites(state: ReadState, patches: readonly SheetPatch[], targets: readonly string[], opts: WritePlanOptions): WriteStep[] {
  const handles = new Map(state.sheets.map((h) => [h.name.toLowerCase(), h] as const));
  const created = new Set<string>();
  const removed = { rules: new Set<string>(), charts: new Set<string>(), names: new Set<string>() };
  const steps: WriteStep[] = [];
  // The tool's rules are deleted before anything else is written (./steps.ts: a rule Excel refuses to delete is
  // then left alone and reported, with nothing written yet).
  const removals: WriteStep[] = [];
  patches.forEach((patch, i) => {
    const sheet = targets[i] ?? patch.sheet;
    const handle = handles.get(sheet.toLowerCase());
    const step = (bytes: number, queue: (at: SyncScope, ws: Excel.Worksheet) => void): void => {
      steps.push({ sheet, bytes, queue: (at) => queue(at, at.sheet(sheet)) });
    };
    if (patch.deleteSheet) {
      // The pre-write check allows nothing else in such a patch but the names to drop with it.
      for (const n of patch.removeNames ?? []) removeName(state, n, step, removed.names);
      steps.push({ sheet, bytes: callBytes(1, sheet), queue: (at) => at.context.workbook.worksheets.getItem(sheet).delete() });
      return;
    }
    if (!handle && !created.has(sheet.toLowerCase())) {
      created.add(sheet.toLowerCase());
      // Not through `step`: its sheet, got by name, does not exist before this step has run.
      steps.push({ sheet, bytes: callBytes(1, sheet), queue: (at) => void at.context.workbook.worksheets.add(sheet) });
    }
    if (patch.replace && handle) clearSheet(handle, step, opts);
    removeOwned(state, handle, patch, step, removed, removals);
    if (handle) clearRanges(handle, patch, step, opts);

    steps.push(...cellSteps(sheet, patchCells(patch), opts.budgetBytes));
    for (const m of patch.merges ?? []) {
      const ref = rangeA1(parseRange(m));
      if (patch.replace || !handle?.merges.some((e) => rangeA1(e) === ref)) step(callBytes(1, m), (_at, ws) => ws.getRange(m).merge(false));
    }
    for (const run of runs(patch.columnWidths ?? [], (c) => c.col, (c) => charsToPoints(c.chars))) {
      step(callBytes(1), (_at, ws) => (ws.getRangeByIndexes(0, run.first, 1, run.count).getEntireColumn().format.columnWidth = run.value));
    }
    for (const run of runs(patch.rowHeights ?? [], (r) => r.row, (r) => r.points)) {
      step(callBytes(1), (_at, ws) => (ws.getRangeByIndexes(run.first, 0, run.count, 1).getEntireRow().format.rowHeight = run.value));
    }
    for (const v of patch.validations ?? []) step(callBytes(5, v), (_at, ws) => writeValidation(ws, v));
    if (!opts.notes) for (const n of patch.notes ?? []) step(callBytes(1, n), (_at, ws) => writeNoteAsPrompt(ws, patch, n));
    for (const cf of patch.conditionalFormats ?? []) step(callBytes(5, cf.formula, cf.owner), (_at, ws) => addRule(ws, cf));
    if (opts.notes) for (const n of patch.notes ?? []) step(callBytes(1, n), (_at, ws) => void ws.notes.add(ws.getRange(n.address), n.text));
    for (const n of patch.names ?? []) {
      removeName(state, n.name, step, removed.names);
      step(callBytes(1, n), (at) => void at.context.workbook.names.add(n.name, `=${quoteSheet(sheet)}!${absoluteRef(n.range)}`));
    }
    for (const chart of patch.charts ?? []) {
      if (handle?.charts.some((c) => c.toLowerCase() === chart.name.toLowerCase()) && !removed.charts.has(chart.name.toLowerCase())) {
        removed.charts.add(chart.name.toLowerCase());
        step(callBytes(1), (_at, ws) => ws.charts.getItem(chart.name).delete());
      }
      step(callBytes(10 + chart.series.length * 4, chart), (_at, ws) => addChart(ws, chart));
    }
    if (patch.print) {
      const print = patch.print;
      step(callBytes(3), (_at, ws) => {
        ws.pageLayout.orientation = print.landscape ? "Landscape" : "Portrait";
        ws.pageLayout.paperSize = "A4";
        // One page wide; the height is left to Excel (a 0 "pages tall" is not a value every host accepts).
        if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
      });
    }
    // After the cells, so a filter covers what was written.
    if (patch.autoFilter || patch.freeze || patch.visibility) step(callBytes(3, patch.autoFilter ?? ""), (_at, ws) => queueViews(ws, patch));
  });
  // Protection once everything else of the batch is written (only on sheets this batch made): widths and heights
  // stay changeable, as the file adapter writes it.
  patches.forEach((patch, i) => {
    const sheet = targets[i] ?? patch.sheet;
    if (patch.protect) steps.push({ sheet, bytes: callBytes(2), queue: (at) => at.sheet(sheet).protection.protect({ allowFormatColumns: true, allowFormatRows: true }) });
  });
  return [...removals, ...steps];
}

type Step = (bytes: number, queue: (at: SyncScope, ws: Excel.Worksheet) => void) => void;

/**
 * A sheet the tool replaces: its notes deleted by cell (a note left behind would refuse the new one), every rule,
 * validation, merge, content and format cleared, sizes back to the standard, its charts deleted by name.
 */
/**
 * Ranges cleared whole (contents, formats, merges, validations, and the notes in them) and the tool's notes taken
 * off cells, before the patch writes. A note is deleted only where one was read (getItem of none would fail).
 */
function clearRanges(handle: SheetHandle, patch: SheetPatch, step: Step, opts: WritePlanOptions): void {
  const areas = (patch.clear ?? []).map((r) => parseRange(r));
  for (const range of patch.clear ?? []) {
    step(callBytes(4, range), (_at, ws) => {
      const r = ws.getRange(range);
      r.unmerge();
      r.dataValidation.clear();
      r.clear("All");
    });
  }
  if (!opts.notes) return;
  const drop = new Set((patch.removeNotes ?? []).map((a) => rangeA1(parseRange(a))));
  for (const address of handle.notes) {
    const { top: row, left: col } = parseRange(address);
    const inArea = areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
    if (inArea || drop.has(rangeA1(parseRange(address)))) step(callBytes(1, address), (_at, ws) => ws.notes.getItem(address).delete());
  }
}

function clearSheet(handle: SheetHandle, step: Step, opts: WritePlanOptions): void {
  if (opts.notes) for (const address of handle.notes) step(callBytes(1, address), (_at, ws) => ws.notes.getItem(address).delete());
  step(callBytes(8), (_at, ws) => {
    const all = ws.getRange();
    all.conditionalFormats.clearAll();
    // Validations are per cell: clear them over the cells in use (formats included), not a million rows.
    ws.getUsedRange(false).dataValidation.clear();
    all.unmerge();
    all.clear("All");
    all.format.useStandardWidth = true;
    all.format.useStandardHeight = true;
    clearViews(ws);
  });
  for (const name of handle.charts) step(callBytes(1), (_at, ws) => ws.charts.getItem(name).delete());
}

function removeOwned(
  state: ReadState,
  handle: SheetHandle | undefined,
  patch: SheetPatch,
  step: Step,
  removed: { rules: Set<string>; charts: Set<string>; names: Set<string> },
  removals: WriteStep[],
): void {
  const owned = new Set(patch.removeOwned ?? []);
  if (handle && owned.size > 0 && !patch.replace) {
    for (const r of handle.rules) {
      if (!owned.has(r.owner) || removed.rules.has(r.id)) continue;
      removed.rules.add(r.id);
      // Two object paths and an instantiation beside the call: about twice a plain call on the wire.
      removals.push({
        sheet: handle.name,
        bytes: callBytes(2, r.id),
        removesRule: r.id,
        queue: (at) => at.sheet(handle.name).getRange().conditionalFormats.getItem(r.id).delete(),
      });
    }
    for (const name of handle.charts) {
      if (!owned.has(name) || removed.charts.has(name.toLowerCase())) continue;
      removed.charts.add(name.toLowerCase());
      step(callBytes(1), (_at, ws) => ws.charts.getItem(name).delete());
    }
  }
  for (const n of patch.removeNames ?? []) removeName(state, n, step, removed.names);
}

function removeName(state: ReadState, name: string, step: Step, done: Set<string>): void {
  const key = name.toLowerCase();
  const existing = state.names.find((n) => n.toLowerCase() === key);
  if (done.has(key) || existing === undefined) return;
  done.add(key);
  step(callBytes(1, existing), (at) => at.context.workbook.names.getItem(existing).delete());
}

/** Runs of consecutive indexes with the same value: one call per run instead of one per row or column. */
export function runs<T>(items: readonly T[], index: (t: T) => number, value: (t: T) => number): Array<{ first: number; count: number; value: number }> {
  // A later size of the same index wins, as it would written one after the other.
  const byIndex = new Map<number, number>();
  for (const it of items) byIndex.set(index(it), value(it));
  const out: Array<{ first: number; count: number; value: number }> = [];
  for (const [i, v] of [...byIndex].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && last.first + last.count === i && last.value === v) last.count++;
    else out.push({ first: i, count: 1, value: v });
  }
  return out;
}

function addRule(ws: Excel.Worksheet, cf: ConditionalFormatSpec): void {
  const rule = ws.getRange(cf.range).conditionalFormats.add("Custom");
  rule.custom.rule.formula = `=${markedFormula(cf.owner, cf.formula)}`;
  if (cf.style.fill) rule.custom.format.fill.color = toHtmlColor(cf.style.fill);
  if (cf.style.font?.color) rule.custom.format.font.color = toHtmlColor(cf.style.font.color);
  if (cf.style.font?.bold !== undefined) rule.custom.format.font.bold = cf.style.font.bold;
  if (cf.style.font?.italic !== undefined) rule.custom.format.font.italic = cf.style.font.italic;
}

/** A data validation, replacing the rules of the cells it covers. */
function writeValidation(ws: Excel.Worksheet, v: DataValidationSpec): void {
  const dv = ws.getRange(v.range).dataValidation;
  dv.clear();
  const rule = ruleOf(v);
  // Set the rule before the prompt: Excel on the web refuses a rule set after a prompt (office-js #2594).
  if (rule) dv.rule = rule;
  dv.ignoreBlanks = v.allowBlank;
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title.slice(0, 32), message: v.prompt.message.slice(0, 255) };
  if (v.error) dv.errorAlert = { showAlert: true, style: "Stop", title: v.error.title, message: v.error.message };
}

/**
 * Without ExcelApi 1.18 a note becomes the input prompt of its cell (added to the prompt of the patch's validation
 * over that cell, which is written before it), never dropped.
 */
function writeNoteAsPrompt(ws: Excel.Worksheet, patch: SheetPatch, n: NonNullable<SheetPatch["notes"]>[number]): void {
  const at = parseRange(n.address);
  const under = (patch.validations ?? []).find((v) => {
    const r = parseRange(v.range);
    return at.top >= r.top && at.top <= r.bottom && at.left >= r.left && at.left <= r.right;
  });
  const message = [under?.prompt?.message, n.text].filter(Boolean).join("\n");
  ws.getRange(n.address).dataValidation.prompt = { showPrompt: true, title: (under?.prompt?.title ?? "Ghi chú").slice(0, 32), message: message.slice(0, 255) };
}

function ruleOf(v: DataValidationSpec): Excel.DataValidationRule | null {
  const basic = (): Excel.BasicDataValidation | null => {
    if (v.min !== undefined && v.max !== undefined) return { formula1: v.min, formula2: v.max, operator: "Between" };
    if (v.min !== undefined) return { formula1: v.min, operator: "GreaterThanOrEqualTo" };
    if (v.max !== undefined) return { formula1: v.max, operator: "LessThanOrEqualTo" };
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
  const chart = ws.charts.add("ColumnClustered", ws.getRange(first.values), "Columns");
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
