/**
 * In a fresh process, for measurement 7: the chosen files read and merged as the pane does (`pane`: readFiles.ts's
 * consolidateReportFiles, each file's bytes handed over as File.arrayBuffer() would, merged into an in-memory workbook
 * standing in for Excel; `pane-merge`: the same reader and merge, consolidateChosenFiles's loop without planning
 * and writing the consolidation sheet, the command line's `cli` work), as the command line does (`cli`: createCliServices().consolidateFiles, read + merge, nothing
 * written), or by ExcelJS alone loading them (`exceljs`). bench/buildPane.mjs bundles this file twice: with the pane's
 * codec (codec.browser.ts, fflate, put in codec.ts's place as webpack.config.js does) and with the Node one; each
 * bundle runs only the modes its codec belongs to. Prints {ms, maxRssMiB, reports, unreadable, codec} measured inside.
 */
import { promises as fsp, readFileSync } from "node:fs";
import path from "node:path";
import { MemoryWorkbook } from "../src/adapters/memory";
import { createCliServices } from "../src/cli/compositionRoot";
import { readChosenFile, WorkbookReadError } from "../src/adapters/xlsx/browserReader";
import { consolidateReportFiles } from "../src/taskpane/readFiles";
import type { ChosenReportFile } from "../src/taskpane/services";
import { ConsolidationBuilder } from "../src/usecases/consolidateAgencies";

/** Set by bench/buildPane.mjs: which codec this bundle carries. */
const CODEC = process.env["BENCH_CODEC"] ?? "unbundled";
const WANTS: Record<string, string> = { pane: "browser", "pane-merge": "browser", cli: "node", exceljs: "node" };

/** The files as the pane is given them: a name, a size, the bytes on demand. */
async function chosenFiles(files: readonly string[]): Promise<ChosenReportFile[]> {
  return Promise.all(
    files.map(async (f) => {
      const size = (await fsp.stat(f)).size;
      const arrayBuffer = async (): Promise<ArrayBuffer> => {
        const b = await fsp.readFile(f);
        return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
      };
      return { name: path.basename(f), size, arrayBuffer };
    }),
  );
}

/** consolidateChosenFiles's reading loop (by name, one file at a time, a snapshot dropped once added), then the merge. */
async function paneMerge(chosen: readonly ChosenReportFile[]): Promise<{ reports: number; unreadable: number }> {
  const merge = new ConsolidationBuilder();
  let unreadable = 0;
  for (const f of [...chosen].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    try {
      merge.add({ file: f.name, snapshot: await readChosenFile(f.name, f.size, () => f.arrayBuffer()), skipOwnSheets: true });
    } catch (e) {
      if (!(e instanceof WorkbookReadError)) throw e;
      merge.add({ file: f.name, error: e.reason });
      unreadable++;
    }
  }
  return { reports: merge.consolidate({}).reports.length, unreadable };
}

async function run(mode: string, files: readonly string[]): Promise<{ reports: number; unreadable: number }> {
  if (mode === "pane-merge") return paneMerge(await chosenFiles(files));
  if (mode === "pane") {
    const chosen = await chosenFiles(files);
    const book = new MemoryWorkbook([{ name: "Trang tính1", cells: {} }]);
    const r = await consolidateReportFiles(book, { file: "Tong hop.xlsx", checkedAt: "01/01/2027 08:00", files: chosen, lang: "vi", progress: () => undefined, pace: async () => undefined });
    if (!r.ok) throw new Error(`the pane's merge failed: ${r.error.code}`);
    return { reports: r.value.reports, unreadable: r.value.unreadable.length };
  }
  if (mode === "cli") {
    const c = await createCliServices().consolidateFiles(files.map((f) => ({ path: f, name: path.basename(f) })), (e) => e.reason);
    return { reports: c.reports.length, unreadable: c.sources.filter((s) => "error" in s).length };
  }
  const ExcelJS = (await import("exceljs")).default;
  for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
  return { reports: 0, unreadable: 0 };
}

/** This process's own peak (VmHWM): not the parent's resident size at fork, which ru_maxrss keeps as a floor. */
function peakMiB(): number {
  try {
    const hwm = /VmHWM:\s*(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (hwm) return Number(hwm) / 1024;
  } catch {
    // Not Linux: the rusage figure.
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function main(): Promise<void> {
  const [mode = "", ...files] = process.argv.slice(2);
  if (WANTS[mode] !== CODEC) throw new Error(`mode ${mode} needs the ${WANTS[mode] ?? "?"} codec; this bundle has ${CODEC}`);
  if (mode === "exceljs") await import("exceljs"); // loaded before the clock starts, as readChild.ts does
  const t0 = process.hrtime.bigint();
  const counts = await run(mode, files);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, maxRssMiB: peakMiB(), codec: CODEC, ...counts }) + "\n");
}

void main();
