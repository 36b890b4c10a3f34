/**
 * The collection tracker — "who have we not heard from": agencies × years, each cell reported, conflicting (the
 * agency-year reported with different figures), missing, or not expected (the agency did not exist that year, by
 * the lineage table).
 *
 * Agencies: every agency with a report or a pre-filled row (a form returned without figures), the former agencies
 * the lineage table names for them, and the agencies they became. Years: every year someone reported, and the
 * years of pre-filled rows.
 *
 * `report.missing_year` (RULES.md version 2): a year the agency was expected and did not report while other agencies
 * reported it. It sits on the agency's pre-filled row for that year, else its name cell in its latest report, else
 * its row of the lineage table.
 */
import { type Finding, finding } from "../findings";
import { viOrder } from "../text";
import { isPlanYear, periodOf } from "../units";
import type { Conflict } from "./conflicts";
import type { Lineage } from "./lineage";
import type { AgencyReport } from "./report";
import type { ReportRow } from "./reportRow";
import { agencyKey } from "./text";

export type TrackState = "reported" | "conflict" | "missing" | "not_expected";

export interface TrackerRow {
  readonly agency: string;
  /** The agency it became (lineage), when it is not itself. */
  readonly successor: string | null;
  /** One state per tracker year, in the tracker's year order. */
  readonly states: readonly TrackState[];
}

export interface Tracker {
  readonly years: readonly number[];
  /** Years at least one agency reported (a missing finding needs one). */
  readonly reportedYears: readonly number[];
  readonly rows: readonly TrackerRow[];
}

interface Entry {
  readonly report: AgencyReport;
  readonly row: ReportRow;
}

interface Prefilled {
  readonly agency: string;
  readonly year: number | null;
  readonly row: ReportRow;
}

export function trackCollection(input: {
  readonly entries: readonly Entry[];
  readonly prefilled: readonly Prefilled[];
  readonly conflicts: readonly Conflict[];
  readonly lineage: Lineage;
}): Tracker {
  const { entries, prefilled, conflicts, lineage } = input;
  const reported = new Set(entries.map((e) => `${agencyKey(e.report.agency)}|${e.report.year}`));
  const conflicting = new Set(conflicts.map((c) => `${agencyKey(c.agency)}|${c.year}`));
  const reportedYears = [...new Set(entries.map((e) => e.report.year))].sort((a, b) => a - b);
  const years = [...new Set([...reportedYears, ...prefilled.flatMap((p) => (p.year !== null && isPlanYear(p.year) ? [p.year] : []))])].sort(
    (a, b) => a - b,
  );

  const names = new Map<string, string>();
  const add = (name: string): void => {
    if (!names.has(agencyKey(name))) names.set(agencyKey(name), name);
  };
  for (const e of entries) add(e.report.agency);
  for (const p of prefilled) add(p.agency);
  // The former agencies of those present, and what those present became (chains followed). Not the other formers
  // of a successor added so: they may belong to another (former) province.
  for (const name of [...names.values()]) for (const f of lineage.formers("agency", name)) add(f.former);
  for (const name of [...names.values()]) {
    const seen = new Set<string>();
    for (let e = lineage.entryOf("agency", name); e && !seen.has(agencyKey(e.successor)); e = lineage.entryOf("agency", e.successor)) {
      seen.add(agencyKey(e.successor));
      add(e.successor);
    }
  }

  const did = (name: string, year: number): boolean => reported.has(`${agencyKey(name)}|${year}`);
  const rows = [...names.values()].map((agency): TrackerRow => {
    const current = lineage.current("agency", agency);
    return {
      agency,
      successor: agencyKey(current) === agencyKey(agency) ? null : current,
      states: years.map((y): TrackState => {
        const key = `${agencyKey(agency)}|${y}`;
        if (reported.has(key)) return conflicting.has(key) ? "conflict" : "reported";
        return lineage.expected(agency, y, did) ? "missing" : "not_expected";
      }),
    };
  });
  rows.sort((a, b) => viOrder(a.successor ?? a.agency, b.successor ?? b.agency) || viOrder(a.agency, b.agency));
  return { years, reportedYears, rows };
}

export function missingYearFindings(
  tracker: Tracker,
  entries: readonly Entry[],
  prefilled: readonly Prefilled[],
  lineage: Lineage,
): Finding[] {
  const out: Finding[] = [];
  const someoneReported = new Set(tracker.reportedYears);
  // Indexed once: a consolidation of 600 files has thousands of agencies and tens of thousands of reports.
  const byAgency = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = agencyKey(e.report.agency);
    const list = byAgency.get(k);
    if (list) list.push(e);
    else byAgency.set(k, [e]);
  }
  const forms = new Map<string, Prefilled>();
  for (const p of prefilled) {
    const k = `${agencyKey(p.agency)}|${p.year ?? ""}`;
    if (!forms.has(k)) forms.set(k, p);
  }
  for (const t of tracker.rows) {
    const own = [...(byAgency.get(agencyKey(t.agency)) ?? [])].sort((a, b) => a.report.year - b.report.year);
    const years = own.map((e) => e.report.year);
    tracker.years.forEach((year, i) => {
      if (t.states[i] !== "missing" || !someoneReported.has(year)) return;
      const form = forms.get(`${agencyKey(t.agency)}|${year}`);
      const last = own[own.length - 1];
      const place = form?.row ?? last?.row;
      const lineageRow = lineage.entryOf("agency", t.agency)?.at ?? lineage.formers("agency", t.agency)[0]?.at;
      out.push(
        finding({
          code: "report.missing_year",
          sheet: place?.source.sheet ?? lineageRow?.sheet ?? "",
          cell: (place ? place.cells.agency?.address : lineageRow?.cell) ?? "",
          indicator: null,
          year,
          value: null,
          operands: { reported: years.join(", "), period: periodOf(year) ?? "" },
          ...(place ? { file: place.source.file } : lineageRow ? { file: lineageRow.file } : {}),
          agency: t.agency,
        }),
      );
    });
  }
  return out;
}
