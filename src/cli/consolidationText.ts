/** Human output of `pressdx consolidate`: the sources read, a summary, then findings by file and sheet, one line each. */
import { describeSource } from "../domain/agency/consolidate";
import type { Finding, FindingSummary } from "../domain/findings";
import type { Lang } from "../domain/messages";
import type { AgencyConsolidation } from "../usecases/consolidateAgencies";
import { bold } from "./style";
import { findingLine } from "./validationText";

export function formatConsolidation(opts: {
  result: AgencyConsolidation;
  summary: FindingSummary;
  lang: Lang;
}): string {
  const { result, summary: s, lang } = opts;
  const vi = lang === "vi";
  const out: string[] = [bold(vi ? "Tổng hợp báo cáo của các cơ quan báo chí" : "Consolidating agency reports")];
  out.push(vi ? `Đã đọc ${result.sources.length} tệp:` : `Read ${result.sources.length} file(s):`);
  for (const src of result.sources) {
    if ("error" in src) out.push(`  ${src.file}: ${vi ? "không đọc được" : "unreadable"} (${src.error})`);
    else
      out.push(
        vi
          ? `  ${src.file}: ${src.sheets} trang tính, ${src.tables} bảng báo cáo, ${src.rows} dòng số liệu`
          : `  ${src.file}: ${src.sheets} sheet(s), ${src.tables} report table(s), ${src.rows} row(s) with figures`,
      );
  }
  out.push(
    "",
    bold(
      vi
        ? `Tổng hợp ${result.reports.length} báo cáo (cơ quan × năm): ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} lưu ý.`
        : `Merged ${result.reports.length} report(s) (agency × year): ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info.`,
    ),
  );
  if (result.province) out.push(vi ? `Tỉnh/thành phố tổng hợp: ${result.province.name}` : `Province consolidated: ${result.province.name}`);
  out.push(...trackerLines(result, lang));

  // Findings arrive ordered by file then sheet; group them in that order.
  let file: string | undefined;
  let sheet: string | undefined;
  for (const f of result.findings) {
    if (f.file !== file) {
      file = f.file;
      sheet = undefined;
      out.push("", bold(file ?? ""));
    }
    if (f.sheet !== "" && f.sheet !== sheet) {
      sheet = f.sheet;
      out.push(`  › ${sheet}`);
    }
    out.push(f.sheet === "" ? findingLine(f, lang) : `  ${findingLine(f, lang)}`);
  }
  return out.join("\n") + "\n";
}

/** "Who have we not heard from": per year, the agencies missing, then those with conflicting figures. */
function trackerLines(result: AgencyConsolidation, lang: Lang): string[] {
  const vi = lang === "vi";
  const { tracker } = result;
  const lines = tracker.years.flatMap((year, i) => {
    const missing = tracker.rows.filter((r) => r.states[i] === "missing").map((r) => r.agency);
    const conflict = tracker.rows.filter((r) => r.states[i] === "conflict").map((r) => r.agency);
    const reported = tracker.rows.filter((r) => r.states[i] === "reported" || r.states[i] === "conflict").length;
    const parts = [vi ? `${reported} đã báo cáo` : `${reported} reported`];
    if (missing.length > 0) parts.push(vi ? `chưa báo cáo: ${missing.join(", ")}` : `missing: ${missing.join(", ")}`);
    if (conflict.length > 0) parts.push(vi ? `số liệu khác nhau: ${conflict.join(", ")}` : `conflicting: ${conflict.join(", ")}`);
    return [`  ${vi ? "Năm" : "Year"} ${year}: ${parts.join(" · ")}`];
  });
  return lines.length === 0 ? [] : [vi ? "Theo dõi thu nhận báo cáo:" : "Collection tracker:", ...lines];
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
