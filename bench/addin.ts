/**
 * `npm run bench` (add-in part): what the pane costs Excel and the network.
 *
 * 1. Syncs, request bytes and response bytes per use case against the size of the workbook, through the Office
 *    adapter over the Excel stand-in in its web mode (5 MB limits on). Counts, not times: they do not depend on the
 *    machine. Goal: a fixed number of syncs for a normal workbook (2 reads + 1 write), growing only with size.
 * 2. The gzipped pane bundle against a bare React + Fluent UI pane built by the same webpack config, in the same run:
 *    the first screen (goal ≤ 1.3×) and every chunk (./paneBundle.ts).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { OfficeWorkbook } from "../src/adapters/office";
import { PRESETS } from "../src/domain/presets";
import { SEED_SHEET, seedCells } from "../src/preview/seed";
import { a1 } from "../src/sheet/a1";
import { createStandIn, installStandIn, type StandIn } from "../src/standin";
import { checkWorkbook } from "../src/usecases/checkWorkbook";
import { insertAppendix } from "../src/usecases/insertAppendix";
import { writeAttainment } from "../src/usecases/writeAttainment";
import { consolidateWorkbook } from "../src/usecases/writeConsolidation";
import { FIRST_SCREEN_BUDGET, gzipSize, paneBundle } from "./paneBundle";

const ROOT = path.resolve(__dirname, "..");
const BUDGET = 1_000_000;

interface Cost {
  syncs: number;
  request: number;
  response: number;
  largest: number;
}

async function costOf(s: StandIn, run: () => Promise<unknown>): Promise<Cost> {
  s.model.stats.reset();
  await run();
  const b = s.model.stats.batches;
  return {
    syncs: s.model.stats.syncs,
    request: s.model.stats.requestBytes,
    response: s.model.stats.responseBytes,
    largest: Math.max(0, ...b.map((x) => Math.max(x.requestBytes, x.responseBytes))),
  };
}

/** The seed's agency reports, the national tables with one wrong share, and a data sheet of `rows` rows × 6 columns. */
async function workbook(rows: number): Promise<StandIn> {
  const s = createStandIn({ apiVersion: "1.14", platform: "OfficeOnline" });
  s.model.addSheet(SEED_SHEET, seedCells());
  installStandIn(globalThis, s);
  const port = new OfficeWorkbook({ read: { budgetBytes: BUDGET } });
  await insertAppendix(port, { preset: PRESETS.national, periods: ["2023-2025", "2026-2030"], sheet: "Phụ lục" });
  s.model.userPaste("Phụ lục", "C6", 1.5);
  if (rows > 0) {
    const cells: Record<string, string | number> = {};
    for (let r = 0; r < rows; r++) for (let c = 0; c < 6; c++) cells[a1(r, c)] = c === 0 ? `Mục ${r + 1}` : (r * 7 + c) % 1000;
    s.model.addSheet("Dữ liệu", cells);
  }
  return s;
}

const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;

async function syncTable(): Promise<void> {
  console.log("\nSyncs and payloads per use case (Office adapter over the stand-in, web limits on, budget 1 MB a response)\n");
  console.log("| data sheet rows | use case | syncs | request | response | largest single payload |");
  console.log("|---:|---|---:|---:|---:|---:|");
  for (const rows of [0, 1_000, 10_000, 100_000]) {
    const s = await workbook(rows);
    const port = new OfficeWorkbook({ read: { budgetBytes: BUDGET } });
    const cases: Array<[string, () => Promise<unknown>]> = [
      ["validate + highlight", () => checkWorkbook(port, { highlight: true })],
      ["review sheet", () => checkWorkbook(port, { highlight: false, review: { file: "bench", checkedAt: "" } })],
      ["consolidate this workbook", () => consolidateWorkbook(port, { file: "bench", checkedAt: "" })],
      ["attainment", () => writeAttainment(port)],
    ];
    for (const [name, run] of cases) {
      const c = await costOf(s, run);
      console.log(`| ${rows.toLocaleString("en")} | ${name} | ${c.syncs} | ${kb(c.request)} | ${kb(c.response)} | ${kb(c.largest)} |`);
    }
  }
}

function bundleRatio(): void {
  const webpack = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  const stats = path.join(ROOT, ".tmp/bench-stats.json");
  execFileSync(process.execPath, [webpack, "--mode", "production", `--json=${stats}`], { cwd: ROOT, stdio: "pipe" });
  execFileSync(process.execPath, [webpack, "--mode", "production", "--env", "bare"], { cwd: ROOT, stdio: "pipe" });
  const b = paneBundle(path.join(ROOT, "dist"), stats, path.join(ROOT, ".tmp/bare-pane"));
  const fluent = gzipSize(path.join(ROOT, ".tmp/bare-pane/fluent.js"));
  console.log("\nPane bundle, gzipped, against a bare React + Fluent UI pane built by the same config\n");
  console.log("| bundle | gzipped | ratio |");
  console.log("|---|---:|---:|");
  console.log(`| bare React + Fluent pane | ${kb(b.bare)} | 1.00 |`);
  console.log(`| the Fluent components the pane once used, no PressDX code | ${kb(fluent)} | ${(fluent / b.bare).toFixed(2)} |`);
  console.log(`| PressDX first screen (entry + Insert tab) | ${kb(b.firstScreen)} | ${b.ratio.toFixed(2)} (goal ≤ ${FIRST_SCREEN_BUDGET}) |`);
  console.log(`| PressDX, every chunk (each tab and the engine load when first needed) | ${kb(b.total)} | ${b.totalRatio.toFixed(2)} |`);
}

async function main(): Promise<void> {
  await syncTable();
  if (process.env["BENCH_SKIP_BUNDLE"] !== "1") bundleRatio();
}

void main();
