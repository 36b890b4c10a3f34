/**
 * Which tables belong to one plan, for the year-on-year rule. A plan is normally one sheet (the 2023–2025 and
 * 2026–2030 tables one above the other, as in the Thái Bình appendix). Some workbooks put each period on its own
 * sheet: when no sheet holds both periods and the workbook has exactly one table of each, those two tables are one
 * plan. With more tables than that we cannot tell which pairs up with which, so each sheet stays on its own.
 */
import type { AppendixTable } from "../appendix";
import { periodOf, type Period } from "../units";

/** The period a table belongs to: that of its first year column within 2023–2030. */
export function tablePeriod(table: AppendixTable): Period | null {
  for (const col of table.yearColumns) {
    const p = periodOf(col.year);
    if (p) return p;
  }
  return null;
}

/** Groups tables (given by index) into plans, in the order of the tables. */
export function groupPlans(tables: readonly AppendixTable[]): number[][] {
  const bySheet = new Map<string, number[]>();
  tables.forEach((t, i) => {
    const group = bySheet.get(t.sheet) ?? [];
    group.push(i);
    bySheet.set(t.sheet, group);
  });
  const groups = [...bySheet.values()];

  const periodsOf = (group: readonly number[]): Set<Period | null> =>
    new Set(group.map((i) => (tables[i] ? tablePeriod(tables[i]) : null)));
  const sheetHoldsBoth = groups.some((g) => {
    const p = periodsOf(g);
    return p.has("2023-2025") && p.has("2026-2030");
  });
  const early = tables.flatMap((t, i) => (tablePeriod(t) === "2023-2025" ? [i] : []));
  const late = tables.flatMap((t, i) => (tablePeriod(t) === "2026-2030" ? [i] : []));
  const [e] = early;
  const [l] = late;
  if (sheetHoldsBoth || early.length !== 1 || late.length !== 1 || e === undefined || l === undefined) return groups;

  const earlyGroup = groups.find((g) => g.includes(e));
  const lateGroup = groups.find((g) => g.includes(l));
  if (!earlyGroup || !lateGroup || earlyGroup === lateGroup) return groups;
  const merged = [...earlyGroup, ...lateGroup].sort((a, b) => a - b);
  return groups.filter((g) => g !== lateGroup).map((g) => (g === earlyGroup ? merged : g));
}
