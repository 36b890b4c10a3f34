/**
 * A workbook held in memory, for unit tests and the browser preview. Values, formulas (as text, never
 * evaluated) and number formats are readable through `read()`; everything else a patch carries (styles,
 * merges, validations, notes, names, links) is recorded and exposed through accessors for tests.
 */
import type { WorkbookPort } from "../../ports/workbookPort";
import { a1, parseA1, parseRange, quoteSheet, rangeA1, type RangeRef } from "../../sheet/a1";
import type { CellValue, Grid, GridCell, WorkbookSnapshot } from "../../sheet/grid";
import type { CellStyle, ConditionalFormatSpec, DataValidationSpec, SheetPatch } from "../../sheet/patch";
import { checkPatches } from "../patchCheck";

/** A sheet given cell by cell: `{ name: "Phụ lục", cells: { C6: { value: 0.67, numberFormat: "0%" } } }`. */
export interface MemorySheetInput {
  readonly name: string;
  readonly cells: Readonly<Record<string, GridCell>>;
  readonly merges?: readonly string[];
}

interface MemoryCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}

class MemorySheet {
  readonly cells = new Map<string, MemoryCell>();
  readonly styles = new Map<string, CellStyle>();
  readonly links = new Map<string, { sheet: string; cell: string }>();
  readonly notes = new Map<string, string>();
  merges: RangeRef[] = [];
  readonly validations: DataValidationSpec[] = [];
  readonly conditionalFormats: ConditionalFormatSpec[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();

  constructor(readonly name: string) {}
}

export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemorySheet[] = [];
  private readonly definedNames = new Map<string, string>();

  constructor(sheets: ReadonlyArray<MemorySheetInput | Grid> = [], names: Readonly<Record<string, string>> = {}) {
    for (const input of sheets) {
      const sheet = new MemorySheet("cells" in input ? input.name : input.sheet);
      if ("cells" in input) {
        for (const [addr, c] of Object.entries(input.cells)) {
          const { row, col } = parseA1(addr);
          sheet.cells.set(a1(row, col), { ...c });
        }
      } else {
        input.rows.forEach((r, i) =>
          r.forEach((c, j) => {
            if (c) sheet.cells.set(a1(input.top + i, input.left + j), { ...c });
          }),
        );
      }
      sheet.merges = (input.merges ?? []).map(parseRange);
      this.sheets.push(sheet);
    }
    for (const [k, v] of Object.entries(names)) this.definedNames.set(k, v);
  }

  async read(): Promise<WorkbookSnapshot> {
    return { sheets: this.sheets.map(toGrid), names: Object.fromEntries(this.definedNames) };
  }

  async apply(patches: readonly SheetPatch[]): Promise<void> {
    const targets = checkPatches(patches, {
      sheetName: (name) => this.find(name)?.name ?? null,
      merges: (name) => this.find(name)?.merges ?? [],
    });
    patches.forEach((p, i) => {
      const name = targets[i] ?? p.sheet;
      let sheet = this.find(name);
      if (!sheet) this.sheets.push((sheet = new MemorySheet(name)));
      this.applyOne(sheet, p);
    });
  }

  private applyOne(sheet: MemorySheet, p: SheetPatch): void {
    for (const w of p.cells) {
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
    for (const c of p.columnWidths ?? []) sheet.columnWidths.set(c.col, c.width);
    for (const r of p.rowHeights ?? []) sheet.rowHeights.set(r.row, r.height);
    sheet.validations.push(...(p.validations ?? []));
    sheet.conditionalFormats.push(...(p.conditionalFormats ?? []));
    for (const n of p.notes ?? []) sheet.notes.set(normal(n.address), n.text);
    for (const n of p.names ?? []) this.definedNames.set(n.name, `${quoteSheet(sheet.name)}!${absolute(n.range)}`);
  }

  // ---- accessors for tests and the preview ----

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  cell(sheet: string, address: string): GridCell | undefined {
    const c = this.find(sheet)?.cells.get(normal(address));
    return c ? { ...c } : undefined;
  }

  /** The style a cell has been given by patches (merged over successive writes). */
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

  validations(sheet: string): readonly DataValidationSpec[] {
    return this.find(sheet)?.validations ?? [];
  }

  conditionalFormats(sheet: string): readonly ConditionalFormatSpec[] {
    return this.find(sheet)?.conditionalFormats ?? [];
  }

  columnWidth(sheet: string, col: number): number | undefined {
    return this.find(sheet)?.columnWidths.get(col);
  }

  rowHeight(sheet: string, row: number): number | undefined {
    return this.find(sheet)?.rowHeights.get(row);
  }

  names(): Record<string, string> {
    return Object.fromEntries(this.definedNames);
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

function absolute(range: string): string {
  return rangeA1(parseRange(range)).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** The used range of values: cells holding a value or a formula (formatted empty cells do not count). */
function toGrid(sheet: MemorySheet): Grid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  const used: Array<[number, number, GridCell]> = [];
  for (const [addr, c] of sheet.cells) {
    if (c.value === null && c.formula === undefined) continue;
    const { row, col } = parseA1(addr);
    used.push([row, col, { ...c }]);
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
  }
  const merges = sheet.merges.map(rangeA1);
  if (used.length === 0) return { sheet: sheet.name, top: 0, left: 0, rows: [], merges };
  const rows: Array<Array<GridCell | undefined>> = Array.from({ length: bottom - top + 1 }, () => []);
  for (const [row, col, c] of used) {
    const r = rows[row - top];
    if (r) r[col - left] = c;
  }
  return { sheet: sheet.name, top, left, rows, merges };
}
