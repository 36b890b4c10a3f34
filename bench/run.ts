/**
 * `npm run bench`: what validation and consolidation add to what ExcelJS alone costs to load the same files,
 * measured in the same run. Every measurement is a fresh process (cold, as a user's `pressdx` run is),
 * baseline and ours interleaved A B A B, and each ratio taken within its own pair. Figures are ratios:
 * absolute times on shared machines are noise.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { validateSnapshot } from "../src/usecases/validateWorkbook";
import { generateProvinces } from "./generateProvinces";
import { generateReports } from "./generateReports";
import { fmt, gc, median, timed } from "./stats";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 7);
const ROOT = path.resolve(__dirname, "..");

function child(mode: string, files: readonly string[]): Record<string, number> {
  const out = execFileSync(process.execPath, [path.join(ROOT, "bin/run-ts.cjs"), path.join(ROOT, "bench/child.ts"), mode, ...files], {
    encoding: "utf8",
  });
  return JSON.parse(out) as Record<string, number>;
}

function pairs(label: string, mode: string, files: readonly string[], goal: string): void {
  const baseline: number[] = [];
  const added: number[] = [];
  const work: number[] = [];
  let last: Record<string, number> = {};
  for (let i = 0; i < RUNS + 1; i++) {
    const a = child("exceljs", files).load ?? NaN;
    last = child(mode, files);
    if (i === 0) continue; // warm-up: file cache
    baseline.push(a);
    added.push(((last.total ?? NaN) - a) / a);
    work.push((last.work ?? NaN) / (last.load ?? NaN));
  }
  const extra = Object.entries(last)
    .filter(([k]) => !["load", "work", "total"].includes(k))
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  console.log(`${label} (${extra}), ${RUNS} runs, each in a fresh process`);
  console.log(`  ${mode} work after loading ÷ its own load            median ${fmt(median(work), 3)}  [${work.map((x) => fmt(x, 2)).join(" ")}]`);
  console.log(`  (pressdx ${mode} − ExcelJS load alone) ÷ ExcelJS load  median ${fmt(median(added), 3)}  [${added.map((x) => fmt(x, 2)).join(" ")}]  ${goal}`);
}

/**
 * The add-in's case: the task pane validates again and again in one warm JavaScript context. Same pairing,
 * in this process.
 */
async function warm(file: string): Promise<void> {
  const ratios: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    // Collect the previous run's garbage first, for both sides alike, so neither pays for the other.
    gc();
    const base = await timed(async () => new ExcelJS.Workbook().xlsx.readFile(file));
    const book = await XlsxWorkbook.load(file);
    gc();
    const work = await timed(async () => validateSnapshot(await book.read()));
    if (i >= 2) ratios.push(work.ms / base.ms);
  }
  console.log(`validate, warm (repeated in one process, as the add-in's pane does), ${RUNS} runs`);
  console.log(`  read + validate ÷ ExcelJS load                        median ${fmt(median(ratios), 3)}  [${ratios.map((x) => fmt(x, 2)).join(" ")}]  goal < 0.20`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressdx-bench-"));
  try {
    const provinces = path.join(dir, "provinces.xlsx");
    await generateProvinces(provinces);
    pairs("validate: 63 provinces × 2 tables in one workbook", "validate", [provinces], "goal < 0.20");
    await warm(provinces);
    const reports = await generateReports(path.join(dir));
    pairs("consolidate: 800 agencies × 8 years from 63 files", "consolidate", reports.filter((f) => f.includes("tinh-")), "");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
