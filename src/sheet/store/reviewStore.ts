/**
 * The tool's store in a workbook: a very hidden sheet holding the reviewer's decisions, the finding keys of the last
 * check and a log of what each command wrote (docs/decisions.md says why a sheet, not settings or a custom XML part).
 * It is found by its first cell, written whole by no command: each write touches only its own rows, so two
 * reviewers co-authoring a workbook lose nothing of each other's but a row both wrote at the same moment.
 *
 *   row 1  A1 "pressdx-store", B1 the layout's version
 *   row 3  headers; rows 4… one record a row, each block in its own columns:
 *          A–I decisions (sheet, cell, code, indicator, year, value when decided, status, reason, when)
 *          K   the last check's finding keys (K2: when it ran)
 *          M–O the log (when, command, what it wrote), oldest first
 */
import { a1 } from "../a1";
import { cellAt, cellText, type Grid, type GridCell, gridBottom, type WorkbookSnapshot } from "../grid";
import { freeSheetName } from "../layout/reviewSheet";
import type { CellWrite, SheetPatch } from "../patch";

export const STORE_MARK = "pressdx-store";
export const STORE_VERSION = 1;
export const STORE_SHEET = "PressDX_Data";
/** 0-based row of the first record (row 4). */
export const FIRST_ROW = 3;
/** The log keeps the last this many commands. */
export const LOG_SIZE = 200;

const COL = {
  decision: { sheet: 0, cell: 1, code: 2, indicator: 3, year: 4, value: 5, status: 6, reason: 7, at: 8 },
  checkKey: 10,
  log: { at: 12, command: 13, wrote: 14 },
} as const;

export interface StoredDecision {
  /** 0-based row on the store sheet. */
  readonly row: number;
  readonly sheet: string;
  readonly cell: string;
  readonly code: string;
  readonly indicator: string | null;
  readonly year: number | null;
  /** The cell's value when it was decided (cellSignature). */
  readonly value: string;
  readonly reason: string;
  readonly at: string;
}

export interface LogEntry {
  readonly at: string;
  readonly command: string;
  /** Sheets and ranges, "Phụ lục!A1:H22; Kiểm tra!A1:L40". */
  readonly wrote: string;
}

export interface Store {
  /** The store sheet's name, or null when the workbook has none yet. */
  readonly sheet: string | null;
  readonly decisions: readonly StoredDecision[];
  /** The rows of the decisions block that hold nothing (reused before new rows). */
  readonly freeRows: readonly number[];
  /** The first row below everything the store holds. */
  readonly end: number;
  readonly lastCheck: { readonly at: string; readonly keys: readonly string[] } | null;
  readonly log: readonly LogEntry[];
}

const EMPTY: Store = { sheet: null, decisions: [], freeRows: [], end: FIRST_ROW, lastCheck: null, log: [] };

/** The store sheet of a snapshot, if any: the first sheet whose A1 says it is one. */
export function storeGrid(snapshot: WorkbookSnapshot): Grid | null {
  return snapshot.sheets.find((g) => cellText(cellAt(g, 0, 0)) === STORE_MARK) ?? null;
}

export function readStore(snapshot: WorkbookSnapshot): Store {
  const g = storeGrid(snapshot);
  if (!g) return EMPTY;
  const bottom = gridBottom(g);
  const text = (row: number, col: number): string => cellText(cellAt(g, row, col));
  const decisions: StoredDecision[] = [];
  const freeRows: number[] = [];
  const keys: string[] = [];
  const log: LogEntry[] = [];
  const c = COL.decision;
  for (let row = FIRST_ROW; row <= bottom; row++) {
    if (text(row, c.sheet) === "" || text(row, c.status) !== "accepted") freeRows.push(row);
    else {
      const year = Number(text(row, c.year));
      decisions.push({
        row,
        sheet: text(row, c.sheet),
        cell: text(row, c.cell),
        code: text(row, c.code),
        indicator: text(row, c.indicator) || null,
        year: text(row, c.year) !== "" && Number.isInteger(year) ? year : null,
        value: text(row, c.value),
        reason: text(row, c.reason),
        at: text(row, c.at),
      });
    }
    const key = text(row, COL.checkKey);
    if (key !== "") keys.push(key);
    if (text(row, COL.log.command) !== "") log.push({ at: text(row, COL.log.at), command: text(row, COL.log.command), wrote: text(row, COL.log.wrote) });
  }
  const at = text(1, COL.checkKey);
  return { sheet: g.sheet, decisions, freeRows, end: Math.max(FIRST_ROW, bottom + 1), lastCheck: at === "" && keys.length === 0 ? null : { at, keys }, log };
}

/**
 * What a cell holds, as one comparable text: "n:0.67", "s:67%", "b:1", "e:#DIV/0!", "" for blank. A formula cell
 * is its result: a decision about it holds while the result does.
 */
export function cellSignature(c: GridCell | undefined): string {
  if (!c || c.value === null || c.value === "") return "";
  const v = c.value;
  if (typeof v === "object") return `e:${v.error}`;
  if (typeof v === "number") return `n:${String(v)}`;
  if (typeof v === "boolean") return `b:${v ? 1 : 0}`;
  return `s:${v}`;
}

export interface DecisionRecord {
  readonly sheet: string;
  readonly cell: string;
  readonly code: string;
  readonly indicator: string | null;
  readonly year: number | null;
  readonly value: string;
  readonly reason: string;
  readonly at: string;
}

export function decisionCells(row: number, d: DecisionRecord): CellWrite[] {
  const c = COL.decision;
  const put = (col: number, value: string | number | null): CellWrite => ({ address: a1(row, col), value: value === "" ? null : value });
  return [
    put(c.sheet, d.sheet),
    put(c.cell, d.cell),
    put(c.code, d.code),
    put(c.indicator, d.indicator ?? ""),
    put(c.year, d.year),
    put(c.value, d.value),
    put(c.status, "accepted"),
    put(c.reason, d.reason),
    put(c.at, d.at),
  ];
}

/** Blanks a decision's row (the finding is open again). */
export function clearDecisionCells(row: number): CellWrite[] {
  return Object.values(COL.decision).map((col) => ({ address: a1(row, col), value: null }));
}

/** The last check's keys replace the previous ones; rows the previous list used beyond the new one are blanked. */
export function lastCheckCells(store: Store, keys: readonly string[], at: string): CellWrite[] {
  const out: CellWrite[] = [{ address: a1(1, COL.checkKey), value: at }];
  const old = store.lastCheck?.keys.length ?? 0;
  for (let i = 0; i < Math.max(old, keys.length); i++) out.push({ address: a1(FIRST_ROW + i, COL.checkKey), value: keys[i] ?? null });
  return out;
}

/**
 * The entry appended to the log; when the log is full, the oldest goes and the rest move up a row. The same command
 * writing the same ranges again (a re-check on every edit) updates the last entry's time instead of adding one.
 */
export function logCells(store: Store, entry: LogEntry): CellWrite[] {
  const last = store.log[store.log.length - 1];
  if (last && last.command === entry.command && last.wrote === entry.wrote) return [{ address: a1(FIRST_ROW + store.log.length - 1, COL.log.at), value: entry.at }];
  const row = (i: number, e: LogEntry): CellWrite[] => [
    { address: a1(FIRST_ROW + i, COL.log.at), value: e.at },
    { address: a1(FIRST_ROW + i, COL.log.command), value: e.command },
    { address: a1(FIRST_ROW + i, COL.log.wrote), value: e.wrote.length > 2000 ? `${e.wrote.slice(0, 1999)}…` : e.wrote },
  ];
  if (store.log.length < LOG_SIZE) return row(store.log.length, entry);
  const kept = [...store.log.slice(store.log.length - LOG_SIZE + 1), entry];
  return kept.flatMap((e, i) => row(i, e));
}

/** The cells of a new store sheet: its mark and the blocks' headers. */
function headerCells(): CellWrite[] {
  const bold = { font: { bold: true } };
  const head = (col: number, value: string): CellWrite => ({ address: a1(FIRST_ROW - 1, col), value, style: bold });
  const d = COL.decision;
  return [
    { address: "A1", value: STORE_MARK },
    { address: "B1", value: STORE_VERSION },
    { address: "C1", value: "PressDX Planner: dữ liệu của công cụ (quyết định của người kiểm tra, lần kiểm tra trước, nhật ký). Xin đừng sửa." },
    { address: a1(1, d.sheet), value: "Quyết định của người kiểm tra", style: bold },
    { address: a1(1, COL.log.at), value: "Nhật ký các lệnh", style: bold },
    head(d.sheet, "Trang tính"),
    head(d.cell, "Ô"),
    head(d.code, "Mã quy tắc"),
    head(d.indicator, "Chỉ tiêu"),
    head(d.year, "Năm"),
    head(d.value, "Giá trị khi quyết định"),
    head(d.status, "Trạng thái"),
    head(d.reason, "Lý do"),
    head(d.at, "Lúc"),
    head(COL.checkKey, "Lần kiểm tra trước"),
    head(COL.log.at, "Lúc"),
    head(COL.log.command, "Lệnh"),
    head(COL.log.wrote, "Đã ghi"),
  ];
}

/**
 * The patches with `cells` written to the store: into the store's patch when the batch has one, else a patch of
 * its own, creating the (very hidden) sheet when the workbook has none. Null when there is no store and none can be
 * made (the workbook's structure is locked): the caller decides whether that matters.
 */
export function withStoreCells(snapshot: WorkbookSnapshot, patches: readonly SheetPatch[], cells: readonly CellWrite[]): SheetPatch[] | null {
  if (cells.length === 0) return [...patches];
  const existing = storeGrid(snapshot)?.sheet;
  const i = existing ? patches.findIndex((p) => p.sheet.toLowerCase() === existing.toLowerCase()) : patches.findIndex(isNewStore);
  const at = patches[i];
  if (at) return patches.map((p, j) => (j === i ? { ...p, cells: [...p.cells, ...cells] } : p));
  if (existing) return [...patches, { sheet: existing, cells: [...cells] }];
  if (snapshot.structureProtected) return null;
  const taken = [...snapshot.sheets.map((g) => g.sheet), ...patches.map((p) => p.sheet)];
  const sheet = freeSheetName(STORE_SHEET, taken);
  return [...patches, { sheet, createSheet: true, visibility: "veryHidden", cells: [...headerCells(), ...cells], columnWidths: [{ col: COL.log.wrote, chars: 60 }] }];
}

function isNewStore(p: SheetPatch): boolean {
  return p.createSheet === true && p.visibility === "veryHidden" && p.cells[0]?.value === STORE_MARK;
}
