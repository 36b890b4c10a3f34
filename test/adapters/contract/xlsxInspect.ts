/**
 * Reads a saved .xlsx back into the contract's WorkbookState (ExcelJS for cells and rules, the package for charts),
 * and builds with ExcelJS the starting workbooks the port cannot write.
 */
import ExcelJS from "exceljs";
import { ownerOfFormula, unmarkedFormula } from "../../../src/adapters/ownership";
import { all, Package, R_NS } from "../../support/xlsxParts";
import type { ContractSheet, SheetState, WorkbookState } from "./portContract";

const argb = (c: { argb?: string } | undefined): string | null => (c?.argb ? c.argb.slice(-6).toUpperCase() : null);
const round = (x: number): number => Math.round(x * 10) / 10;

/** Reads the file back with ExcelJS and its chart parts with the package reader. */
export async function inspectFile(file: string): Promise<WorkbookState> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const pkg = await Package.open(file);
  const sheets = wb.worksheets.map((ws): SheetState => {
    const cells: SheetState["cells"] = {};
    const fills: Record<string, string> = {};
    const notes: Record<string, string> = {};
    const links: Record<string, string> = {};
    const unlocked: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const a = cell.address;
        if (cell.protection?.locked === false) unlocked.push(a);
        const v = cell.value as ExcelJS.CellValue;
        const fmt = cell.numFmt && cell.numFmt !== "General" ? { numberFormat: cell.numFmt } : {};
        if (v !== null && v !== undefined && v !== "" && cell.type !== ExcelJS.ValueType.Merge) {
          const f = cell.formula;
          if (f) {
            const link = /^HYPERLINK\("#(.*)!([A-Z]+[0-9]+)","/.exec(f);
            if (link) links[a] = `${(link[1] ?? "").replace(/^'(.*)'$/, "$1")}!${link[2]}`;
            else cells[a] = { formula: f, ...fmt };
            if (link) cells[a] = { value: cell.result as unknown, ...fmt };
          } else cells[a] = { value: v, ...fmt };
        }
        const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor;
        if (fill && argb(fill)) fills[a] = argb(fill) as string;
        if (cell.note) notes[a] = typeof cell.note === "string" ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join("");
      }),
    );
    const widths: Record<number, number> = {};
    (ws.columns ?? []).forEach((c, i) => {
      if (c.width !== undefined) widths[i] = round(c.width);
    });
    const heights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.height !== undefined && row.height !== 15) heights[n - 1] = round(row.height);
    });
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; prompt?: string }> } }).dataValidations.model;
    const validations: SheetState["validations"] = {};
    for (const [a, rule] of Object.entries(dv)) validations[a] = { type: rule.type, ...(rule.prompt ? { prompt: rule.prompt } : {}) };
    const cfs = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }> }> })
      .conditionalFormattings;
    const rules = cfs.flatMap((cf) =>
      cf.rules.map((r) => {
        const formula = String(r.formulae?.[0] ?? "");
        return { owner: ownerOfFormula(formula), range: cf.ref, formula: unmarkedFormula(formula), fill: argb(r.style?.fill?.bgColor) };
      }),
    );
    return {
      name: ws.name,
      cells,
      fills,
      merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).map((k) =>
        (ws as unknown as { _merges: Record<string, { range: string }> })._merges[k]?.range ?? k,
      ),
      widths,
      heights,
      validations,
      rules,
      charts: chartsOf(pkg, ws.name),
      notes,
      links,
      protected: (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true,
      unlocked: unlocked.sort(),
      visibility: ws.state ?? "visible",
      autoFilter: typeof ws.autoFilter === "string" ? ws.autoFilter : ws.autoFilter ? String((ws.autoFilter as { ref?: string }).ref ?? JSON.stringify(ws.autoFilter)) : null,
      frozen: frozenOf(ws),
    };
  });
  const names: Record<string, string> = {};
  for (const n of wb.definedNames.model) {
    if (!n.name.startsWith("_xlnm.")) names[n.name] = n.ranges.join(",");
  }
  return { sheets, names };
}

function frozenOf(ws: ExcelJS.Worksheet): { rows: number; cols: number } {
  const v = (ws.views ?? [])[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  return v?.state === "frozen" ? { rows: v.ySplit ?? 0, cols: v.xSplit ?? 0 } : { rows: 0, cols: 0 };
}

function chartsOf(pkg: Package, sheet: string): Array<{ name: string; title: string }> {
  const sheetPart = pkg.sheetParts().get(sheet);
  if (!sheetPart) return [];
  const drawing = all(pkg.part(sheetPart), "drawing")[0];
  if (!drawing) return [];
  const rid = Object.entries(drawing.attrs).find(([k]) => drawing.attrUris[k] === R_NS)?.[1] ?? "";
  const drawingPart = pkg.rels(sheetPart).get(rid)?.target ?? "";
  const names = all(pkg.part(drawingPart), "cNvPr").map((c) => c.attrs.name ?? "");
  const titles = pkg.chartsOf(sheet).map((c) => all(all(c, "title")[0] ?? c, "t").map((t) => t.text).join(""));
  return names.map((name, i) => ({ name, title: titles[i] ?? "" }));
}

/**
 * A starting workbook built with ExcelJS (a fixture): cells, fills, merges, and what the port cannot write — the
 * user's own conditional formats, sheet protection, names of the user's.
 */
export async function buildWithExcelJS(sheets: readonly ContractSheet[], names: Readonly<Record<string, string>>): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [address, c] of Object.entries(s.cells)) {
      const cell = ws.getCell(address);
      const value = c.value !== null && typeof c.value === "object" ? undefined : c.value;
      if (c.formula) cell.value = value === undefined || value === null ? { formula: c.formula, date1904: false } : { formula: c.formula, result: value, date1904: false };
      else cell.value = value ?? null;
      if (c.numberFormat) cell.numFmt = c.numberFormat;
      const fill = s.fills?.[address];
      if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill}` } };
    }
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.userRules ?? []) {
      ws.addConditionalFormatting({
        ref: r.range,
        rules: [{ type: "expression", priority: 1, formulae: [r.formula], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${r.fill}` } } } }],
      });
    }
    if (s.protected) await ws.protect("", {});
  }
  for (const [name, ref] of Object.entries(names)) wb.definedNames.add(ref, name);
  return wb;
}
