/** Workbook, worksheets, protection, page layout, application and runtime. */
import { MAX_COLS, MAX_ROWS } from "./address";
import { ChartCollection } from "./charts";
import { ErrorCodes, fail } from "./errors";
import { ChangedEvent } from "./events";
import type { SheetModel, WorkbookState } from "./model";
import { NamedItemCollection } from "./names";
import { NoteCollection } from "./notes";
import { Range, usedRect } from "./range";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type Props } from "./runtime";
import { SettingCollection } from "./settings";
import { TableCollection } from "./tables";
import { AutoFilter, WorksheetFreezePanes } from "./views";

function structure(exec: Exec): void {
  if (exec.model.structureProtected) fail(ErrorCodes.accessDenied, "The workbook's structure is protected: sheets cannot be added, deleted, renamed, moved or hidden.");
}

function liveSheet(model: WorkbookState, s: SheetModel): SheetModel {
  if (!model.sheets.includes(s)) fail(ErrorCodes.itemNotFound, `The worksheet ${s.name} no longer exists.`);
  return s;
}

const SHEET_PROPS: Props<SheetModel> = {
  name: {
    get: (s) => s.name,
    set: (s, v, exec) => {
      structure(exec);
      if (typeof v !== "string") fail(ErrorCodes.invalidArgument, "A sheet name is text.");
      const other = exec.model._sheet(v);
      if (other && other !== s) fail(ErrorCodes.itemAlreadyExists, `A sheet named ${v} already exists.`);
      if (v.length === 0 || v.length > 31 || /[[\]:*?/\\]/.test(v)) fail(ErrorCodes.invalidArgument, `"${v}" is not a valid sheet name.`);
      s.name = v;
    },
  },
  id: { get: (s) => s.id },
  position: {
    get: (s, exec) => exec.model.sheets.indexOf(s),
    set: (s, v, exec) => {
      structure(exec);
      const sheets = exec.model.sheets;
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v >= sheets.length) fail(ErrorCodes.invalidArgument, "The position is out of range.");
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    },
  },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v, exec) => {
      structure(exec);
      if (!["Visible", "Hidden", "VeryHidden"].includes(v as string)) fail(ErrorCodes.invalidArgument, `"${String(v)}" is not a sheet visibility.`);
      if (v !== "Visible" && exec.model.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        fail(ErrorCodes.invalidOperation, "A workbook must keep at least one visible sheet.");
      }
      s.visibility = v as string;
    },
  },
  tabColor: {
    since: "1.7",
    get: (s) => s.tabColor,
    set: (s, v) => (s.tabColor = String(v)),
  },
  standardWidth: { get: () => 8.43 },
};

export class Worksheet extends ClientObject<SheetModel> {
  protected override _props(): Props<SheetModel> {
    return SHEET_PROPS;
  }
  protected override _navs(): readonly string[] {
    return ["protection", "pageLayout", "charts", "names", "autoFilter"];
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v);
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set("visibility", v);
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set("tabColor", v);
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }

  get protection(): WorksheetProtection {
    return this._child("protection", () => new WorksheetProtection(this.context, (e) => this._resolve(e), { parent: this, name: "protection" }));
  }
  get pageLayout(): PageLayout {
    return this._child("pageLayout", () => new PageLayout(this.context, (e) => this._resolve(e), { parent: this, name: "pageLayout" }));
  }
  get charts(): ChartCollection {
    return this._child("charts", () => new ChartCollection(this.context, (e) => this._resolve(e), { parent: this, name: "charts" }));
  }
  get names(): NamedItemCollection {
    return this._child("names", () => new NamedItemCollection(this.context, (e) => this._resolve(e), { parent: this, name: "names" }, "1.4"));
  }
  get autoFilter(): AutoFilter {
    return this._child("autoFilter", () => new AutoFilter(this.context, (e) => this._resolve(e), { parent: this, name: "autoFilter" }));
  }
  get freezePanes(): WorksheetFreezePanes {
    return this._child("freezePanes", () => new WorksheetFreezePanes(this.context, (e) => this._resolve(e), { parent: this, name: "freezePanes" }));
  }
  /** 1.18: on a host below it, every use fails at sync with ApiNotFound. */
  get notes(): NoteCollection {
    return this._child("notes", () => new NoteCollection(this.context, (e) => this._resolve(e), { parent: this, name: "notes" }));
  }
  get onChanged(): ChangedEvent {
    return this._child("onChanged", () => new EventSlot(this.context, (e) => this._resolve(e), { parent: this, name: "onChanged" })).slot("1.7", true);
  }

  private _range(name: string, args: unknown[], rect: (s: SheetModel, exec: Exec) => { top: number; left: number; bottom: number; right: number } | null): Range {
    return this._method(
      new Range(
        this.context,
        (e) => {
          const s = this._need(e);
          const r = rect(s, e);
          return r ? { sheet: s, rect: r } : null;
        },
        { parent: this, name, args },
      ),
    );
  }

  /** An A1 cell or range, whole columns ("C:E") or rows ("5:9"); no address: the whole sheet. */
  getRange(address?: string): Range {
    return this._range("getRange", [address ?? ""], (s, e) =>
      address === undefined || address === "" ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } : e.model._rect(s, address),
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      const r = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      if (![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) || rowCount < 1 || columnCount < 1 || r.top < 0 || r.left < 0 || r.bottom >= MAX_ROWS || r.right >= MAX_COLS) {
        fail(ErrorCodes.invalidArgument, "The range lies outside the worksheet.");
      }
      return r;
    });
  }
  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  /** Like Office: an empty sheet's used range is A1. */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._range("getUsedRange", [valuesOnly ?? false], (s) => usedRect(s, valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this._range("getUsedRangeOrNullObject", [valuesOnly ?? false], (s, e) => {
      e.requires("1.4", "getUsedRangeOrNullObject");
      return usedRect(s, valuesOnly ?? false) ?? null;
    });
  }

  delete(): void {
    this._queue("delete", [], (exec) => {
      const s = this._need(exec);
      structure(exec);
      const model = exec.model;
      if (model.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) fail(ErrorCodes.invalidOperation, "A workbook must keep at least one visible sheet.");
      model.sheets.splice(model.sheets.indexOf(s), 1);
      model.handlers = model.handlers.filter((h) => h.sheet !== s);
      if (model.activeSheet === s) model.activeSheet = model.sheets.find((x) => x.visibility === "Visible");
      if (model.selection?.sheet === s) model.selection = undefined;
    });
  }
  activate(): void {
    this._queue("activate", [], (exec) => {
      const s = this._need(exec);
      if (s.visibility !== "Visible") fail(ErrorCodes.invalidOperation, "A hidden sheet cannot be activated.");
      exec.model.activeSheet = s;
      exec.model.selection = { sheet: s, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}

/** Holder for an onChanged slot, so that the slot's queue is its owner's. */
class EventSlot extends ClientObject<SheetModel | WorkbookState> {
  protected override _props(): Props<SheetModel | WorkbookState> {
    return {};
  }
  private _slot: ChangedEvent | undefined;
  slot(since: string, ofSheet: boolean): ChangedEvent {
    return (this._slot ??= new ChangedEvent(
      this.context,
      (name, args, run) => this._queue(name, args, run),
      (e) => (ofSheet ? (this._need(e) as SheetModel) : undefined),
      since,
    ));
  }
}

const PROTECTION_PROPS: Props<SheetModel> = { protected: { get: (s) => s.protected } };

declare module "./range" {
  interface Range {
    /** The sheet the range is on (added here: range.ts does not import this file, which imports it). */
    readonly worksheet: Worksheet;
  }
}
Object.defineProperty(Range.prototype, "worksheet", {
  get(this: Range): Worksheet {
    return this._child("worksheet", () => new Worksheet(this.context, (e) => this._resolve(e)?.sheet ?? null, { parent: this, name: "worksheet" }));
  },
});

export class WorksheetProtection extends ClientObject<SheetModel> {
  protected override _props(): Props<SheetModel> {
    return PROTECTION_PROPS;
  }
  protected override _since(): string {
    return "1.2";
  }
  get protected(): boolean {
    return this._get("protected");
  }
  /** Options and password are accepted and not modelled: the stand-in knows only protected or not. */
  protect(options?: unknown, password?: string): void {
    this._queue("protect", [options ?? null, password ?? null], (e) => {
      const sheet = this._need(e);
      if (sheet.protected) fail(ErrorCodes.invalidOperation, "The sheet is already protected.");
      sheet.protected = true;
    });
  }
  unprotect(): void {
    this._queue("unprotect", [], (e) => (this._need(e).protected = false));
  }
}

const PAPER = ["Letter", "A3", "A4", "A5", "Legal", "B4", "B5", "Executive", "Tabloid", "LetterSmall", "A4Small", "Folio", "Quatro", "Note"];

const PAGE_PROPS: Props<SheetModel> = {
  orientation: {
    get: (s) => s.pageLayout.orientation,
    set: (s, v) => {
      if (v !== "Portrait" && v !== "Landscape") fail(ErrorCodes.invalidArgument, `"${String(v)}" is not a page orientation.`);
      s.pageLayout.orientation = v;
    },
  },
  paperSize: {
    get: (s) => s.pageLayout.paperSize,
    set: (s, v) => {
      if (!PAPER.includes(v as string)) fail(ErrorCodes.invalidArgument, `"${String(v)}" is not a paper size.`);
      s.pageLayout.paperSize = v as string;
    },
  },
  zoom: {
    get: (s) => s.pageLayout.zoom,
    set: (s, v) => {
      const z = (v ?? {}) as Record<string, unknown>;
      for (const k of Object.keys(z)) {
        const n = z[k];
        if (!["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k) || typeof n !== "number" || n < 0) fail(ErrorCodes.invalidArgument, `zoom.${k} is not valid.`);
      }
      if (z["scale"] !== undefined && (z["horizontalFitToPages"] !== undefined || z["verticalFitToPages"] !== undefined)) {
        fail(ErrorCodes.invalidArgument, "zoom takes either a scale or fit-to-pages, not both.");
      }
      s.pageLayout.zoom = { ...z } as typeof s.pageLayout.zoom;
    },
  },
};

export class PageLayout extends ClientObject<SheetModel> {
  protected override _props(): Props<SheetModel> {
    return PAGE_PROPS;
  }
  protected override _since(): string {
    return "1.9";
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._set("orientation", v);
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._set("paperSize", v);
  }
  get zoom(): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } {
    return this._get("zoom");
  }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this._set("zoom", v);
  }
}

export class WorksheetCollection extends ClientCollection<WorkbookState, Worksheet> {
  protected override _itemTargets(m: WorkbookState): unknown[] {
    return [...m.sheets];
  }
  protected override _makeItem(target: (e: Exec) => unknown): Worksheet {
    return new Worksheet(this.context, (e) => liveSheet(e.model, target(e) as SheetModel), { parent: this, name: "item" });
  }
  get onChanged(): ChangedEvent {
    return this._child("onChanged", () => new EventSlot(this.context, (e) => this._resolve(e), { parent: this, name: "onChanged" })).slot("1.9", false);
  }

  private _sheet(name: string, args: unknown[], find: (m: WorkbookState, exec: Exec) => SheetModel | null): Worksheet {
    return this._method(new Worksheet(this.context, (e) => find(this._need(e), e), { parent: this, name, args }));
  }

  getItem(key: string): Worksheet {
    return this._sheet("getItem", [key], (m) => m._sheet(key) ?? m.sheets.find((s) => s.id === key) ?? fail(ErrorCodes.itemNotFound, `The worksheet '${key}' doesn't exist.`));
  }
  getItemOrNullObject(key: string): Worksheet {
    return this._sheet("getItemOrNullObject", [key], (m) => m._sheet(key) ?? m.sheets.find((s) => s.id === key) ?? null);
  }
  getActiveWorksheet(): Worksheet {
    return this._sheet("getActiveWorksheet", [], (m) => m.activeSheet ?? fail(ErrorCodes.itemNotFound, "No active worksheet."));
  }
  getFirst(visibleOnly?: boolean): Worksheet {
    return this._sheet("getFirst", [visibleOnly ?? false], (m) => m.sheets.find((s) => !visibleOnly || s.visibility === "Visible") ?? fail(ErrorCodes.itemNotFound, "No worksheet."));
  }
  /** Adds a sheet at the end; it does not become active (as in Office). */
  add(name?: string): Worksheet {
    return this._sheet("add", [name ?? null], (m, e) => {
      structure(e);
      let n = name;
      if (n === undefined) {
        let i = m.sheets.length + 1;
        while (m._sheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      return m._newSheet(n);
    });
  }
  getCount(visibleOnly?: boolean): ClientResult<number> {
    return this._result("getCount", [visibleOnly ?? false], (e) => this._need(e).sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length);
  }
}

const WB_PROTECTION_PROPS: Props<WorkbookState> = { protected: { get: (m) => m.structureProtected } };

export class WorkbookProtection extends ClientObject<WorkbookState> {
  protected override _props(): Props<WorkbookState> {
    return WB_PROTECTION_PROPS;
  }
  get protected(): boolean {
    return this._get("protected");
  }
  protect(): void {
    this._queue("protect", [], (e) => (this._need(e).structureProtected = true));
  }
  unprotect(): void {
    this._queue("unprotect", [], (e) => (this._need(e).structureProtected = false));
  }
}

const APP_PROPS: Props<WorkbookState> = {
  calculationMode: {
    get: (m) => m.calculationMode,
    set: (m, v, exec) => {
      exec.requires("1.8", "calculationMode");
      if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(v as string)) fail(ErrorCodes.invalidArgument, `"${String(v)}" is not a calculation mode.`);
      m.calculationMode = v as string;
    },
  },
};

export class Application extends ClientObject<WorkbookState> {
  protected override _props(): Props<WorkbookState> {
    return APP_PROPS;
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  set calculationMode(v: string) {
    this._set("calculationMode", v);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._queue("suspendApiCalculationUntilNextSync", [], (e) => e.requires("1.6", "suspendApiCalculationUntilNextSync"));
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._queue("suspendScreenUpdatingUntilNextSync", [], (e) => e.requires("1.9", "suspendScreenUpdatingUntilNextSync"));
  }
  calculate(calculationType: string): void {
    this._queue("calculate", [calculationType], () => undefined);
  }
}

const RUNTIME_PROPS: Props<WorkbookState> = {
  enableEvents: {
    since: "1.8",
    get: (m) => m.eventsEnabled,
    set: (m, v) => {
      if (typeof v !== "boolean") fail(ErrorCodes.invalidArgument, "enableEvents must be true or false.");
      m.eventsEnabled = v;
    },
  },
};

/** context.runtime: enableEvents belongs to the add-in's runtime and stays as set until set again. */
export class Runtime extends ClientObject<WorkbookState> {
  protected override _props(): Props<WorkbookState> {
    return RUNTIME_PROPS;
  }
  get enableEvents(): boolean {
    return this._get("enableEvents");
  }
  set enableEvents(v: boolean) {
    this._set("enableEvents", v);
  }
}

export class Workbook extends ClientObject<WorkbookState> {
  protected override _props(): Props<WorkbookState> {
    return {};
  }
  protected override _navs(): readonly string[] {
    return ["worksheets", "names", "settings", "protection", "application", "tables"];
  }
  get tables(): TableCollection {
    return this._child("tables", () => new TableCollection(this.context, (e) => this._resolve(e), { parent: this, name: "tables" }));
  }
  get worksheets(): WorksheetCollection {
    return this._child("worksheets", () => new WorksheetCollection(this.context, (e) => this._resolve(e), { parent: this, name: "worksheets" }));
  }
  get names(): NamedItemCollection {
    return this._child("names", () => new NamedItemCollection(this.context, (e) => this._resolve(e), { parent: this, name: "names" }, "1.1"));
  }
  get settings(): SettingCollection {
    return this._child("settings", () => new SettingCollection(this.context, (e) => this._resolve(e), { parent: this, name: "settings" }));
  }
  get protection(): WorkbookProtection {
    return this._child("protection", () => new WorkbookProtection(this.context, (e) => this._resolve(e), { parent: this, name: "protection" }));
  }
  get application(): Application {
    return this._child("application", () => new Application(this.context, (e) => this._resolve(e), { parent: this, name: "application" }));
  }
  /** 1.18 (see Worksheet.notes). */
  get notes(): NoteCollection {
    return this._child("notes", () => new NoteCollection(this.context, (e) => this._resolve(e), { parent: this, name: "notes" }));
  }
  getSelectedRange(): Range {
    return this._method(
      new Range(
        this.context,
        (e) => {
          const m = this._need(e);
          if (m.selection && m.sheets.includes(m.selection.sheet)) return { sheet: m.selection.sheet, rect: { ...m.selection.rect } };
          const s = m.activeSheet ?? fail(ErrorCodes.itemNotFound, "Nothing is selected.");
          return { sheet: s, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
        },
        { parent: this, name: "getSelectedRange" },
      ),
    );
  }
}
