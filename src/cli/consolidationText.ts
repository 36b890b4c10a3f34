/** Human output of `pressdx consolidate`: the sources read, a summary, then findings by file and sheet, one line each. */
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
