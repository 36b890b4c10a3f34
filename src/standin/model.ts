/**
 * The workbook the stand-in serves: plain data that tests and the preview build and inspect directly (see
 * `WorkbookModel` in workbook.ts for the API). The Office.js proxies in this folder read and change it at sync.
 */
import type { Rect } from "./address";
import type { CellValue } from "./input";

export interface Font {
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  color?: string;
  size?: number;
  name?: string;
}

export interface Border {
  style: string;
  weight: string;
  color: string;
}

export type BorderSide = "top" | "bottom" | "left" | "right" | "diagonalDown" | "diagonalUp";

export interface CellFormat {
  fill?: string;
  font?: Font;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<BorderSide, Border>>;
  /** false: editable on a protected sheet. Excel's default is locked. */
  locked?: boolean;
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface Cell {
  /** What the cell holds; for a formula, its computed value when a test supplied one (`setComputedValue`), else "". */
  value: CellValue | "";
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
  hyperlink?: Hyperlink;
}

export interface Validation {
  rule?: Record<string, unknown>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  rect: Rect;
  stopIfTrue: boolean;
  rule: { formula?: string; formula1?: string; formula2?: string; operator?: string };
  format: { fill?: string; font: Font; numberFormat?: string };
  /** A rule Excel fails to delete (as it may, office-js #5222): set by tests through `model.refuseDelete`. */
  undeletable?: boolean;
}

/** An Excel table (ListObject): a name and where it lies. */
export interface TableModel {
  name: string;
  readonly rect: Rect;
}

/** What a Range proxy stands for: a rectangle of one sheet. */
export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export interface ChartSeriesModel {
  name: string;
  /** Sheet-qualified addresses ("'Kế hoạch'!C8:C13"). */
  values?: string;
  xValues?: string;
  color?: string;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: string;
  titleVisible: boolean;
  seriesBy: string;
  series: ChartSeriesModel[];
  position?: { start: string; end?: string };
  valueAxis: { numberFormat?: string; minimum?: number; maximum?: number };
  categoryAxis: { numberFormat?: string };
}

export interface NamedItemModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface NoteModel {
  content: string;
  author: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
}

/** Cells are keyed by row * MAX_COLS + col. */
export class SheetModel {
  visibility = "Visible";
  protected = false;
  tabColor = "";
  readonly cells = new Map<number, Cell>();
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Hidden columns (0-based), as Excel reports them in `columnHidden`. */
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  readonly validations = new Map<number, Validation>();
  cfs: ConditionalFormatModel[] = [];
  readonly names: NamedItemModel[] = [];
  readonly charts: ChartModel[] = [];
  /** Excel tables (ListObjects) on the sheet. */
  readonly tables: TableModel[] = [];
  readonly notes = new Map<number, NoteModel>();
  /** The AutoFilter's range (views.ts), and the rows and columns frozen at the top left. */
  autoFilter: Rect | null = null;
  frozen = { rows: 0, cols: 0 };
  readonly pageLayout: PageLayoutModel = { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 } };

  constructor(
    public name: string,
    readonly id: string,
  ) {}
}

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11, 64 pixels
export const DEFAULT_ROW_HEIGHT = 15; // points
export const DEFAULT_FONT: Required<Omit<Font, "strikethrough">> = {
  bold: false,
  italic: false,
  underline: "None",
  color: "#000000",
  size: 11,
  name: "Calibri",
};

/** The event Office gives an onChanged handler (the fields the add-in reads). */
export interface ChangedEventArgs {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local";
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

export interface EventHandlerEntry {
  sheet?: SheetModel;
  fn: (args: ChangedEventArgs) => unknown;
}

/** Excel's versions of requirement sets ("1.9" < "1.14"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The workbook as the proxies and the batch runner see it. WorkbookModel (workbook.ts) is it; the shape is declared
 * here so that runtime.ts, which every proxy imports, needs no import of workbook.ts, which imports runtime.ts.
 */
export interface WorkbookState {
  readonly options: { readonly platform: string; readonly apiVersion: string; readonly payloadLimits: boolean; readonly displayLanguage: string };
  readonly sheets: SheetModel[];
  readonly names: NamedItemModel[];
  readonly settings: Map<string, unknown>;
  readonly stats: { _record(b: { requestBytes: number; responseBytes: number; operations: number }): void; _addResponse(bytes: number): void };
  structureProtected: boolean;
  calculationMode: string;
  eventsEnabled: boolean;
  activeSheet: SheetModel | undefined;
  selection: { sheet: SheetModel; rect: Rect } | undefined;
  handlers: EventHandlerEntry[];
  _sheet(name: string): SheetModel | undefined;
  _newSheet(name: string): SheetModel;
  _nextId(prefix: string): string;
  _rect(sheet: SheetModel, address: string): Rect;
  /** Waits for a cell edit to end, or fails (InvalidOperationInCellEditMode) when the batch does not wait. */
  _enterBatch(delayForCellEdit: boolean): Promise<void>;
  /** After a batch: the add-in's edits become events, and listeners (the preview) hear of the change. */
  _afterBatch(edits: ReadonlyArray<{ sheet: SheetModel; rect: Rect }>): void;
}
