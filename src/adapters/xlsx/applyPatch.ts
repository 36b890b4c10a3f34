/**
 * Writes one already-checked SheetPatch into an ExcelJS worksheet. Order matters: cell writes first, then
 * merges (ExcelJS copies the top-left cell's style over a merged area), then sheet-level settings.
 */
import type ExcelJS from "exceljs";
import { parseRange, quoteSheet, rangeA1 } from "../../sheet/a1";
import { markedFormula, ownerOfFormula } from "../ownership";
import { mergeRefs } from "./merges";
import { conditionalFormattingsOf } from "./xlsxWorkbook";
import type { CellStyle, CellWrite, ConditionalFormatSpec, DataValidationSpec, SheetPatch } from "../../sheet/patch";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const argb = (hex: string): string => `FF${hex.toUpperCase()}`;

/** Returns whether a formula was written (the workbook then asks Excel to recalculate on open). */
export function applyPatch(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, patch: SheetPatch): boolean {
  removeOwnedFormats(ws, new Set(patch.removeOwned ?? []));
  for (const n of patch.removeNames ?? []) removeName(wb, n);
  let wroteFormula = false;
  for (const w of patch.cells) wroteFormula = writeCell(ws, w) || wroteFormula;

  const existing = new Set(mergeRefs(ws).map(rangeA1));
  for (const m of patch.merges ?? []) {
    const normal = rangeA1(parseRange(m));
    if (!existing.has(normal)) ws.mergeCells(normal);
  }
  // A file stores widths in characters and heights in points: the patch's own units.
  // ExcelJS takes a width of exactly 9 for its own default and leaves it out of the file: nudge it.
  for (const c of patch.columnWidths ?? []) ws.getColumn(c.col + 1).width = c.chars === 9 ? 9.001 : c.chars;
  for (const r of patch.rowHeights ?? []) ws.getRow(r.row + 1).height = r.points;
  for (const v of patch.validations ?? []) addValidation(ws, v);
  for (const cf of patch.conditionalFormats ?? []) addConditionalFormat(ws, cf);
  for (const n of patch.notes ?? []) ws.getCell(n.address).note = n.text;
  if (patch.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: patch.print.landscape ? "landscape" : "portrait",
      paperSize: 9, // A4, the paper of Vietnamese administrative documents
      ...(patch.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    };
  }
  for (const n of patch.names ?? []) {
    // Re-pointing a name replaces it; ExcelJS would otherwise add the new cells to the old ones.
    removeName(wb, n.name);
    const r = parseRange(n.range);
    const abs = (row: number, col: number): string => rangeA1({ top: row, left: col, bottom: row, right: col }).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    const ref = r.top === r.bottom && r.left === r.right ? abs(r.top, r.left) : `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
    wb.definedNames.add(`${quoteSheet(ws.name)}!${ref}`, n.name);
  }
  return wroteFormula;
}

function removeName(wb: ExcelJS.Workbook, name: string): void {
  delete (wb.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap[name];
}

/** Drops the tool's rules of the given owners; the user's rules, and rules sharing a range with them, stay. */
function removeOwnedFormats(ws: ExcelJS.Worksheet, owners: ReadonlySet<string>): void {
  if (owners.size === 0) return;
  const all = conditionalFormattingsOf(ws);
  const kept = all
    .map((cf) => ({ ...cf, rules: cf.rules.filter((r) => !owners.has(ownerOfFormula(String(r.formulae?.[0] ?? "")) ?? "")) }))
    .filter((cf) => cf.rules.length > 0);
  all.splice(0, all.length, ...kept);
}

function writeCell(ws: ExcelJS.Worksheet, w: CellWrite): boolean {
  const cell = ws.getCell(w.address);
  // A number format goes first: it is part of the style, and Excel shows the value through it.
  if (w.style) cell.style = mergeStyle(cell.style, w.style);
  if (w.formula !== undefined) {
    const formula = w.formula.replace(/^=/, "");
    cell.value = w.value === undefined || w.value === null ? { formula, date1904: false } : { formula, result: w.value, date1904: false };
    return true;
  }
  if (w.link) {
    const text = w.value !== undefined && w.value !== null ? String(w.value) : cell.text || w.link.cell;
    cell.value = internalLink(text, w.link.sheet, w.link.cell);
    if (!w.style?.font) cell.style = mergeStyle(cell.style, { font: { color: "0563C1", underline: true } });
    return true;
  }
  if (w.value !== undefined) {
    cell.value = w.value;
  }
  return false;
}

/**
 * A link to a cell of this workbook, as a HYPERLINK formula with its text as the cached result. ExcelJS
 * writes a native internal hyperlink with both an external relationship and a location, which LibreOffice
 * (and possibly Excel) resolve as a link to another file; the formula works everywhere.
 */
function internalLink(text: string, sheet: string, cell: string): ExcelJS.CellFormulaValue {
  const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const shown = text.slice(0, 255); // Excel's limit for a string literal in a formula
  return { formula: `HYPERLINK(${str(`#${quoteSheet(sheet)}!${cell}`)},${str(shown)})`, result: shown, date1904: false };
}

/**
 * The cell's style with only what the write names changed. Always a fresh object: ExcelJS shares style
 * objects between cells read from one style record, so changing one in place would restyle its neighbours.
 */
function mergeStyle(old: Partial<ExcelJS.Style>, s: CellStyle): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...old };
  if (s.fill !== undefined) next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.font) {
    const f: Partial<ExcelJS.Font> = { ...old.font };
    if (s.font.bold !== undefined) f.bold = s.font.bold;
    if (s.font.italic !== undefined) f.italic = s.font.italic;
    if (s.font.underline !== undefined) f.underline = s.font.underline;
    if (s.font.size !== undefined) f.size = s.font.size;
    if (s.font.color !== undefined) f.color = { argb: argb(s.font.color) };
    next.font = f;
  }
  if (s.border !== undefined) next.border = s.border ? { top: THIN, left: THIN, bottom: THIN, right: THIN } : {};
  if (s.horizontal !== undefined || s.vertical !== undefined || s.wrap !== undefined) {
    const a: Partial<ExcelJS.Alignment> = { ...old.alignment };
    if (s.horizontal !== undefined) a.horizontal = s.horizontal;
    if (s.vertical !== undefined) a.vertical = s.vertical;
    if (s.wrap !== undefined) a.wrapText = s.wrap;
    next.alignment = a;
  }
  if (s.numberFormat !== undefined) next.numFmt = s.numberFormat;
  return next;
}

/** ExcelJS reads and writes type "any" (a prompt without a rule) but its typings omit it. */
type PromptableValidation = Omit<ExcelJS.DataValidation, "type"> & { type: ExcelJS.DataValidation["type"] | "any" };

/** Worksheet.dataValidations exists at run time but not in ExcelJS's typings. */
function validationsOf(ws: ExcelJS.Worksheet): { model: Record<string, unknown>; add(address: string, dv: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: ReturnType<typeof validationsOf> }).dataValidations;
}

function addValidation(ws: ExcelJS.Worksheet, v: DataValidationSpec): void {
  const target = parseRange(v.range);
  // Rules read from a file are kept per cell; drop those the new rule covers so the two don't stack.
  const validations = validationsOf(ws);
  const model = validations.model;
  for (const key of Object.keys(model)) {
    if (/^[A-Z]+\d+$/.test(key)) {
      const r = parseRange(key);
      if (r.top >= target.top && r.top <= target.bottom && r.left >= target.left && r.left <= target.right) delete model[key];
    }
  }
  const dv: PromptableValidation = { type: v.type, allowBlank: v.allowBlank, formulae: [] };
  if (v.type === "list") {
    dv.formulae = [`"${(v.list ?? []).map((s) => s.replace(/"/g, '""')).join(",")}"`];
  } else if (v.type === "decimal" || v.type === "whole") {
    if (v.min !== undefined && v.max !== undefined) {
      dv.operator = "between";
      dv.formulae = [v.min, v.max];
    } else if (v.min !== undefined) {
      dv.operator = "greaterThanOrEqual";
      dv.formulae = [v.min];
    } else if (v.max !== undefined) {
      dv.operator = "lessThanOrEqual";
      dv.formulae = [v.max];
    }
  }
  if (v.prompt) Object.assign(dv, { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message });
  if (v.error) Object.assign(dv, { showErrorMessage: true, errorTitle: v.error.title, error: v.error.message });
  validations.add(rangeA1(target), dv as ExcelJS.DataValidation);
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatSpec): void {
  const style: Partial<ExcelJS.Style> = {};
  // A conditional format's solid fill is its background colour (bgColor), unlike a cell fill.
  if (cf.style.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } };
  if (cf.style.font) {
    const f: Partial<ExcelJS.Font> = {};
    if (cf.style.font.bold !== undefined) f.bold = cf.style.font.bold;
    if (cf.style.font.italic !== undefined) f.italic = cf.style.font.italic;
    if (cf.style.font.color) f.color = { argb: argb(cf.style.font.color) };
    style.font = f;
  }
  ws.addConditionalFormatting({
    ref: rangeA1(parseRange(cf.range)),
    rules: [{ type: "expression", priority: 0, formulae: [markedFormula(cf.owner, cf.formula)], style }],
  });
}
