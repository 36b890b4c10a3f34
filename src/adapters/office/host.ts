/**
 * What the pane needs of Excel besides reading and writing the workbook: the selection, going to a cell, the
 * workbook's settings (kept in the file, so a colleague opening it gets the same), the user's edits, and which
 * requirement sets this Excel has.
 */

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

export function loadSetting(key: string): Promise<unknown> {
  return Excel.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load("value");
    await context.sync();
    return item.isNullObject ? undefined : item.value;
  });
}

export function saveSetting(key: string, value: unknown): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.settings.add(key, value as string);
    await context.sync();
  });
}

/**
 * Calls the listeners when the user (not this add-in) changes a cell. One Excel handler for the pane's lifetime;
 * subscribers come and go in JavaScript, so nothing needs removing from Excel.
 */
export class UserEdits {
  private readonly listeners = new Set<() => void>();
  private registered: Promise<void> | null = null;

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    this.registered ??= Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        // The add-in's own writes come back as events too (triggerSource, ExcelApi 1.14): they are not edits.
        if (event.triggerSource === "ThisLocalAddin") return;
        for (const l of this.listeners) l();
      });
      await context.sync();
    }).catch(() => {
      this.registered = null;
    });
    return () => {
      this.listeners.delete(listener);
    };
  }
}

export function isSetSupported(version: string): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", version);
}
