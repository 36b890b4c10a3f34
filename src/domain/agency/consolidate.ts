/**
 * Merging agency reports from many sheets and files into one report per agency and year, with provenance.
 *
 * - Agencies match by name tolerant of case, spacing, punctuation and diacritics ("Báo Thái Bình" = "bao thai binh");
 *   the first spelling met is kept.
 * - The first row of an agency-year wins. A later row with identical figures is a `report.duplicate` (counted once,
 *   its source added); a later row with different figures raises one `report.conflict` per differing cell, on the
 *   later row's cell, and is left out of the figures and of `sources` until someone settles it.
 * - Missing years: for each period (2023–2025, 2026–2030) in which an agency reported at least once, every year of that
 *   period up to the latest year anyone reported (in any period) without a report from that agency is a
 *   `report.missing_year`, placed on the agency's name cell in its last report of that period. Years before its first
 *   report count too: an agency that starts reporting late is still missing from the earlier figures.
 * - `report.revenue_base_missing` for each merged agency-year with a report-year revenue and no base revenue.
 */
import { type Finding, finding } from "../findings";
import { PERIODS, periodOf } from "../units";
import { type AgencyReport, INDICATOR_FIELDS } from "./report";
import { type ReportRow, type Source, asOperand, readReportRow } from "./reportRow";
import { fold } from "../text";

export type { ReportCell, ReportRow, Source } from "./reportRow";

export type SourcedReport = AgencyReport & { readonly sources: readonly Source[] };

export interface Consolidation {
  /** One report per agency and year, in the order first met. */
  readonly reports: SourcedReport[];
  readonly findings: Finding[];
}

/** How a finding names the other report: "file › sheet › dòng N" (the file is left out when unknown). */
export function describeSource(s: Source): string {
  return [s.file, s.sheet, `dòng ${s.row}`].filter((p) => p !== "").join(" › ");
}

/** The key two spellings of one agency share. */
export function agencyKey(name: string): string {
  return fold(name);
}

interface Entry {
  report: AgencyReport;
  row: ReportRow;
  sources: Source[];
}

export function consolidateReports(rows: readonly ReportRow[]): Consolidation {
  const findings: Finding[] = [];
  const entries = new Map<string, Entry>();

  for (const row of rows) {
    const read = readReportRow(row);
    findings.push(...read.findings);
    const report = read.report;
    if (!report) continue;
    const key = `${agencyKey(report.agency)}|${report.year}`;
    const first = entries.get(key);
    if (!first) {
      entries.set(key, { report, row, sources: [row.source] });
      continue;
    }
    const base = {
      sheet: row.source.sheet,
      year: report.year,
      file: row.source.file,
      agency: report.agency,
      indicator: null,
    };
    const other = describeSource(first.row.source);
    const differing = INDICATOR_FIELDS.filter((f) => !sameValue(report[f], first.report[f]));
    if (differing.length === 0) {
      first.sources.push(row.source);
      findings.push(
        finding({ ...base, code: "report.duplicate", cell: row.cells.agency?.address ?? "", value: report.agency, operands: { other } }),
      );
      continue;
    }
    for (const f of differing) {
      const here = row.cells[f];
      const there = first.row.cells[f];
      const expected = asOperand(there?.value);
      findings.push(
        finding({
          ...base,
          code: "report.conflict",
          cell: here?.address ?? row.cells.agency?.address ?? "",
          value: asOperand(here?.value),
          ...(expected === null ? {} : { expected }),
          operands: { other, column: here?.header ?? there?.header ?? "" },
        }),
      );
    }
  }

  const list = [...entries.values()];
  findings.push(...missingYears(list), ...revenueBaseMissing(list));
  // Object.assign, not `{ ...e.report, sources }`: V8 (Node 20) would give each of tens of thousands of reports a
  // hidden class of its own (16 MB for 600 files, and slower reads of every field).
  return { reports: list.map((e): SourcedReport => Object.assign({}, e.report, { sources: e.sources })), findings };
}

/** Figures equal after reading; revenues compare to a millionth of their size, so 1000 and "1.000" agree. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

function missingYears(entries: readonly Entry[]): Finding[] {
  if (entries.length === 0) return [];
  const latest = Math.max(...entries.map((e) => e.report.year));
  const byAgency = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = agencyKey(e.report.agency);
    byAgency.set(k, [...(byAgency.get(k) ?? []), e]);
  }
  const out: Finding[] = [];
  for (const list of byAgency.values()) {
    for (const years of Object.values(PERIODS)) {
      const inPeriod = list
        .filter((e) => years.includes(e.report.year as never))
        .sort((a, b) => a.report.year - b.report.year);
      const last = inPeriod[inPeriod.length - 1];
      if (!last) continue;
      const reported = inPeriod.map((e) => e.report.year);
      for (const y of years) {
        if (y > latest || reported.includes(y)) continue;
        out.push(
          finding({
            code: "report.missing_year",
            sheet: last.row.source.sheet,
            cell: last.row.cells.agency?.address ?? "",
            indicator: null,
            year: y,
            value: null,
            operands: { reported: reported.join(", "), period: periodOf(y) ?? "" },
            file: last.row.source.file,
            agency: last.report.agency,
          }),
        );
      }
    }
  }
  return out;
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
