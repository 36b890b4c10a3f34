/** What every command needs from the outside world, so tests can run commands in-process. */
import fs from "node:fs";
import path from "node:path";
// ExcelJS takes a third of a second to load: only commands that write load it (see xlsxModule()).
import { readWorkbookBytes } from "../adapters/xlsx/package/readPackage";
import { PackageWorkbook } from "../adapters/xlsx/packageWorkbook";
import { hasMacros, readXlsxBytes, WorkbookReadError } from "../adapters/xlsx/readError";
import type * as XlsxModule from "../adapters/xlsx/xlsxWorkbook";
import type { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
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

/** The ExcelJS adapter, loaded on first use. */
export function xlsxModule(): Promise<typeof XlsxModule> {
  return import("../adapters/xlsx/xlsxWorkbook");
}

/** A new, empty workbook to write. */
export async function createWorkbook(): Promise<XlsxWorkbook> {
  return (await xlsxModule()).XlsxWorkbook.create();
}

/**
 * Opens a workbook to write a copy of. A macro workbook is refused: the copy would lose its macros, and
 * pressdx never drops them silently.
 */
export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  const { XlsxWorkbook } = await xlsxModule();
  try {
    const bytes = await readXlsxBytes(file);
    if (hasMacros(bytes)) {
      throw new InputError(`${file}: is a macro workbook (.xlsm); pressdx cannot keep its macros in a copy yet, so it writes none (checking it with validate without --out works)`);
    }
    // ExcelJS checks no limit: read the package first, within the limits, so a hostile file is refused before
    // ExcelJS inflates it.
    await readWorkbookBytes(file, bytes);
    return await XlsxWorkbook.load(file);
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
 * Checks an output path before any work: an .xlsx name, in a folder that exists, not a folder itself, and
 * not an existing file unless --force. (The save itself is still no-clobber without --force.)
 */
export function refuseExisting(output: string, force: boolean): void {
  if (path.extname(output).toLowerCase() !== ".xlsx") {
    throw new UsageError(`${output}: the output must be an .xlsx file (pressdx does not write macro workbooks, .xlsm)`);
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
