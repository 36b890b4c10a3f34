/** `pressdx consolidate <file.xlsx|folder>... -o <merged.xlsx> [--into <plan.xlsx>] [--json] [--lang vi|en] [--force]` */
import fs from "node:fs";
import path from "node:path";
import { PackageWorkbook } from "../../adapters/xlsx/packageWorkbook";
import { WorkbookReadError, type WorkbookReadErrorKind } from "../../adapters/xlsx/readError";
import { summarise } from "../../domain/findings";
import { type Lang, renderMessage } from "../../domain/messages";
import { type ConsolidationSource, consolidateAgencies } from "../../usecases/consolidateAgencies";
import { renderError } from "../../usecases/errorMessages";
import { writeConsolidation } from "../../usecases/writeConsolidation";
import { parseArgs, UsageError } from "../args";
import { type CliContext, createWorkbook, InputError, langOf, openWorkbook, refuseExisting, refuseSamePath } from "../context";
import { findingJson, formatConsolidation } from "../consolidationText";
import { localStamp } from "../../domain/time";

export const CONSOLIDATE_USAGE =
  "pressdx consolidate <file.xlsx|folder>... -o <merged.xlsx> [--into <plan.xlsx>] [--json] [--lang vi|en] [--force]";

/** The usage line and what the exit status means for this command (printed by `pressdx help`). */
export const CONSOLIDATE_HELP = `${CONSOLIDATE_USAGE}
      (an unreadable file or one without an agency table is reported and skipped, exit 1; exit 2 when no input can be read)`;

export async function runConsolidate(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, {
    options: ["out", "into", "lang"],
    switches: ["json", "force"],
    aliases: { "-o": "--out" },
  });
  const lang = langOf(args.options.get("lang"));
  const outArg = args.options.get("out");
  if (args.positionals.length === 0 || !outArg) throw new UsageError(`usage: ${CONSOLIDATE_USAGE}`);
  const out = path.resolve(ctx.cwd, outArg);
  const intoArg = args.options.get("into");
  const into = intoArg === undefined ? undefined : path.resolve(ctx.cwd, intoArg);
  if (!fs.existsSync(path.dirname(out))) throw new UsageError(`${outArg}: folder ${path.dirname(outArg)} does not exist`);

  const inputs = expandInputs(args.positionals, ctx.cwd, [out, into]);
  for (const file of inputs) refuseSamePath(file, out);
  if (into) refuseSamePath(into, out);
  refuseExisting(out, args.switches.has("force"));

  const names = displayNames(inputs, ctx.cwd);
  // Each source is checked now and read only when the merge comes to it, one file at a time, so memory does
  // not grow with the number of files.
  const sources: ConsolidationSource[] = [];
  for (const [i, file] of inputs.entries()) {
    const name = names[i] ?? file;
    try {
      // A merged table an earlier run wrote (an output left in the input folder) is never read as a report.
      sources.push({ file: name, port: await PackageWorkbook.probe(file), skipOwnSheets: true });
    } catch (e) {
      sources.push({ file: name, error: unreadableReason(e, lang) });
    }
  }
  if (sources.every((s) => "error" in s)) {
    const reasons = sources.map((s) => `${s.file}: ${"error" in s ? s.error : ""}`).join("; ");
    throw new InputError(`no input could be read (${reasons})`);
  }

  const result = await consolidateReadable(sources, inputs, lang);
  const summary = summarise(result.findings);
  const book = into ? await openWorkbook(into, out) : createWorkbook(out);
  const wrote = await writeConsolidation(book, result, { checkedAt: localStamp(ctx.now()) });
  if (!wrote.ok) throw new InputError(`${into ?? outArg}: ${renderError(wrote.error, lang, "cli")}`);
  const written = wrote.value;
  await book.save(out, { replace: args.switches.has("force") });

  if (args.switches.has("json")) {
    ctx.stdout(
      JSON.stringify({
        rows: result.reports.length,
        sources: result.sources.map((s) =>
          "error" in s ? { file: s.file, error: s.error } : { file: s.file, sheets: s.sheets, tables: s.tables, rows: s.rows },
        ),
        findings: result.findings.map((f) => findingJson(f, renderMessage(f, lang))),
      }) + "\n",
    );
  } else {
    ctx.stdout(formatConsolidation({ result, summary, lang }));
    ctx.stdout(
      lang === "vi"
        ? `\nĐã ghi bảng tổng hợp: ${outArg} (trang “${written.mergedSheet}” và “${written.reviewSheet}”)\n`
        : `\nMerged workbook written: ${outArg} (sheets “${written.mergedSheet}” and “${written.reviewSheet}”)\n`,
    );
  }
  return summary.errors > 0 ? 1 : 0;
}

/**
 * Consolidates; a source found damaged or over a limit only when its sheets are read becomes unreadable, and the
 * merge runs again without it (such files are rare; reading stays one file at a time).
 */
async function consolidateReadable(sources: ConsolidationSource[], files: readonly string[], lang: Lang) {
  for (;;) {
    try {
      return await consolidateAgencies(sources);
    } catch (e) {
      const at = e instanceof WorkbookReadError ? files.indexOf(e.file) : -1;
      const source = sources[at];
      if (!source || "error" in source) throw e;
      sources[at] = { file: source.file, error: unreadableReason(e, lang) };
    }
  }
}

/**
 * Spreadsheets in a folder: .xlsx and .xlsm are read; .xls, .xlsb, .ods and .csv are listed as unreadable with
 * the reason, so nothing a user put there is skipped silently.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb|ods|csv)$/i;

/**
 * Files as given, and every spreadsheet directly inside a folder (not recursive), by name, without Excel's lock
 * files ("~$…") and without the workbooks this run writes to or copies from. Each file is read once.
 */
export function expandInputs(args: readonly string[], cwd: string, skip: ReadonlyArray<string | undefined>): string[] {
  const excluded = new Set(skip.filter((s): s is string => s !== undefined));
  const files: string[] = [];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    if (!fs.existsSync(full) || !fs.statSync(full).isDirectory()) {
      files.push(full); // a missing or odd file is reported as unreadable, and the others are still merged
      continue;
    }
    const found = fs
      .readdirSync(full)
      .filter((n) => SPREADSHEET.test(n) && !n.startsWith("~$"))
      .sort()
      .map((n) => path.join(full, n))
      .filter((f) => !excluded.has(f) && fs.statSync(f).isFile());
    if (found.length === 0) throw new UsageError(`${arg}: no .xlsx or .xlsm file in this folder`);
    files.push(...found);
  }
  return [...new Set(files)];
}

/** File names as provenance shows them: the base name, or the path from cwd when two inputs share a base name. */
function displayNames(files: readonly string[], cwd: string): string[] {
  const bases = files.map((f) => path.basename(f));
  const clash = new Set(bases).size < bases.length;
  return files.map((f, i) => (clash ? path.relative(cwd, f) || f : (bases[i] ?? f)));
}

const REASONS: Readonly<Record<Lang, Readonly<Record<WorkbookReadErrorKind, string>>>> = {
  vi: {
    missing: "không tìm thấy tệp",
    not_xlsx: "không phải sổ làm việc Excel .xlsx; hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
    corrupted: "tệp bị hỏng hoặc không đầy đủ; hãy sao chép hoặc tải lại",
    password_protected: "tệp có mật khẩu; hãy gỡ mật khẩu trong Excel (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại",
    too_large: "tệp vượt giới hạn đọc",
    old_excel: "tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
  },
  en: {
    missing: "file not found",
    not_xlsx: "not an .xlsx workbook; open it in Excel and save it as .xlsx",
    corrupted: "the file is damaged or incomplete; copy or download it again",
    password_protected: "the file is password-protected; remove the password in Excel (File > Info > Protect Workbook) and save again",
    too_large: "the file is over the reading limits",
    old_excel: "an old Excel 97–2003 (.xls) file; open it in Excel and save it as .xlsx",
  },
};

function unreadableReason(e: unknown, lang: Lang): string {
  // A limit names the part and the limit: keep that detail (it is in English, like the limits).
  if (e instanceof WorkbookReadError) return e.kind === "too_large" ? `${REASONS[lang][e.kind]} (${e.reason})` : REASONS[lang][e.kind];
  return e instanceof Error ? e.message : String(e);
}
