/**
 * A target table typed turned a quarter: the years down the side, the indicators across (RULES.md version 2: read
 * with the same rules, or reported as not checked; never an error). It is reported as not checked, one info, with
 * how it reads turned back (the block turned, recognised as usual, every address turned back to where it sits), so
 * a reviewer sees which rows and years it holds. An agency report form (years down the side too, one row per agency
 * and year) is never one.
 */
import type { AppendixTable, RejectedTable, TableExplanation } from "../domain/appendix";
import { a1, parseA1, parseRange, rangeA1, type RangeRef } from "./a1";
import { matchAgencyHeader } from "./agencyFormRead";
import { cellAt, cellText, type Grid, type GridCell } from "./grid";
import { matchIndicator } from "./indicatorMatch";

/** Indicators a header row must name to be read as a turned table. */
const MIN_INDICATORS = 2;
/** Columns right of the years looked at for indicator names. */
const MAX_COLUMNS = 12;

interface Recognition {
  readonly tables: AppendixTable[];
  readonly rejected: RejectedTable[];
}

interface Block {
  /** The header row (indicator names) and the column of years. */
  readonly headerRow: number;
  readonly yearCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

/** The turned tables found, every one among `rejected` with the reason "transposed": none is checked. */
export function findTransposedTables(
  grid: Grid,
  yearCells: ReadonlyMap<number, readonly { readonly col: number; readonly year: number }[]>,
  taken: readonly RangeRef[],
  recognise: (g: Grid) => Recognition,
): Recognition {
  const rejected: RejectedTable[] = [];
  for (const block of findBlocks(grid, yearCells, taken)) {
    const found = recognise(turn(grid, block));
    const read = [...found.tables.map((t) => ({ ...t, reasons: t.recognition?.reasons ?? [] })), ...found.rejected];
    for (const t of read) {
      const refused: RejectedTable = { sheet: grid.sheet, range: backRange(block, t.range), title: null, reasons: [...t.reasons, "transposed"] };
      rejected.push(t.explanation ? { ...refused, explanation: backExplanation(block, t.explanation) } : refused);
    }
  }
  return { tables: [], rejected };
}

/**
 * Columns holding two or more consecutive rows of consecutive years, under a row naming indicators. Looked for
 * among the year cells already found, by column: no second pass over the sheet.
 */
function findBlocks(grid: Grid, yearCells: ReadonlyMap<number, readonly { readonly col: number; readonly year: number }[]>, taken: readonly RangeRef[]): Block[] {
  // Most sheets have no year under a year in the same column: decided before building anything.
  const under = (row: number, c: { col: number; year: number }): boolean =>
    yearCells.get(row + 1)?.some((d) => d.col === c.col && d.year === c.year + 1) ?? false;
  let any = false;
  for (const [row, cells] of yearCells) if (cells.some((c) => under(row, c))) any = true;
  if (!any) return [];
  const byCol = new Map<number, Map<number, number>>();
  for (const [row, cells] of yearCells) {
    for (const c of cells) {
      let rows = byCol.get(c.col);
      if (!rows) byCol.set(c.col, (rows = new Map()));
      rows.set(row, c.year);
    }
  }
  const blocks: Block[] = [];
  for (const [col, rows] of byCol) {
    if (rows.size < 2) continue;
    for (const r of [...rows.keys()].sort((a, b) => a - b)) {
      const year = rows.get(r) as number;
      if (rows.get(r - 1) === year - 1) continue; // not the first of its run
      let last = r;
      while (rows.get(last + 1) === (rows.get(last) ?? 0) + 1) last++;
      if (last === r || covered(taken, r, col)) continue;
      const block = blockAt(grid, r - 1, col, last);
      if (block) blocks.push(block);
    }
  }
  return blocks;
}

function covered(taken: readonly RangeRef[], row: number, col: number): boolean {
  return taken.some((e) => row >= e.top && row <= e.bottom && col >= e.left && col <= e.right);
}

function blockAt(grid: Grid, headerRow: number, yearCol: number, lastRow: number): Block | null {
  let lastCol = yearCol;
  let indicators = 0;
  for (let c = yearCol + 1; c <= yearCol + MAX_COLUMNS; c++) {
    const text = cellText(cellAt(grid, headerRow, c));
    if (text === "") break;
    // An agency report has its agency column and yes/no columns named like indicators: not a target table.
    if (matchAgencyHeader(text) === "agency") return null;
    if (matchIndicator(text)) indicators++;
    lastCol = c;
  }
  return indicators >= MIN_INDICATORS ? { headerRow, yearCol, lastRow, lastCol } : null;
}

/** The block turned back: its header row becomes the label column, its year column the header row. */
function turn(grid: Grid, b: Block): Grid {
  const rows: (GridCell | undefined)[][] = [];
  for (let c = b.yearCol; c <= b.lastCol; c++) {
    const line: (GridCell | undefined)[] = [];
    for (let r = b.headerRow; r <= b.lastRow; r++) {
      // The corner names the year column ("Năm"); turned, it would name the label column wrongly: left out.
      line.push(r === b.headerRow && c === b.yearCol ? undefined : cellAt(grid, r, c));
    }
    rows.push(line);
  }
  const merges = (grid.merges ?? []).map(parseRange).filter((m) => m.top >= b.headerRow && m.bottom <= b.lastRow && m.left >= b.yearCol && m.right <= b.lastCol);
  const turnedMerges = merges.map((m) => rangeA1({ top: m.left - b.yearCol, bottom: m.right - b.yearCol, left: m.top - b.headerRow, right: m.bottom - b.headerRow }));
  return { sheet: grid.sheet, top: 0, left: 0, rows, ...(turnedMerges.length ? { merges: turnedMerges } : {}) };
}

function backA1(b: Block, address: string): string {
  const at = parseA1(address);
  return a1(b.headerRow + at.col, b.yearCol + at.row);
}

function backRange(b: Block, range: string): string {
  const r = parseRange(range);
  return rangeA1({ top: b.headerRow + r.left, bottom: b.headerRow + r.right, left: b.yearCol + r.top, right: b.yearCol + r.bottom });
}

/** Rows of the turned table are columns of the sheet: each keeps its label cell, and its row is the header row. */
function backExplanation(b: Block, e: TableExplanation): TableExplanation {
  return {
    labelColumn: { ...e.labelColumn, cell: backA1(b, e.labelColumn.cell) },
    columns: e.columns.map((c) => ({ ...c, cell: backA1(b, c.cell) })),
    years: e.years.map((y) => ({ ...y, cell: backA1(b, y.cell), ...(y.thresholdCell ? { thresholdCell: backA1(b, y.thresholdCell) } : {}) })),
    rows: e.rows.map((r) => ({ ...r, row: b.headerRow + 1, cell: r.cell === null ? null : backA1(b, r.cell) })),
    end: { row: null, reason: e.end.reason },
  };
}
