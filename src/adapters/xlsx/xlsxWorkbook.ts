/**
 * An .xlsx file as a WorkbookPort, through ExcelJS: for the command line and for tests whose output
 * LibreOffice recomputes. Writes are checked in full before the workbook is touched.
 */
import { constants as fsConstants, promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Plan, WorkbookPort } from "../../ports/workbookPort";
import type { WorkbookSnapshot } from "../../sheet/grid";
import type { SheetPatch } from "../../sheet/patch";
import { checkPatches, type WorkbookShape } from "../patchCheck";
import { ownerOfFormula } from "../ownership";
import { applyPatch } from "./applyPatch";
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
    const sheets = this.wb.worksheets.map((ws) => ({
      ...readGrid(ws),
      protected: isProtected(ws),
      ownedFormats: ownedFormats(ws),
      charts: this.charts.names(ws.name),
    }));
    const names: Record<string, string> = {};
    for (const n of this.wb.definedNames.model) {
      // Built-in names (print areas) and sheet-scoped names are not the workbook's own names.
      if (n.name.startsWith("_xlnm.") || (n as { localSheetId?: number }).localSheetId !== undefined) continue;
      names[n.name] = n.ranges.join(",");
    }
    return { sheets, names };
  }

  async update<T>(plan: (snapshot: WorkbookSnapshot) => Plan<T>): Promise<T> {
    const { patches, result } = plan(await this.read());
    if (patches.length > 0) await this.apply(patches);
    return result;
  }

  async apply(patches: readonly SheetPatch[]): Promise<void> {
    const targets = checkPatches(patches, this.shape());
    this.packageSource = null;
    let wroteFormula = false;
    patches.forEach((patch, i) => {
      const name = targets[i] ?? patch.sheet;
      let ws = this.sheet(name) ?? this.wb.addWorksheet(name);
      if (patch.replace) {
        ws = this.cleared(ws);
        this.charts.clear(ws.name);
      }
      for (const owned of patch.removeOwned ?? []) this.charts.remove(ws.name, owned);
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

  /** A fresh sheet of the same name in the same tab position: everything the old one held is gone. */
  private cleared(ws: ExcelJS.Worksheet): ExcelJS.Worksheet {
    const { name, orderNo } = ws as ExcelJS.Worksheet & { orderNo: number };
    this.wb.removeWorksheet(ws.id);
    const fresh = this.wb.addWorksheet(name) as ExcelJS.Worksheet & { orderNo: number };
    fresh.orderNo = orderNo;
    return fresh;
  }

  private shape(): WorkbookShape {
    return {
      sheetName: (name) => this.sheet(name)?.name ?? null,
      merges: (name) => {
        const ws = this.sheet(name);
        return ws ? mergeRefs(ws) : [];
      },
      isProtected: (name) => {
        const ws = this.sheet(name);
        return ws ? isProtected(ws) : false;
      },
      // ExcelJS does not read <workbookProtection>; a file's structure lock is not known here.
      structureProtected: () => false,
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

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection: { sheet?: boolean | string } | null }).sheetProtection;
  return p !== null && p !== undefined && (p.sheet === true || p.sheet === "1" || p.sheet === "true");
}

/** ExcelJS keeps a file's conditional formats in a model its typings omit. */
export function conditionalFormattingsOf(ws: ExcelJS.Worksheet): Array<{ ref: string; rules: Array<{ formulae?: unknown[] }> }> {
  return (ws as unknown as { conditionalFormattings: ReturnType<typeof conditionalFormattingsOf> }).conditionalFormattings;
}

function ownedFormats(ws: ExcelJS.Worksheet): string[] {
  const owners = new Set<string>();
  for (const cf of conditionalFormattingsOf(ws)) {
    for (const rule of cf.rules) {
      const owner = ownerOfFormula(String(rule.formulae?.[0] ?? ""));
      if (owner !== null) owners.add(owner);
    }
  }
  return [...owners];
}
