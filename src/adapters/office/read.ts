/**
 * Reading a whole workbook through Office.js within Excel's limits (OFFICE_NOTES.md §5): a request or response
 * over 5 MB is refused on the web and a read over 5,000,000 cells may come back null, so cells are read in blocks
 * under a byte budget, only the properties needed are loaded, and the number of syncs is fixed for a normal
 * workbook and grows only with its size:
 *
 *   sync 1  sheet names and protection, the workbook's names and structure protection, tables, notes (1.18);
 *   sync 2  per sheet: the used range's size (of values, and of formats too), the conditional formats (to find the
 *           tool's own), chart names, and a first window of cells from A1 with its merged areas (a normal sheet
 *           fits in it: then reading is done); where the notes are;
 *   sync 3… the used ranges that did not fit, in row blocks, as many blocks per sync as the budget allows
 *           (smaller blocks again if Excel still finds a response too large), then their merged areas in blocks.
 *
 * Merged areas are read in blocks (`getMergedAreasOrNullObject` fails above 512 areas; it returns the areas whose
 * top-left cell is in the range: office-js #3611), halved where a block still fails. If sync 2 fails for another
 * reason than its size — a conditional format Excel cannot read (office-js #6827, #6835), too many merged areas in
 * a window — it is made again without merged areas and rule formulas, which are then read apart, so that one
 * unreadable rule is left alone and reported instead of failing the command.
 */
import { parseRange, rangeA1, type RangeRef } from "../../sheet/a1";
import type { CellValue, Grid, GridCell, WorkbookSnapshot } from "../../sheet/grid";
import { ownerOfFormula as ownerOf } from "../ownership";
import { type Block, rowBlocks, rowsPerBlock, syncGroups } from "./blocks";
import { queueMerges, readMerges, readRuleFormulas, READS_PER_SYNC, type RuleRead } from "./readParts";
import { pointsToChars, utf8Length } from "./units";
import { visibilityOf } from "./views";

export interface ReadOptions {
  /** Aim for responses under this many bytes (Excel on the web refuses 5 MB). */
  readonly budgetBytes: number;
  /** Whether Excel has cell notes (ExcelApi 1.18): then where they are is read, as content of their cells. */
  readonly notes?: boolean;
}

export const DEFAULT_READ: ReadOptions = { budgetBytes: 1_000_000 };

/** One empty cell's share of a response (four arrays), for sizing the first windows. */
const BYTES_PER_CELL = 24;
/**
 * A guess for cells not read yet, high on purpose (a Vietnamese label comes back twice, as value and as "formula",
 * at 2–3 bytes a letter): the first blocks are cut small, the next by what the cells really weighed.
 */
const BYTES_PER_UNREAD_CELL = 96;
/** Fewer rows than this per window are not worth a window: the used ranges are read exactly instead. */
const WINDOW_MIN_ROWS = 20;
/** The first window: an appendix with its attainment block fits (A to AN, 100 rows). */
const WINDOW_COLS = 40;
const WINDOW_MAX_ROWS = 100;

export interface SheetHandle {
  readonly name: string;
  readonly visibility: "hidden" | "veryHidden" | undefined;
  readonly protected: boolean;
  readonly merges: readonly RangeRef[];
  /** The tool's conditional formats on the sheet: owner and id. */
  readonly rules: ReadonlyArray<{ readonly owner: string; readonly id: string }>;
  readonly charts: readonly string[];
  /** Cells holding a note (A1). */
  readonly notes: readonly string[];
}

export interface ReadState {
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: readonly SheetHandle[];
  readonly names: readonly string[];
  readonly structureProtected: boolean;
  /** Conditional formats Excel could not read, by sheet: not known to be the tool's, so left alone. */
  readonly unreadableRules: ReadonlyArray<{ readonly sheet: string; readonly count: number }>;
  /** Bytes of the cells read, as JSON: most of what the read's responses carried (for the pane's diagnostics). */
  readonly bytesRead: number;
}

interface Pending {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly visibility: "hidden" | "veryHidden" | undefined;
  readonly protected: boolean;
  readonly used: Excel.Range;
  /** The used range of formats too: merged areas may lie outside the cells that hold values. */
  readonly usedAll: Excel.Range;
  readonly rules: Excel.ConditionalFormatCollection;
  readonly charts: Excel.ChartCollection;
  /** The window's merged areas, or null when read apart. */
  readonly merged: Excel.RangeAreas | null;
  /** The first window of cells from A1, or null when the windows were given up (too large a response). */
  readonly window: Excel.Range | null;
  /** The widths of the window's columns (ExcelApi 1.9), in points. */
  readonly widths: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  readonly windowRows: number;
}

export interface Loaded {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
  readonly valueTypes: unknown[][];
}

interface Attempt {
  /** Read a first window of cells. */
  readonly windows: boolean;
  /** Read merged areas and rule formulas in sync 2. */
  readonly full: boolean;
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
  const notes = opts.notes ? wb.notes : null;
  notes?.load("items/content");
  await context.sync();

  const sheetItems = worksheets.items;
  // The first windows share one response: each sheet gets its part of the budget, and no more than a plan sheet
  // needs (empty cells cost bytes too).
  // With many sheets the windows would outgrow one response: then none, and the used ranges are read in blocks.
  const windowRows = Math.min(WINDOW_MAX_ROWS, Math.floor(opts.budgetBytes / BYTES_PER_CELL / Math.max(1, sheetItems.length) / WINDOW_COLS));
  const windows = windowRows >= WINDOW_MIN_ROWS;
  const queue = (a: Attempt): Pending[] =>
    sheetItems.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const usedAll = ws.getUsedRangeOrNullObject(false);
      usedAll.load("rowIndex,columnIndex,rowCount,columnCount");
      const rules = ws.getRange().conditionalFormats;
      // The id too: the tool's rules are deleted by id, never by position (several rules on one cell shift positions).
      rules.load(a.full ? "items/id,items/type,items/customOrNullObject/rule/formula" : "items/id,items/type");
      const charts = ws.charts;
      charts.load("items/name");
      const window = a.windows ? ws.getRangeByIndexes(0, 0, windowRows, WINDOW_COLS) : null;
      window?.load("values,formulas,numberFormat,valueTypes");
      const merged = a.windows && a.full ? ws.getRangeByIndexes(0, 0, windowRows, WINDOW_COLS).getMergedAreasOrNullObject() : null;
      merged?.load("areas/items/address");
      // One call for the widths of the first columns, so a layout never narrows a column the user widened.
      const widths = ws.getRangeByIndexes(0, 0, 1, WINDOW_COLS).getColumnProperties({ columnIndex: true, columnHidden: true, format: { columnWidth: true } });
      const rows = a.windows ? windowRows : 0;
      return { ws, name: ws.name, visibility: visibilityOf(ws.visibility), protected: ws.protection.protected, used, usedAll, rules, charts, merged, window, widths, windowRows: rows };
    });
  const tableRanges = tables.items.map((t) => {
    const range = t.getRange();
    range.load("address");
    return range;
  });
  const noteCells = (notes?.items ?? []).map((n) => {
    const range = n.getLocation();
    range.load("address");
    return { range, note: n };
  });
  const { pending, attempt } = await secondSync(context, queue, windows);

  // Which sheets fit their window, and which must be read again in blocks.
  const grids = new Map<number, Grid>();
  const blocks: Array<{ sheet: number; block: Block }> = [];
  const mergeBlocks: Array<{ sheet: number; block: Block }> = [];
  let bytesPerCell = 0;
  let bytesRead = 0;
  pending.forEach((p, i) => {
    const all = blockOf(p.usedAll);
    if (all && !(p.merged && within(all, p.windowRows))) mergeBlocks.push(...mergeBlocksOf(i, all));
    const used = blockOf(p.used);
    if (!used) {
      grids.set(i, { sheet: p.name, top: 0, left: 0, rows: [] });
      return;
    }
    if (p.window && within(used, p.windowRows)) {
      const loaded: Loaded = { values: p.window.values, formulas: p.window.formulas, numberFormat: p.window.numberFormat, valueTypes: p.window.valueTypes };
      const perCell = measured(loaded);
      bytesPerCell = Math.max(bytesPerCell, perCell);
      bytesRead += perCell * p.windowRows * WINDOW_COLS;
      grids.set(i, gridOf(p.name, used, loaded, { row: 0, col: 0 }));
    } else {
      // The part of the used range the window did read tells what its cells weigh.
      if (p.window) bytesPerCell = Math.max(bytesPerCell, measured(windowPart(p.window, used, p.windowRows)));
      blocks.push({ sheet: i, block: used });
    }
  });

  bytesPerCell = bytesPerCell === 0 ? BYTES_PER_UNREAD_CELL : bytesPerCell;
  const parts = new Map<number, Array<{ block: Block; loaded: Loaded }>>();
  const sheetAt = (i: number): Excel.Worksheet | undefined => pending[i]?.ws;
  const read = (extra: (() => () => void) | null): Promise<void> =>
    readBlocks(
      context,
      blocks.flatMap(({ sheet, block }) =>
        rowBlocks(block, rowsPerBlock(block.cols, bytesPerCell, opts.budgetBytes)).map((b) => ({ sheet, block: b })),
      ),
      bytesPerCell,
      opts.budgetBytes,
      (sheet, block, loaded, bytes) => {
        bytesRead += bytes;
        const list = parts.get(sheet) ?? [];
        list.push({ block, loaded });
        parts.set(sheet, list);
      },
      sheetAt,
      extra,
    );
  // The merged areas ride with the first block sync when there is one (no sync of their own); if that sync fails,
  // the blocks are read again alone and the merged areas apart, halved where they must be.
  const merges = new Map<number, string[]>();
  const ride = blocks.length > 0 && mergeBlocks.length > 0 && mergeBlocks.length <= READS_PER_SYNC;
  try {
    await read(ride ? () => chain(mergeBlocks.map((m) => queueMerges(m, sheetAt, merges))) : null);
    if (!ride) await readMerges(context, mergeBlocks, sheetAt, merges);
  } catch (e) {
    if (!(e instanceof ExtraFailed)) throw e;
    parts.clear();
    merges.clear();
    await read(null);
    await readMerges(context, mergeBlocks, sheetAt, merges);
  }
  for (const { sheet, block } of blocks) {
    const p = pending[sheet];
    if (!p) continue;
    grids.set(sheet, gridOfParts(p.name, block, parts.get(sheet) ?? []));
  }

  const rules: RuleRead = attempt.full ? rulesAsLoaded(pending) : await readRuleFormulas(context, pending.map((p) => ({ name: p.name, ws: p.ws, rules: p.rules })));
  const notesBySheet = notesOf(noteCells);

  const sheets: SheetHandle[] = pending.map((p, i) => {
    const known = new Map<string, RangeRef>();
    const found = [...(p.merged && !p.merged.isNullObject ? p.merged.areas.items.map((a) => a.address) : []), ...(merges.get(i) ?? [])];
    for (const address of found) {
      const r = parseRange(stripSheet(address));
      known.set(rangeA1(r), r);
    }
    return {
      name: p.name,
      visibility: p.visibility,
      protected: p.protected,
      merges: [...known.values()],
      rules: rules.owned.get(i) ?? [],
      charts: p.charts.items.map((c) => c.name),
      notes: (notesBySheet.get(p.name.toLowerCase()) ?? []).map((n) => n.address),
    };
  });

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
        charts: h.charts,
        tables: tablesOn(h.name, tableRanges),
        columnWidths: widthsOf(pending[i]),
        notes: opts.notes ? (notesBySheet.get(h.name.toLowerCase()) ?? []) : undefined,
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
    names: names.items.map((n) => n.name),
    structureProtected: wb.protection.protected,
    unreadableRules: pending.flatMap((p, i) => {
      const count = rules.unreadable.get(i) ?? 0;
      return count > 0 ? [{ sheet: p.name, count }] : [];
    }),
    bytesRead,
  };
}

/**
 * Sync 2, made again when Excel refuses it: without the windows when the response is too large, then without the
 * parts Excel may fail to read (merged areas, rule formulas), which are read apart afterwards.
 */
async function secondSync(context: Excel.RequestContext, queue: (a: Attempt) => Pending[], windows: boolean): Promise<{ pending: Pending[]; attempt: Attempt }> {
  const attempts: Attempt[] = [
    ...(windows ? [{ windows: true, full: true }] : []),
    { windows: false, full: true },
    { windows: false, full: false },
  ];
  const run = async (i: number): Promise<{ pending: Pending[]; attempt: Attempt }> => {
    const attempt = attempts[i] as Attempt;
    const pending = queue(attempt);
    try {
      await context.sync();
      return { pending, attempt };
    } catch (e) {
      const tooLarge = /PayloadSizeLimitExceeded/.test((e as { code?: string }).code ?? "");
      // Too large: drop the windows first. Anything else: drop what Excel may fail to read, windows too.
      const next = tooLarge ? i + 1 : Math.max(i + 1, attempts.length - 1);
      if (next >= attempts.length) throw e;
      return run(next);
    }
  };
  return run(0);
}

export function rulesAsLoaded(pending: ReadonlyArray<{ readonly rules: Excel.ConditionalFormatCollection }>): RuleRead {
  const owned = new Map<number, Array<{ owner: string; id: string }>>();
  pending.forEach((p, i) => {
    const mine = p.rules.items.flatMap((item) => {
      if (item.type !== "Custom") return [];
      const owner = ownerOf(item.customOrNullObject.rule.formula ?? "");
      return owner === null ? [] : [{ owner, id: item.id }];
    });
    if (mine.length > 0) owned.set(i, mine);
  });
  return { owned, unreadable: new Map() };
}

const blockOf = (r: Excel.Range): Block | null =>
  r.isNullObject ? null : { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };

const within = (b: Block, windowRows: number): boolean => b.row + b.rows <= windowRows && b.col + b.cols <= WINDOW_COLS;

/** Cells per block of a merged-area read: blocks this size rarely hold 512 areas; one that does is halved. */
const MERGE_BLOCK_CELLS = 60_000;

function mergeBlocksOf(sheet: number, all: Block): Array<{ sheet: number; block: Block }> {
  const rows = Math.max(1, Math.floor(MERGE_BLOCK_CELLS / Math.max(1, all.cols)));
  return rowBlocks(all, rows).map((block) => ({ sheet, block }));
}

/** The notes by sheet (lower-cased name), from their locations ("'Kế hoạch'!B3") and texts. */
function notesOf(cells: ReadonlyArray<{ readonly range: Excel.Range; readonly note: Excel.Note }>): Map<string, Array<{ address: string; text: string }>> {
  const out = new Map<string, Array<{ address: string; text: string }>>();
  for (const { range: r, note } of cells) {
    const bang = r.address.lastIndexOf("!");
    const sheet = r.address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'").toLowerCase();
    const list = out.get(sheet) ?? [];
    list.push({ address: stripSheet(r.address).replace(/\$/g, ""), text: note.content });
    out.set(sheet, list);
  }
  return out;
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
  take: (sheet: number, block: Block, loaded: Loaded, bytes: number) => void,
  sheetAt: (i: number) => Excel.Worksheet | undefined,
  /** Other reads to queue in the first sync; their taker runs after it. A failure then is an ExtraFailed. */
  extra: (() => () => void) | null = null,
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
  const takeExtra = extra?.();
  try {
    await context.sync();
  } catch (e) {
    if (takeExtra) throw new ExtraFailed(e);
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
    const perCell = measured(loaded);
    seen = Math.max(seen, perCell);
    take(sheet, block, loaded, perCell * block.rows * block.cols);
  });
  takeExtra?.();
  // The next syncs are cut by what the cells really weighed; blocks already cut stay as they are.
  return readBlocks(context, rest, seen, budget, take, sheetAt);
}

/** A sync carrying other reads besides blocks failed: the caller reads them apart. */
class ExtraFailed extends Error {
  constructor(readonly failure: unknown) {
    super("a block sync with other reads failed");
  }
}

const chain =
  (takes: ReadonlyArray<() => void>) =>
  (): void => {
    for (const t of takes) t();
  };

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
  return cells === 0 ? BYTES_PER_CELL : Math.ceil(utf8Length(JSON.stringify(l)) / cells);
}

/** The cells of `used` taken from a loaded range whose top-left is `origin`. */
function gridOf(sheet: string, used: Block, l: Loaded, origin: { row: number; col: number }): Grid {
  return { sheet, top: used.row, left: used.col, rows: cellsOf(used, l, origin) };
}

export function cellsOf(used: Block, l: Loaded, origin: { row: number; col: number }): Array<Array<GridCell | undefined>> {
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
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
}
