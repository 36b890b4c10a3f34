/** Human output of `pressdx validate`: findings grouped by sheet and table, one line each. */
import type { AppendixTable } from "../domain/appendix";
import type { Finding, FindingSummary } from "../domain/findings";
import { renderMessage, type Lang } from "../domain/messages";
import type { ChangeSummary, FindingReview } from "../domain/review";
import { parseA1, parseRange } from "../sheet/a1";
import { cliTexts } from "./i18n";
import { bold, dim, severityTag } from "./style";
import { plain } from "./terminal";

export function tableYears(t: AppendixTable): string {
  const ys = t.yearColumns.map((c) => c.year);
  return ys.length ? `${Math.min(...ys)}–${Math.max(...ys)}` : "";
}

function tableOf(f: Finding, tables: readonly AppendixTable[]): AppendixTable | undefined {
  if (!f.cell) return undefined;
  const at = parseA1(f.cell);
  return tables.find((t) => {
    if (t.sheet !== f.sheet) return false;
    const r = parseRange(t.range);
    return at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right;
  });
}

export function formatValidation(opts: {
  file: string;
  tables: readonly AppendixTable[];
  findings: readonly Finding[];
  summary: FindingSummary;
  lang: Lang;
  /** The reviewer's decisions, one per finding: accepted ones are marked as such. */
  reviews?: readonly FindingReview[];
  changes?: ChangeSummary | null;
}): string {
  const { lang } = opts;
  const t = cliTexts(lang);
  const out: string[] = [bold(t.validating(plain(opts.file)))];
  out.push(t.recognised(opts.tables.length));
  const groups = new Map<string, { title: string; findings: Finding[] }>();
  for (const table of opts.tables) {
    groups.set(`${table.sheet}!${table.range}`, {
      title: bold(`${plain(table.sheet)} › ${table.range} (${tableYears(table)})`) + (table.title ? dim(` — ${plain(table.title)}`) : ""),
      findings: [],
    });
  }
  const loose: Finding[] = [];
  const reviewOf = new Map(opts.findings.map((f, i) => [f, opts.reviews?.[i]] as const));
  for (const f of opts.findings) {
    const table = tableOf(f, opts.tables);
    if (table) groups.get(`${table.sheet}!${table.range}`)?.findings.push(f);
    else loose.push(f);
  }
  for (const g of groups.values()) {
    out.push("", g.title);
    if (g.findings.length === 0) out.push(`  ${t.noFindings}`);
    for (const f of g.findings) out.push(findingLine(f, lang, reviewOf.get(f)));
  }
  if (loose.length) {
    out.push("");
    for (const f of loose) out.push(findingLine(f, lang, reviewOf.get(f)));
  }
  const accepted = (opts.reviews ?? []).filter((r) => r.status === "accepted").length;
  out.push("", bold(t.total(opts.summary) + (accepted === 0 ? "" : ` ${t.accepted(accepted)}`)));
  if (opts.changes) out.push(t.changes(opts.changes));
  return out.join("\n") + "\n";
}

/** One finding on one line: severity, cell, message (workbook text made plain), code; and the reviewer's decision. */
export function findingLine(f: Finding, lang: Lang, review?: FindingReview): string {
  const where = plain(f.cell).padEnd(6);
  const t = cliTexts(lang);
  const decided = review?.status === "accepted" ? ` ${t.acceptedMark}: ${plain(review.reason ?? "")}` : review?.status === "reopened" ? ` ${t.reopenedMark}` : "";
  return `  ${severityTag(f.severity, lang)} ${where} ${plain(renderMessage(f, lang))}${decided} ${dim(`[${f.code}]`)}`;
}
