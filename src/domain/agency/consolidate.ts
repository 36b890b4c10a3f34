/**
 * Merging agency reports from many sheets and files into one report per agency and year, with provenance
 * (RULES.md "Agency reports", version 2; docs/consolidation-rules.md).
 *
 * - Agencies match by name tolerant of case, spacing, punctuation and diacritics; the first spelling met is kept.
 * - Rows are taken in file-name order (a file's rows in sheet and row order), so "the first report" is the same
 *   whatever order the files arrive in. A later row with identical figures is a `report.duplicate`; one with
 *   different figures raises a `report.conflict` per differing cell. The merged figure is the first row's unless a
 *   choice (conflict key → source) picks another row's; the finding names both sources and which one was kept.
 * - A report naming a province other than the one consolidated (a former province that became it is the same) is a
 *   `report.other_province` warning and is left out. The province is given, or the one most files name.
 * - Missing years and the collection tracker: see ./tracker.
 */
import { type Finding, finding } from "../findings";
import { type Conflict, type ConflictChoices, type ConflictRow, conflictKey, resolveConflict } from "./conflicts";
import { Lineage } from "./lineage";
import { type ProvinceDecision, decideProvince } from "./provinceFilter";
import { type AgencyField, type AgencyReport, INDICATOR_FIELDS } from "./report";
import { type ReportRow, type Source, asOperand, readReportRow } from "./reportRow";
import { agencyKey } from "./text";
import { type Tracker, missingYearFindings, trackCollection } from "./tracker";

export type { ReportCell, ReportRow, Source } from "./reportRow";
export { agencyKey } from "./text";
export type { Conflict, ConflictChoices } from "./conflicts";

export type SourcedReport = AgencyReport & { readonly sources: readonly Source[] };

export interface ConsolidateOptions {
  readonly lineage?: Lineage;
  /** The user's picks among conflicting figures: conflict key → the chosen source ("file › sheet › dòng N"). */
  readonly choices?: ConflictChoices;
  /** The province consolidated, when the caller knows it; otherwise the one most files name. */
  readonly province?: { readonly name: string; readonly from: "option" | "workbook" };
}

export interface Consolidation {
  /** One report per agency and year, in the order first met (file-name order). */
  readonly reports: SourcedReport[];
  readonly findings: Finding[];
  /** Every figure reported differently, with the row kept. */
  readonly conflicts: Conflict[];
  /** Agencies × years: reported, missing, conflicting. */
  readonly tracker: Tracker;
  /** The province consolidated and how it was known; null when no report names one and none was given. */
  readonly province: ProvinceDecision | null;
}

/** How a finding names a report: "file › sheet › dòng N" (the file is left out when unknown). */
export function describeSource(s: Source): string {
  return [s.file, s.sheet, `dòng ${s.row}`].filter((p) => p !== "").join(" › ");
}

interface Entry {
  report: AgencyReport;
  row: ReportRow;
  sources: Source[];
  /** The later rows of the agency-year that could be read, with their own figures; null while there are none. */
  others: ConflictRow[] | null;
}

/** Rows in file-name order; within a file as given (sheet tab order, then row). */
export function inNameOrder(rows: readonly ReportRow[]): ReportRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row.source.file < b.row.source.file ? -1 : a.row.source.file > b.row.source.file ? 1 : a.i - b.i))
    .map((x) => x.row);
}

export function consolidateReports(input: readonly ReportRow[], opts: ConsolidateOptions = {}): Consolidation {
  const lineage = opts.lineage ?? Lineage.of();
  const rows = inNameOrder(input);
  const province = decideProvince(rows, lineage, opts.province);
  const findings: Finding[] = [...province.findings];
  const entries = new Map<string, Entry>();
  const prefilled: Array<{ agency: string; year: number | null; row: ReportRow }> = [];

  for (const row of rows) {
    if (province.excluded.has(row)) continue;
    const read = readReportRow(row);
    findings.push(...read.findings);
    if (read.prefilled) prefilled.push({ ...read.prefilled, row });
    const report = read.report;
    if (!report) continue;
    const key = `${agencyKey(report.agency)}|${report.year}`;
    const first = entries.get(key);
    if (!first) {
      entries.set(key, { report, row, sources: [row.source], others: null });
      continue;
    }
    (first.others ??= []).push({ row, report });
    if (INDICATOR_FIELDS.every((f) => sameValue(report[f], first.report[f]))) {
      first.sources.push(row.source);
      findings.push(
        finding({
          code: "report.duplicate",
          sheet: row.source.sheet,
          cell: row.cells.agency?.address ?? "",
          indicator: null,
          year: report.year,
          value: report.agency,
          operands: { other: describeSource(first.row.source) },
          file: row.source.file,
          agency: first.report.agency,
        }),
      );
    }
  }

  const conflicts: Conflict[] = [];
  const list = [...entries.values()];
  for (const e of list) {
    if (e.others === null) continue;
    const rows: ConflictRow[] = [{ row: e.row, report: e.report }, ...e.others];
    let merged: AgencyReport | null = null;
    for (const field of INDICATOR_FIELDS) {
      if (rows.every((r) => sameValue(r.report[field], e.report[field]))) continue;
      const { findings: found, ...conflict } = resolveConflict(conflictKey(e.report.agency, e.report.year, field), field, rows, opts.choices);
      conflicts.push(conflict);
      findings.push(...found);
      const kept = rows.find((r) => r.row.source === conflict.kept);
      if (kept && kept !== rows[0]) {
        // A copy: the first row's own reading stays as it was for the other fields' comparisons.
        merged ??= Object.assign({}, e.report);
        (merged as Record<AgencyField, unknown>)[field] = kept.report[field];
        if (!e.sources.includes(kept.row.source)) e.sources.push(kept.row.source);
      }
    }
    if (merged) e.report = merged;
  }

  const tracker = trackCollection({ entries: list, prefilled, conflicts, lineage });
  findings.push(...missingYearFindings(tracker, list, prefilled, lineage), ...revenueBaseMissing(list));
  // Object.assign, not `{ ...e.report, sources }`: V8 (Node 20) would give each of tens of thousands of reports a
  // hidden class of its own (16 MB for 600 files, and slower reads of every field).
  const reports = list.map((e): SourcedReport => Object.assign({}, e.report, { sources: e.sources }));
  return { reports, findings, conflicts, tracker, province: province.decision };
}

/** Figures equal after reading; revenues compare to a millionth of their size, so 1000 and "1.000" agree. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

function revenueBaseMissing(entries: readonly Entry[]): Finding[] {
  return entries
    .filter((e) => e.report.revenue !== null && e.report.baseRevenue === null)
    .map((e) => {
      const cell = e.row.cells.baseRevenue ?? e.row.cells.revenue;
      return finding({
        code: "report.revenue_base_missing",
        sheet: e.row.source.sheet,
        cell: cell?.address ?? "",
        indicator: "revenue",
        year: e.report.year,
        value: asOperand(e.row.cells.baseRevenue?.value),
        file: e.row.source.file,
        agency: e.report.agency,
      });
    });
}
