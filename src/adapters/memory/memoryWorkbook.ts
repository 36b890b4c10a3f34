/**
 * A workbook held in memory, for unit tests only (the browser preview runs the Office adapter over the Excel stand-in,
 * src/standin; nothing in src/ uses this one): a faithful stand-in for the port. It runs the
 * same pre-write check as every adapter and gives a patch the same meaning (test/adapters/contract): validations
 * replace the rules on the cells they cover, conditional formats are found again by owner, charts by name, a
 * replaced sheet is cleared in place. Formulas are kept as text, never evaluated: a formula written with a value
 * keeps that value as its cached result.
 */
import type { Planner, WorkbookPort } from "../../ports/workbookPort";
import { a1, absoluteRef, parseA1, parseRange, quoteSheet, rangeA1, type RangeRef } from "../../sheet/a1";
import type { CellValue, Grid, GridCell, WorkbookSnapshot } from "../../sheet/grid";
import type { CellStyle, ChartSpec, DataValidationSpec, SheetPatch, SheetVisibility } from "../../sheet/patch";
import { checkPatches } from "../patchCheck";
import { eachCell } from "../../sheet/patchCells";

/** A sheet given cell by cell: `{ name: "Phụ lục", cells: { C6: { value: 0.67, numberFormat: "0%" } } }`. */
export interface MemorySheetInput {
  readonly name: string;
  readonly cells: Readonly<Record<string, GridCell>>;
  readonly merges?: readonly string[];
  readonly protected?: boolean;
  /** The user's own conditional formats (the tool must never remove them). */
  readonly userConditionalFormats?: ReadonlyArray<{ readonly range: string; readonly formula: string; readonly fill: string }>;
  /** The user's own cell styles by A1 address. */
  readonly styles?: Readonly<Record<string, CellStyle>>;
  /** The user's own notes by A1 address. */
  readonly notes?: Readonly<Record<string, string>>;
}

interface MemoryCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}

/** A conditional format as the workbook holds it; `owner` null for the user's own rules. */
export interface MemoryConditionalFormat {
  readonly owner: string | null;
  readonly range: string;
  readonly formula: string;
  readonly style: Pick<CellStyle, "fill" | "font">;
}

/** A data validation rule as it applies to one cell. */
export type CellValidation = Omit<DataValidationSpec, "range">;

class MemorySheet {
  cells = new Map<string, MemoryCell>();
  styles = new Map<string, CellStyle>();
  links = new Map<string, { sheet: string; cell: string }>();
  notes = new Map<string, string>();
  merges: RangeRef[] = [];
  validations = new Map<string, CellValidation>();
  conditionalFormats: MemoryConditionalFormat[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  charts = new Map<string, ChartSpec>();
  print: SheetPatch["print"] | undefined;
  protected = false;
  visibility: SheetVisibility = "visible";
  autoFilter: string | undefined;
  frozen: { rows: number; cols: number } | undefined;

  constructor(readonly name: string) {}

  /** Everything on the sheet goes; what belongs to the sheet itself (protection, visibility) stays. */
  clear(): void {
    const fresh = new MemorySheet(this.name);
    Object.assign(this, { ...fresh, protected: this.protected, visibility: this.visibility });
  }
}

export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemorySheet[] = [];
  private readonly definedNames = new Map<string, string>();
  /** Excel refuses to add sheets to a workbook whose structure is protected. */
  structureProtected = false;

  constructor(sheets: ReadonlyArray<MemorySheetInput | Grid> = [], names: Readonly<Record<string, string>> = {}) {
    for (const input of sheets) {
      const sheet = new MemorySheet("cells" in input ? input.name : input.sheet);
      if ("cells" in input) {
        for (const [addr, c] of Object.entries(input.cells)) sheet.cells.set(normal(addr), { ...c });
        for (const [addr, s] of Object.entries(input.styles ?? {})) sheet.styles.set(normal(addr), s);
        for (const [addr, text] of Object.entries(input.notes ?? {})) sheet.notes.set(normal(addr), text);
        for (const cf of input.userConditionalFormats ?? []) {
          sheet.conditionalFormats.push({ owner: null, range: cf.range, formula: cf.formula, style: { fill: cf.fill } });
        }
        sheet.protected = input.protected ?? false;
      } else {
        input.rows.forEach((r, i) =>
          r.forEach((c, j) => {
            if (c) sheet.cells.set(a1(input.top + i, input.left + j), { ...c });
          }),
        );
        sheet.protected = input.protected ?? false;
      }
      sheet.merges = (input.merges ?? []).map(parseRange);
      this.sheets.push(sheet);
    }
    for (const [k, v] of Object.entries(names)) this.definedNames.set(k, v);
  }

  async read(): Promise<WorkbookSnapshot> {
    return { sheets: this.sheets.map(toGrid), names: Object.fromEntries(this.definedNames), structureProtected: this.structureProtected };
  }

  async update<T>(plan: Planner<T>): Promise<T> {
    const { patches, result } = await plan(await this.read());
    if (patches.length > 0) this.applyNow(patches);
    return result;
  }

  async apply(patches: readonly SheetPatch[]): Promise<void> {
    this.applyNow(patches);
  }

  private applyNow(patches: readonly SheetPatch[]): void {
    const targets = checkPatches(patches, {
      sheetName: (name) => this.find(name)?.name ?? null,
      merges: (name) => this.find(name)?.merges ?? [],
      isProtected: (name) => this.find(name)?.protected ?? false,
      structureProtected: () => this.structureProtected,
      notes: (name) => [...(this.find(name)?.notes.keys() ?? [])],
    });
    patches.forEach((p, i) => {
      const name = targets[i] ?? p.sheet;
      if (p.deleteSheet) {
        for (const n of p.removeNames ?? []) this.definedNames.delete(n);
        this.sheets.splice(this.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase()), 1);
        return;
      }
      let sheet = this.find(name);
      if (!sheet) this.sheets.push((sheet = new MemorySheet(name)));
      this.applyOne(sheet, p);
    });
    // Protection comes once the whole batch is written, as the patch says.
    patches.forEach((p, i) => {
      const sheet = p.protect ? this.find(targets[i] ?? p.sheet) : undefined;
      if (sheet) sheet.protected = true;
    });
  }

  private applyOne(sheet: MemorySheet, p: SheetPatch): void {
    if (p.replace) sheet.clear();
    for (const range of p.clear ?? []) clearRange(sheet, parseRange(range));
    for (const a of p.removeNotes ?? []) sheet.notes.delete(normal(a));
    const removed = new Set(p.removeOwned ?? []);
    if (removed.size > 0) {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.owner === null || !removed.has(cf.owner));
      for (const name of removed) sheet.charts.delete(name);
    }
    for (const n of p.removeNames ?? []) this.definedNames.delete(n);

    for (const w of eachCell(p)) {
      const addr = normal(w.address);
      const cell: MemoryCell = { ...(sheet.cells.get(addr) ?? { value: null }) };
      if (w.formula !== undefined) {
        cell.formula = w.formula.replace(/^=/, "");
        cell.value = w.value ?? null;
      } else if (w.value !== undefined) {
        delete cell.formula;
        cell.value = w.value;
      }
      if (w.link) {
        sheet.links.set(addr, w.link);
        if (w.value === undefined && cell.value === null) cell.value = w.link.cell;
      }
      if (w.style) {
        const old = sheet.styles.get(addr) ?? {};
        const font = w.style.font ? { font: { ...old.font, ...w.style.font } } : {};
        sheet.styles.set(addr, { ...old, ...w.style, ...font });
        if (w.style.numberFormat !== undefined) cell.numberFormat = w.style.numberFormat;
      }
      sheet.cells.set(addr, cell);
    }
    for (const m of p.merges ?? []) {
      const r = parseRange(m);
      if (!sheet.merges.some((e) => rangeA1(e) === rangeA1(r))) sheet.merges.push(r);
    }
    for (const c of p.columnWidths ?? []) sheet.columnWidths.set(c.col, c.chars);
    for (const r of p.rowHeights ?? []) sheet.rowHeights.set(r.row, r.points);
    for (const v of p.validations ?? []) {
      // Excel keeps one rule per cell: a new rule replaces the old ones on the cells it covers.
      const { range, ...rule } = v;
      forEachCell(parseRange(range), (addr) => sheet.validations.set(addr, rule));
    }
    for (const cf of p.conditionalFormats ?? []) {
      sheet.conditionalFormats.push({ owner: cf.owner, range: rangeA1(parseRange(cf.range)), formula: cf.formula.replace(/^=/, ""), style: cf.style });
    }
    for (const n of p.notes ?? []) sheet.notes.set(normal(n.address), n.text);
    for (const n of p.names ?? []) this.definedNames.set(n.name, `${quoteSheet(sheet.name)}!${absoluteRef(n.range)}`);
    for (const c of p.charts ?? []) sheet.charts.set(c.name, c);
    if (p.print) sheet.print = p.print;
    if (p.visibility) sheet.visibility = p.visibility;
    if (p.autoFilter) sheet.autoFilter = rangeA1(parseRange(p.autoFilter));
    if (p.freeze) sheet.frozen = { ...p.freeze };
  }

  // ---- accessors for tests and the preview ----

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  cell(sheet: string, address: string): GridCell | undefined {
    const c = this.find(sheet)?.cells.get(normal(address));
    return c ? { ...c } : undefined;
  }

  /** The style a cell has been given (merged over successive writes). */
  styleAt(sheet: string, address: string): CellStyle | undefined {
    return this.find(sheet)?.styles.get(normal(address));
  }

  noteAt(sheet: string, address: string): string | undefined {
    return this.find(sheet)?.notes.get(normal(address));
  }

  linkAt(sheet: string, address: string): { sheet: string; cell: string } | undefined {
    return this.find(sheet)?.links.get(normal(address));
  }

  merges(sheet: string): string[] {
    return (this.find(sheet)?.merges ?? []).map(rangeA1);
  }

  /** The validation rule of one cell. */
  validationAt(sheet: string, address: string): CellValidation | undefined {
    return this.find(sheet)?.validations.get(normal(address));
  }

  /** Every cell's validation rule, by address. */
  validations(sheet: string): ReadonlyMap<string, CellValidation> {
    return this.find(sheet)?.validations ?? new Map();
  }

  conditionalFormats(sheet: string): readonly MemoryConditionalFormat[] {
    return this.find(sheet)?.conditionalFormats ?? [];
  }

  charts(sheet: string): readonly ChartSpec[] {
    return [...(this.find(sheet)?.charts.values() ?? [])];
  }

  print(sheet: string): SheetPatch["print"] | undefined {
    return this.find(sheet)?.print;
  }

  /** Width in characters. */
  columnWidth(sheet: string, col: number): number | undefined {
    return this.find(sheet)?.columnWidths.get(col);
  }

  /** Height in points. */
  rowHeight(sheet: string, row: number): number | undefined {
    return this.find(sheet)?.rowHeights.get(row);
  }

  names(): Record<string, string> {
    return Object.fromEntries(this.definedNames);
  }

  isProtected(sheet: string): boolean {
    return this.find(sheet)?.protected ?? false;
  }

  visibility(sheet: string): SheetVisibility | undefined {
    return this.find(sheet)?.visibility;
  }

  autoFilter(sheet: string): string | undefined {
    return this.find(sheet)?.autoFilter;
  }

  frozen(sheet: string): { rows: number; cols: number } | undefined {
    return this.find(sheet)?.frozen;
  }

  /** Protect or unprotect a sheet, as a user would in Excel. */
  protect(sheet: string, on = true): void {
    const s = this.find(sheet);
    if (s) s.protected = on;
  }

  /** A user typing into a cell (the preview's edits). */
  setCell(sheet: string, address: string, value: CellValue): void {
    const s = this.find(sheet);
    if (!s) return;
    const addr = normal(address);
    const old = s.cells.get(addr);
    s.cells.set(addr, { value, ...(old?.numberFormat ? { numberFormat: old.numberFormat } : {}) });
  }

  private find(name: string): MemorySheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }
}

function normal(address: string): string {
  const { row, col } = parseA1(address);
  return a1(row, col);
}

/** Everything in the range goes: contents, styles, links, notes, validations, and merges that overlap it. */
function clearRange(sheet: MemorySheet, r: RangeRef): void {
  forEachCell(r, (addr) => {
    for (const map of [sheet.cells, sheet.styles, sheet.links, sheet.notes, sheet.validations]) map.delete(addr);
  });
  sheet.merges = sheet.merges.filter((m) => m.right < r.left || m.left > r.right || m.bottom < r.top || m.top > r.bottom);
}

function forEachCell(r: RangeRef, f: (address: string) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(a1(row, col));
}


/** The used range of values: cells holding a value or a formula (formatted empty cells do not count). */
function toGrid(sheet: MemorySheet): Grid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  const used: Array<[number, number, GridCell]> = [];
  for (const [addr, c] of sheet.cells) {
    if ((c.value === null || c.value === "") && c.formula === undefined) continue;
    const { row, col } = parseA1(addr);
    used.push([row, col, { ...c }]);
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
  }
  const owned = [...new Set(sheet.conditionalFormats.flatMap((cf) => (cf.owner === null ? [] : [cf.owner])))];
  const extra = {
    merges: sheet.merges.map(rangeA1),
    protected: sheet.protected,
    ownedFormats: owned,
    charts: [...sheet.charts.keys()],
    notes: [...sheet.notes].map(([address, text]) => ({ address, text })),
    ...(sheet.visibility !== "visible" ? { visibility: sheet.visibility } : {}),
  };
  if (used.length === 0) return { sheet: sheet.name, top: 0, left: 0, rows: [], ...extra };
  const rows: Array<Array<GridCell | undefined>> = Array.from({ length: bottom - top + 1 }, () => []);
  for (const [row, col, c] of used) {
    const r = rows[row - top];
    if (r) r[col - left] = c;
  }
  return { sheet: sheet.name, top, left, rows, ...extra };
}
