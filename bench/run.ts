/**
 * `npm run bench`: what validation (and consolidation) add on top of what ExcelJS alone costs to load
 * the same files, measured in the same run, runs interleaved. Figures are ratios: absolute times on
 * shared machines are noise.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { validateSnapshot } from "../src/usecases/validateWorkbook";
import { generateProvinces } from "./generateProvinces";
import { fmt, gc, median, timed } from "./stats";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 7);

async function benchValidation(dir: string): Promise<void> {
  const file = path.join(dir, "provinces.xlsx");
  await generateProvinces(file);
  console.log(`validation: 63 provinces × 2 tables (${(fs.statSync(file).size / 1024).toFixed(0)} KiB), ${RUNS} interleaved runs`);

  const load: number[] = [];
  const work: number[] = [];
  const ratios: number[] = [];
  const heap: number[] = [];
  let findings = 0;
  let tablesFound = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    gc();
    const baseline = await timed(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb;
    });
    gc();
    const h0 = process.memoryUsage().heapUsed;
    const ours = await timed(async () => {
      const book = await XlsxWorkbook.load(file);
      const loaded = process.memoryUsage().heapUsed;
      const t = await timed(async () => validateSnapshot(await book.read()));
      return { t, loaded, book };
    });
    gc();
    const kept = process.memoryUsage().heapUsed;
    if (i === 0) continue; // warm-up
    findings = ours.value.t.value.findings.length;
    tablesFound = ours.value.t.value.tables.length;
    load.push(baseline.ms);
    work.push(ours.value.t.ms);
    // What pressdx adds over the bare load: its own load overhead (file checks) plus reading and validating.
    ratios.push((ours.ms - baseline.ms) / baseline.ms);
    heap.push((kept - h0) / Math.max(1, ours.value.loaded - h0));
    void ours.value.book;
  }
  console.log(`  tables found: ${tablesFound}, findings: ${findings}`);
  console.log(`  read + validate ÷ ExcelJS load        median ${fmt(median(work) / median(load), 3)}  (per run: ${work.map((w, i) => fmt(w / (load[i] ?? 1), 3)).join(" ")})`);
  console.log(`  (pressdx validate − ExcelJS load) ÷ load median ${fmt(median(ratios), 3)}  goal < 0.20`);
  if (typeof (globalThis as { gc?: unknown }).gc === "function") {
    console.log(`  heap after validation ÷ heap of the loaded workbook  median ${fmt(median(heap), 3)}`);
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressdx-bench-"));
  try {
    await benchValidation(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
