/**
 * In a fresh process: the files read through the package reader and merged (consolidateAgencies), without
 * writing the merged workbook; or ExcelJS alone loading them. Prints {ms, maxRssMiB} measured inside.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { PackageWorkbook } from "../src/adapters/xlsx";
import { consolidateAgencies } from "../src/usecases/consolidateAgencies";

async function run(mode: string, files: string[]): Promise<number> {
  const t0 = process.hrtime.bigint();
  if (mode === "exceljs") {
    for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
  } else {
    const sources = [];
    for (const f of files) sources.push({ file: path.basename(f), port: await PackageWorkbook.probe(f) });
    await consolidateAgencies(sources);
  }
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const [mode = "", ...files] = process.argv.slice(2);
void run(mode, files).then((ms) => process.stdout.write(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + "\n"));
