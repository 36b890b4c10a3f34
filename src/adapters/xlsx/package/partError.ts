/**
 * The boundary where a package is read: whatever goes wrong while a part is read becomes the one-line read error
 * that names the file and the part. The reader's own checks already throw WorkbookReadError; this catches the rest
 * (a parser's plain Error on a cut-off relationships part, a RangeError from a character reference past U+10FFFF),
 * so a command refuses such a file in one line and a consolidation lists it unreadable and merges the others.
 */
import { WorkbookReadError } from "../readError";

/** `part` is "" while the package itself (its zip directory) is read. */
export function asReadError(file: string, part: string, e: unknown): WorkbookReadError {
  if (e instanceof WorkbookReadError) return e;
  const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
  return new WorkbookReadError("corrupted", file, part === "" ? `is damaged: ${detail}` : `is damaged: part ${part}: ${detail}`);
}

/** Runs one step of a read; an error it throws is turned into the read error naming `part`. */
export async function readingPart<T>(file: string, part: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    throw asReadError(file, part, e);
  }
}
