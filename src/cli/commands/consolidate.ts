/** `pressdx consolidate <file.xlsx|folder>... -o <merged.xlsx> [--into <plan.xlsx>] [--json] [--lang vi|en] [--force]` */
import fs from "node:fs";
import path from "node:path";
import type { WorkbookReadError } from "../../adapters/xlsx/readError";
import { summarise } from "../../domain/findings";
import { type Lang, renderMessage } from "../../domain/messages";
import { localStamp } from "../../domain/time";
import { renderError } from "../../usecases/errorMessages";
import { parseArgs, UsageError } from "../args";
import { type CliServices, readErrorText, type ReportFile } from "../compositionRoot";
import { consolidationJson, findingJson, formatConsolidation } from "../consolidationText";
import { type CliContext, InputError, langOf } from "../context";
import { cliTexts } from "../i18n";
import { refuseExisting, refuseSamePath } from "../paths";
import { jsonLine, plain } from "../terminal";

export const CONSOLIDATE_USAGE =
  "pressdx consolidate <file.xlsx|folder>... -o <merged.xlsx> [--into <plan.xlsx>] [--province <name>] [--json] [--lang vi|en] [--force]";

/** The usage line and what the exit status means for this command (printed by `pressdx help`). */
export const CONSOLIDATE_HELP = `${CONSOLIDATE_USAGE}
      (an unreadable file is reported and skipped, exit 1; a workbook without a report table is noted and skipped;
       exit 2, writing nothing, when no input can be read or none holds a report table)`;

export async function runConsolidate(argv: readonly string[], ctx: CliContext, services: CliServices): Promise<number> {
  const args = parseArgs(argv, {
    options: ["out", "into", "lang", "province"],
    switches: ["json", "force"],
    aliases: { "-o": "--out" },
  });
  const lang = langOf(args.options.get("lang"));
  const t = cliTexts(lang);
  const outArg = args.options.get("out");
  if (args.positionals.length === 0 || !outArg) throw new UsageError(`usage: ${CONSOLIDATE_USAGE}`);
  const out = path.resolve(ctx.cwd, outArg);
  const intoArg = args.options.get("into");
  const into = intoArg === undefined ? undefined : path.resolve(ctx.cwd, intoArg);
  if (!fs.existsSync(path.dirname(out))) throw new UsageError(`${outArg}: folder ${path.dirname(outArg)} does not exist`);

  const inputs = await expandInputs(args.positionals, { cwd: ctx.cwd, out, outArg, into }, services);
  if (into) refuseSamePath(into, out);
  refuseExisting(out, args.switches.has("force"));

  const names = displayNames(inputs, ctx.cwd);
  const files: ReportFile[] = inputs.map((p, i) => ({ path: p, name: names[i] ?? p }));
  // The workbook written into holds the user's earlier choices, its lineage table and its province.
  const book = into ? await services.openCopy(into, out) : services.newWorkbook(out);
  const settings = await book.consolidationSettings(path.basename(into ?? out), args.options.get("province"));
  const result = await services.consolidateFiles(files, (e) => unreadableReason(e, lang), settings);
  if (result.sources.every((s) => "error" in s)) {
    const reasons = result.sources.map((s) => `${s.file}: ${"error" in s ? s.error : ""}`).join("; ");
    throw new InputError(`no input could be read (${reasons})`);
  }
  if (result.sources.every((s) => "error" in s || s.tables === 0)) {
    throw new InputError(`no input holds an agency report table (${result.sources.map((s) => s.file).join(", ")})`);
  }
  const summary = summarise(result.findings);
  const wrote = await book.writeConsolidation(result, { checkedAt: localStamp(ctx.now()) });
  if (!wrote.ok) throw new InputError(`${intoArg ?? outArg}: ${renderError(wrote.error, lang, "cli")}`);
  const written = wrote.value;
  await book.save(args.switches.has("force"));

  if (args.switches.has("json")) {
    ctx.stdout(
      jsonLine({
        rows: result.reports.length,
        province: result.province,
        sources: result.sources.map((s) =>
          "error" in s ? { file: s.file, error: s.error } : { file: s.file, sheets: s.sheets, tables: s.tables, rows: s.rows },
        ),
        findings: result.findings.map((f) => findingJson(f, renderMessage(f, lang))),
        ...consolidationJson(result),
      }),
    );
  } else {
    ctx.stdout(formatConsolidation({ result, summary, lang }));
    ctx.stdout(`\n${t.mergedWritten(plain(outArg), plain(written.mergedSheet), plain(written.reviewSheet))}\n`);
  }
  return summary.errors > 0 ? 1 : 0;
}

/**
 * Spreadsheets in a folder: .xlsx and .xlsm are read; .xls, .xlsb, .ods and .csv are listed as unreadable with
 * the reason, so nothing a user put there is skipped silently.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb|ods|csv)$/i;

interface Paths {
  readonly cwd: string;
  /** The output, resolved, and as the user typed it (for messages). */
  readonly out: string;
  readonly outArg: string;
  /** The plan copied from (--into), never read as a report. */
  readonly into: string | undefined;
}

/** A file's identity on disk: device and inode, so a link or another spelling of a path is the same file. */
function fileId(file: string): string | null {
  const s = fs.statSync(file, { throwIfNoEntry: false });
  return s ? `${s.dev}:${s.ino}` : null;
}

/**
 * Files as given, and every spreadsheet directly inside a folder (not recursive), by name, without Excel's lock
 * files ("~$…") and without the plan this run copies from. Each file is read once, however it is reached.
 *
 * The output is never one of the inputs: a file given as an input is refused as the output, and so is any file in
 * an input folder (whatever its name, or a link to it) unless it is a merged table pressdx wrote and nothing else
 * (an earlier run's output: it is replaced, and never read as a report).
 */
export async function expandInputs(args: readonly string[], paths: Paths, services: CliServices): Promise<string[]> {
  const outId = fileId(paths.out);
  const intoId = paths.into === undefined ? null : fileId(paths.into);
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (file: string, id: string | null): void => {
    const key = id ?? `path:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    const full = path.resolve(paths.cwd, arg);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) {
      // A missing or odd file is reported as unreadable, and the others are still merged.
      const id = fileId(full);
      if ((id !== null && id === outId) || full === paths.out) throw isAnInput(paths.outArg, arg);
      add(full, id);
      continue;
    }
    const entries = fs.readdirSync(full).sort();
    const inFolder = outId !== null && entries.some((n) => fileId(path.join(full, n)) === outId);
    if (inFolder && !(await services.isConsolidationOutput(paths.out))) throw isAnInput(paths.outArg, `${arg}${path.sep}`);
    const found = entries
      .filter((n) => SPREADSHEET.test(n) && !n.startsWith("~$"))
      .map((n) => path.join(full, n))
      .filter((f) => f !== paths.out && f !== paths.into && fs.statSync(f).isFile());
    if (found.length === 0) throw new UsageError(`${arg}: no .xlsx or .xlsm file in this folder`);
    for (const f of found) {
      const id = fileId(f);
      if (id === null || (id !== outId && id !== intoId)) add(f, id);
    }
  }
  return files;
}

function isAnInput(outArg: string, where: string): UsageError {
  return new UsageError(
    `${outArg}: is one of the inputs (${where}); the output must be a new file; pressdx writes over a file among its inputs only when it is a merged table pressdx wrote`,
  );
}

/** File names as provenance shows them: the base name, or the path from cwd when two inputs share a base name. */
function displayNames(files: readonly string[], cwd: string): string[] {
  const bases = files.map((f) => path.basename(f));
  const clash = new Set(bases).size < bases.length;
  return files.map((f, i) => (clash ? path.relative(cwd, f) || f : (bases[i] ?? f)));
}

/** Why a file is unreadable, in the user's language; the detail (a limit, the damaged part) as the reader says it. */
function unreadableReason(e: WorkbookReadError, lang: Lang): string {
  return readErrorText(e, lang);
}
