/**
 * Where an attainment block goes, so `attain` never fails for want of room:
 *
 * 1. where the block of the same name went before (its PressDX_Attain_<n> name), when that place is still free:
 *    a re-run finds and replaces the tool's own block wherever it is, and stacks nothing;
 * 2. beside its table, after one blank column;
 * 3. to the right of the data beside the table: one blank column after the last column the block's rows use;
 * 4. a sheet of its own ("Kết quả thực hiện"), marked as the tool's, replaced in place by a later run.
 *
 * A place on a user's sheet is free when every cell of the block's area is empty or one the tool wrote (inside a
 * PressDX_Attain_* area, a formula, a number or a text a block writes: a note typed there is the user's), it
 * overlaps no merged area but the block's own, no Excel table and no block of this run, and the block and its
 * chart stay within the sheet.
 */
import { type RangeRef, rangeA1, parseRange } from "../sheet/a1";
import { MAX_COL } from "../sheet/excelLimits";
import { cellAt, type Grid, type GridCell, holdsContent, isEmptyCell, type WorkbookSnapshot } from "../sheet/grid";
import { type AttainmentBlock, isBlockText } from "../sheet/layout/attainmentLayout";
import type { CellWrite, SheetPatch } from "../sheet/patch";
import { nameTarget, ownedSheetTarget } from "./owned";

/** How a block came where it is: beside its table, further right past the user's data, or on a sheet of its own. */
export type Placed = "beside" | "right" | "sheet";

/** A place to lay a block out at: a column of the table's sheet, or a sheet of its own. */
export type Spot = { readonly kind: "column"; readonly left: number } | { readonly kind: "sheet"; readonly sheet: string; readonly replace: boolean };

export interface Placement {
  readonly block: AttainmentBlock;
  readonly spot: Spot;
  readonly sheet: string;
  readonly placed: Placed;
  /** What clears the block's earlier place when it moved (its values, rules and chart), or null. */
  readonly cleanup: SheetPatch | null;
}

export interface PlaceInput {
  readonly snapshot: WorkbookSnapshot;
  /** The table's sheet and right edge (0-based column). */
  readonly sheet: string;
  readonly tableRight: number;
  /** The block's defined name, and the name that marks a sheet of its own. */
  readonly name: string;
  readonly sheetName: string;
  /** Areas the tool wrote (every PressDX_Attain_* name). */
  readonly owned: ReadonlyArray<{ readonly sheet: string; readonly area: RangeRef }>;
  /** Blocks already placed in this run, and sheets this run creates. */
  readonly taken: ReadonlyArray<{ readonly sheet: string; readonly area: RangeRef }>;
  readonly newSheets: readonly string[];
  /** The block laid out at a spot. */
  layout(spot: Spot): AttainmentBlock;
}

/** Room the chart takes to the right of the block (it is anchored two columns after it, eight wide). */
const CHART_COLUMNS = 10;
export const ATTAIN_SHEET_BASE = "Kết quả thực hiện";

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function placeBlock(input: PlaceInput): Placement {
  const { snapshot, sheet } = input;
  const grid = snapshot.sheets.find((g) => same(g.sheet, sheet));
  const beside = input.tableRight + 2;
  const before = previousPlace(input);
  const onColumn = (left: number, placed: Placed): Placement | null => {
    const block = input.layout({ kind: "column", left });
    if (blockingColumn(input, grid, block) !== null) return null;
    return { block, spot: { kind: "column", left }, sheet, placed, cleanup: null };
  };

  let chosen: Placement | null = null;
  if (before?.kind === "sheet") chosen = ownSheet(input, before.sheet, true);
  else if (before?.kind === "column" && before.left >= beside) chosen = onColumn(before.left, before.left === beside ? "beside" : "right");
  chosen ??= onColumn(beside, "beside") ?? furtherRight(input, grid, beside) ?? ownSheet(input, null, false);
  return { ...chosen, cleanup: before ? cleanupOf(input, before, chosen) : null };
}

/** The place the block of this name holds now, from its defined name. */
function previousPlace(input: PlaceInput): ({ kind: "column"; left: number; area: RangeRef } | { kind: "sheet"; sheet: string; area: RangeRef }) | null {
  const ref = input.snapshot.names[input.name];
  const target = ref === undefined ? null : nameTarget(ref);
  if (!target) return null;
  const own = ownedSheetTarget(input.snapshot, input.sheetName, ATTAIN_SHEET_BASE);
  if (own.replace && same(own.sheet, target.sheet)) return { kind: "sheet", sheet: own.sheet, area: target.area };
  if (same(target.sheet, input.sheet)) return { kind: "column", left: target.area.left, area: target.area };
  return null;
}

/** The first column past every user's cell, merge or table that the block's rows meet, if the block fits there. */
function furtherRight(input: PlaceInput, grid: Grid | undefined, from: number): Placement | null {
  let left = from;
  for (;;) {
    const block = input.layout({ kind: "column", left });
    if (block.area.right + CHART_COLUMNS > MAX_COL) return null;
    const blocking = blockingColumn(input, grid, block);
    if (blocking === null) return { block, spot: { kind: "column", left }, sheet: input.sheet, placed: "right", cleanup: null };
    left = Math.max(left + 1, blocking + 2);
  }
}

function ownSheet(input: PlaceInput, existing: string | null, replace: boolean): Placement {
  const sheet = existing ?? ownedSheetTarget(input.snapshot, input.sheetName, ATTAIN_SHEET_BASE, input.newSheets).sheet;
  const spot: Spot = { kind: "sheet", sheet, replace };
  return { block: input.layout(spot), spot, sheet, placed: "sheet", cleanup: null };
}

/**
 * The rightmost column of the area that holds something the block may not cover: a user's cell (outside the
 * tool's areas), a merge other than one of the block's own, an Excel table, a block of this run; null when free.
 */
function blockingColumn(input: PlaceInput, grid: Grid | undefined, block: AttainmentBlock): number | null {
  const { area } = block;
  if (area.right + CHART_COLUMNS > MAX_COL) return MAX_COL;
  let blocking: number | null = null;
  const block_ = (col: number): void => {
    blocking = Math.max(blocking ?? col, col);
  };
  const mine = input.owned.filter((o) => same(o.sheet, input.sheet)).map((o) => o.area);
  for (const t of input.taken) if (same(t.sheet, input.sheet) && overlaps(t.area, area)) block_(Math.min(t.area.right, area.right));
  const own = new Set((block.patch.merges ?? []).map((m) => rangeA1(parseRange(m))));
  for (const m of grid?.merges ?? []) {
    const r = parseRange(m);
    if (overlaps(r, area) && !own.has(rangeA1(r))) block_(Math.min(r.right, area.right));
  }
  for (const t of grid?.tables ?? []) {
    const r = parseRange(t);
    if (overlaps(r, area)) block_(Math.min(r.right, area.right));
  }
  if (grid) {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.right; col >= area.left; col--) {
        if (blocking !== null && col <= blocking) break;
        const c = cellAt(grid, row, col);
        // A text typed into the tool's area is still the user's, and so is a note on an empty cell: only what a
        // block writes may be written over.
        if (!holdsContent(grid, row, col) || (isToolsCell(c) && mine.some((a) => inside(a, row, col)))) continue;
        block_(col);
        break;
      }
    }
  }
  return blocking;
}

/**
 * When a block leaves its earlier place (its table grew into the user's data), what the tool wrote there goes: in
 * that area, outside the new block, every formula, number and text a block writes, and the block's rules and chart.
 * Any other text (a note typed into a gap of the area) stays, and so do borders and merges (a patch cannot remove
 * them).
 */
function cleanupOf(input: PlaceInput, before: { kind: "column" | "sheet"; area: RangeRef; sheet?: string }, now: Placement): SheetPatch | null {
  const oldSheet = before.kind === "sheet" && before.sheet ? before.sheet : input.sheet;
  if (same(oldSheet, now.sheet) && (before.kind === "sheet" || sameRange(before.area, now.block.area))) return null;
  if (before.kind === "sheet") return null; // a sheet of its own is only ever replaced, never left
  const grid = input.snapshot.sheets.find((g) => same(g.sheet, oldSheet));
  const covered = same(oldSheet, now.sheet) ? now.block.area : null;
  const cells: CellWrite[] = [];
  for (let row = before.area.top; row <= before.area.bottom; row++) {
    for (let col = before.area.left; col <= before.area.right; col++) {
      if (covered && inside(covered, row, col)) continue;
      if (grid && isToolsCell(cellAt(grid, row, col))) cells.push({ address: rangeA1({ top: row, left: col, bottom: row, right: col }), value: null });
    }
  }
  const removeOwned = same(oldSheet, now.sheet) ? [] : [input.name, `${input.name}_chart`];
  return cells.length + removeOwned.length === 0 ? null : { sheet: oldSheet, cells, removeOwned };
}

function isToolsCell(c: GridCell | undefined): boolean {
  if (c === undefined || isEmptyCell(c)) return false;
  return c.formula !== undefined || typeof c.value === "number" || (typeof c.value === "string" && isBlockText(c.value.trim()));
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function inside(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function sameRange(a: RangeRef, b: RangeRef): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
