/** Human output of `pressdx consolidate`: the sources read, a summary, then findings by file and sheet, one line each. */
import { describeSource } from "../domain/agency/consolidate";
import type { Finding, FindingSummary } from "../domain/findings";
import type { Lang } from "../domain/messages";
import type { AgencyConsolidation } from "../usecases/consolidateAgencies";
import { cliTexts } from "./i18n";
import { bold } from "./style";
import { plain } from "./terminal";
import { findingLine } from "./validationText";

export function formatConsolidation(opts: {
  result: AgencyConsolidation;
  summary: FindingSummary;
  lang: Lang;
}): string {
  const { result, summary, lang } = opts;
  const t = cliTexts(lang);
  const out: string[] = [bold(t.consolidating)];
  out.push(t.filesRead(result.sources.length));
  for (const src of result.sources) {
    out.push("error" in src ? `  ${plain(src.file)}: ${t.unreadable} (${plain(src.error)})` : `  ${plain(src.file)}: ${t.sourceRead(src)}`);
  }
  out.push("", bold(t.merged(result.reports.length, summary)));
  if (result.province) out.push(plain(t.provinceConsolidated(result.province.name)));
  out.push(...trackerLines(result, lang));

  // Findings arrive ordered by file then sheet; group them in that order.
  let file: string | undefined;
  let sheet: string | undefined;
  for (const f of result.findings) {
    if (f.file !== file) {
      file = f.file;
      sheet = undefined;
      out.push("", bold(plain(file ?? "")));
    }
    if (f.sheet !== "" && f.sheet !== sheet) {
      sheet = f.sheet;
      out.push(`  › ${plain(sheet)}`);
    }
    out.push(f.sheet === "" ? findingLine(f, lang) : `  ${findingLine(f, lang)}`);
  }
  return out.join("\n") + "\n";
}

/** "Who have we not heard from": per year, the agencies missing, then those with conflicting figures. */
function trackerLines(result: AgencyConsolidation, lang: Lang): string[] {
  const t = cliTexts(lang);
  const { tracker } = result;
  const lines = tracker.years.map((year, i) => {
    const missing = tracker.rows.filter((r) => r.states[i] === "missing").map((r) => plain(r.agency));
    const conflict = tracker.rows.filter((r) => r.states[i] === "conflict").map((r) => plain(r.agency));
    const reported = tracker.rows.filter((r) => r.states[i] === "reported" || r.states[i] === "conflict").length;
    return `  ${t.trackerYear(year, reported, missing, conflict)}`;
  });
  return lines.length === 0 ? [] : [t.trackerHeading, ...lines];
}

/** The tracker and the conflicts as `--json` adds them. */
export function consolidationJson(result: AgencyConsolidation): Record<string, unknown> {
  return {
    tracker: {
      years: result.tracker.years,
      rows: result.tracker.rows.map((r) => ({
        agency: r.agency,
        successor: r.successor,
        states: Object.fromEntries(result.tracker.years.map((y, i) => [String(y), r.states[i] ?? null])),
      })),
    },
    conflicts: result.conflicts.map((c) => ({
      key: c.key,
      agency: c.agency,
      year: c.year,
      field: c.field,
      column: c.column,
      candidates: c.candidates.map((x) => ({ source: describeSource(x.source), value: x.value })),
      kept: describeSource(c.kept),
      by: c.by,
    })),
  };
}

/** Findings as `--json` prints them: every key present, null when a finding has no such detail. */
export function findingJson(f: Finding, message: string): Record<string, string | number | null> {
  return {
    code: f.code,
    severity: f.severity,
    file: f.file ?? null,
    sheet: f.sheet,
    cell: f.cell,
    agency: f.agency ?? null,
    year: f.year,
    message,
  };
}
