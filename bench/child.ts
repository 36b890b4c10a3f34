/**
 * One measurement in a fresh process, as a user's `pressdx` run is: cold JIT, cold caches. Prints one JSON
 * line of milliseconds. Modes: exceljs <files...> (ExcelJS alone loads them), validate <file>,
 * consolidate <files...>.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { consolidateAgencies } from "../src/usecases/consolidateAgencies";
import { validateSnapshot } from "../src/usecases/validateWorkbook";

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

async function run(mode: string, files: string[]): Promise<Record<string, number>> {
  if (mode === "exceljs") {
    const t0 = process.hrtime.bigint();
    for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
    return { load: ms(t0) };
  }
  if (mode === "validate") {
    const t0 = process.hrtime.bigint();
    const book = await XlsxWorkbook.load(files[0] ?? "");
    const load = ms(t0);
    const t1 = process.hrtime.bigint();
    const report = validateSnapshot(await book.read());
    return { load, work: ms(t1), total: ms(t0), tables: report.tables.length, findings: report.findings.length };
  }
  if (mode === "consolidate") {
    const t0 = process.hrtime.bigint();
    const sources = [];
    for (const f of files) sources.push({ file: path.basename(f), port: await XlsxWorkbook.load(f) });
    const load = ms(t0);
    const t1 = process.hrtime.bigint();
    const result = await consolidateAgencies(sources);
    return { load, work: ms(t1), total: ms(t0), rows: result.reports.length };
  }
  throw new Error(`unknown mode ${mode}`);
}

const [mode = "", ...files] = process.argv.slice(2);
run(mode, files).then((r) => process.stdout.write(JSON.stringify(r) + "\n"));
