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

/** The owner of every highlight rule starts with this; the rest names the table the rule belongs to. */
export const HIGHLIGHT_OWNER = "highlight";

export function isHighlightOwner(owner: string): boolean {
  return owner === HIGHLIGHT_OWNER || owner.startsWith(`${HIGHLIGHT_OWNER}:`);
}

export interface HighlightOptions {
  /** Info findings are not highlighted unless asked: they are not problems. */
  readonly includeInfo?: boolean;
  /** The target tables' ranges by sheet: a table's rules get an owner of their own, so one table can be re-checked alone. */
  readonly tables?: ReadonlyArray<{ readonly sheet: string; readonly range: string }>;
}

export interface HighlightPlan {
  /** Per sheet, the rules to add, grouped by owner. */
  readonly bySheet: ReadonlyMap<string, ReadonlyArray<ConditionalFormatSpec>>;
  /** Cells highlighted. */
  readonly cells: number;
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
  const ownerOf = (sheet: string, row: number, col: number): string => {
    const t = tables.find((x) => x.sheet === sheet.toLowerCase() && inside(x.ref, row, col));
    return t ? `${HIGHLIGHT_OWNER}:${t.range}` : HIGHLIGHT_OWNER;
  };

  const bySheet = new Map<string, ConditionalFormatSpec[]>();
  let count = 0;
  for (const [sheet, cells] of worst) {
    // Group by owner and severity, then join horizontal runs of adjacent cells into one rule each.
    const groups = new Map<string, Array<{ row: number; col: number }>>();
    for (const [address, severity] of cells) {
      const { row, col } = parseA1(address);
      const key = `${ownerOf(sheet, row, col)}\u0000${severity}`;
      const list = groups.get(key) ?? [];
      list.push({ row, col });
      groups.set(key, list);
      count++;
    }
    const rules: ConditionalFormatSpec[] = [];
    for (const [key, list] of groups) {
      const [owner = HIGHLIGHT_OWNER, severity = "error"] = key.split("\u0000") as [string, Severity];
      for (const run of runs(list)) {
        rules.push({ owner, range: rangeA1(run), formula: "TRUE", style: { fill: SEVERITY_FILL[severity], font: { color: SEVERITY_FONT[severity] } } });
      }
    }
    bySheet.set(sheet, rules);
  }
  return { bySheet, cells: count };
}

/**
 * Patches that replace the highlights: on every sheet that has highlight rules of the given owners (`stale`, from
 * the snapshot) or gets new ones, the old rules go and the new ones come.
 */
export function highlightPatches(plan: HighlightPlan, stale: ReadonlyMap<string, readonly string[]>): SheetPatch[] {
  const sheets = new Map<string, string>();
  for (const s of [...stale.keys(), ...plan.bySheet.keys()]) if (!sheets.has(s.toLowerCase())) sheets.set(s.toLowerCase(), s);
  return [...sheets.values()].map((sheet) => {
    const rules = plan.bySheet.get(sheet) ?? [];
    const remove = new Set([...(stale.get(sheet) ?? []), ...rules.map((r) => r.owner)]);
    return { sheet, cells: [], removeOwned: [...remove], conditionalFormats: rules };
  });
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
