/**
 * Resource limits of the package reader, checked while a part is inflated and parsed, so a hostile file
 * (a zip bomb, a sheet of millions of cells) is refused before memory grows.
 */
import { WorkbookReadError } from "../readError";

export interface ReadLimits {
  /** Largest decompressed size of one part, in bytes. */
  readonly partBytes: number;
  /** Largest decompressed size of all the parts read, in bytes. */
  readonly totalBytes: number;
  /** Most non-empty cells read in the whole workbook. */
  readonly cells: number;
  /** Most merged areas on one sheet. */
  readonly merges: number;
  /** Largest file read, in bytes: a larger one is refused before a byte of it is read. */
  readonly fileBytes: number;
}

const MiB = 1024 * 1024;

/**
 * Far above any plan or report form (the 63-province workbook is under 1 MiB of XML and 30,000 cells, a report form
 * a few dozen merges), and low enough that a refused file never costs more than a few hundred MiB.
 */
export const DEFAULT_LIMITS: ReadLimits = { partBytes: 256 * MiB, totalBytes: 512 * MiB, cells: 1_000_000, merges: 100_000, fileBytes: 200 * MiB };

/** A size for a message: bytes below 1 KiB (never "0 KiB"), else KiB or MiB rounded. */
export function describeBytes(n: number): string {
  if (n < 1024) return n === 1 ? "1 byte" : `${n} bytes`;
  return n >= MiB ? `${Math.round(n / MiB)} MiB` : `${Math.round(n / 1024)} KiB`;
}

export function tooLarge(file: string, part: string, what: string): WorkbookReadError {
  return new WorkbookReadError("too_large", file, `refused: part ${part} ${what}`);
}
