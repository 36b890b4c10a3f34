/**
 * An .xlsx or .xlsm file as a read-only WorkbookPort through the package reader: for the commands that only read
 * (validate without --out, the sources of consolidate). It keeps nothing between reads but the file's name, so
 * a command holding hundreds of them holds no workbook until it reads one.
 */
import type { Planner, WorkbookPort } from "../../ports/workbookPort";
import type { WorkbookSnapshot } from "../../sheet/grid";
import type { SheetPatch } from "../../sheet/patch";
import { DEFAULT_LIMITS, type ReadLimits, readWorkbookBytes } from "./package/readPackage";
import { readXlsxBytes } from "./readFile";
import type { WorkbookReadError } from "./readError";

export interface PackageReadOptions {
  readonly limits?: ReadLimits;
  /** Leave a sheet over a limit out of the snapshot (listed in `skipped`) rather than refuse the workbook. */
  readonly skipSheetsOverLimit?: boolean;
}

export class PackageWorkbook implements WorkbookPort {
  private bytes: Buffer | null;
  private readonly limits: ReadLimits;
  private readonly skipSheetsOverLimit: boolean;

  private constructor(
    readonly file: string,
    bytes: Buffer | null,
    options: PackageReadOptions,
  ) {
    this.bytes = bytes;
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.skipSheetsOverLimit = options.skipSheetsOverLimit ?? false;
  }

  /**
   * Opens a file for one read: throws WorkbookReadError at once when it is missing, not an .xlsx package,
   * password-protected or cut off. The bytes are kept until the first read.
   */
  static async open(file: string, options: PackageReadOptions = {}): Promise<PackageWorkbook> {
    return new PackageWorkbook(file, await readXlsxBytes(file, (options.limits ?? DEFAULT_LIMITS).fileBytes), options);
  }

  /** With `skipSheetsOverLimit`, the sheets the last read left out, each with why (one line). */
  readonly skipped: Array<{ readonly sheet: string; readonly reason: string }> = [];

  /** Throws WorkbookReadError when a part is damaged or a limit is passed (see skipSheetsOverLimit). */
  async read(): Promise<WorkbookSnapshot> {
    const bytes = this.bytes ?? (await readXlsxBytes(this.file, this.limits.fileBytes));
    this.bytes = null;
    this.skipped.length = 0;
    const onSheetOverLimit = this.skipSheetsOverLimit
      ? (sheet: string, e: WorkbookReadError) => void this.skipped.push({ sheet, reason: e.reason })
      : undefined;
    return readWorkbookBytes(this.file, bytes, this.limits, { onSheetOverLimit });
  }

  /** Plans may read; one that decides to write is refused, since this port cannot. */
  async update<T>(plan: Planner<T>): Promise<T> {
    const { patches, result } = await plan(await this.read());
    if (patches.length > 0) await this.apply(patches);
    return result;
  }

  apply(_patches: readonly SheetPatch[]): Promise<void> {
    return Promise.reject(new Error(`${this.file} is open for reading only`));
  }
}
