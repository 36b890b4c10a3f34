/** Reading a workbook file's bytes from disk (Node), refused as readError.ts tells before the package reader runs. */
import fs from "node:fs";
import { classifyBytes, fileTooLarge, WorkbookReadError } from "./readError";

/**
 * Reads the file and returns its bytes when they look like an .xlsx package; throws WorkbookReadError otherwise.
 * Only a regular file is read (a pipe, a device such as /dev/zero, a socket is refused, links followed), and only
 * one of at most `maxBytes`: a larger one is refused by its size before a byte of it is read.
 */
export async function readXlsxBytes(file: string, maxBytes: number): Promise<Buffer> {
  let bytes: Buffer;
  try {
    // Synchronous on purpose: a command reads its files one after another, and a promise per read cost a
    // consolidation of 600 files a fifth of a second waiting on the thread pool.
    bytes = readRegularFile(file, maxBytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "file not found" : `cannot be read (${code ?? (e as Error).message})`;
    throw new WorkbookReadError("missing", file, reason);
  }
  classifyBytes(file, bytes);
  return bytes;
}

function readRegularFile(file: string, maxBytes: number): Buffer {
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw new WorkbookReadError("not_xlsx", file, "is a folder, not an .xlsx file");
  if (!stat.isFile()) throw new WorkbookReadError("not_xlsx", file, "is not a regular file (a device, pipe or socket), not an .xlsx file");
  if (stat.size > maxBytes) throw fileTooLarge(file, stat.size, maxBytes);
  // Opened without blocking (a pipe put in the file's place meanwhile would otherwise wait for a writer), then
  // checked again on the descriptor itself, which is what is read.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) throw new WorkbookReadError("not_xlsx", file, "is not a regular file (a device, pipe or socket), not an .xlsx file");
    if (opened.size > maxBytes) throw fileTooLarge(file, opened.size, maxBytes);
    // Exactly the size found, plus one byte to notice a file that grew since: a package is read whole or not at all.
    const bytes = Buffer.allocUnsafe(opened.size + 1);
    let got = 0;
    for (let n = 1; n > 0 && got < bytes.length; got += n) n = fs.readSync(fd, bytes, got, bytes.length - got, got);
    if (got > opened.size) throw new WorkbookReadError("corrupted", file, "changed while it was read; try again once it is saved");
    return bytes.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}
