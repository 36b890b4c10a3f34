/** `pressdx validate <file.xlsx> [--agencies N] [--json] [--out <highlighted.xlsx>] [--lang vi|en]` */
import path from "node:path";
import { summarise } from "../../domain/findings";
import { summariseOpen } from "../../domain/review";
import { viDateTime } from "../../domain/time";
import { renderError } from "../../usecases/errorMessages";
import type { ValidationReport } from "../../usecases/validateWorkbook";
import { parseArgs, UsageError, wholeNumber } from "../args";
import type { CliServices } from "../compositionRoot";
import { type CliContext, InputError, langOf } from "../context";
import { cliTexts } from "../i18n";
import { refuseExisting, refuseSamePath } from "../paths";
import { jsonLine, plain } from "../terminal";
import { validationJson } from "../validationJson";
import { formatValidation } from "../validationText";

export const VALIDATE_USAGE =
  "pressdx validate <file.xlsx> [--agencies N] [--electronic-agencies N] [--people N] [--json] [--out <highlighted.xlsx> [--force]] [--lang vi|en]";

export async function runValidate(argv: readonly string[], ctx: CliContext, services: CliServices): Promise<number> {
  const args = parseArgs(argv, {
    options: ["agencies", "electronic-agencies", "people", "out", "lang"],
    switches: ["json", "force"],
    aliases: { "-o": "--out" },
  });
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) throw new UsageError(`usage: ${VALIDATE_USAGE}`);
  const lang = langOf(args.options.get("lang"));
  const t = cliTexts(lang);
  const agencies = wholeNumber("agencies", args.options.get("agencies"), 1, 1000);
  const electronicAgencies = wholeNumber("electronic-agencies", args.options.get("electronic-agencies"), 1, 1000);
  const people = wholeNumber("people", args.options.get("people"), 1, 1_000_000);
  const out = args.options.get("out");
  if (out) {
    refuseSamePath(file, out);
    refuseExisting(out, args.switches.has("force"));
  }

  const request = { counts: { agencies, electronicAgencies, people }, file: path.basename(file) };
  let report: ValidationReport;
  if (out) {
    // Highlights and the review sheet, from the same reading as the report.
    const book = await services.openCopy(file, out);
    // The copy records this check, so the next run on it says what changed; it is logged in the copy's store like
    // the pane's commands, so the log shows what the batch run wrote too.
    const stamp = viDateTime(ctx.now());
    const checked = await book.check({ ...request, highlight: true, review: { file: path.basename(file), checkedAt: stamp }, record: { at: stamp } }, { command: "validate", at: stamp });
    if (!checked.ok) throw new InputError(`${file}: ${renderError(checked.error, lang, "cli")}`);
    report = checked.value.report;
    await book.save(args.switches.has("force"));
  } else {
    const checked = await services.validateFile(file, request);
    report = checked.report;
    for (const s of checked.skipped) ctx.stderr(`pressdx validate: ${t.sheetSkipped(plain(file), plain(s.sheet), plain(s.reason))}\n`);
  }
  const summary = summarise(report.findings);
  // The reviewer's decisions stored in the workbook (in Excel or by an earlier run) hold here too: accepted findings
  // are marked, and only what still asks for attention counts towards the exit status.
  const open = summariseOpen(report.findings, report.reviews);

  if (args.switches.has("json")) {
    ctx.stdout(jsonLine(validationJson(file, report, lang)));
  } else {
    ctx.stdout(formatValidation({ file, tables: report.tables, findings: report.findings, summary, lang, reviews: report.reviews, changes: report.changes }));
    if (out) ctx.stdout(`${t.highlightedWritten(plain(out))}\n`);
  }
  return open.errors > 0 ? 1 : 0;
}
