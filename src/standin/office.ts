/** The globals an add-in sees: `Excel` (run, RequestContext, enums), `Office` and `OfficeExtension`. */
import { CF_TYPES } from "./conditionalFormats";
import { CHART_TYPES } from "./charts";
import { ErrorCodes, StandInError, fail } from "./errors";
import { EventHandlerResult } from "./events";
import { ClientObject, ClientResult, RequestContext as BaseContext } from "./runtime";
import { Runtime, Workbook, type Application } from "./sheets";
import { compareVersions, type WorkbookModel } from "./workbook";

const enumOf = (values: readonly string[]): Record<string, string> =>
  Object.fromEntries(values.map((v) => [v.charAt(0).toLowerCase() + v.slice(1), v]));

/** Office.js spells enum members in camel case with the PascalCase string as value (Excel.ChartType.columnClustered). */
export const ExcelEnums = {
  ConditionalFormatType: enumOf(CF_TYPES),
  ChartType: enumOf(CHART_TYPES),
  ChartSeriesBy: enumOf(["Auto", "Columns", "Rows"]),
  BorderIndex: enumOf(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"]),
  BorderLineStyle: enumOf(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]),
  BorderWeight: enumOf(["Hairline", "Thin", "Medium", "Thick"]),
  HorizontalAlignment: enumOf(["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]),
  VerticalAlignment: enumOf(["Top", "Center", "Bottom", "Justify", "Distributed"]),
  RangeUnderlineStyle: enumOf(["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"]),
  SheetVisibility: enumOf(["Visible", "Hidden", "VeryHidden"]),
  ClearApplyTo: enumOf(["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"]),
  DataValidationOperator: enumOf(["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"]),
  DataValidationAlertStyle: enumOf(["Stop", "Warning", "Information"]),
  DataValidationType: enumOf(["None", "WholeNumber", "Decimal", "List", "Date", "Time", "TextLength", "Custom", "Inconsistent", "MixedCriteria"]),
  NamedItemType: enumOf(["String", "Integer", "Double", "Boolean", "Range", "Error", "Array"]),
  NamedItemScope: enumOf(["Worksheet", "Workbook"]),
  PageOrientation: enumOf(["Portrait", "Landscape"]),
  PaperType: enumOf(["Letter", "A3", "A4", "A5", "Legal", "B4", "B5", "Executive", "Tabloid"]),
  CalculationMode: enumOf(["Automatic", "AutomaticExceptTables", "Manual"]),
  CalculationType: enumOf(["Recalculate", "Full", "FullRebuild"]),
  EventSource: enumOf(["Local", "Remote"]),
  EventTriggerSource: enumOf(["Unknown", "ThisLocalAddin"]),
  DataChangeType: enumOf(["Unknown", "RangeEdited", "RowInserted", "RowDeleted", "ColumnInserted", "ColumnDeleted", "CellInserted", "CellDeleted"]),
  EventType: { worksheetChanged: "WorksheetChanged" },
  RangeValueType: enumOf(["Unknown", "Empty", "String", "Integer", "Double", "Boolean", "Error", "RichValue"]),
  ErrorCodes: enumOf(Object.values(ErrorCodes)),
} as const;

export interface RunOptions {
  delayForCellEdit?: boolean;
  previousObjects?: unknown;
}

/** The context a batch receives: `workbook`, `application`, `runtime`, `sync()`. */
export class ExcelRequestContext extends BaseContext {
  readonly workbook: Workbook;
  readonly runtime: Runtime;
  constructor(model: WorkbookModel, options: RunOptions = {}) {
    super(model, { delayForCellEdit: options.delayForCellEdit === true });
    this.workbook = new Workbook(this, (e) => e.model, { name: "workbook" });
    this.runtime = new Runtime(this, (e) => e.model, { name: "runtime" });
  }
  get application(): Application {
    return this.workbook.application;
  }
}

export type Batch<V> = (context: ExcelRequestContext) => Promise<V>;

export function makeExcel(model: WorkbookModel) {
  class RequestContext extends ExcelRequestContext {
    constructor(options: RunOptions = {}) {
      super(model, options);
    }
  }

  function run<V>(batch: Batch<V>): Promise<V>;
  function run<V>(options: RunOptions, batch: Batch<V>): Promise<V>;
  async function run<V>(a: RunOptions | Batch<V>, b?: Batch<V>): Promise<V> {
    const batch = typeof a === "function" ? a : b;
    const options = typeof a === "function" || a instanceof ClientObject ? {} : a;
    if (typeof batch !== "function") fail(ErrorCodes.invalidArgument, "Excel.run needs a batch function.");
    const ctx = new RequestContext(options);
    try {
      const p = batch(ctx) as unknown;
      if (!p || typeof (p as Promise<V>).then !== "function") {
        fail(ErrorCodes.runMustReturnPromise, 'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.');
      }
      const result = await (p as Promise<V>);
      await ctx.sync();
      return result;
    } finally {
      ctx._done = true;
    }
  }

  return { run, RequestContext, ...ExcelEnums };
}

export interface OfficeInfo {
  host: "Excel";
  platform: string;
}

export function makeOffice(model: WorkbookModel) {
  const platform = model.options.platform;
  const info: OfficeInfo = { host: "Excel", platform };
  return {
    onReady(callback?: (i: OfficeInfo) => void): Promise<OfficeInfo> {
      callback?.({ ...info });
      return Promise.resolve({ ...info });
    },
    context: {
      host: "Excel",
      platform,
      displayLanguage: model.options.displayLanguage,
      contentLanguage: model.options.displayLanguage,
      diagnostics: { host: "Excel", platform, version: "16.0" },
      requirements: {
        /** "ExcelApi" answers from the apiVersion option; other sets are not supported. */
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (name !== "ExcelApi") return false;
          if (minVersion === undefined) return true;
          return compareVersions(model.options.apiVersion, String(minVersion)) >= 0;
        },
      },
    },
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  };
}

export const OfficeExtension = {
  Error: StandInError,
  ErrorCodes,
  ClientResult,
  ClientObject,
  ClientRequestContext: BaseContext,
  EventHandlerResult,
  Promise,
};
