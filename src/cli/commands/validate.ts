/** `pressdx validate <file.xlsx> [--agencies N] [--json] [--out <highlighted.xlsx>] [--lang vi|en]` */
import path from "node:path";
import { summarise } from "../../domain/findings";
import { renderMessage } from "../../domain/messages";
import { checkWorkbook } from "../../usecases/checkWorkbook";
import { logged } from "../../usecases/commandLog";
import { renderError } from "../../usecases/errorMessages";
import { validateWorkbook, type ValidationReport } from "../../usecases/validateWorkbook";
import { parseArgs, UsageError, wholeNumber } from "../args";
import { type CliContext, InputError, langOf, openForReading, openWorkbook, refuseExisting, refuseSamePath } from "../context";
import { formatValidation } from "../validationText";
import { viDateTime } from "../../domain/time";
import { summariseOpen } from "../../domain/review";

export const VALIDATE_USAGE =
  "pressdx validate <file.xlsx> [--agencies N] [--electronic-agencies N] [--people N] [--json] [--out <highlighted.xlsx> [--force]] [--lang vi|en]";

export async function runValidate(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, {
    options: ["agencies", "electronic-agencies", "people", "out", "lang"],
    switches: ["json", "force"],
    aliases: { "-o": "--out" },
  });
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) throw new UsageError(`usage: ${VALIDATE_USAGE}`);
  const lang = langOf(args.options.get("lang"));
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
    const book = await openWorkbook(file, out);
    // The copy records this check, so the next run on it says what changed.
    const stamp = viDateTime(ctx.now());
    // Logged in the copy's store like the pane's commands, so the log shows what the batch run wrote too.
    const checked = await checkWorkbook(logged(book, "validate", () => stamp), { ...request, highlight: true, review: { file: path.basename(file), checkedAt: stamp }, record: { at: stamp } });
    if (!checked.ok) throw new InputError(`${file}: ${renderError(checked.error, lang, "cli")}`);
    report = checked.value.report;
    await book.save(out, { replace: args.switches.has("force") });
  } else {
    // Checking alone reads the package, without a workbook model; a sheet over a reading limit (a huge data
    // sheet beside the plan) is left out and named, and the other sheets are still checked.
    const reading = await openForReading(file);
    reading.skipSheetsOverLimit = true;
    report = await validateWorkbook(reading, request);
    for (const s of reading.skipped) {
      ctx.stderr(
        lang === "vi"
          ? `pressdx validate: ${file}: bỏ qua trang “${s.sheet}”, không kiểm tra: ${s.reason}\n`
          : `pressdx validate: ${file}: sheet “${s.sheet}” skipped, not checked: ${s.reason}\n`,
      );
    }
  }
  const summary = summarise(report.findings);
  // The reviewer's decisions stored in the workbook (in Excel or by an earlier run) hold here too: accepted findings
  // are marked, and only what still asks for attention counts towards the exit status.
  const open = summariseOpen(report.findings, report.reviews);

  if (args.switches.has("json")) {
    ctx.stdout(
      JSON.stringify({
        file,
        tables: report.tables.map((t) => ({ sheet: t.sheet, range: t.range, years: t.yearColumns.map((c) => c.year) })),
        findings: report.findings.map((f, i) => {
          const r = report.reviews[i];
          return {
            sheet: f.sheet,
            cell: f.cell,
            severity: f.severity,
            code: f.code,
            indicator: f.indicator,
            year: f.year,
            value: f.value,
            message: renderMessage(f, lang),
            status: r?.status ?? "open",
            ...(r?.reason !== undefined ? { reason: r.reason, decidedAt: r.at ?? "" } : {}),
          };
        }),
        summary,
        open,
        changes: report.changes,
      }) + "\n",
    );
  } else {
    ctx.stdout(formatValidation({ file, tables: report.tables, findings: report.findings, summary, lang, reviews: report.reviews, changes: report.changes }));
    if (out) ctx.stdout(lang === "vi" ? `Đã ghi bản đánh dấu: ${out}\n` : `Highlighted copy written: ${out}\n`);
  }
  return open.errors > 0 ? 1 : 0;
}
