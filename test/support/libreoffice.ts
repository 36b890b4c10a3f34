/**
 * LibreOffice as the reference spreadsheet engine for tests: it opens the .xlsx files we write, recomputes
 * every formula (the formulas we write carry no results), and saves them again, so ExcelJS can read the
 * values a real engine computed. One soffice process converts the whole batch; a throw-away profile keeps
 * runs independent and sets "always recalculate on load" (by default LibreOffice trusts cached results).
 */
import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

/** True when soffice can be run. Tests call `requireLibreOffice()` instead, so a missing soffice fails CI. */
export function libreOfficeAvailable(): boolean {
  return existsSync(SOFFICE);
}

export function requireLibreOffice(): void {
  if (!libreOfficeAvailable()) {
    throw new Error(`LibreOffice not found at ${SOFFICE}: install it (apt-get install libreoffice-calc) or set SOFFICE`);
  }
}

/** /org.openoffice.Office.Calc/Formula/Load: 0 = always recalculate, 1 = never, 2 = ask. */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Recomputes the files in one soffice call. Returns input path → converted path, in a fresh temporary
 * folder (pressdx-lo-XXXX/out under the system temp dir) that the caller may remove. Inputs are copied under unique names first,
 * since soffice names its outputs by base name.
 */
export async function recalcWithLibreOffice(files: readonly string[], timeoutMs = 120_000): Promise<Map<string, string>> {
  return convertWithLibreOffice(files, "xlsx:Calc MS Excel 2007 XML", "xlsx", timeoutMs);
}

/** Renders the files to PDF in one soffice call (after recalculating), as a printout would show them; same folders as above. */
export async function pdfWithLibreOffice(files: readonly string[], timeoutMs = 120_000): Promise<Map<string, string>> {
  return convertWithLibreOffice(files, "pdf", "pdf", timeoutMs);
}

async function convertWithLibreOffice(files: readonly string[], filter: string, ext: string, timeoutMs: number): Promise<Map<string, string>> {
  requireLibreOffice();
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-lo-"));
  const profile = path.join(work, "profile");
  const inDir = path.join(work, "in");
  const outDir = path.join(work, "out");
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  await fs.mkdir(inDir);
  await fs.mkdir(outDir);
  await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);

  const copies = await Promise.all(
    files.map(async (f, i) => {
      const copy = path.join(inDir, `f${i}.xlsx`);
      await fs.copyFile(f, copy);
      return copy;
    }),
  );
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    filter,
    "--outdir",
    outDir,
    ...copies,
  ];
  const log = await run(SOFFICE, args, timeoutMs).finally(() => fs.rm(profile, { recursive: true, force: true }));

  const out = new Map<string, string>();
  files.forEach((f, i) => {
    const converted = path.join(outDir, `f${i}.${ext}`);
    if (!existsSync(converted)) throw new Error(`LibreOffice did not convert ${f}:\n${log}`);
    out.set(f, converted);
  });
  return out;
}

function run(cmd: string, args: readonly string[], timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout }, (err, stdout, stderr) => {
      const log = `${stdout}${stderr}`;
      if (err) reject(new Error(`${cmd} failed: ${err.message}\n${log}`));
      else resolve(log);
    });
  });
}

export interface SavedCell {
  /** The cached value: number, string (rich text flattened), boolean, null, or "#N/A"-style error text. */
  readonly value: number | string | boolean | null;
  readonly formula?: string;
  readonly numberFormat?: string;
}

/** Every non-empty cell of a saved workbook by "Sheet!A1", with its cached value as ExcelJS reads it. */
export async function readValues(file: string): Promise<Map<string, SavedCell>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, SavedCell>();
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const isFormula = cell.type === ExcelJS.ValueType.Formula;
        const value = flatten(isFormula ? cell.result : cell.value);
        const fmt = cell.numFmt && cell.numFmt !== "General" ? { numberFormat: cell.numFmt } : {};
        out.set(`${ws.name}!${cell.address}`, isFormula ? { value, formula: cell.formula, ...fmt } : { value, ...fmt });
      }),
    );
  }
  return out;
}

function flatten(v: unknown): SavedCell["value"] {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  const o = v as { error?: string; richText?: Array<{ text: string }>; text?: unknown };
  if (o.error) return o.error;
  if (o.richText) return o.richText.map((r) => r.text).join("");
  if (o.text !== undefined) return flatten(o.text);
  return JSON.stringify(v);
}
