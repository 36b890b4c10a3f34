/**
 * In a fresh process: the files read through the package reader and merged as `pressdx consolidate` does (the
 * command line's own services), without writing the merged workbook; or ExcelJS alone loading them; or (`read`) the files only read, a refusal noted.
 * Prints {ms, maxRssMiB, refused} measured inside.
 */
import fs from "node:fs";
import path from "node:path";
import { readWorkbookFile } from "../src/adapters/xlsx/package/readPackage";
import { createCliServices } from "../src/cli/compositionRoot";

/** Why the last `read` was refused, if it was. */
let refused: string | undefined;

async function run(mode: string, files: string[]): Promise<number> {
  // Loaded only where used, before the clock starts: a read alone should not carry ExcelJS in its memory.
  const ExcelJS = mode === "exceljs" ? (await import("exceljs")).default : null;
  const t0 = process.hrtime.bigint();
  if (mode === "read") {
    for (const f of files) {
      try {
        await readWorkbookFile(f);
      } catch (e) {
        refused = (e as Error).message;
      }
    }
  } else if (ExcelJS) {
    for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
  } else {
    await createCliServices().consolidateFiles(
      files.map((f) => ({ path: f, name: path.basename(f) })),
      (e) => e.reason,
    );
  }
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const [mode = "", ...files] = process.argv.slice(2);
/**
 * This process's own peak: Linux keeps the parent's resident size at fork as a floor of ru_maxrss across exec, so a
 * parent holding a large input would show in `resourceUsage().maxRSS`; VmHWM belongs to this process's memory alone.
 */
function peakMiB(): number {
  try {
    const hwm = /VmHWM:\s*(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"))?.[1];
    if (hwm) return Number(hwm) / 1024;
  } catch {
    // Not Linux: the rusage figure.
  }
  return process.resourceUsage().maxRSS / 1024;
}

void run(mode, files).then((ms) => {
  const maxRssMiB = mode === "read" ? peakMiB() : process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, maxRssMiB, refused }) + "\n");
});
