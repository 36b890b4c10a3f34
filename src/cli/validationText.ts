/** Human output of `pressdx validate`: findings grouped by sheet and table, one line each. */
import type { AppendixTable } from "../domain/appendix";
import type { Finding, FindingSummary } from "../domain/findings";
import { renderMessage, type Lang } from "../domain/messages";
import type { ChangeSummary, FindingReview } from "../domain/review";
import { parseA1, parseRange } from "../sheet/a1";
import { bold, dim, severityTag } from "./style";

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
  const vi = lang === "vi";
  const out: string[] = [bold(`${vi ? "Kiểm tra" : "Validating"} ${opts.file}`)];
  out.push(
    vi ? `Nhận diện ${opts.tables.length} bảng chỉ tiêu.` : `Recognised ${opts.tables.length} target table(s).`,
  );
  const groups = new Map<string, { title: string; findings: Finding[] }>();
  for (const t of opts.tables) {
    groups.set(`${t.sheet}!${t.range}`, {
      title: `${t.sheet} › ${t.range} (${tableYears(t)})${t.title ? dim(` — ${t.title}`) : ""}`,
      findings: [],
    });
  }
  const loose: Finding[] = [];
  const reviewOf = new Map(opts.findings.map((f, i) => [f, opts.reviews?.[i]] as const));
  for (const f of opts.findings) {
    const t = tableOf(f, opts.tables);
    if (t) groups.get(`${t.sheet}!${t.range}`)?.findings.push(f);
    else loose.push(f);
  }
  for (const g of groups.values()) {
    out.push("", bold(g.title));
    if (g.findings.length === 0) out.push(`  ${vi ? "Không có phát hiện." : "No findings."}`);
    for (const f of g.findings) out.push(findingLine(f, lang, reviewOf.get(f)));
  }
  if (loose.length) {
    out.push("");
    for (const f of loose) out.push(findingLine(f, lang, reviewOf.get(f)));
  }
  const s = opts.summary;
  const accepted = (opts.reviews ?? []).filter((r) => r.status === "accepted").length;
  const acceptedText = accepted === 0 ? "" : vi ? ` ${accepted} phát hiện đã được người kiểm tra chấp nhận.` : ` ${accepted} accepted by the reviewer.`;
  out.push(
    "",
    bold(
      vi
        ? `Tổng cộng: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} lưu ý.${acceptedText}`
        : `Total: ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info.${acceptedText}`,
    ),
  );
  const c = opts.changes;
  if (c) out.push(vi ? `So với lần kiểm tra trước: ${c.fixed} đã sửa, ${c.added} mới, ${c.unchanged} không đổi.` : `Since the previous check: ${c.fixed} fixed, ${c.added} new, ${c.unchanged} unchanged.`);
  return out.join("\n") + "\n";
}

/** One finding on one line: severity, cell, message, code; and the reviewer's decision when there is one. */
export function findingLine(f: Finding, lang: Lang, review?: FindingReview): string {
  const where = f.cell ? (f.cell.padEnd(6)) : "".padEnd(6);
  const vi = lang === "vi";
  const decided =
    review?.status === "accepted"
      ? ` ${vi ? "— ĐÃ CHẤP NHẬN" : "— ACCEPTED"}: ${review.reason ?? ""}`
      : review?.status === "reopened"
        ? ` ${vi ? "— MỞ LẠI (số liệu đã đổi từ khi chấp nhận)" : "— REOPENED (the value changed since it was accepted)"}`
        : "";
  return `  ${severityTag(f.severity, lang)} ${where} ${renderMessage(f, lang)}${decided} ${dim(`[${f.code}]`)}`;
}
