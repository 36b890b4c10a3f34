/**
 * Checks a batch of patches against a workbook before anything is written, so an adapter can apply
 * all-or-nothing: every address parses, every target sheet exists or is created and is not protected, new
 * merges overlap neither existing merges nor each other, no value lands inside a merged area (the workbook's or
 * the same batch's), charts line up. Pure; every adapter runs it (memory, xlsx, Office), on what it read.
 */
import { a1, parseA1, parseRange, rangeA1, type RangeRef } from "../sheet/a1";
import type { CellStyle, RowBlock, SheetPatch } from "../sheet/patch";
import { blockArea } from "../sheet/patchCells";
import { PatchError } from "../ports/patchError";
import { HEX_COLOUR, MAX_COL, MAX_ROW } from "../sheet/excelLimits";
import { checkCharts } from "./chartCheck";

export { PatchError };

/** What the check needs to know of the workbook as it is now. */
export interface WorkbookShape {
  /** The existing sheet's name as spelled in the workbook (names match case-insensitively), or null. */
  sheetName(name: string): string | null;
  /** Merged areas of an existing sheet. */
  merges(sheet: string): readonly RangeRef[];
  /** Whether an existing sheet is protected (Excel refuses every write to it). */
  isProtected(sheet: string): boolean;
  /** Whether the workbook's structure is protected (Excel refuses to add sheets). */
  structureProtected(): boolean;
  /** The Excel tables (ListObjects) of an existing sheet, when the adapter reads them: Excel merges no cell of one. */
  tables?(sheet: string): readonly RangeRef[];
  /** Cells of an existing sheet that hold a note (A1), when the adapter reads notes: Excel keeps one per cell. */
  notes?(sheet: string): readonly string[];
}

/** A conditional-format owner: kept inside a formula string literal, so no quotes. */
const OWNER_RE = /^[A-Za-z0-9:_.-]{1,64}$/;

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
const BAD_SHEET = /[:\\/?*[\]]/;
/** A defined name starts with a letter, "_" or "\" and holds no spaces; it must not look like a cell. */
const NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELLISH = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[Rr]|[Cc])$/;

/** Throws a PatchError for the first problem found; returns the sheet each patch lands on (existing spelling). */
export function checkPatches(patches: readonly SheetPatch[], shape: WorkbookShape): string[] {
  // A layout shares one style object over many cells: check each once.
  const checkedStyles = new WeakSet<CellStyle>();
  const created = new Map<string, string>();
  const resolve = (name: string): string | null => shape.sheetName(name) ?? created.get(name.toLowerCase()) ?? null;
  const newMerges = new Map<string, RangeRef[]>();
  const linkTargets: Array<{ from: string; cell: string; sheet: string; target: string }> = [];

  const targets = patches.map((p) => {
    let sheet = resolve(p.sheet);
    if (sheet === null) {
      if (!p.createSheet) throw new PatchError(p.sheet, null, "no such sheet (and createSheet is not set)");
      checkSheetName(p.sheet);
      if (shape.structureProtected()) {
        throw new PatchError(p.sheet, null, "the workbook's structure is protected: no sheet can be added", "structure_protected");
      }
      created.set(p.sheet.toLowerCase(), p.sheet);
      sheet = p.sheet;
    } else if (shape.sheetName(sheet) !== null && shape.isProtected(sheet)) {
      throw new PatchError(sheet, null, "the sheet is protected", "protected");
    }
    // The tool protects only a sheet it makes in this batch, never one of the user's.
    if (p.protect && shape.sheetName(sheet) !== null) {
      throw new PatchError(sheet, null, "protection is set only on a sheet the batch creates");
    }
    if (p.deleteSheet) {
      checkDeletion(p, sheet, shape);
      return sheet;
    }
    // A replaced sheet loses its merges before the patch's own are made.
    const existing = shape.sheetName(sheet) === null || p.replace ? [] : shape.merges(sheet);
    const batch = newMerges.get(sheet.toLowerCase()) ?? [];
    newMerges.set(sheet.toLowerCase(), batch);

    // Merges first: a value written inside a merge of the same patch would be lost just as one inside an old merge.
    for (const m of p.merges ?? []) {
      const r = rangeRef(sheet, m);
      if (r.top === r.bottom && r.left === r.right) throw new PatchError(sheet, m, "a merge needs at least two cells");
      if (existing.some((e) => sameRange(e, r))) continue; // already merged: re-applying is a no-op
      const clash = [...existing, ...batch].find((e) => overlaps(e, r));
      if (clash) throw new PatchError(sheet, m, `overlaps merged area ${rangeA1(clash)}`);
      const table = shape.sheetName(sheet) !== null && !p.replace ? shape.tables?.(sheet).find((t) => overlaps(t, r)) : undefined;
      if (table) throw new PatchError(sheet, m, `overlaps the Excel table ${rangeA1(table)}; Excel merges no cell of a table`);
      batch.push(r);
    }

    for (const w of p.cells) {
      const ref = cellRef(sheet, w.address);
      if (w.value !== undefined && typeof w.value === "number" && !Number.isFinite(w.value)) {
        throw new PatchError(sheet, w.address, `value ${w.value} is not a finite number`);
      }
      if (typeof w.value === "string" && w.value.length > 32_767) {
        throw new PatchError(sheet, w.address, "a text over Excel's 32,767 characters");
      }
      if (w.formula !== undefined && w.formula.replace(/^=/, "").trim() === "") {
        throw new PatchError(sheet, w.address, "empty formula");
      }
      if (w.style && !checkedStyles.has(w.style)) {
        checkStyle(sheet, w.address, w.style);
        checkedStyles.add(w.style);
      }
      if (w.value !== undefined || w.formula !== undefined || w.link) {
        const inside = mergeHolding(existing, ref) ?? mergeHolding(batch, ref);
        if (inside) throw new PatchError(sheet, w.address, `inside merged area ${rangeA1(inside)}; write to its top-left cell`);
      }
      if (w.link) {
        cellRef(sheet, w.link.cell);
        linkTargets.push({ from: sheet, cell: w.address, sheet: w.link.sheet, target: w.link.cell });
      }
    }

    for (const b of p.blocks ?? []) checkBlock(sheet, b, [...existing, ...batch], (address, style) => {
      if (checkedStyles.has(style)) return;
      checkStyle(sheet, address, style);
      checkedStyles.add(style);
    });

    for (const c of p.columnWidths ?? []) {
      if (!Number.isInteger(c.col) || c.col < 0 || c.col > MAX_COL) throw new PatchError(sheet, null, `bad column index ${c.col}`);
      if (!(c.chars > 0 && c.chars <= 255)) throw new PatchError(sheet, null, `bad width ${c.chars} for column ${c.col}`);
    }
    for (const r of p.rowHeights ?? []) {
      if (!Number.isInteger(r.row) || r.row < 0 || r.row > MAX_ROW) throw new PatchError(sheet, null, `bad row index ${r.row}`);
      if (!(r.points > 0 && r.points <= 409)) throw new PatchError(sheet, null, `bad height ${r.points} for row ${r.row + 1}`);
    }
    for (const v of p.validations ?? []) {
      rangeRef(sheet, v.range);
      if (v.type === "list" && !v.list?.length) throw new PatchError(sheet, v.range, "a list validation needs entries");
      if (v.min !== undefined && v.max !== undefined && v.min > v.max) throw new PatchError(sheet, v.range, "min is above max");
      // Excel drops (and "repairs") a file whose prompt or error text exceeds these limits.
      for (const t of [v.prompt, v.error]) {
        if (t && (t.title.length > 32 || t.message.length > 255)) {
          throw new PatchError(sheet, v.range, "validation title over 32 or message over 255 characters");
        }
      }
    }
    for (const cf of p.conditionalFormats ?? []) {
      if (!OWNER_RE.test(cf.owner)) throw new PatchError(sheet, cf.range, `conditional-format owner "${cf.owner}" is not a plain tag`);
      rangeRef(sheet, cf.range);
      if (cf.formula.replace(/^=/, "").trim() === "") throw new PatchError(sheet, cf.range, "empty conditional-format formula");
      checkStyle(sheet, cf.range, cf.style);
    }
    // A note where one already is would fail half-way through the write (Excel keeps one note per cell): refuse
    // it first. A replaced sheet loses its notes before the patch's own are written.
    const noted = new Set(shape.sheetName(sheet) === null || p.replace ? [] : (shape.notes?.(sheet) ?? []).map((a) => rangeA1(parseRange(a))));
    for (const n of p.notes ?? []) {
      const ref = cellRef(sheet, n.address);
      if (n.text.length > 32_767) throw new PatchError(sheet, n.address, "a note over 32,767 characters");
      const key = rangeA1({ top: ref.row, left: ref.col, bottom: ref.row, right: ref.col });
      if (noted.has(key)) throw new PatchError(sheet, n.address, "the cell already holds a note; Excel keeps one note per cell");
      noted.add(key);
    }
    for (const n of p.names ?? []) {
      if (!NAME_RE.test(n.name) || CELLISH.test(n.name)) throw new PatchError(sheet, n.range, `"${n.name}" is not a valid name`);
      rangeRef(sheet, n.range);
    }
    checkView(p, sheet, shape);
    for (const r of p.clear ?? []) rangeRef(sheet, r);
    for (const a of p.removeNotes ?? []) cellRef(sheet, a);
    return sheet;
  });

  for (const l of linkTargets) {
    if (resolve(l.sheet) === null) throw new PatchError(l.from, l.cell, `link to a missing sheet "${l.sheet}"`);
  }
  checkCharts(patches, targets);
  return targets;
}

/** A sheet to delete: it exists, the structure is unlocked, and the patch asks for nothing else but names to drop. */
function checkDeletion(p: SheetPatch, sheet: string, shape: WorkbookShape): void {
  if (shape.sheetName(sheet) === null || p.createSheet) throw new PatchError(sheet, null, "only an existing sheet can be deleted");
  if (shape.structureProtected()) throw new PatchError(sheet, null, "the workbook's structure is protected: no sheet can be deleted", "structure_protected");
  const extra = Object.entries(p).filter(([k, v]) => !["sheet", "deleteSheet", "removeNames", "cells"].includes(k) && v !== undefined);
  if (p.cells.length > 0 || extra.length > 0) throw new PatchError(sheet, null, "a sheet to delete gets no other change");
}

/** A row block: inside the sheet, every row as wide as its styles, values Excel holds, no cell inside a merge. */
function checkBlock(sheet: string, b: RowBlock, merges: readonly RangeRef[], style: (address: string, s: CellStyle) => void): void {
  if (!Number.isInteger(b.top) || !Number.isInteger(b.left) || b.top < 0 || b.left < 0) throw new PatchError(sheet, null, `bad block corner (${b.top}, ${b.left})`);
  const area = blockArea(b);
  if (!area) return;
  if (area.bottom > MAX_ROW || area.right > MAX_COL) throw new PatchError(sheet, rangeA1(area), "outside the sheet");
  b.styles.forEach((s, j) => style(a1(b.top, b.left + j), s));
  b.rows.forEach((values, i) => {
    if (values.length !== b.styles.length) throw new PatchError(sheet, a1(b.top + i, b.left), `a block row of ${values.length} values for ${b.styles.length} columns`);
    for (let j = 0; j < values.length; j++) {
      const v = values[j];
      if (typeof v === "number" && !Number.isFinite(v)) throw new PatchError(sheet, a1(b.top + i, b.left + j), `value ${v} is not a finite number`);
      if (typeof v === "string" && v.length > 32_767) throw new PatchError(sheet, a1(b.top + i, b.left + j), "a text over Excel's 32,767 characters");
    }
  });
  // Every cell of a block is written: one inside a merge, other than its top-left, would be lost.
  for (const m of merges) {
    if (!overlaps(m, area)) continue;
    for (let row = Math.max(m.top, area.top); row <= Math.min(m.bottom, area.bottom); row++) {
      for (let col = Math.max(m.left, area.left); col <= Math.min(m.right, area.right); col++) {
        if (row !== m.top || col !== m.left) throw new PatchError(sheet, a1(row, col), `inside merged area ${rangeA1(m)}; write to its top-left cell`);
      }
    }
  }
}

/** Visibility, AutoFilter and frozen panes: a hidden state needs the structure unlocked, as in Excel. */
function checkView(p: SheetPatch, sheet: string, shape: WorkbookShape): void {
  if (p.visibility !== undefined) {
    if (!["visible", "hidden", "veryHidden"].includes(p.visibility)) throw new PatchError(sheet, null, `"${String(p.visibility)}" is not a sheet visibility`);
    if (shape.sheetName(sheet) !== null && shape.structureProtected()) {
      throw new PatchError(sheet, null, "the workbook's structure is protected: no sheet can be hidden or shown", "structure_protected");
    }
  }
  if (p.autoFilter !== undefined) {
    const r = rangeRef(sheet, p.autoFilter);
    if (r.bottom === r.top) throw new PatchError(sheet, p.autoFilter, "an AutoFilter needs a header row and at least one row below it");
  }
  if (p.freeze) {
    const { rows, cols } = p.freeze;
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0 || rows > MAX_ROW || cols > MAX_COL || rows + cols === 0) {
      throw new PatchError(sheet, null, `cannot freeze ${rows} rows and ${cols} columns`);
    }
  }
}

/** The merge that holds the cell other than as its top-left cell, if any. */
function mergeHolding(merges: readonly RangeRef[], ref: { row: number; col: number }): RangeRef | undefined {
  for (const m of merges) if (contains(m, ref) && (m.top !== ref.row || m.left !== ref.col)) return m;
  return undefined;
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || BAD_SHEET.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new PatchError(name, null, "not a valid sheet name (1–31 characters, none of : \\ / ? * [ ])");
  }
}

function checkStyle(sheet: string, where: string, s: CellStyle): void {
  if (s.fill !== undefined && !HEX_COLOUR.test(s.fill)) throw new PatchError(sheet, where, `fill "${s.fill}" is not RRGGBB`);
  if (s.font?.color !== undefined && !HEX_COLOUR.test(s.font.color)) {
    throw new PatchError(sheet, where, `font colour "${s.font.color}" is not RRGGBB`);
  }
}

function cellRef(sheet: string, address: string): { row: number; col: number } {
  let ref;
  try {
    ref = parseA1(address);
  } catch {
    throw new PatchError(sheet, address, "not an A1 cell address");
  }
  if (ref.row > MAX_ROW || ref.col > MAX_COL) throw new PatchError(sheet, address, "outside the sheet");
  return ref;
}

function rangeRef(sheet: string, range: string): RangeRef {
  let r;
  try {
    r = parseRange(range);
  } catch {
    throw new PatchError(sheet, range, "not an A1 range");
  }
  if (r.bottom > MAX_ROW || r.right > MAX_COL) throw new PatchError(sheet, range, "outside the sheet");
  return r;
}

function contains(r: RangeRef, c: { row: number; col: number }): boolean {
  return c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right;
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function sameRange(a: RangeRef, b: RangeRef): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
