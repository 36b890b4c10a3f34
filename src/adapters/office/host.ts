/**
 * What the pane needs of Excel besides reading and writing the workbook: the selection, going to a cell, the
 * workbook's settings (kept in the file, so a colleague opening it gets the same), the user's edits, and which
 * requirement sets this Excel has. Every batch waits for the user to finish typing in a cell.
 */
import type { UserEdit } from "../../ports/userEdit";

/** The selected range's sheet and address, and its top-left cell (0-based). */
export interface Selection {
  readonly sheet: string;
  readonly range: string;
  readonly row: number;
  readonly col: number;
}

export function getSelection(): Promise<Selection> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowIndex,columnIndex");
    // The selection is always on the active sheet.
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    await context.sync();
    const bang = range.address.lastIndexOf("!");
    return { sheet: ws.name, range: range.address.slice(bang + 1).replace(/\$/g, ""), row: range.rowIndex, col: range.columnIndex };
  });
}

export function selectCell(sheet: string, cell: string): Promise<void> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/** Every batch waits for a cell edit to end instead of failing (InvalidOperationInCellEditMode). */
const WAIT = { delayForCellEdit: true } as const;

export function loadSetting(key: string): Promise<unknown> {
  return Excel.run(WAIT, async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load("value");
    await context.sync();
    return item.isNullObject ? undefined : item.value;
  });
}

export function saveSetting(key: string, value: unknown): Promise<void> {
  return Excel.run(WAIT, async (context) => {
    context.workbook.settings.add(key, value as string);
    await context.sync();
  });
}

/**
 * Calls the listeners when the user (not this add-in) changes a cell, with where. One Excel handler for the pane's
 * lifetime; subscribers come and go in JavaScript, so nothing needs removing from Excel. A registration Excel
 * refuses is reported and tried again at the next subscription.
 */
export class UserEdits {
  private readonly listeners = new Set<(edit: UserEdit) => void>();
  private registered: Promise<void> | null = null;
  /** Sheet names by id: an event names its sheet by id only. */
  private readonly names = new Map<string, string>();

  subscribe(listener: (edit: UserEdit) => void, failed: (message: string) => void = () => undefined): () => void {
    this.listeners.add(listener);
    this.registered ??= Excel.run(WAIT, async (context) => {
      context.workbook.worksheets.onChanged.add((event) => this.changed(event));
      await context.sync();
    }).catch((e: unknown) => {
      this.registered = null;
      failed(e instanceof Error ? e.message : String(e));
    });
    return () => {
      this.listeners.delete(listener);
    };
  }

  private async changed(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    // The add-in's own writes come back as events too (triggerSource, ExcelApi 1.14): they are not edits.
    if (event.triggerSource === "ThisLocalAddin") return;
    const edit: UserEdit = { sheet: await this.sheetName(event.worksheetId), address: event.address, cellsOnly: event.changeType === "RangeEdited" };
    for (const l of this.listeners) l(edit);
  }

  private async sheetName(id: string): Promise<string> {
    const known = this.names.get(id);
    if (known !== undefined) return known;
    try {
      return await Excel.run(WAIT, async (context) => {
        const ws = context.workbook.worksheets.getItem(id);
        ws.load("name");
        await context.sync();
        this.names.set(id, ws.name);
        return ws.name;
      });
    } catch {
      // No name: the edit then matches no table, and the pane checks the whole workbook again.
      return "";
    }
  }
}

export function isSetSupported(version: string): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", version);
}

/** The ExcelApi sets the pane asks about: its floor, and the later ones it can use or report. */
export const API_SETS = ["1.14", "1.15", "1.16", "1.17", "1.18", "1.19", "1.20"] as const;

/** Which Excel this is, as Office says: for the diagnostics a first user sends back. */
export interface HostInfo {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  readonly apiSets: ReadonlyArray<{ readonly version: string; readonly supported: boolean }>;
}

export function hostInfo(): HostInfo {
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const d = context?.diagnostics;
  return {
    host: String(d?.host ?? ""),
    platform: String(d?.platform ?? context?.platform ?? ""),
    version: String(d?.version ?? ""),
    apiSets: API_SETS.map((version) => ({ version, supported: isSetSupported(version) })),
  };
}
