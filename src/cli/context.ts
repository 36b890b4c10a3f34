/** What every command needs from the outside world, so tests can run commands in-process. */
import fs from "node:fs";
import path from "node:path";
import { PackageWorkbook, WorkbookReadError, XlsxWorkbook } from "../adapters/xlsx";
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

export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  try {
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

export function refuseExisting(output: string, force: boolean): void {
  if (!force && fs.existsSync(output)) {
    throw new UsageError(`${output} already exists; choose another name, or pass --force to replace it`);
  }
}
