/**
 * target.decreasing: a target should not fall from one year to the next, across the tables of one plan
 * (2025 → 2026 too). Each year is compared with the nearest earlier year that has a usable figure, so an
 * unreadable or blank year is skipped rather than blamed twice. Qualified figures are compared as written.
 * Revenue: the share may fall only if the threshold rises; a threshold must not fall.
 */
import type { RawFigure } from "../appendix";
import { finding, type Finding, NO_FINDINGS } from "../findings";
import type { IndicatorId } from "../indicators";
import { indicator } from "../indicators";
import { HALF_POINT, rawOperand, type ReadCell, type TargetRowReading } from "./reading";

export interface PlanTable {
  readonly rows: readonly TargetRowReading[];
  /** Year columns (by position) that cannot be placed in time: outside 2023–2030 or repeated. */
  readonly misplacedColumns: ReadonlySet<number>;
}

interface Entry {
  readonly table: number;
  readonly year: number;
  readonly rc: ReadCell;
  readonly share: number;
  readonly threshold: number | null;
}

export function checkDecreasing(plan: readonly PlanTable[]): Finding[] {
  const byIndicator = new Map<IndicatorId, Entry[]>();
  plan.forEach((t, table) => {
    for (const { row, cells } of t.rows) {
      if (row.indicator === null) continue;
      const list = byIndicator.get(row.indicator) ?? [];
      cells.forEach((rc, col) => {
        const a = rc.assessment;
        // An increase ("tăng 5%") is a change, not a level: no year-on-year comparison either way.
        if (a.status !== "ok" || a.qualifier === "increase" || t.misplacedColumns.has(col)) return;
        list.push({ table, year: rc.cell.year, rc, share: a.share, threshold: a.threshold });
      });
      byIndicator.set(row.indicator, list);
    }
  });

  const out: Finding[] = [];
  for (const [id, entries] of byIndicator) {
    const compound = indicator(id).compound;
    for (const current of entries) {
      const previous = nearestEarlier(entries, current);
      if (!previous) continue;
      const found = compare(id, compound, previous, current);
      for (let i = 0; i < found.length; i++) out.push(found[i] as Finding);
    }
  }
  return out;
}

/** The usable entry of the nearest earlier year, preferring the current entry's own table. */
function nearestEarlier(entries: readonly Entry[], current: Entry): Entry | undefined {
  let best: Entry | undefined;
  for (const e of entries) {
    if (e.year >= current.year) continue;
    if (!best || e.year > best.year || (e.year === best.year && e.table === current.table && best.table !== current.table)) {
      best = e;
    }
  }
  return best;
}

function compare(id: IndicatorId, compound: boolean, previous: Entry, current: Entry): readonly Finding[] {
  const t0 = previous.threshold;
  const t1 = current.threshold;
  const bothThresholds = compound && t0 !== null && t1 !== null;
  const thresholdFell = bothThresholds && t1 < t0 - HALF_POINT;
  // A smaller share of agencies is fine when each of them must grow more; a zero share has no threshold to raise.
  const thresholdRose = bothThresholds && t1 > t0 + HALF_POINT;
  const shareFell = current.share < previous.share - HALF_POINT && !thresholdRose;
  // Most years do not fall: decided before any finding is built (every figure of a plan comes through here).
  if (!thresholdFell && !shareFell) return NO_FINDINGS;
  // A threshold read from a cell of its own (revenue on two rows or in two columns) is flagged on that cell.
  const on = (part: "share" | "threshold"): { cell: string; raw: RawFigure } =>
    part === "threshold" && current.rc.thresholdAt ? current.rc.thresholdAt : current.rc.cell;
  const make = (part: "share" | "threshold", now: number, before: number): Finding =>
    finding({
      code: "target.decreasing",
      sheet: current.rc.table.sheet,
      cell: on(part).cell,
      indicator: id,
      year: current.year,
      value: rawOperand(on(part).raw),
      expected: before,
      operands: { part, current: now, previous: before, previousYear: previous.year },
    });
  const out: Finding[] = [];
  if (thresholdFell) out.push(make("threshold", t1 as number, t0 as number));
  if (shareFell) out.push(make("share", current.share, previous.share));
  return out;
}
