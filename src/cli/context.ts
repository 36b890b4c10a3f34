/** What every command needs from the outside world, so tests can run commands in-process. */
import fs from "node:fs";
import path from "node:path";
import { PackageWorkbook } from "../adapters/xlsx/packageWorkbook";
import { WorkbookReadError } from "../adapters/xlsx/readError";
import { XlsxFile } from "../adapters/xlsx/xlsxFile";
import type { Lang } from "../domain/messages";
import { UsageError } from "./args";

export interface CliContext {
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
  /** Working directory for relative paths (the process's by default). */
  readonly cwd: string;
}

export function langOf(text: string | undefined): Lang {
  if (text === undefined || text === "vi") return "vi";
  if (text === "en") return "en";
  throw new UsageError(`--lang must be vi or en, not “${text}”`);
}

/** A failure the user must fix (exit 2); the message is one line naming the file and the reason. */
export class InputError extends Error {}

const isMacroName = (file: string): boolean => path.extname(file).toLowerCase() === ".xlsm";

/** A new, empty workbook to write to `output` (an .xlsx: a new workbook has no macros to keep). */
export function createWorkbook(output: string): XlsxFile {
  if (isMacroName(output)) throw new UsageError(`${output}: a new workbook holds no macros; name it .xlsx`);
  return XlsxFile.create();
}

/**
 * Opens a workbook to write a copy of to `output`. Only the parts a command changes are rewritten; the rest is
 * copied as it is. A macro workbook keeps its macros when the copy is an .xlsm, and is refused for an .xlsx
 * (Excel would open neither an .xlsx holding macros nor an .xlsm without them).
 */
export async function openWorkbook(file: string, output: string): Promise<XlsxFile> {
  try {
    const book = await XlsxFile.load(file);
    // Read once within the limits, so a damaged or hostile file is refused before any work.
    await book.read();
    const macros = await book.isMacroEnabled();
    if (macros && !isMacroName(output)) {
      throw new InputError(`${file}: is a macro workbook; name the copy .xlsm (${path.basename(output, path.extname(output))}.xlsm) so its macros are kept — pressdx never drops them`);
    }
    if (!macros && isMacroName(output)) throw new UsageError(`${output}: ${file} holds no macros, so the copy must be an .xlsx`);
    return book;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new InputError(e.message);
    throw e;
  }
}

/** Opens a workbook for reading only, through the package reader (no workbook model, bounded memory). */
export async function openForReading(file: string): Promise<PackageWorkbook> {
  try {
    return await PackageWorkbook.open(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new InputError(e.message);
    throw e;
  }
}

/** Commands write copies: refuse to write over the file being read, which a round trip could impoverish. */
export function refuseSamePath(input: string, output: string): void {
  if (path.resolve(input) === path.resolve(output)) {
    throw new UsageError(`${output}: the output must be a new file, not the workbook being read`);
  }
}

/**
 * Checks an output path before any work: an .xlsx (or .xlsm) name, in a folder that exists, not a folder itself, and
 * not an existing file unless --force. (The save itself is still no-clobber without --force.)
 */
export function refuseExisting(output: string, force: boolean): void {
  const ext = path.extname(output).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    throw new UsageError(`${output}: the output must be an .xlsx file (or .xlsm for a copy of a macro workbook)`);
  }
  const folder = path.dirname(path.resolve(output));
  if (!fs.existsSync(folder)) throw new UsageError(`${output}: folder ${path.dirname(output)} does not exist`);
  if (!fs.statSync(folder).isDirectory()) throw new UsageError(`${output}: ${path.dirname(output)} is not a folder`);
  const existing = fs.statSync(output, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UsageError(`${output} is a folder; give a file name ending in .xlsx`);
  if (!force && existing) {
    throw new UsageError(`${output} already exists; choose another name, or pass --force to replace it`);
  }
}
