/**
 * Reading a whole workbook through Office.js within Excel's limits (OFFICE_NOTES.md §5): a request or response
 * over 5 MB is refused on the web and a read over 5,000,000 cells may come back null, so cells are read in blocks
 * under a byte budget, only the properties needed are loaded, and the number of syncs is fixed for a normal
 * workbook and grows only with its size:
 *
 *   sync 1  sheet names and protection, the workbook's names and structure protection;
 *   sync 2  per sheet: the used range's size, the conditional formats (to find the tool's own), chart names,
 *           merged areas, and a first window of cells from A1 (a normal sheet fits in it: then reading is done);
 *   sync 3… the used ranges that did not fit, in row blocks, as many blocks per sync as the budget allows
 *           (smaller blocks again if Excel still finds a response too large).
 *
 * The handles of what the tool may replace (its rules, charts, names) are kept for the write in the same run.
 */
import { parseRange, rangeA1, type RangeRef } from "../../sheet/a1";
import type { CellValue, Grid, GridCell, WorkbookSnapshot } from "../../sheet/grid";
import { ownerOfFormula } from "../ownership";
import { type Block, rowBlocks, rowsPerBlock, syncGroups } from "./blocks";
import { pointsToChars } from "./units";
import { visibilityOf } from "./views";

export interface ReadOptions {
  /** Aim for responses under this many bytes (Excel on the web refuses 5 MB). */
  readonly budgetBytes: number;
}

export const DEFAULT_READ: ReadOptions = { budgetBytes: 1_000_000 };

/** A guess of one cell's share of a response (four arrays), before any cell has been read. */
const BYTES_PER_CELL = 24;
/** The first window: an appendix with its attainment block fits (A to AN, 100 rows). */
const WINDOW_COLS = 40;
const WINDOW_MAX_ROWS = 100;

export interface SheetHandle {
  readonly name: string;
  readonly visibility: "hidden" | "veryHidden" | undefined;
  readonly ws: Excel.Worksheet;
  readonly protected: boolean;
  readonly merges: readonly RangeRef[];
  /** The tool's conditional formats on the sheet, by owner. */
  readonly rules: ReadonlyArray<{ readonly owner: string; readonly item: Excel.ConditionalFormat }>;
  readonly charts: ReadonlyArray<{ readonly name: string; readonly item: Excel.Chart }>;
}

/** The A1 ranges of the Excel tables on a sheet, from their addresses ("'Phụ lục'!A3:C5"). */
function tablesOn(sheet: string, ranges: readonly Excel.Range[]): string[] {
  const quoted = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
  const prefixes = new Set([`${sheet}!`, `${quoted(sheet)}!`]);
  return ranges.flatMap((r) => {
    const bang = r.address.lastIndexOf("!");
    return prefixes.has(r.address.slice(0, bang + 1)) ? [rangeA1(parseRange(stripSheet(r.address)))] : [];
  });
}

export interface ReadState {
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: readonly SheetHandle[];
  readonly names: ReadonlyArray<{ readonly name: string; readonly item: Excel.NamedItem }>;
  readonly structureProtected: boolean;
}

interface Pending {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly visibility: "hidden" | "veryHidden" | undefined;
  readonly protected: boolean;
  readonly used: Excel.Range;
  readonly rules: Excel.ConditionalFormatCollection;
  readonly charts: Excel.ChartCollection;
  readonly merged: Excel.RangeAreas;
  /** The first window of cells from A1, or null when the windows were given up (too large a response). */
  readonly window: Excel.Range | null;
  /** The widths of the window's columns (ExcelApi 1.9), in points. */
  readonly widths: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  readonly windowRows: number;
}

interface Loaded {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
  readonly valueTypes: unknown[][];
}

export async function readWorkbook(context: Excel.RequestContext, opts: ReadOptions = DEFAULT_READ): Promise<ReadState> {
  const wb = context.workbook;
  const worksheets = wb.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  const names = wb.names;
  names.load("items/name,items/type,items/formula,items/visible");
  wb.protection.load("protected");
  // Excel tables (ListObjects): where they lie is read in sync 2, so nothing is placed over one nor merged in one.
  const tables = wb.tables;
  tables.load("items/name");
  await context.sync();

  const sheetItems = worksheets.items;
  // The first windows share one response: each sheet gets its part of the budget, and no more than a plan sheet
  // needs (empty cells cost bytes too).
  const windowRows = Math.min(
    WINDOW_MAX_ROWS,
    Math.max(20, Math.floor(opts.budgetBytes / BYTES_PER_CELL / Math.max(1, sheetItems.length) / WINDOW_COLS)),
  );
  const queue = (withWindow: boolean): Pending[] =>
    sheetItems.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const rules = ws.getRange().conditionalFormats;
      rules.load("items/type,items/customOrNullObject/rule/formula");
      const charts = ws.charts;
      charts.load("items/name");
      const merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load("areas/items/address");
      const window = withWindow ? ws.getRangeByIndexes(0, 0, windowRows, WINDOW_COLS) : null;
      window?.load("values,formulas,numberFormat,valueTypes");
      // One call for the widths of the first columns, so a layout never narrows a column the user widened.
      const widths = ws.getRangeByIndexes(0, 0, 1, WINDOW_COLS).getColumnProperties({ columnIndex: true, columnHidden: true, format: { columnWidth: true } });
      return { ws, name: ws.name, visibility: visibilityOf(ws.visibility), protected: ws.protection.protected, used, rules, charts, merged, window, widths, windowRows: withWindow ? windowRows : 0 };
    });
  const tableRanges = tables.items.map((t) => {
    const range = t.getRange();
    range.load("address");
    return range;
  });
  let pending = queue(true);
  try {
    await context.sync();
  } catch (e) {
    // Cells far larger than guessed: the windows overflowed the response. Read the sizes alone, then blocks.
    if (!/PayloadSizeLimitExceeded/.test((e as { code?: string }).code ?? "")) throw e;
    pending = queue(false);
    await context.sync();
  }

  // Which sheets fit their window, and which must be read again in blocks.
  const grids = new Map<number, Grid>();
  const blocks: Array<{ sheet: number; block: Block }> = [];
  let bytesPerCell = BYTES_PER_CELL;
  pending.forEach((p, i) => {
    if (p.used.isNullObject) {
      grids.set(i, { sheet: p.name, top: 0, left: 0, rows: [] });
      return;
    }
    const used: Block = { row: p.used.rowIndex, col: p.used.columnIndex, rows: p.used.rowCount, cols: p.used.columnCount };
    if (p.window && used.row + used.rows <= p.windowRows && used.col + used.cols <= WINDOW_COLS) {
      const loaded: Loaded = { values: p.window.values, formulas: p.window.formulas, numberFormat: p.window.numberFormat, valueTypes: p.window.valueTypes };
      bytesPerCell = Math.max(bytesPerCell, measured(loaded));
      grids.set(i, gridOf(p.name, used, loaded, { row: 0, col: 0 }));
    } else {
      // The part of the used range the window did read tells what its cells weigh.
      if (p.window) bytesPerCell = Math.max(bytesPerCell, measured(windowPart(p.window, used, p.windowRows)));
      blocks.push({ sheet: i, block: used });
    }
  });

  const parts = new Map<number, Array<{ block: Block; loaded: Loaded }>>();
  await readBlocks(
    context,
    blocks.flatMap(({ sheet, block }) =>
      rowBlocks(block, rowsPerBlock(block.cols, bytesPerCell, opts.budgetBytes)).map((b) => ({ sheet, block: b })),
    ),
    bytesPerCell,
    opts.budgetBytes,
    (sheet, block, loaded) => {
      const list = parts.get(sheet) ?? [];
      list.push({ block, loaded });
      parts.set(sheet, list);
    },
    (i) => pending[i]?.ws,
  );
  for (const { sheet, block } of blocks) {
    const p = pending[sheet];
    if (!p) continue;
    grids.set(sheet, gridOfParts(p.name, block, parts.get(sheet) ?? []));
  }

  const sheets: SheetHandle[] = pending.map((p) => ({
    name: p.name,
    visibility: p.visibility,
    ws: p.ws,
    protected: p.protected,
    merges: p.merged.isNullObject ? [] : p.merged.areas.items.map((a) => parseRange(stripSheet(a.address))),
    rules: p.rules.items.flatMap((item) => {
      if (item.type !== "Custom") return [];
      const owner = ownerOfFormula(item.customOrNullObject.rule.formula ?? "");
      return owner === null ? [] : [{ owner, item }];
    }),
    charts: p.charts.items.map((item) => ({ name: item.name, item })),
  }));

  const snapshot: WorkbookSnapshot = {
    // One literal, the same fields in the same order for every sheet: copies made by spreads would each get a hidden
    // class of their own in V8, and every read of a grid's cells would be slower.
    sheets: sheets.map((h, i): Grid => {
      const cells = grids.get(i);
      return {
        sheet: cells?.sheet ?? h.name,
        top: cells?.top ?? 0,
        left: cells?.left ?? 0,
        rows: cells?.rows ?? [],
        merges: h.merges.map(rangeA1),
        protected: h.protected,
        ownedFormats: [...new Set(h.rules.map((r) => r.owner))],
        charts: h.charts.map((c) => c.name),
        tables: tablesOn(h.name, tableRanges),
        columnWidths: widthsOf(pending[i]),
        visibility: h.visibility,
      };
    }),
    names: Object.fromEntries(
      names.items.filter((n) => n.type === "Range" && n.visible).map((n) => [n.name, String(n.formula).replace(/^=/, "")] as const),
    ),
    structureProtected: wb.protection.protected,
  };
  return {
    snapshot,
    sheets,
    names: names.items.map((item) => ({ name: item.name, item })),
    structureProtected: wb.protection.protected,
  };
}

/**
 * The sheet's column widths as runs in characters, when every used column was among those read; otherwise none
 * (the core then cannot tell a user's wide column and writes the layout's widths, as for any adapter that does not
 * read widths).
 */
function widthsOf(p: Pending | undefined): Grid["columnWidths"] {
  if (!p || (!p.used.isNullObject && p.used.columnIndex + p.used.columnCount > WINDOW_COLS)) return undefined;
  const runs: Array<{ first: number; last: number; chars: number; hidden?: boolean }> = [];
  for (const c of p.widths.value) {
    const col = c.columnIndex ?? -1;
    const points = c.format?.columnWidth;
    if (col < 0 || points === undefined) return undefined;
    const chars = Math.round(pointsToChars(points) * 100) / 100;
    const hidden = c.columnHidden === true;
    const last = runs[runs.length - 1];
    if (last && last.last === col - 1 && last.chars === chars && (last.hidden === true) === hidden) last.last = col;
    else runs.push(hidden ? { first: col, last: col, chars, hidden } : { first: col, last: col, chars });
  }
  return runs;
}

/**
 * Reads the blocks a sync group at a time. Each sync carries as many blocks as the budget allows, so the syncs grow
 * with the workbook's size, never with its rows or cells; a response Excel still finds too large is read again in
 * blocks half the size.
 */
async function readBlocks(
  context: Excel.RequestContext,
  blocks: ReadonlyArray<{ sheet: number; block: Block }>,
  bytesPerCell: number,
  budget: number,
  take: (sheet: number, block: Block, loaded: Loaded) => void,
  sheetAt: (i: number) => Excel.Worksheet | undefined,
): Promise<void> {
  if (blocks.length === 0) return;
  const groups = syncGroups(blocks.map((b) => b.block), bytesPerCell, budget);
  const first = groups[0] ?? [];
  const batch = blocks.slice(0, first.length);
  const rest = blocks.slice(first.length);
  const ranges = batch.map(({ sheet, block }) => {
    const r = sheetAt(sheet)?.getRangeByIndexes(block.row, block.col, block.rows, block.cols);
    r?.load("values,formulas,numberFormat,valueTypes");
    return r;
  });
  try {
    await context.sync();
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    const tooLarge = /PayloadSizeLimitExceeded/.test(code);
    const single = batch.length === 1 && (batch[0]?.block.rows ?? 1) <= 1;
    if (!tooLarge || single) throw e;
    // Halve: fewer blocks per sync, and blocks of half the rows.
    const halves = blocks.flatMap(({ sheet, block }) => rowBlocks(block, Math.max(1, Math.ceil(block.rows / 2))).map((b) => ({ sheet, block: b })));
    return readBlocks(context, halves, bytesPerCell * 2, budget, take, sheetAt);
  }
  let seen = bytesPerCell;
  batch.forEach(({ sheet, block }, i) => {
    const r = ranges[i];
    if (!r) return;
    // Past 5,000,000 cells Excel may answer null instead of failing: that must never pass for an empty sheet.
    if (r.values === null || r.formulas === null) throw new Error(`Excel returned no values for ${block.rows}×${block.cols} cells`);
    const loaded = { values: r.values, formulas: r.formulas, numberFormat: r.numberFormat, valueTypes: r.valueTypes };
    seen = Math.max(seen, measured(loaded));
    take(sheet, block, loaded);
  });
  // The next syncs are cut by what the cells really weighed; blocks already cut stay as they are.
  return readBlocks(context, rest, seen, budget, take, sheetAt);
}

/** The cells of the window that lie in the used range. */
function windowPart(w: Excel.Range, used: Block, windowRows: number): Loaded {
  const rows = [used.row, Math.min(used.row + used.rows, windowRows)] as const;
  const cols = [used.col, Math.min(used.col + used.cols, WINDOW_COLS)] as const;
  const cut = (a: unknown[][]): unknown[][] => a.slice(rows[0], rows[1]).map((line) => line.slice(cols[0], cols[1]));
  return { values: cut(w.values), formulas: cut(w.formulas), numberFormat: cut(w.numberFormat), valueTypes: cut(w.valueTypes) };
}

/** The bytes a loaded block took per cell, from its JSON form (what crosses the wire). */
function measured(l: Loaded): number {
  const cells = l.values.length * (l.values[0]?.length ?? 0);
  return cells === 0 ? BYTES_PER_CELL : Math.ceil(JSON.stringify(l).length / cells);
}

/** The cells of `used` taken from a loaded range whose top-left is `origin`. */
function gridOf(sheet: string, used: Block, l: Loaded, origin: { row: number; col: number }): Grid {
  return { sheet, top: used.row, left: used.col, rows: cellsOf(used, l, origin) };
}

function cellsOf(used: Block, l: Loaded, origin: { row: number; col: number }): Array<Array<GridCell | undefined>> {
  const rows: Array<Array<GridCell | undefined>> = [];
  for (let r = 0; r < used.rows; r++) {
    const line: Array<GridCell | undefined> = [];
    for (let c = 0; c < used.cols; c++) {
      const i = used.row - origin.row + r;
      const j = used.col - origin.col + c;
      line.push(cellOf(l.values[i]?.[j], l.formulas[i]?.[j], l.numberFormat[i]?.[j], l.valueTypes[i]?.[j]));
    }
    rows.push(line);
  }
  return rows;
}

function gridOfParts(sheet: string, used: Block, parts: ReadonlyArray<{ block: Block; loaded: Loaded }>): Grid {
  const rows: Array<Array<GridCell | undefined>> = [];
  for (const { block, loaded } of [...parts].sort((a, b) => a.block.row - b.block.row)) {
    rows.push(...cellsOf(block, loaded, block));
  }
  return { sheet, top: used.row, left: used.col, rows };
}

function cellOf(value: unknown, formula: unknown, numberFormat: unknown, type: unknown): GridCell | undefined {
  const f = typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : undefined;
  if (type === "Empty" && f === undefined) return undefined;
  let v: CellValue;
  if (type === "Error") v = { error: String(value) };
  else if (typeof value === "number" || typeof value === "boolean") v = value;
  else if (value === null || value === undefined || value === "") v = f === undefined ? null : "";
  else v = String(value);
  if (v === null && f === undefined) return undefined;
  const fmt = typeof numberFormat === "string" && numberFormat !== "General" ? numberFormat : undefined;
  return { value: v, ...(f !== undefined ? { formula: f } : {}), ...(fmt ? { numberFormat: fmt } : {}) };
}

/** "'Kế hoạch'!A1:C1" → "A1:C1". */
function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
}
