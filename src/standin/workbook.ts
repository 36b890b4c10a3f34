/**
 * The stand-in's workbook model: what tests and the preview build, drive (protection, selection, cell edit, user
 * edits) and inspect. Proxies change it only inside `context.sync()`.
 */
import { MAX_COLS, cellCount, parseRect, quoteSheetName, rectAddress, splitSheet, type Rect } from "./address";
import { cellAt, ensureCell, rowOf, colOf, writeInput, dropIfBlank } from "./cells";
import { ErrorCodes, fail } from "./errors";
import { parseInput, type CellValue } from "./input";
import { refusedEntry } from "./validation";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  SheetModel,
  type Cell,
  type CellFormat,
  type ChartModel,
  type NamedItemModel,
  type PageLayoutModel,
  type Validation,
  compareVersions,
  type ChangedEventArgs,
  type EventHandlerEntry,
  type WorkbookState,
} from "./model";
import { snapshotWorkbook, type WorkbookSnapshotView } from "./snapshot";

export interface StandInOptions {
  /** Office.context.platform / onReady's platform. Default "PC". */
  platform?: "PC" | "OfficeOnline" | "Mac";
  /** Highest ExcelApi requirement set the host supports. Default "1.14" (no notes: 1.18). */
  apiVersion?: string;
  /** The 5 MB request/response limits of Excel on the web. Default: on when platform is "OfficeOnline". */
  payloadLimits?: boolean;
  displayLanguage?: string;
}

export interface BatchStats {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

/** Round trips and payload sizes (UTF-8 bytes of the JSON of queued operations and of loaded results). */
export class Stats {
  syncs = 0;
  requestBytes = 0;
  responseBytes = 0;
  batches: BatchStats[] = [];

  reset(): void {
    this.syncs = 0;
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.batches = [];
  }

  /** @internal */
  _record(b: BatchStats): void {
    this.syncs++;
    this.requestBytes += b.requestBytes;
    this.batches.push(b);
  }

  /** @internal */
  _addResponse(bytes: number): void {
    this.responseBytes += bytes;
  }
}

export type CellInput = CellValue | { value?: CellValue; formula?: string; numberFormat?: string; fill?: string; bold?: boolean };

export type { ChangedEventArgs };

/** A typed entry Excel refused: the cell's validation alert (style Stop) said no. */
export class EntryRefused extends Error {
  constructor(
    readonly title: string,
    message: string,
  ) {
    super(message);
    this.name = "EntryRefused";
  }
}

export interface CellView {
  value: CellValue | "";
  formula?: string;
  numberFormat: string;
  fill?: string;
  font: typeof DEFAULT_FONT & { strikethrough?: boolean };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: NonNullable<CellFormat["borders"]>;
  hyperlink?: Cell["hyperlink"];
}

export { compareVersions };

export class WorkbookModel implements WorkbookState {
  readonly options: Required<StandInOptions>;
  readonly sheets: SheetModel[] = [];
  readonly names: NamedItemModel[] = [];
  readonly settings = new Map<string, unknown>();
  readonly stats = new Stats();
  structureProtected = false;
  calculationMode = "Automatic";
  /** context.runtime.enableEvents: a setting of the add-in's runtime, kept across batches like Office's. */
  eventsEnabled = true;
  activeSheet: SheetModel | undefined;
  selection: { sheet: SheetModel; rect: Rect } | undefined;
  /** @internal */ handlers: EventHandlerEntry[] = [];
  private editing = false;
  private editWaiters: Array<() => void> = [];
  /**
   * How long each sync waits before Excel answers, in milliseconds (0: at once). Excel answers from another process,
   * or over the network on the web; a test of what the pane does while it waits sets this.
   */
  syncLatencyMs = 0;
  private listeners = new Set<() => void>();
  private handlerRuns: Promise<unknown>[] = [];
  private ids = 0;

  constructor(options: StandInOptions = {}) {
    const platform = options.platform ?? "PC";
    this.options = {
      platform,
      apiVersion: options.apiVersion ?? "1.14",
      payloadLimits: options.payloadLimits ?? platform === "OfficeOnline",
      displayLanguage: options.displayLanguage ?? "vi-VN",
    };
  }

  // ---- building -------------------------------------------------------------------------------------------

  /** Adds a sheet with cells given by A1 address: a value ("=..." is a formula) or {value, formula, numberFormat, fill, bold}. */
  addSheet(name: string, cells: Record<string, CellInput> = {}): this {
    const sheet = this._newSheet(name);
    for (const [address, input] of Object.entries(cells)) {
      const r = this._rect(sheet, address);
      const cell = ensureCell(sheet, r.top, r.left);
      if (typeof input === "object") {
        if (input.numberFormat !== undefined) cell.numberFormat = input.numberFormat;
        if (input.formula !== undefined) cell.formula = input.formula.startsWith("=") ? input.formula : `=${input.formula}`;
        if (input.value !== undefined) cell.value = input.value;
        if (input.fill !== undefined) (cell.format ??= {}).fill = input.fill;
        if (input.bold !== undefined) ((cell.format ??= {}).font ??= {}).bold = input.bold;
      } else if (typeof input === "string" && input.startsWith("=")) {
        cell.formula = input;
      } else {
        cell.value = input;
      }
      dropIfBlank(sheet, r.top, r.left);
    }
    this._notify();
    return this;
  }

  /** Adds an Excel table (ListObject) over `address` (header row included), its header cells named as given. */
  addTable(sheet: string, name: string, address: string, headers: readonly string[] = []): this {
    const s = this.sheet(sheet);
    const rect = this._rect(s, address);
    headers.forEach((h, i) => {
      ensureCell(s, rect.top, rect.left + i).value = h;
    });
    s.tables.push({ name, rect });
    this._notify();
    return this;
  }

  /** A note on a cell, as a user would add it. */
  addNote(sheet: string, address: string, content: string): this {
    const s = this.sheet(sheet);
    const r = this._rect(s, address);
    s.notes.set(r.top * MAX_COLS + r.left, { content, author: "" });
    this._notify();
    return this;
  }

  /** A conditional format the user made in Excel's own dialog (custom or cell value), over `address`. */
  addUserRule(sheet: string, address: string, rule: { type: "Custom"; formula: string } | { type: "CellValue"; operator: string; formula1: string }, fill: string): string {
    const s = this.sheet(sheet);
    const id = `{USER-${++this.ids}}`;
    const cfRule = rule.type === "Custom" ? { formula: rule.formula } : { operator: rule.operator, formula1: rule.formula1 };
    s.cfs.push({ id, type: rule.type, rect: this._rect(s, address), stopIfTrue: false, rule: cfRule, format: { fill, font: {} } });
    this._notify();
    return id;
  }

  /** Makes a conditional format one Excel fails to delete (as it may: office-js #5222). */
  refuseDelete(sheet: string, id: string): this {
    const cf = this.sheet(sheet).cfs.find((c) => c.id === id);
    if (!cf) throw new Error(`no conditional format ${id} on ${sheet}`);
    cf.undeletable = true;
    return this;
  }

  protectSheet(name: string, on = true): this {
    this.sheet(name).protected = on;
    this._notify();
    return this;
  }

  protectWorkbook(on = true): this {
    this.structureProtected = on;
    this._notify();
    return this;
  }

  select(sheet: string, address: string): this {
    const s = this.sheet(sheet);
    this.selection = { sheet: s, rect: this._rect(s, address) };
    this.activeSheet = s;
    this._notify();
    return this;
  }

  get userIsEditingCell(): boolean {
    return this.editing;
  }

  /** The user starts typing in a cell: batches fail (or wait, with delayForCellEdit) until endCellEdit. */
  startCellEdit(): this {
    this.editing = true;
    return this;
  }

  endCellEdit(): this {
    this.editing = false;
    const waiters = this.editWaiters;
    this.editWaiters = [];
    waiters.forEach((w) => w());
    return this;
  }

  /** A user types into a cell: the value is taken as typed input; onChanged fires with triggerSource "Unknown". */
  /**
   * The user types `value` into the cells: as Excel does, an entry a Stop validation alert refuses is not taken
   * (EntryRefused, with the alert's title and message) and nothing changes.
   */
  userEdit(sheet: string, address: string, value: CellValue): this {
    const s = this.sheet(sheet);
    if (s.protected) throw new Error(`sheet ${sheet} is protected`);
    const r = this._rect(s, address);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        // What the cell would hold: typed text is read as Excel reads it ("67%" is a number).
        const parsed = value === null ? undefined : parseInput(value, cellAt(s, row, col)?.numberFormat ?? "General");
        const typed = parsed?.kind === "value" ? parsed.value : parsed?.kind === "clear" || value === null ? "" : value;
        const refused = refusedEntry(s.validations.get(row * MAX_COLS + col), typed);
        if (refused) throw new EntryRefused(refused.title, refused.message);
      }
    }
    return this.userPaste(sheet, address, value);
  }

  /** The user pastes `value` into the cells: a plain paste is not checked against data validation (Excel's docs). */
  userPaste(sheet: string, address: string, value: CellValue): this {
    const s = this.sheet(sheet);
    if (s.protected) throw new Error(`sheet ${sheet} is protected`);
    const r = this._rect(s, address);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) writeInput(s, row, col, value);
    if (this.eventsEnabled) this._dispatch([{ sheet: s, rect: r, trigger: "Unknown" }]);
    this._notify();
    return this;
  }

  /** Supplies the value a formula computes (the stand-in has no formula engine). */
  setComputedValue(sheet: string, address: string, value: CellValue): this {
    const s = this.sheet(sheet);
    const r = this._rect(s, address);
    ensureCell(s, r.top, r.left).value = value;
    this._notify();
    return this;
  }

  // ---- inspection -----------------------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetModel {
    const s = this._sheet(name);
    if (!s) throw new Error(`no sheet named ${name}`);
    return s;
  }

  cell(sheet: string, address: string): CellView {
    const s = this.sheet(sheet);
    const r = this._rect(s, address);
    const c = cellAt(s, r.top, r.left);
    const f = c?.format ?? {};
    return {
      value: c?.value ?? "",
      ...(c?.formula !== undefined ? { formula: c.formula } : {}),
      numberFormat: c?.numberFormat ?? "General",
      ...(f.fill !== undefined ? { fill: f.fill } : {}),
      font: { ...DEFAULT_FONT, ...f.font },
      horizontalAlignment: f.horizontalAlignment ?? "General",
      verticalAlignment: f.verticalAlignment ?? "Bottom",
      wrapText: f.wrapText ?? false,
      borders: { ...f.borders },
      ...(c?.hyperlink ? { hyperlink: { ...c.hyperlink } } : {}),
    };
  }

  /** Values of a rectangle, "" for empty cells (formulas show their computed value or ""). */
  values(sheet: string, address: string): (CellValue | "")[][] {
    const s = this.sheet(sheet);
    const r = this._rect(s, address);
    const out: (CellValue | "")[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: (CellValue | "")[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(cellAt(s, row, col)?.value ?? "");
      out.push(line);
    }
    return out;
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map((m) => rectAddress(m));
  }

  /** Column width in points ("C" or 0-based index). */
  columnWidth(sheet: string, column: string | number): number {
    const s = this.sheet(sheet);
    const col = typeof column === "number" ? column : this._rect(s, `${column}1`).left;
    return s.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Row height in points (1-based row number, as Excel shows it). */
  rowHeight(sheet: string, row: number): number {
    return this.sheet(sheet).rowHeights.get(row - 1) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Data validations grouped by rule, each with the addresses it covers (bounding rectangle when it is one). */
  validations(sheet: string): Array<Validation & { address: string }> {
    const s = this.sheet(sheet);
    const groups = new Map<Validation, number[]>();
    for (const [k, v] of s.validations) {
      const list = groups.get(v) ?? [];
      list.push(k);
      groups.set(v, list);
    }
    return [...groups].map(([v, keys]) => ({ ...JSON.parse(JSON.stringify(v)), address: keysAddress(keys) }));
  }

  conditionalFormats(sheet: string): Array<{ id: string; address: string; type: string; priority: number; stopIfTrue: boolean; formula?: string; fill?: string; font: object }> {
    return this.sheet(sheet).cfs.map((cf, priority) => ({
      id: cf.id,
      address: rectAddress(cf.rect),
      type: cf.type,
      priority,
      stopIfTrue: cf.stopIfTrue,
      ...(cf.rule.formula !== undefined ? { formula: cf.rule.formula } : {}),
      ...(cf.format.fill !== undefined ? { fill: cf.format.fill } : {}),
      font: { ...cf.format.font },
    }));
  }

  /** Workbook-scoped names, or a sheet's names. */
  namedItems(sheet?: string): NamedItemModel[] {
    return (sheet === undefined ? this.names : this.sheet(sheet).names).map((n) => ({ ...n }));
  }

  charts(sheet: string): ChartModel[] {
    return JSON.parse(JSON.stringify(this.sheet(sheet).charts)) as ChartModel[];
  }

  notes(sheet: string): Array<{ address: string; content: string }> {
    return [...this.sheet(sheet).notes].map(([k, n]) => ({ address: rectAddress({ top: rowOf(k), left: colOf(k), bottom: rowOf(k), right: colOf(k) }), content: n.content }));
  }

  settingsObject(): Record<string, unknown> {
    return Object.fromEntries(this.settings);
  }

  pageLayout(sheet: string): PageLayoutModel {
    return JSON.parse(JSON.stringify(this.sheet(sheet).pageLayout)) as PageLayoutModel;
  }

  selectedAddress(): string | undefined {
    return this.selection ? `${quoteSheetName(this.selection.sheet.name)}!${rectAddress(this.selection.rect)}` : undefined;
  }

  /** What a preview draws: each sheet's used area with displayed text and effective fill (see snapshot.ts). */
  snapshot(options: { decimalSeparator?: string } = {}): WorkbookSnapshotView {
    return snapshotWorkbook(this, options.decimalSeparator ?? ".");
  }

  /** Called after every sync that ran operations, and after model changes such as userEdit. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every onChanged handler started so far has finished. */
  async settleEvents(): Promise<void> {
    while (this.handlerRuns.length > 0) {
      const runs = this.handlerRuns;
      this.handlerRuns = [];
      await Promise.allSettled(runs);
    }
  }

  // ---- internal: used by the proxies ---------------------------------------------------------------------

  /** @internal */
  _sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** @internal */
  _newSheet(name: string): SheetModel {
    if (this._sheet(name)) fail(ErrorCodes.itemAlreadyExists, `A sheet named ${name} already exists.`);
    if (!validSheetName(name)) fail(ErrorCodes.invalidArgument, `"${name}" is not a valid sheet name.`);
    const n = ++this.ids;
    const sheet = new SheetModel(name, `{${String(n).padStart(8, "0")}-0000-4000-8000-000000000000}`);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** @internal */
  _nextId(prefix: string): string {
    return `${prefix}${++this.ids}`;
  }

  /** @internal A local address on a sheet; InvalidArgument when it is not one, or names another sheet. */
  _rect(sheet: SheetModel, address: string): Rect {
    const { sheet: named, local } = splitSheet(address);
    if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
      fail(ErrorCodes.invalidArgument, `The address ${address} is not on sheet ${sheet.name}.`);
    }
    const r = parseRect(local);
    if (!r) fail(ErrorCodes.invalidArgument, `The address "${address}" is not valid.`);
    return r;
  }

  /** @internal */
  async _enterBatch(delayForCellEdit: boolean): Promise<void> {
    if (this.syncLatencyMs > 0) await new Promise<void>((resolve) => setTimeout(resolve, this.syncLatencyMs));
    if (!this.editing) return;
    if (!delayForCellEdit) {
      fail(ErrorCodes.invalidOperationInCellEditMode, "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    }
    await new Promise<void>((resolve) => this.editWaiters.push(resolve));
  }

  /** @internal */
  _afterBatch(edits: ReadonlyArray<{ sheet: SheetModel; rect: Rect }>): void {
    if (edits.length > 0) this._dispatch(edits.map((e) => ({ ...e, trigger: "ThisLocalAddin" as const })));
    this._notify();
  }

  private _dispatch(edits: Array<{ sheet: SheetModel; rect: Rect; trigger: "ThisLocalAddin" | "Unknown" }>): void {
    const withTrigger = compareVersions(this.options.apiVersion, "1.14") >= 0;
    for (const e of edits) {
      const args: ChangedEventArgs = {
        type: "WorksheetChanged",
        worksheetId: e.sheet.id,
        address: rectAddress(e.rect),
        changeType: "RangeEdited",
        source: "Local",
        ...(withTrigger ? { triggerSource: e.trigger } : {}),
      };
      for (const h of this.handlers) {
        if (h.sheet && h.sheet !== e.sheet) continue;
        // Office calls handlers asynchronously, after the batch that caused the change.
        this.handlerRuns.push(Promise.resolve().then(() => h.fn({ ...args })));
      }
    }
  }

  /** @internal */
  _notify(): void {
    for (const l of this.listeners) l();
  }
}

function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

function keysAddress(keys: number[]): string {
  const rows = keys.map(rowOf);
  const cols = keys.map(colOf);
  const rect = { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...cols), right: Math.max(...cols) };
  if (cellCount(rect) === keys.length) return rectAddress(rect);
  return keys
    .sort((a, b) => a - b)
    .map((k) => rectAddress({ top: rowOf(k), left: colOf(k), bottom: rowOf(k), right: colOf(k) }))
    .join(",");
}
