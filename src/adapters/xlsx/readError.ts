/**
 * Why a workbook could not be opened, told by looking at the bytes before the package reader does: a zip
 * library's own errors ("End of data reached", "Can't find end of central directory") mean nothing to a
 * provincial official.
 */
import fs from "node:fs";
import path from "node:path";
import { readDirectory } from "./package/directory";

export type WorkbookReadErrorKind = "missing" | "not_xlsx" | "corrupted" | "password_protected" | "too_large" | "old_excel";

export class WorkbookReadError extends Error {
  constructor(
    readonly kind: WorkbookReadErrorKind,
    readonly file: string,
    /** The reason alone, without the file name. */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "WorkbookReadError";
  }
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;

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
  if (stat.size > maxBytes) throw tooBig(file, stat.size, maxBytes);
  // Opened without blocking (a pipe put in the file's place meanwhile would otherwise wait for a writer), then
  // checked again on the descriptor itself, which is what is read.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) throw new WorkbookReadError("not_xlsx", file, "is not a regular file (a device, pipe or socket), not an .xlsx file");
    if (opened.size > maxBytes) throw tooBig(file, opened.size, maxBytes);
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

function tooBig(file: string, size: number, maxBytes: number): WorkbookReadError {
  const mib = (n: number, digits: number): string => `${(n / (1024 * 1024)).toLocaleString("en", { maximumFractionDigits: digits })} MiB`;
  return new WorkbookReadError("too_large", file, `refused: the file is ${mib(size, 1)}, over the limit of ${mib(maxBytes, 0)} (nothing of it was read)`);
}

/** Throws unless the bytes are a complete zip package holding xl/workbook.xml. */
export function classifyBytes(file: string, bytes: Buffer): void {
  const ext = path.extname(file).toLowerCase();
  if (bytes.length === 0) throw new WorkbookReadError("corrupted", file, "the file is empty");
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    // Excel stores an encrypted .xlsx inside an OLE compound file; a legacy .xls is one too, without the
    // EncryptionInfo stream.
    // An OLE file without that stream is an old .xls, whatever its name says (a renamed .xls is common).
    const encrypted = bytes.includes(Buffer.from("EncryptionInfo", "utf16le"));
    if (encrypted) {
      throw new WorkbookReadError("password_protected", file, "is password-protected; remove the password in Excel (File > Info > Protect Workbook) and save again");
    }
    throw new WorkbookReadError("old_excel", file, "is an old Excel 97–2003 (.xls) file; open it in Excel and save it as .xlsx");
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== ZIP_LOCAL) {
    const what = ext === ".csv" ? "is a CSV text file" : ext === ".xls" ? "is not an Excel 2007+ workbook" : "is not an .xlsx workbook";
    throw new WorkbookReadError("not_xlsx", file, `${what}; save it from Excel as .xlsx`);
  }
  const names = readDirectory(bytes)?.map((e) => e.name) ?? null;
  if (names === null) throw new WorkbookReadError("corrupted", file, "is damaged or incomplete (the zip directory is missing); copy or download it again");
  if (!names.some((n) => n.toLowerCase() === "xl/workbook.xml")) {
    throw new WorkbookReadError("not_xlsx", file, "is a zip archive but not an Excel workbook (no xl/workbook.xml)");
  }
}
