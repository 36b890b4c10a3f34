/**
 * An .xlsx file as a WorkbookPort, through ExcelJS: for the command line and for tests whose output
 * LibreOffice recomputes. Writes are checked in full before the workbook is touched.
 */
import { constants as fsConstants, promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookPort } from "../../ports/workbookPort";
import type { WorkbookSnapshot } from "../../sheet/grid";
import type { SheetPatch } from "../../sheet/patch";
import { checkPatches, type WorkbookShape } from "../patchCheck";
import { applyPatch } from "./applyPatch";
import { checkCharts } from "./chartCheck";
import { ChartRecord } from "./charts";
import { mergeRefs } from "./merges";
import { readWorkbookBytes } from "./package/readPackage";
import { readXlsxBytes, WorkbookReadError } from "./readError";
import { readGrid } from "./readGrid";

export class XlsxWorkbook implements WorkbookPort {
  /** Charts applied through this instance; ExcelJS cannot write them, save() adds them to the file (see charts.ts). */
  private readonly charts = new ChartRecord();

  /** The file's bytes while nothing has been applied, when reads go through the package reader. */
  private packageSource: { file: string; bytes: Buffer } | null = null;

  private constructor(private readonly wb: ExcelJS.Workbook) {}

  /**
   * Opens a file; throws WorkbookReadError (missing, not_xlsx, corrupted, password_protected). With
   * `readThroughPackage`, read() uses the package reader until a patch is applied (then ExcelJS's model).
   */
  static async load(file: string, options: { readThroughPackage?: boolean } = {}): Promise<XlsxWorkbook> {
    const bytes = await readXlsxBytes(file);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (e) {
      const first = ((e as Error).message ?? String(e)).split("\n")[0];
      throw new WorkbookReadError("corrupted", file, `is damaged and cannot be read (${first})`);
    }
    const book = new XlsxWorkbook(wb);
    if (options.readThroughPackage) book.packageSource = { file, bytes };
    return book;
  }

  static create(): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = "PressDX Planner";
    return new XlsxWorkbook(wb);
  }

  /**
   * Writes to a temporary file beside the target, then moves it into place: a failed save leaves no half file.
   * With `replace: false` the move is no-clobber (a hard link, which fails when the target exists), so of two
   * runs writing the same path only one succeeds; the other gets an EEXIST error.
   */
  async save(file: string, options: { replace?: boolean } = {}): Promise<void> {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      const bytes = new Uint8Array(await this.wb.xlsx.writeBuffer());
      await fs.writeFile(tmp, await this.charts.write(this.wb, bytes));
      if (options.replace === false) await placeNew(tmp, file);
      else await fs.rename(tmp, file);
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }

  async read(): Promise<WorkbookSnapshot> {
    if (this.packageSource) return readWorkbookBytes(this.packageSource.file, this.packageSource.bytes);
    const sheets = this.wb.worksheets.map(readGrid);
    const names: Record<string, string> = {};
    for (const n of this.wb.definedNames.model) {
      // Built-in names (print areas) and sheet-scoped names are not the workbook's own names.
      if (n.name.startsWith("_xlnm.") || (n as { localSheetId?: number }).localSheetId !== undefined) continue;
      names[n.name] = n.ranges.join(",");
    }
    return { sheets, names };
  }

  async apply(patches: readonly SheetPatch[]): Promise<void> {
    const targets = checkPatches(patches, this.shape());
    this.packageSource = null;
    checkCharts(patches, targets);
    let wroteFormula = false;
    patches.forEach((patch, i) => {
      const name = targets[i] ?? patch.sheet;
      const ws = this.sheet(name) ?? this.wb.addWorksheet(name);
      wroteFormula = applyPatch(this.wb, ws, patch) || wroteFormula;
      for (const chart of patch.charts ?? []) this.charts.record(ws.name, chart);
    });
    // Formulas we write carry no cached result; ask Excel to compute everything when it opens the file.
    if (wroteFormula) this.wb.calcProperties.fullCalcOnLoad = true;
  }

  /** Sheet names in tab order. */
  sheetNames(): string[] {
    return this.wb.worksheets.map((w) => w.name);
  }

  /** The ExcelJS workbook, for tests that inspect styles or validations directly. */
  get raw(): ExcelJS.Workbook {
    return this.wb;
  }

  private sheet(name: string): ExcelJS.Worksheet | undefined {
    const lower = name.toLowerCase();
    return this.wb.worksheets.find((w) => w.name.toLowerCase() === lower);
  }

  private shape(): WorkbookShape {
    return {
      sheetName: (name) => this.sheet(name)?.name ?? null,
      merges: (name) => {
        const ws = this.sheet(name);
        return ws ? mergeRefs(ws) : [];
      },
    };
  }
}

async function placeNew(tmp: string, file: string): Promise<void> {
  try {
    await fs.link(tmp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw Object.assign(new Error(`${file} already exists (written meanwhile by another run?); pass --force to replace it`), { code });
    // File systems without hard links (FAT, some network shares): an exclusive copy is still no-clobber.
    if (code === "EPERM" || code === "ENOTSUP" || code === "EXDEV" || code === "ENOSYS") await fs.copyFile(tmp, file, fsConstants.COPYFILE_EXCL);
    else throw e;
  }
}
