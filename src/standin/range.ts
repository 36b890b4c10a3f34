/** Range: values, formulas, number formats, merges, cell properties, navigation. */
import { MAX_COLS, MAX_ROWS, cellCount, intersect, parseRect, quoteSheetName, rectAddress, splitSheet, type Rect } from "./address";
import { cellAt, checkInput, dropIfBlank, ensureCell, forEachPosition, formulaOf, hasContent, uniform, valueType, writeInput } from "./cells";
import { ErrorCodes, fail } from "./errors";
import { RangeFormat, applyFormat } from "./format";
import { displayText } from "./input";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT, type Cell, type Hyperlink, type RangeTarget, type SheetModel } from "./model";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type Props } from "./runtime";
import { DataValidation } from "./validation";

export type { RangeTarget };

/** getMergedAreasOrNullObject fails above this many areas (Range reference). */
export const MAX_MERGED_AREAS = 512;
/** Excel on the web fails `setCellProperties` somewhere between 80,000 and 90,000 cells (office-js #2564). */
export const WEB_CELL_PROPERTIES_LIMIT = 80_000;

/** Past this many cells a read answers null instead of values (Office documents the cap for every platform). */
export const MAX_READ_CELLS = 5_000_000;

function grid<V>(t: RangeTarget, read: (c: Cell | undefined) => V): V[][] | null {
  if (cellCount(t.rect) > MAX_READ_CELLS) return null;
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(read(cellAt(t.sheet, r, c)));
    out.push(row);
  }
  return out;
}

const DIMENSIONS = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Checks a 2-D argument against the range; a scalar is applied to every cell (as Office.js does). */
function eachInput(t: RangeTarget, v: unknown, fn: (row: number, col: number, x: unknown) => void): void {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (!Array.isArray(v)) {
    forEachPosition(t.rect, (r, c) => fn(r, c, v));
    return;
  }
  if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) fail(ErrorCodes.invalidArgument, DIMENSIONS);
  for (let i = 0; i < rows; i++) {
    const row = v[i] as unknown[];
    for (let j = 0; j < cols; j++) fn(t.rect.top + i, t.rect.left + j, row[j]);
  }
}

function writeCells(t: RangeTarget, v: unknown, exec: Exec, kind: "values" | "formulas" | "numberFormat"): void {
  // Excel lets values and formulas into unlocked cells of a protected sheet, never a number format.
  exec.writable(t.sheet, kind === "numberFormat" ? undefined : t.rect);
  // Validate everything first: a bad element fails the operation without half-writing it.
  eachInput(t, v, (_r, _c, x) => {
    if (x === null || x === undefined) return;
    if (kind !== "numberFormat") checkInput(x);
    else if (typeof x !== "string") fail(ErrorCodes.invalidArgument, "The argument is invalid or missing or has an incorrect format.");
  });
  // null means "leave this cell as it is"; "" clears it.
  eachInput(t, v, (r, c, x) => {
    if (x === null || x === undefined) return;
    if (kind === "numberFormat") {
      const cell = ensureCell(t.sheet, r, c);
      if (x === "General") delete cell.numberFormat;
      else cell.numberFormat = x as string;
      dropIfBlank(t.sheet, r, c);
    } else {
      writeInput(t.sheet, r, c, x);
    }
  });
  if (kind !== "numberFormat") exec.edited(t.sheet, t.rect);
}

function hyperlinkOf(v: unknown): Hyperlink {
  if (!v || typeof v !== "object") fail(ErrorCodes.invalidArgument, "A hyperlink is an object {address, documentReference, screenTip, textToDisplay}.");
  const out: Hyperlink = {};
  for (const k of ["address", "documentReference", "screenTip", "textToDisplay"] as const) {
    const x = (v as Record<string, unknown>)[k];
    if (x === undefined) continue;
    if (typeof x !== "string") fail(ErrorCodes.invalidArgument, `hyperlink.${k} must be text.`);
    out[k] = x;
  }
  return out;
}

export function addressOf(t: RangeTarget): string {
  return `${quoteSheetName(t.sheet.name)}!${rectAddress(t.rect)}`;
}

const RANGE_PROPS: Props<RangeTarget> = {
  address: { get: addressOf },
  addressLocal: { get: addressOf },
  rowIndex: { get: (t) => t.rect.top },
  columnIndex: { get: (t) => t.rect.left },
  rowCount: { get: (t) => t.rect.bottom - t.rect.top + 1 },
  columnCount: { get: (t) => t.rect.right - t.rect.left + 1 },
  cellCount: { get: (t) => cellCount(t.rect) },
  isEntireColumn: { get: (t) => t.rect.top === 0 && t.rect.bottom === MAX_ROWS - 1 },
  isEntireRow: { get: (t) => t.rect.left === 0 && t.rect.right === MAX_COLS - 1 },
  values: { get: (t) => grid(t, (c) => c?.value ?? ""), set: (t, v, exec) => writeCells(t, v, exec, "values") },
  formulas: { get: (t) => grid(t, formulaOf), set: (t, v, exec) => writeCells(t, v, exec, "formulas") },
  numberFormat: { get: (t) => grid(t, (c) => c?.numberFormat ?? "General"), set: (t, v, exec) => writeCells(t, v, exec, "numberFormat") },
  valueTypes: { get: (t) => grid(t, valueType) },
  text: { get: (t) => grid(t, (c) => displayText(c?.value ?? "", c?.numberFormat ?? "General")) },
  hyperlink: {
    since: "1.7",
    get: (t) => uniform(t.sheet, t.rect, (c) => c?.hyperlink ?? null),
    set: (t, v, exec) => {
      exec.writable(t.sheet);
      const link = hyperlinkOf(v);
      forEachPosition(t.rect, (r, c) => {
        const cell = ensureCell(t.sheet, r, c);
        cell.hyperlink = { ...link };
        // Excel shows textToDisplay as the cell's value (or the target when the cell is empty).
        const shown = link.textToDisplay ?? (cell.value === "" ? (link.address ?? link.documentReference) : undefined);
        if (shown !== undefined) {
          cell.value = shown;
          delete cell.formula;
        }
      });
      exec.edited(t.sheet, t.rect);
    },
  },
};

export type RangeResolver = (exec: Exec) => RangeTarget | null;

function within(rect: Rect): Rect {
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS || rect.bottom < rect.top || rect.right < rect.left) {
    fail(ErrorCodes.invalidArgument, "The range lies outside the worksheet.");
  }
  return rect;
}

export class Range extends ClientObject<RangeTarget> {
  protected override _props(): Props<RangeTarget> {
    return RANGE_PROPS;
  }
  protected override _navs(): readonly string[] {
    return ["format", "worksheet", "dataValidation", "conditionalFormats"];
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v);
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v);
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get hyperlink(): Hyperlink {
    return this._get("hyperlink");
  }
  set hyperlink(v: Hyperlink) {
    this._set("hyperlink", v);
  }

  get format(): RangeFormat {
    return this._child("format", () => new RangeFormat(this.context, (e) => this._resolve(e), { parent: this, name: "format" }));
  }
  get dataValidation(): DataValidation {
    return this._child("dataValidation", () => new DataValidation(this.context, (e) => this._resolve(e), { parent: this, name: "dataValidation" }));
  }
  // `worksheet` and `conditionalFormats` are added by sheets.ts and conditionalFormats.ts (their files import this one:
  // defining them here would make an import cycle).

  private _derived(name: string, args: unknown[], fn: (t: RangeTarget, exec: Exec) => RangeTarget | null): Range {
    return this._method(new Range(this.context, (e) => fn(this._need(e), e), { parent: this, name, args }));
  }

  getCell(row: number, column: number): Range {
    return this._derived("getCell", [row, column], (t) => ({ sheet: t.sheet, rect: within({ top: t.rect.top + row, left: t.rect.left + column, bottom: t.rect.top + row, right: t.rect.left + column }) }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derived("getOffsetRange", [rowOffset, columnOffset], (t) => ({
      sheet: t.sheet,
      rect: within({ top: t.rect.top + rowOffset, left: t.rect.left + columnOffset, bottom: t.rect.bottom + rowOffset, right: t.rect.right + columnOffset }),
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derived("getResizedRange", [deltaRows, deltaColumns], (t) => ({
      sheet: t.sheet,
      rect: within({ ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns }),
    }));
  }
  getRow(row: number): Range {
    return this._derived("getRow", [row], (t) => ({ sheet: t.sheet, rect: within({ ...t.rect, top: t.rect.top + row, bottom: t.rect.top + row }) }));
  }
  getColumn(column: number): Range {
    return this._derived("getColumn", [column], (t) => ({ sheet: t.sheet, rect: within({ ...t.rect, left: t.rect.left + column, right: t.rect.left + column }) }));
  }
  getEntireColumn(): Range {
    return this._derived("getEntireColumn", [], (t) => ({ sheet: t.sheet, rect: { ...t.rect, top: 0, bottom: MAX_ROWS - 1 } }));
  }
  getEntireRow(): Range {
    return this._derived("getEntireRow", [], (t) => ({ sheet: t.sheet, rect: { ...t.rect, left: 0, right: MAX_COLS - 1 } }));
  }
  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this._derived("getIntersectionOrNullObject", [anotherRange], (t, e) => {
      const other = otherRect(t.sheet, anotherRange, e);
      const r = intersect(t.rect, other);
      return r ? { sheet: t.sheet, rect: r } : null;
    });
  }
  /** The smallest range holding this one and the other (Office.js writes a large array in such row chunks). */
  getBoundingRect(anotherRange: Range | string): Range {
    return this._derived("getBoundingRect", [anotherRange], (t, e) => {
      const o = otherRect(t.sheet, anotherRange, e);
      const r = t.rect;
      return { sheet: t.sheet, rect: { top: Math.min(r.top, o.top), left: Math.min(r.left, o.left), bottom: Math.max(r.bottom, o.bottom), right: Math.max(r.right, o.right) } };
    });
  }
  /**
   * Office.js's own check before it sends an array over 1,500 cells in row chunks (not part of the public API): the
   * array's size must be the range's.
   */
  _ValidateArraySize(rows: number, columns: number): void {
    this._queue("_ValidateArraySize", [rows, columns], (exec) => {
      const t = this._need(exec);
      if (rows !== t.rect.bottom - t.rect.top + 1 || columns !== t.rect.right - t.rect.left + 1) fail(ErrorCodes.invalidArgument, DIMENSIONS);
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._derived("getUsedRangeOrNullObject", [valuesOnly ?? false], (t) => {
      const used = usedRect(t.sheet, valuesOnly ?? false);
      const r = used && intersect(used, t.rect);
      return r ? { sheet: t.sheet, rect: r } : null;
    });
  }

  /** Merges the range (or each of its rows); Excel keeps only the upper-left value of each merged area. */
  merge(across?: boolean): void {
    this._queue("merge", [across ?? false], (exec) => {
      const t = this._need(exec);
      exec.writable(t.sheet);
      const areas = across
        ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_x, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i }))
        : [t.rect];
      for (const area of areas) {
        if (area.left === area.right && area.top === area.bottom) continue;
        if (t.sheet.tables.some((tb) => intersect(tb.rect, area))) fail(ErrorCodes.invalidOperation, "Cells in a table cannot be merged.");
        t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, area));
        forEachPosition(area, (r, c) => {
          if (r === area.top && c === area.left) return;
          const cell = cellAt(t.sheet, r, c);
          if (cell && hasContent(cell)) {
            cell.value = "";
            delete cell.formula;
            dropIfBlank(t.sheet, r, c);
          }
        });
        t.sheet.merges.push({ ...area });
      }
    });
  }
  unmerge(): void {
    this._queue("unmerge", [], (exec) => {
      const t = this._need(exec);
      exec.writable(t.sheet);
      t.sheet.merges = t.sheet.merges.filter((m) => !intersect(m, t.rect));
    });
  }
  getMergedAreasOrNullObject(): RangeAreas {
    return this._method(
      new RangeAreas(
        this.context,
        (e) => {
          e.requires("1.13", "getMergedAreasOrNullObject");
          const t = this._need(e);
          // Only the areas whose top-left cell is in the range (office-js #3611), and no answer above 512 of them
          // (the reference: "will fail to return the result").
          const rects = t.sheet.merges.filter((m) => m.top >= t.rect.top && m.top <= t.rect.bottom && m.left >= t.rect.left && m.left <= t.rect.right);
          if (rects.length > MAX_MERGED_AREAS) fail(ErrorCodes.generalException, `The range has ${rects.length} merged areas; getMergedAreasOrNullObject returns at most ${MAX_MERGED_AREAS}.`);
          return rects.length > 0 ? { sheet: t.sheet, rects } : null;
        },
        { parent: this, name: "getMergedAreasOrNullObject" },
      ),
    );
  }

  /** applyTo: "All" (default), "Contents", "Formats", "Hyperlinks", "RemoveHyperlinks". Validation and CFs stay. */
  clear(applyTo?: string): void {
    const what = applyTo ?? "All";
    this._queue("clear", [what], (exec) => {
      const t = this._need(exec);
      if (!["All", "Contents", "Formats", "Hyperlinks", "RemoveHyperlinks"].includes(what)) fail(ErrorCodes.invalidArgument, `"${what}" is not a ClearApplyTo value.`);
      exec.writable(t.sheet);
      const stored = [...t.sheet.cells.keys()].filter((k) => {
        const r = Math.floor(k / MAX_COLS);
        const c = k % MAX_COLS;
        return r >= t.rect.top && r <= t.rect.bottom && c >= t.rect.left && c <= t.rect.right;
      });
      for (const k of stored) {
        const cell = t.sheet.cells.get(k)!;
        if (what === "All" || what === "Contents") {
          cell.value = "";
          delete cell.formula;
        }
        if (what === "All" || what === "Formats") {
          delete cell.format;
          delete cell.numberFormat;
        }
        if (what === "All" || what === "Hyperlinks" || what === "RemoveHyperlinks") delete cell.hyperlink;
        dropIfBlank(t.sheet, Math.floor(k / MAX_COLS), k % MAX_COLS);
      }
      if (what === "All" || what === "Contents") exec.edited(t.sheet, t.rect);
    });
  }

  select(): void {
    this._queue("select", [], (exec) => {
      const t = this._need(exec);
      if (t.sheet.visibility !== "Visible") fail(ErrorCodes.invalidOperation, "Cannot select a range on a hidden sheet.");
      exec.model.selection = { sheet: t.sheet, rect: t.rect };
      exec.model.activeSheet = t.sheet;
    });
  }

  /** 1.9: a 2-D array of {format, hyperlink}; an empty object leaves its cell unchanged. */
  setCellProperties(cellPropertiesData: unknown[][]): void {
    this._queue("setCellProperties", [cellPropertiesData], (exec) => {
      exec.requires("1.9", "setCellProperties");
      const t = this._need(exec);
      exec.writable(t.sheet);
      if (!Array.isArray(cellPropertiesData)) fail(ErrorCodes.invalidArgument, DIMENSIONS);
      if (exec.model.options.platform === "OfficeOnline" && cellCount(t.rect) > WEB_CELL_PROPERTIES_LIMIT) {
        fail(ErrorCodes.generalException, "An internal error has occurred.");
      }
      eachInput(t, cellPropertiesData, (r, c, p) => {
        if (p === null || p === undefined) return;
        const props = p as { format?: Record<string, unknown>; hyperlink?: unknown };
        const cellTarget = { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
        if (props.format) applyFormat(cellTarget, props.format);
        if (props.hyperlink !== undefined) ensureCell(t.sheet, r, c).hyperlink = hyperlinkOf(props.hyperlink);
      });
    });
  }

  /**
   * 1.9: per-column properties of the range's columns, named by a load spec ({columnIndex: true, format: {columnWidth:
   * true}}); columnHidden as the sheet's model says.
   */
  getColumnProperties(columnPropertiesLoadOptions: Record<string, unknown>): ClientResult<Record<string, unknown>[]> {
    return this._result("getColumnProperties", [columnPropertiesLoadOptions], (exec) => {
      exec.requires("1.9", "getColumnProperties");
      const t = this._need(exec);
      const out: Record<string, unknown>[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const full: Record<string, unknown> = {
          columnIndex: c,
          columnHidden: t.sheet.hiddenColumns.has(c),
          address: `${quoteSheetName(t.sheet.name)}!${rectAddress({ top: 0, left: c, bottom: MAX_ROWS - 1, right: c })}`,
          format: { columnWidth: t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH },
        };
        out.push(pick(full, columnPropertiesLoadOptions));
      }
      return out;
    });
  }

  /** 1.9: per-cell properties named by a load spec such as {format: {fill: {color: true}, font: {bold: true}}}. */
  getCellProperties(cellPropertiesLoadOptions: Record<string, unknown>): ClientResult<Record<string, unknown>[][]> {
    return this._result("getCellProperties", [cellPropertiesLoadOptions], (exec) => {
      exec.requires("1.9", "getCellProperties");
      const t = this._need(exec);
      if (cellCount(t.rect) > MAX_READ_CELLS) return null as unknown as Record<string, unknown>[][];
      const out: Record<string, unknown>[][] = [];
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        const row: Record<string, unknown>[] = [];
        for (let c = t.rect.left; c <= t.rect.right; c++) row.push(cellProperties(t.sheet, r, c, cellPropertiesLoadOptions));
        out.push(row);
      }
      return out;
    });
  }
}

function pick(full: Record<string, unknown>, spec: unknown): Record<string, unknown> {
  if (spec === true) return full;
  const out: Record<string, unknown> = {};
  if (!spec || typeof spec !== "object") return out;
  for (const [k, sub] of Object.entries(spec as Record<string, unknown>)) {
    if (!sub || !(k in full)) continue;
    const v = full[k];
    out[k] = v && typeof v === "object" && !Array.isArray(v) && sub !== true ? pick(v as Record<string, unknown>, sub) : v;
  }
  return out;
}

function cellProperties(sheet: SheetModel, r: number, c: number, spec: Record<string, unknown>): Record<string, unknown> {
  const cell = cellAt(sheet, r, c);
  const f = cell?.format ?? {};
  const side = (s: keyof NonNullable<typeof f.borders>) => f.borders?.[s] ?? { style: "None", weight: "Thin", color: "#000000" };
  const full: Record<string, unknown> = {
    address: `${quoteSheetName(sheet.name)}!${rectAddress({ top: r, left: c, bottom: r, right: c })}`,
    hyperlink: cell?.hyperlink ?? null,
    format: {
      fill: { color: f.fill ?? "#FFFFFF" },
      font: { ...DEFAULT_FONT, strikethrough: false, ...f.font },
      horizontalAlignment: f.horizontalAlignment ?? "General",
      verticalAlignment: f.verticalAlignment ?? "Bottom",
      wrapText: f.wrapText ?? false,
      protection: { locked: f.locked ?? true, formulaHidden: false },
      columnWidth: sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH,
      rowHeight: sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT,
      borders: { top: side("top"), bottom: side("bottom"), left: side("left"), right: side("right") },
    },
  };
  return pick(full, spec);
}

/** The rectangle of another range argument (a proxy of the same context, or an address on the same sheet). */
export function otherRect(sheet: SheetModel, other: Range | string, exec: Exec): Rect {
  if (typeof other === "string") {
    const { sheet: named, local } = splitSheet(other);
    if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) fail(ErrorCodes.invalidArgument, `${other} is on another sheet.`);
    const r = parseRect(local);
    if (!r) fail(ErrorCodes.invalidArgument, `"${other}" is not a valid address.`);
    return r;
  }
  const t = other._need(exec);
  if (t.sheet !== sheet) fail(ErrorCodes.invalidArgument, "The ranges are on different sheets.");
  return t.rect;
}

/** The used range: cells with a value or formula, or (unless valuesOnly) with any format. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
  let r: Rect | undefined;
  // A note is content of its cell: it is in the used range of formats, though the cell holds no value.
  const keys = valuesOnly ? sheet.cells.keys() : new Set([...sheet.cells.keys(), ...sheet.notes.keys()]).keys();
  for (const k of keys) {
    const cell = sheet.cells.get(k);
    if (valuesOnly && (!cell || !hasContent(cell))) continue;
    const row = Math.floor(k / MAX_COLS);
    const col = k % MAX_COLS;
    if (!r) r = { top: row, left: col, bottom: row, right: col };
    else {
      r.top = Math.min(r.top, row);
      r.bottom = Math.max(r.bottom, row);
      r.left = Math.min(r.left, col);
      r.right = Math.max(r.right, col);
    }
  }
  return r;
}

export interface AreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

const AREAS_PROPS: Props<AreasTarget> = {
  address: { get: (t) => t.rects.map((r) => `${quoteSheetName(t.sheet.name)}!${rectAddress(r)}`).join(",") },
  areaCount: { get: (t) => t.rects.length },
  cellCount: { get: (t) => t.rects.reduce((n, r) => n + cellCount(r), 0) },
};

/** A set of rectangles on one sheet (1.9), here as getMergedAreasOrNullObject answers. */
export class RangeAreas extends ClientObject<AreasTarget> {
  protected override _props(): Props<AreasTarget> {
    return AREAS_PROPS;
  }
  protected override _navs(): readonly string[] {
    return ["areas"];
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get areas(): RangeCollection {
    return this._child("areas", () => new RangeCollection(this.context, (e) => this._resolve(e), { parent: this, name: "areas" }));
  }
}

export class RangeCollection extends ClientCollection<AreasTarget, Range> {
  protected override _itemTargets(t: AreasTarget): unknown[] {
    return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
  }
  protected override _makeItem(target: (e: Exec) => unknown): Range {
    return new Range(this.context, (e) => target(e) as RangeTarget, { parent: this, name: "item" });
  }
}


