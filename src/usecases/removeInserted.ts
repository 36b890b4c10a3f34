/**
 * "Remove what was inserted": the tool's own tables, blocks, sheets and highlights go, found by the tool's
 * ownership markers (defined names, owned conditional formats, owned sheets), in one batch. Nothing of the user's
 * goes with them: an inserted table the user has typed into since is kept (its hash no longer matches, see
 * src/sheet/inserted.ts), a sheet of the tool's that a formula or name of the user's refers to is kept, and a review
 * sheet the reviewer wrote on is kept. The store (decisions, log) stays: it is the workbook's record.
 */
import type { WorkbookPort } from "../ports/workbookPort";
import { rangeA1, type RangeRef } from "../sheet/a1";
import type { Grid, WorkbookSnapshot } from "../sheet/grid";
import { gridHash, type InsertedKind, insertedName, parseInsertedName, writesHash } from "../sheet/inserted";
import { notePatches } from "../sheet/layout/cellNotes";
import { readReviewSheet } from "../sheet/layout/reviewerColumns";
import { EMPTY_TEXTS } from "../sheet/layout/reviewSheet";
import type { SheetPatch } from "../sheet/patch";
import { highlightOwners, nameTarget, OWNED_SHEET_NAMES, ownedSheet } from "./owned";
import { fail, ok, type Result } from "./result";
import { ATTAIN_NAME_PREFIX } from "./writeAttainment";
import { updating } from "./writing";
import { patchCells } from "../sheet/patchCells";

export interface InsertedItem {
  readonly kind: "highlights" | "attainment" | "table" | "form" | "sheet";
  readonly where: string;
  readonly keptBecause?: "changed" | "referenced";
  /** For a kept sheet: the formula's cell or the name that refers to it. */
  readonly by?: string;
}

export interface RemovalOutcome {
  readonly removed: readonly InsertedItem[];
  readonly kept: readonly InsertedItem[];
}

/** An inserted table or form with its marker name: the hash of what was written, and whether it made the sheet. */
export function markInserted(patch: SheetPatch, kind: InsertedKind, range: string, snapshot: WorkbookSnapshot, createdSheet: boolean): SheetPatch {
  const name = insertedName(kind, writesHash(patchCells(patch), range), createdSheet, Object.keys(snapshot.names));
  return { ...patch, names: [...(patch.names ?? []), { name, range }] };
}

/** With `dryRun`, says what would go and what would stay, and writes nothing. */
export async function removeInserted(port: WorkbookPort, opts: { dryRun?: boolean } = {}): Promise<Result<RemovalOutcome>> {
  return updating(port, (snapshot) => {
    const plan = planRemoval(snapshot);
    if (plan.removed.length === 0 && plan.kept.length === 0) return { patches: [], result: fail("remove.nothing") };
    return { patches: opts.dryRun ? [] : plan.patches, result: ok({ removed: plan.removed, kept: plan.kept }) };
  });
}

interface Removal {
  readonly patches: SheetPatch[];
  readonly removed: InsertedItem[];
  readonly kept: InsertedItem[];
}

function planRemoval(snapshot: WorkbookSnapshot): Removal {
  const grid = (sheet: string): Grid | undefined => snapshot.sheets.find((g) => g.sheet.toLowerCase() === sheet.toLowerCase());
  const removed: InsertedItem[] = [];
  const kept: InsertedItem[] = [];
  const bySheet = new Map<string, { clear: RangeRef[]; removeOwned: string[]; removeNames: string[] }>();
  const on = (sheet: string) => {
    const key = grid(sheet)?.sheet ?? sheet;
    let p = bySheet.get(key);
    if (!p) bySheet.set(key, (p = { clear: [], removeOwned: [], removeNames: [] }));
    return p;
  };
  const where = (sheet: string, area: RangeRef): string => `${sheet}!${rangeA1(area)}`;

  const toolNotes = new Map(notePatches(snapshot, [], false).map((p) => [p.sheet, p.removeNotes ?? []] as const));
  for (const [sheet, owners] of highlightOwners(snapshot)) on(sheet).removeOwned.push(...owners);
  for (const sheet of toolNotes.keys()) on(sheet);
  for (const sheet of new Set([...highlightOwners(snapshot).keys(), ...toolNotes.keys()])) removed.push({ kind: "highlights", where: sheet });
  const candidates: Array<{ sheet: string; name: string }> = [];
  for (const [name, ref] of Object.entries(snapshot.names)) {
    const target = nameTarget(ref);
    if (!target || !grid(target.sheet)) continue;
    if (name.startsWith(ATTAIN_NAME_PREFIX)) {
      const p = on(target.sheet);
      p.clear.push(target.area);
      p.removeOwned.push(name, `${name}_chart`);
      p.removeNames.push(name);
      removed.push({ kind: "attainment", where: where(target.sheet, target.area) });
      continue;
    }
    const inserted = parseInsertedName(name);
    if (!inserted) continue;
    const kind = inserted.kind === "Form" ? "form" : "table";
    if (gridHash(grid(target.sheet), target.area) !== inserted.hash) {
      kept.push({ kind, where: where(target.sheet, target.area), keptBecause: "changed" });
      continue;
    }
    const p = on(target.sheet);
    p.clear.push(target.area);
    p.removeNames.push(name);
    removed.push({ kind, where: where(target.sheet, target.area) });
    if (inserted.createdSheet) candidates.push({ sheet: target.sheet, name });
  }

  // The tool's own sheets, and sheets an insert made that nothing is left on, go whole.
  const sheets = new Set<string>();
  for (const name of Object.values(OWNED_SHEET_NAMES)) {
    const sheet = ownedSheet(snapshot, name);
    if (sheet === null) continue;
    const g = grid(sheet);
    const k = g && name === OWNED_SHEET_NAMES.review ? readReviewSheet(g, EMPTY_TEXTS) : null;
    if (k && (k.columns.length > 0 || k.loose.length > 0 || k.above.length > 0)) kept.push({ kind: "sheet", where: sheet, keptBecause: "changed" });
    else sheets.add(sheet);
  }
  for (const c of candidates) if (leftEmpty(grid(c.sheet), bySheet.get(grid(c.sheet)?.sheet ?? c.sheet)?.clear ?? [])) sheets.add(grid(c.sheet)?.sheet ?? c.sheet);
  const clearedNames = new Set([...bySheet.values()].flatMap((p) => p.removeNames));
  for (const sheet of [...sheets]) {
    const by = referrer(snapshot, sheet, sheets, bySheet, clearedNames);
    if (by) {
      sheets.delete(sheet);
      kept.push({ kind: "sheet", where: sheet, keptBecause: "referenced", by });
    }
  }
  const patches: SheetPatch[] = [];
  const doomedNames = Object.entries(snapshot.names).flatMap(([n, ref]) => (sheets.has(nameTarget(ref)?.sheet ?? "") ? [n] : []));
  for (const [sheet, p] of bySheet) {
    if (sheets.has(sheet)) continue;
    patches.push({ sheet, cells: [], clear: p.clear.map(rangeA1), removeOwned: p.removeOwned, removeNames: p.removeNames, removeNotes: toolNotes.get(sheet) ?? [] });
  }
  for (const sheet of sheets) {
    patches.push({ sheet, cells: [], deleteSheet: true, removeNames: [...new Set([...doomedNames, ...(bySheet.get(sheet)?.removeNames ?? [])])] });
    removed.push({ kind: "sheet", where: sheet });
  }
  return { patches, removed, kept };
}

/** Whether clearing `areas` leaves the sheet with no content. */
function leftEmpty(g: Grid | undefined, areas: readonly RangeRef[]): boolean {
  if (!g) return false;
  let empty = true;
  g.rows.forEach((row, r) =>
    row.forEach((c, k) => {
      if (!c || ((c.value === null || c.value === "") && c.formula === undefined)) return;
      const at = { row: g.top + r, col: g.left + k };
      if (!areas.some((a) => at.row >= a.top && at.row <= a.bottom && at.col >= a.left && at.col <= a.right)) empty = false;
    }),
  );
  return empty;
}

/**
 * A formula or defined name outside what is being removed that refers to `sheet` (Excel would turn it into #REF!),
 * as "Sheet!A1" or the name; null when none.
 */
function referrer(
  snapshot: WorkbookSnapshot,
  sheet: string,
  deleted: ReadonlySet<string>,
  cleared: ReadonlyMap<string, { clear: RangeRef[] }>,
  removedNames: ReadonlySet<string>,
): string | null {
  const bare = sheet.toLowerCase();
  const quoted = `'${sheet.replace(/'/g, "''")}'!`.toLowerCase();
  const mentions = (text: string): boolean => {
    const t = text.toLowerCase();
    return t.includes(quoted) || new RegExp(`(^|[^\\w.'])${escapeRe(bare)}!`, "u").test(t);
  };
  for (const [name, ref] of Object.entries(snapshot.names)) {
    if (removedNames.has(name) || deleted.has(nameTarget(ref)?.sheet ?? "")) continue;
    if (mentions(ref)) return name;
  }
  for (const g of snapshot.sheets) {
    if (deleted.has(g.sheet)) continue;
    const areas = cleared.get(g.sheet)?.clear ?? [];
    for (let r = 0; r < g.rows.length; r++) {
      const row = g.rows[r] ?? [];
      for (let k = 0; k < row.length; k++) {
        const f = row[k]?.formula;
        if (f === undefined || !mentions(f)) continue;
        const at = { row: g.top + r, col: g.left + k };
        if (areas.some((a) => at.row >= a.top && at.row <= a.bottom && at.col >= a.left && at.col <= a.right)) continue;
        return `${g.sheet}!${rangeA1({ top: at.row, left: at.col, bottom: at.row, right: at.col })}`;
      }
    }
  }
  return null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
