/**
 * The paths a command reads and writes, checked before any work: an output is a new .xlsx (or one replaced with
 * --force), in a folder that exists, and never one of the files the command reads — compared as files, by device
 * and inode where the file exists, so `sub/..`, a symbolic link or a hard link to an input is caught too.
 */
import fs from "node:fs";
import path from "node:path";
import { UsageError } from "./args";

/** Whether two paths name the same file: by device and inode when both exist, by resolved path otherwise. */
export function sameFile(a: string, b: string): boolean {
  const sa = fs.statSync(a, { throwIfNoEntry: false });
  const sb = fs.statSync(b, { throwIfNoEntry: false });
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  return path.resolve(a) === path.resolve(b);
}

/** Commands write copies: refuse to write over the file being read, which a round trip could impoverish. */
export function refuseSamePath(input: string, output: string): void {
  if (sameFile(input, output)) {
    throw new UsageError(`${output}: the output must be a new file, not the workbook being read (${input})`);
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
