/**
 * Findings arranged for reading: by table, then by indicator, in sheet order. Pure; the headings are named by the
 * caller so the same grouping serves both languages.
 */
import { type Finding, sortFindings } from "../../domain/findings";
import type { IndicatorId } from "../../domain/indicators";
import { parseA1, parseRange } from "../../sheet/a1";

export interface FindingSection {
  readonly key: string;
  readonly heading: string;
  readonly findings: readonly Finding[];
}

export interface FindingGroup {
  readonly key: string;
  readonly heading: string;
  readonly sections: readonly FindingSection[];
}

export interface TableRef {
  readonly sheet: string;
  readonly range: string;
}

export interface GroupNames<T extends TableRef> {
  /** The heading of a table's group; `null` names the group of findings outside every table. */
  table(table: T | null): string;
  /** The heading of an indicator's section; `null` for findings about no indicator. */
  indicator(id: IndicatorId | null): string;
}

/** Groups by the table whose range holds the finding's cell (others last), then by indicator in order of appearance. */
export function groupByTable<T extends TableRef>(findings: readonly Finding[], tables: readonly T[], names: GroupNames<T>): FindingGroup[] {
  const buckets = new Map<T | null, Finding[]>();
  for (const f of sortFindings([...findings])) {
    const table = tables.find((t) => holds(t, f)) ?? null;
    const bucket = buckets.get(table) ?? [];
    bucket.push(f);
    buckets.set(table, bucket);
  }
  const order: (T | null)[] = [...tables, null];
  return order.flatMap((table, i) => {
    const inTable = buckets.get(table);
    if (!inTable) return [];
    return [{ key: table ? `t${i}` : "other", heading: names.table(table), sections: sectionsBy(inTable, (f) => f.indicator, (id) => names.indicator(id)) }];
  });
}

/** Groups by sheet (in sheet order), then by a key the caller picks, such as the agency of a report finding. */
export function groupBySheet(findings: readonly Finding[], sectionOf: (f: Finding) => string): FindingGroup[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of sortFindings([...findings])) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  return [...bySheet].map(([sheet, inSheet], i) => ({ key: `s${i}`, heading: sheet, sections: sectionsBy(inSheet, sectionOf, (k) => k) }));
}

function sectionsBy<K>(findings: readonly Finding[], keyOf: (f: Finding) => K, heading: (k: K) => string): FindingSection[] {
  const sections = new Map<K, Finding[]>();
  for (const f of findings) {
    const k = keyOf(f);
    sections.set(k, [...(sections.get(k) ?? []), f]);
  }
  return [...sections].map(([k, fs], i) => ({ key: `i${i}`, heading: heading(k), findings: fs }));
}

function holds(table: TableRef, f: Finding): boolean {
  if (f.sheet !== table.sheet || f.cell === "") return false;
  try {
    const r = parseRange(table.range);
    const c = parseA1(f.cell);
    return c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right;
  } catch {
    // An address the pane cannot read still shows, among the findings outside every table.
    return false;
  }
}
