/**
 * The command line's one composition root, as `src/taskpane/compositionRoot.ts` is the pane's: the use cases bound
 * to the .xlsx adapters with their options. Commands get `CliServices` and never build an adapter or hand one to a
 * use case themselves. Whatever goes wrong with a file becomes an InputError naming it (and the part): one line.
 */
import path from "node:path";
import { PackageWorkbook } from "../adapters/xlsx/packageWorkbook";
import { DEFAULT_LIMITS, type ReadLimits } from "../adapters/xlsx/package/readPackage";
import { WorkbookReadError } from "../adapters/xlsx/readError";
import { XlsxFile } from "../adapters/xlsx/xlsxFile";
import type { WorkbookPort } from "../ports/workbookPort";
import { checkWorkbook, type CheckOutcome, type CheckRequest } from "../usecases/checkWorkbook";
import { logged, type LoggedCommand } from "../usecases/commandLog";
import { type AgencyConsolidation, ConsolidationBuilder, isConsolidationOutput } from "../usecases/consolidateAgencies";
import { type ConsolidationSettings, mergeSettings, settingsFromWorkbook } from "../usecases/consolidationSettings";
import { type AgencyFormRequest, insertAgencyForm } from "../usecases/insertAgencyForm";
import { insertLineageForm } from "../usecases/insertLineageForm";
import { insertAppendix, type InsertOutcome, type InsertRequest } from "../usecases/insertAppendix";
import type { Result } from "../usecases/result";
import { validateWorkbook, type ValidateRequest, type ValidationReport } from "../usecases/validateWorkbook";
import { type AttainOutcome, type AttainRequest, writeAttainment } from "../usecases/writeAttainment";
import { writeConsolidation, type WrittenConsolidation } from "../usecases/writeConsolidation";
import { UsageError } from "./args";
import { InputError } from "./context";

/** How a read error is worded for the user: commands take it from here, as they take the adapters. */
export { readErrorText } from "../adapters/xlsx/readErrorWords";

/** A sheet `validate` left out, over a reading limit, with why. */
export interface SkippedSheet {
  readonly sheet: string;
  readonly reason: string;
}

/** A report file to consolidate: its path, and the name provenance and findings show. */
export interface ReportFile {
  readonly path: string;
  readonly name: string;
}

export interface CliServices {
  /** Checks a workbook by reading it only: a sheet over a reading limit is left out and named, the others checked. */
  validateFile(file: string, req: ValidateRequest): Promise<{ readonly report: ValidationReport; readonly skipped: readonly SkippedSheet[] }>;
  /**
   * Opens `file` to write a copy of it to `out`, checking it whole first. A macro workbook keeps its macros in an
   * .xlsm copy and is refused for an .xlsx one (Excel would open neither an .xlsx holding macros nor an .xlsm
   * without them).
   */
  openCopy(file: string, out: string): Promise<WorkbookSession>;
  /** A new, empty workbook to write to `out` (an .xlsx: a new workbook has no macros to keep). */
  newWorkbook(out: string): WorkbookSession;
  /**
   * Merges the agency reports of the files, each read once, one at a time. A file that cannot be read, when it is
   * first opened or while its sheets are read, is listed unreadable with `reason(error)`; the others are merged.
   */
  consolidateFiles(files: readonly ReportFile[], reason: (e: WorkbookReadError) => string, settings?: ConsolidationSettings): Promise<AgencyConsolidation>;
  /** Whether the file is a merged table pressdx wrote and nothing else a consolidation would read (see isConsolidationOutput). */
  isConsolidationOutput(file: string): Promise<boolean>;
}

/** The use cases that write, bound to one workbook; `save` writes it to the output the session was opened for. */
export interface WorkbookSession {
  insertAppendix(req: InsertRequest): Promise<Result<InsertOutcome>>;
  /** Checks the workbook; with `log`, the write is logged in the workbook's store as that command's, at that time. */
  check(req: CheckRequest, log?: { readonly command: LoggedCommand; readonly at: string }): Promise<Result<CheckOutcome>>;
  writeAttainment(req: AttainRequest): Promise<Result<AttainOutcome>>;
  writeConsolidation(consolidation: AgencyConsolidation, opts: { readonly checkedAt: string }): Promise<Result<WrittenConsolidation>>;
  /**
   * The user's earlier choices, lineage table and province, as the workbook holds them (`name` in messages); a
   * province given on the command line wins over the workbook's.
   */
  consolidationSettings(name: string, province: string | undefined): Promise<ConsolidationSettings>;
  insertAgencyForm(req: AgencyFormRequest): Promise<Result<{ readonly sheet: string; readonly range: string; readonly protected: boolean }>>;
  insertLineageForm(): Promise<Result<{ readonly sheet: string; readonly range: string }>>;
  /** Replaces an existing output only with `replace`; otherwise the output is created no-clobber. */
  save(replace: boolean): Promise<void>;
}

export interface CliOptions {
  /** Reading limits (tests lower them). */
  readonly limits?: ReadLimits;
}

export function createCliServices(options: CliOptions = {}): CliServices {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return {
    validateFile: (file, req) =>
      reading(file, async () => {
        // Checking alone reads the package, without a workbook model; a sheet over a reading limit (a huge data
        // sheet beside the plan) is left out and named, and the other sheets are still checked.
        const book = await PackageWorkbook.open(file, { limits, skipSheetsOverLimit: true });
        const report = await validateWorkbook(book, req);
        return { report, skipped: [...book.skipped] };
      }),

    openCopy: (file, out) =>
      reading(file, async () => {
        const book = await XlsxFile.load(file, limits);
        // Read once within the limits, so a damaged or hostile file is refused before any work.
        await book.read();
        const macros = await book.isMacroEnabled();
        if (macros && !isMacroName(out)) {
          throw new InputError(`${file}: is a macro workbook; name the copy .xlsm (${path.basename(out, path.extname(out))}.xlsm) so its macros are kept — pressdx never drops them`);
        }
        if (!macros && isMacroName(out)) throw new UsageError(`${out}: ${file} holds no macros, so the copy must be an .xlsx`);
        return session(book, file, out);
      }),

    newWorkbook: (out) => {
      if (isMacroName(out)) throw new UsageError(`${out}: a new workbook holds no macros; name it .xlsx`);
      return session(XlsxFile.create(), out, out);
    },

    consolidateFiles: (files, reason, settings = {}) => consolidateFiles(files, reason, limits, settings),

    isConsolidationOutput: async (file) => {
      try {
        return isConsolidationOutput(await (await PackageWorkbook.open(file, { limits })).read());
      } catch {
        return false; // a file that cannot be read is not known to be the tool's
      }
    },
  };
}

const isMacroName = (file: string): boolean => path.extname(file).toLowerCase() === ".xlsm";

/**
 * Each file is read when the merge comes to it, one at a time, so memory does not grow with the number of files.
 * One that cannot be read is listed with why and the others are merged. Nothing is written before every file has
 * been read, so a pass that only checked the files first would read each of them twice for nothing.
 */
async function consolidateFiles(
  files: readonly ReportFile[],
  reason: (e: WorkbookReadError) => string,
  limits: ReadLimits,
  settings: ConsolidationSettings,
): Promise<AgencyConsolidation> {
  const merge = new ConsolidationBuilder();
  for (const file of files) {
    try {
      // A merged table an earlier run wrote (an output left in the input folder) is never read as a report.
      const port = await PackageWorkbook.open(file.path, { limits });
      merge.add({ file: file.name, snapshot: await port.read(), skipOwnSheets: true });
    } catch (e) {
      merge.add({ file: file.name, error: reason(asReadError(file.path, e)) });
    }
  }
  return merge.consolidate(settings);
}

function session(book: XlsxFile, file: string, out: string): WorkbookSession {
  const on = <T>(run: (port: WorkbookPort) => Promise<T>): Promise<T> => reading(file, () => run(book));
  return {
    insertAppendix: (req) => on((port) => insertAppendix(port, req)),
    check: (req, log) => on((port) => checkWorkbook(log ? logged(port, log.command, () => log.at) : port, req)),
    writeAttainment: (req) => on((port) => writeAttainment(port, req)),
    writeConsolidation: (c, opts) => on((port) => writeConsolidation(port, c, opts)),
    consolidationSettings: (name, province) =>
      on(async (port) => mergeSettings(settingsFromWorkbook(await port.read(), name), province ? { province: { name: province, from: "option" } } : {})),
    insertAgencyForm: (req) => on((port) => insertAgencyForm(port, req)),
    insertLineageForm: () => on((port) => insertLineageForm(port)),
    save: async (replace) => {
      try {
        await book.save(out, { replace });
      } catch (e) {
        throw new InputError(`${out}: ${cannotWrite(e)}`, { cause: e });
      }
    },
  };
}

/** Runs work on a file; what goes wrong with the file is one InputError naming it. */
async function reading<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) throw e;
    if (e instanceof WorkbookReadError) throw new InputError(e.message, { cause: e });
    const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
    throw new InputError(`${file}: cannot be processed: ${detail}`, { cause: e });
  }
}

function asReadError(file: string, e: unknown): WorkbookReadError {
  if (e instanceof WorkbookReadError) return e;
  const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
  return new WorkbookReadError("corrupted", file, `is damaged: ${detail}`);
}

/** Why a save failed, in one line that names no temporary file (the caller names the output). */
function cannotWrite(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    EACCES: "cannot be written: permission denied",
    EPERM: "cannot be written: permission denied",
    EROFS: "cannot be written: the file system is read-only",
    ENOSPC: "cannot be written: no space left on the device",
    EDQUOT: "cannot be written: the disk quota is used up",
    ENOENT: "cannot be written: its folder no longer exists",
    EEXIST: "already exists (written meanwhile by another run?); pass --force to replace it",
  };
  if (code && known[code]) return `${known[code]} (${code})`;
  const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
  return `cannot be written: ${code ?? detail}`;
}
