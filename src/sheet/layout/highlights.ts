/**
 * Highlights: conditional formats the tool owns, one rule per run of flagged cells, in the colour of the cells'
 * worst finding. A conditional format is drawn over the cell's own fill without changing it, so the user's
 * formatting is never touched and removing the rules ("Xóa đánh dấu") shows the cells exactly as they were. The
 * rules live in the workbook: a reviewer without the add-in sees them too.
 */
import type { Finding, Severity } from "../../domain/findings";
import { parseA1, parseRange, rangeA1, type RangeRef } from "../a1";
import type { ConditionalFormatSpec, SheetPatch } from "../patch";
import { SEVERITY_FILL, SEVERITY_FONT } from "./palette";

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/**
 * The owner of every highlight rule starts with this. The rest names the rule itself — its table, its cells and the
 * severity it shows, "highlight:A5:H11_C7:D7_error" — so a check that finds the same problems finds the same owners
 * and writes nothing, and one changed finding rewrites one rule (a live re-check sends a few hundred bytes, not every
 * rule of the workbook).
 */
export const HIGHLIGHT_OWNER = "highlight";

export function isHighlightOwner(owner: string): boolean {
  return owner === HIGHLIGHT_OWNER || owner.startsWith(`${HIGHLIGHT_OWNER}:`);
}

/** The table a highlight owner belongs to ("A5:H11"), "" for cells outside any table or an owner of no table. */
export function highlightTable(owner: string): string {
  return owner.slice(HIGHLIGHT_OWNER.length + 1).split("_")[0] ?? "";
}

function ruleOwner(table: string, run: RangeRef, severity: Severity): string {
  return `${HIGHLIGHT_OWNER}:${table}_${rangeA1(run)}_${severity}`;
}

export interface HighlightOptions {
  /** Info findings are not highlighted unless asked: they are not problems. */
  readonly includeInfo?: boolean;
  /** The target tables' ranges by sheet: a table's rules get an owner of their own, so one table can be re-checked alone. */
  readonly tables?: ReadonlyArray<{ readonly sheet: string; readonly range: string }>;
}

export interface HighlightPlan {
  /** Per sheet, the rules that show the findings, one owner each. */
  readonly bySheet: ReadonlyMap<string, ReadonlyArray<ConditionalFormatSpec>>;
  /** Cells highlighted. */
  readonly cells: number;
  /** Cells highlighted, per sheet. */
  readonly cellsBySheet: ReadonlyMap<string, number>;
}

/** The rules that highlight the findings' cells. */
export function highlightRules(findings: readonly Finding[], opts: HighlightOptions = {}): HighlightPlan {
  const worst = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    if (!f.cell || !f.sheet || (f.severity === "info" && !opts.includeInfo)) continue;
    let bySheet = worst.get(f.sheet);
    if (!bySheet) worst.set(f.sheet, (bySheet = new Map()));
    const prev = bySheet.get(f.cell);
    if (!prev || RANK[f.severity] > RANK[prev]) bySheet.set(f.cell, f.severity);
  }
  const tables = (opts.tables ?? []).map((t) => ({ sheet: t.sheet.toLowerCase(), range: t.range, ref: parseRange(t.range) }));
  const tableOf = (sheet: string, row: number, col: number): string =>
    tables.find((x) => x.sheet === sheet.toLowerCase() && inside(x.ref, row, col))?.range ?? "";

  const bySheet = new Map<string, ConditionalFormatSpec[]>();
  const cellsBySheet = new Map<string, number>();
  let count = 0;
  for (const [sheet, cells] of worst) {
    // Group by table and severity, then join horizontal runs of adjacent cells into one rule each.
    const groups = new Map<string, Array<{ row: number; col: number }>>();
    for (const [address, severity] of cells) {
      const { row, col } = parseA1(address);
      const key = `${tableOf(sheet, row, col)}\u0000${severity}`;
      const list = groups.get(key) ?? [];
      list.push({ row, col });
      groups.set(key, list);
      count++;
    }
    cellsBySheet.set(sheet, cells.size);
    const rules: ConditionalFormatSpec[] = [];
    for (const [key, list] of groups) {
      const [table = "", severity = "error"] = key.split("\u0000") as [string, Severity];
      for (const run of runs(list)) {
        rules.push({
          owner: ruleOwner(table, run, severity),
          range: rangeA1(run),
          formula: "TRUE",
          style: { fill: SEVERITY_FILL[severity], font: { color: SEVERITY_FONT[severity] } },
        });
      }
    }
    bySheet.set(sheet, rules);
  }
  return { bySheet, cells: count, cellsBySheet };
}

/**
 * Patches that bring the highlights to the plan: on each sheet, the rules the plan has that the sheet lacks are
 * added, and the sheet's highlight rules the plan no longer has are removed — of those `replaceable` (a check of some
 * tables replaces only theirs). A rule already there is left as it is: nothing is written for unchanged findings.
 * `existing`: the highlight owners on each sheet, from the snapshot.
 */
export function highlightPatches(
  plan: HighlightPlan,
  existing: ReadonlyMap<string, readonly string[]>,
  replaceable: (sheet: string, owner: string) => boolean,
): SheetPatch[] {
  const sheets = new Map<string, string>();
  for (const s of [...existing.keys(), ...plan.bySheet.keys()]) if (!sheets.has(s.toLowerCase())) sheets.set(s.toLowerCase(), s);
  const patches: SheetPatch[] = [];
  for (const sheet of sheets.values()) {
    const have = new Set([...existing].filter(([s]) => s.toLowerCase() === sheet.toLowerCase()).flatMap(([, owners]) => owners));
    const want = [...plan.bySheet].filter(([s]) => s.toLowerCase() === sheet.toLowerCase()).flatMap(([, rules]) => rules);
    const wanted = new Set(want.map((r) => r.owner));
    const removeOwned = [...have].filter((o) => replaceable(sheet, o) && !wanted.has(o));
    const conditionalFormats = want.filter((r) => !have.has(r.owner));
    if (removeOwned.length + conditionalFormats.length > 0) patches.push({ sheet, cells: [], removeOwned, conditionalFormats });
  }
  return patches;
}

function inside(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Cells sorted by row then column, joined into horizontal runs of adjacent cells. */
function runs(cells: ReadonlyArray<{ row: number; col: number }>): RangeRef[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: RangeRef[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.top === c.row && last.right === c.col - 1) out[out.length - 1] = { ...last, right: c.col };
    else out.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  return out;
}
