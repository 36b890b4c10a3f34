/**
 * Findings arranged for reading: by table (or by sheet and agency for reports), then, inside each group, what
 * matters first — errors, then warnings, then notes, each in sheet order — with the repeated findings of one rule
 * folded into one line with a count ("31 ô chưa có chỉ tiêu, 2026–2029") that opens to the cells. Pure; headings
 * are named by the caller so the same grouping serves both languages.
 */
import { type Finding, type Severity, sortFindings } from "../../domain/findings";
import { parseA1, parseRange } from "../../sheet/a1";

export { yearSpan } from "../i18n/years";

/** This many findings of one rule in one group fold into one line. */
export const BUNDLE_MIN = 3;

export interface SingleItem {
  readonly kind: "finding";
  readonly key: string;
  readonly finding: Finding;
}

export interface BundleItem {
  readonly kind: "bundle";
  readonly key: string;
  readonly code: Finding["code"];
  readonly severity: Severity;
  readonly findings: readonly Finding[];
  /** The years the findings are about, in order, each once. */
  readonly years: readonly number[];
}

export type GroupItem = SingleItem | BundleItem;

export interface FindingGroup {
  readonly key: string;
  readonly heading: string;
  readonly count: number;
  readonly items: readonly GroupItem[];
}

export interface TableRef {
  readonly sheet: string;
  readonly range: string;
}

/** Groups by the table whose range holds the finding's cell (others last); `heading(null)` names the rest. */
export function groupByTable<T extends TableRef>(findings: readonly Finding[], tables: readonly T[], heading: (table: T | null) => string): FindingGroup[] {
  const buckets = new Map<T | null, Finding[]>();
  for (const f of sortFindings([...findings])) {
    const table = tables.find((t) => holds(t, f)) ?? null;
    const bucket = buckets.get(table) ?? [];
    bucket.push(f);
    buckets.set(table, bucket);
  }
  const order: (T | null)[] = [...tables, null];
  return order.flatMap((table) => {
    const inTable = buckets.get(table);
    if (!inTable) return [];
    const key = table ? `t:${table.sheet}!${table.range}` : "other";
    return [{ key, heading: heading(table), count: inTable.length, items: itemsOf(key, inTable) }];
  });
}

/** Groups by sheet (in sheet order) and a key the caller picks, such as the agency of a report finding. */
export function groupBySheet(findings: readonly Finding[], sectionOf: (f: Finding) => string, heading: (sheet: string, section: string) => string): FindingGroup[] {
  const buckets = new Map<string, { sheet: string; section: string; findings: Finding[] }>();
  for (const f of sortFindings([...findings])) {
    const section = sectionOf(f);
    const key = `s:${f.sheet}\u0000${section}`;
    const b = buckets.get(key) ?? { sheet: f.sheet, section, findings: [] };
    b.findings.push(f);
    buckets.set(key, b);
  }
  return [...buckets].map(([key, b]) => ({ key, heading: heading(b.sheet, b.section), count: b.findings.length, items: itemsOf(key, b.findings) }));
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A group's items: single findings and folded rules, by severity, each at the place of its first finding. */
function itemsOf(groupKey: string, findings: readonly Finding[]): GroupItem[] {
  const byCode = new Map<Finding["code"], Finding[]>();
  for (const f of findings) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  const items: GroupItem[] = [];
  const done = new Set<Finding["code"]>();
  findings.forEach((f, i) => {
    const same = byCode.get(f.code) ?? [];
    if (same.length < BUNDLE_MIN) {
      items.push({ kind: "finding", key: `${groupKey}/${i}`, finding: f });
    } else if (!done.has(f.code)) {
      done.add(f.code);
      items.push({ kind: "bundle", key: `${groupKey}/${f.code}`, code: f.code, severity: f.severity, findings: same, years: yearsOf(same) });
    }
  });
  // By severity, and within one, the findings that stand alone before the folded lines of many (a real mistake is
  // not pushed down by a column of blanks); a stable sort keeps reading order otherwise.
  return items.sort((a, b) => RANK[severityOf(a)] - RANK[severityOf(b)] || (a.kind === "bundle" ? 1 : 0) - (b.kind === "bundle" ? 1 : 0));
}

function severityOf(item: GroupItem): Severity {
  return item.kind === "bundle" ? item.severity : item.finding.severity;
}

function yearsOf(findings: readonly Finding[]): number[] {
  return [...new Set(findings.flatMap((f) => (f.year === null ? [] : [f.year])))].sort((a, b) => a - b);
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
