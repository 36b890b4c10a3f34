/**
 * Why a workbook could not be opened, told by looking at the bytes before the package reader does: a zip
 * library's own errors ("End of data reached", "Can't find end of central directory") mean nothing to a
 * provincial official.
 */
import { indexOf, u32 } from "./package/bytes";
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

const OLE_MAGIC = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
/** "EncryptionInfo" in UTF-16LE, the stream an encrypted package has inside its OLE file. */
const ENCRYPTION_INFO = Uint8Array.from([..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]));
const ZIP_LOCAL = 0x04034b50;

/** Throws unless the bytes are a complete zip package holding xl/workbook.xml. */
export function classifyBytes(file: string, bytes: Uint8Array): void {
  const ext = /\.[^./\\]*$/.exec(file)?.[0].toLowerCase() ?? "";
  if (bytes.length === 0) throw new WorkbookReadError("corrupted", file, "the file is empty");
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    // Excel stores an encrypted .xlsx inside an OLE compound file; a legacy .xls is one too, without the
    // EncryptionInfo stream.
    // An OLE file without that stream is an old .xls, whatever its name says (a renamed .xls is common).
    const encrypted = indexOf(bytes, ENCRYPTION_INFO) >= 0;
    if (encrypted) {
      throw new WorkbookReadError("password_protected", file, "is password-protected; remove the password in Excel (File > Info > Protect Workbook) and save again");
    }
    throw new WorkbookReadError("old_excel", file, "is an old Excel 97–2003 (.xls) file; open it in Excel and save it as .xlsx");
  }
  if (bytes.length < 4 || u32(bytes, 0) !== ZIP_LOCAL) {
    const what = ext === ".csv" ? "is a CSV text file" : ext === ".xls" ? "is not an Excel 2007+ workbook" : "is not an .xlsx workbook";
    throw new WorkbookReadError("not_xlsx", file, `${what}; save it from Excel as .xlsx`);
  }
  const names = readDirectory(bytes)?.map((e) => e.name) ?? null;
  if (names === null) throw new WorkbookReadError("corrupted", file, "is damaged or incomplete (the zip directory is missing); copy or download it again");
  if (!names.some((n) => n.toLowerCase() === "xl/workbook.xml")) {
    throw new WorkbookReadError("not_xlsx", file, "is a zip archive but not an Excel workbook (no xl/workbook.xml)");
  }
}

/** A file refused by its size, before a byte of it is read. */
export function fileTooLarge(file: string, size: number, maxBytes: number): WorkbookReadError {
  const mib = (n: number, digits: number): string => `${(n / (1024 * 1024)).toLocaleString("en", { maximumFractionDigits: digits })} MiB`;
  return new WorkbookReadError("too_large", file, `refused: the file is ${mib(size, 1)}, over the limit of ${mib(maxBytes, 0)} (nothing of it was read)`);
}
