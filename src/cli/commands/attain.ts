/** `pressdx attain <file.xlsx> -o <out.xlsx> [--json] [--lang vi|en] [--force]` */
import path from "node:path";
import { summarise } from "../../domain/findings";
import { type Lang, renderMessage } from "../../domain/messages";
import { percent } from "../../domain/messages/format";
import { renderError } from "../../usecases/errorMessages";
import type { AttainOutcome, AttainTable } from "../../usecases/writeAttainment";
import { parseArgs, UsageError } from "../args";
import type { CliServices } from "../compositionRoot";
import { type CliContext, langOf } from "../context";
import { cliTexts, type CliTexts } from "../i18n";
import { refuseExisting, refuseSamePath } from "../paths";
import { bold, dim, severityTag } from "../style";
import { jsonLine, plain } from "../terminal";

export const ATTAIN_USAGE = "pressdx attain <file.xlsx> -o <out.xlsx> [--json] [--lang vi|en] [--force]";

export async function runAttain(argv: readonly string[], ctx: CliContext, services: CliServices): Promise<number> {
  const args = parseArgs(argv, { options: ["out", "lang"], switches: ["json", "force"], aliases: { "-o": "--out" } });
  const [file, ...extra] = args.positionals;
  const out = args.options.get("out");
  if (!file || !out || extra.length) throw new UsageError(`usage: ${ATTAIN_USAGE}`);
  const lang = langOf(args.options.get("lang"));
  refuseSamePath(file, out);
  refuseExisting(out, args.switches.has("force"));

  const book = await services.openCopy(file, out);
  const result = await book.writeAttainment({ file: path.basename(file) });
  if (!result.ok) {
    ctx.stderr(`pressdx attain: ${plain(file)}: ${plain(renderError(result.error, lang, "cli"))}\n`);
    return result.error.code.startsWith("write.") ? 2 : 1;
  }
  await book.save(args.switches.has("force"));
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
    const blocks = outcome.tables.map((t) => ({ sheet: t.sheet, range: t.range, blockSheet: t.blockSheet, block: t.block, name: t.name, placed: t.placed }));
    ctx.stdout(jsonLine({ blocks, cells }));
  } else {
    ctx.stdout(formatAttainment(file, out, outcome, lang));
  }
  return summarise(outcome.findings).errors > 0 ? 1 : 0;
}

const pct = (x: number | null, lang: Lang): string => (x === null ? "—" : percent(x, lang));

/** Where a block was written, and why there when it is not beside its table. */
function whereWritten(t: AttainTable, texts: CliTexts): string {
  const where = t.blockSheet === t.sheet ? t.block : `“${plain(t.blockSheet)}”!${t.block}`;
  const why = t.placed === "right" ? `, ${texts.movedRight(t.block.replace(/\d.*$/, ""))}` : t.placed === "sheet" ? `, ${texts.ownSheet(plain(t.blockSheet))}` : "";
  return texts.writtenTo(where, t.name) + why;
}

export function formatAttainment(file: string, out: string, outcome: AttainOutcome, lang: Lang): string {
  const t = cliTexts(lang);
  const lines: string[] = [bold(t.attainment(plain(file)))];
  const head = t.attainHeaders;
  for (const table of outcome.tables) {
    lines.push("", bold(`${plain(table.sheet)} › ${table.range}`) + (table.title ? dim(` — ${plain(table.title)}`) : ""));
    lines.push(dim(whereWritten(table, t)));
    // Years without any report would print a screenful of dashes: name them once instead.
    const reported = new Set(table.rows.filter((r) => r.actual !== null).map((r) => r.year));
    const silent = [...new Set(table.rows.map((r) => r.year))].filter((y) => !reported.has(y));
    const rows = table.rows.filter((r) => reported.has(r.year)).map((r) => [
      t.indicator(r.indicator),
      String(r.year),
      pct(r.target, lang) + (r.threshold ? ` +${pct(r.threshold, lang)}` : ""),
      r.actual === null ? "—" : `${pct(r.actual, lang)} (${r.numerator}/${r.denominator})`,
      pct(r.ratio, lang),
      t.status(r.status),
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const fmt = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
    if (rows.length) lines.push(`  ${bold(fmt(head))}`, ...rows.map((r) => `  ${fmt(r)}`));
    if (silent.length) lines.push(`  ${t.noFiguresYet(silent.join(", "))}`);
  }
  if (outcome.findings.length > 0) {
    lines.push("", bold(t.agencyReports));
    for (const f of outcome.findings) lines.push(`  ${severityTag(f.severity, lang)} ${plain(f.sheet)}!${plain(f.cell)}  ${plain(renderMessage(f, lang))}`);
  }
  lines.push("", t.written(plain(out)), "");
  return lines.join("\n");
}
