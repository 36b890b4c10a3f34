/** `pressdx attain <file.xlsx> -o <out.xlsx> [--json] [--lang vi|en] [--force]` */
import path from "node:path";
import { STATUS } from "../../domain/agency/attainment";
import { summarise } from "../../domain/findings";
import { indicator } from "../../domain/indicators";
import { type Lang, renderMessage } from "../../domain/messages";
import { percent } from "../../domain/messages/format";
import { renderError } from "../../usecases/errorMessages";
import { writeAttainment, type AttainOutcome } from "../../usecases/writeAttainment";
import { parseArgs, UsageError } from "../args";
import { type CliContext, langOf, openWorkbook, refuseExisting, refuseSamePath } from "../context";
import { bold, dim, severityTag } from "../style";

export const ATTAIN_USAGE = "pressdx attain <file.xlsx> -o <out.xlsx> [--json] [--lang vi|en] [--force]";

export async function runAttain(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { options: ["out", "lang"], switches: ["json", "force"], aliases: { "-o": "--out" } });
  const [file, ...extra] = args.positionals;
  const out = args.options.get("out");
  if (!file || !out || extra.length) throw new UsageError(`usage: ${ATTAIN_USAGE}`);
  const lang = langOf(args.options.get("lang"));
  refuseSamePath(file, out);
  refuseExisting(out, args.switches.has("force"));

  const book = await openWorkbook(file, out);
  const result = await writeAttainment(book, { file: path.basename(file) });
  if (!result.ok) {
    ctx.stderr(`pressdx attain: ${file}: ${renderError(result.error, lang, "cli")}\n`);
    return result.error.code.startsWith("write.") ? 2 : 1;
  }
  await book.save(out, { replace: args.switches.has("force") });
  const outcome = result.value;

  if (args.switches.has("json")) {
    const cells = outcome.cells.map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      indicator: c.indicator,
      year: c.year,
      kind: c.kind,
      value: c.value,
      formula: c.formula,
    }));
    ctx.stdout(JSON.stringify({ cells }) + "\n");
  } else {
    ctx.stdout(formatAttainment(file, out, outcome, lang));
  }
  return summarise(outcome.findings).errors > 0 ? 1 : 0;
}

const pct = (x: number | null, lang: Lang): string => (x === null ? "—" : percent(x, lang));

export function formatAttainment(file: string, out: string, outcome: AttainOutcome, lang: Lang): string {
  const vi = lang === "vi";
  const lines: string[] = [bold(`${vi ? "Kết quả thực hiện" : "Attainment"}: ${file}`)];
  const head = vi ? ["Chỉ tiêu", "Năm", "Mục tiêu", "Thực hiện", "Tỷ lệ đạt", "Đánh giá"] : ["Indicator", "Year", "Target", "Actual", "Ratio", "Status"];
  for (const t of outcome.tables) {
    lines.push("", bold(`${t.sheet} › ${t.range}`) + (t.title ? dim(` — ${t.title}`) : ""));
    lines.push(dim(`${vi ? "ghi vào" : "written to"} ${t.block} (${t.name})`));
    // Years without any report would print a screenful of dashes: name them once instead.
    const reported = new Set(t.rows.filter((r) => r.actual !== null).map((r) => r.year));
    const silent = [...new Set(t.rows.map((r) => r.year))].filter((y) => !reported.has(y));
    const rows = t.rows.filter((r) => reported.has(r.year)).map((r) => [
      vi ? indicator(r.indicator).shortVi : indicator(r.indicator).nameEn,
      String(r.year),
      pct(r.target, lang) + (r.threshold ? ` +${pct(r.threshold, lang)}` : ""),
      r.actual === null ? "—" : `${pct(r.actual, lang)} (${r.numerator}/${r.denominator})`,
      pct(r.ratio, lang),
      vi ? r.status : { [STATUS.met]: "met", [STATUS.notMet]: "not met", [STATUS.none]: "—" }[r.status],
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const fmt = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
    if (rows.length) lines.push(`  ${bold(fmt(head))}`, ...rows.map((r) => `  ${fmt(r)}`));
    if (silent.length) {
      lines.push(
        vi
          ? `  Chưa có số liệu báo cáo cho năm ${silent.join(", ")}: các ô đã có công thức, sẽ tự tính khi bảng báo cáo có số liệu.`
          : `  No report figures yet for ${silent.join(", ")}: the cells hold formulas that compute once the reports have figures.`,
      );
    }
  }
  if (outcome.findings.length > 0) {
    lines.push("", bold(vi ? "Báo cáo của cơ quan báo chí" : "Agency reports"));
    for (const f of outcome.findings) lines.push(`  ${severityTag(f.severity, lang)} ${f.sheet}!${f.cell}  ${renderMessage(f, lang)}`);
  }
  lines.push("", vi ? `Đã ghi: ${out}` : `Written: ${out}`, "");
  return lines.join("\n");
}
