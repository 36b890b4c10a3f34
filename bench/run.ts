/**
 * `npm run bench`: the goals of issue 8, as ratios measured in one run (absolute times on shared machines are
 * noise). Fresh-process measurements run the built command (dist-cli/, as `pressdx` runs) against ExcelJS alone
 * loading the same files, interleaved A B A B, each ratio taken within its pair.
 *
 *   1. `pressdx validate F --json` ÷ a bare ExcelJS load of F, fresh processes: the example and 63 provinces (goal ≤ 0.5)
 *   2. read + validate ÷ the floor (unzip + SAX parse of the same parts), warm, in three processes of their own, pooled (goal ≤ 1.5)
 *   3. consolidating 600 report files ÷ ExcelJS loading them one by one, and peak memory (goal ≤ 1.0, < 300 MiB);
 *      also the whole `node bin/pressdx.cjs consolidate` process as users meet it: its output to a file, its peak
 *      RSS as GNU time reports it, the largest of the runs
 *   4. peak memory of validating a plan beside a 1,000,000-row data sheet
 *   5. hostile inputs (issue 14), each answered in a fresh process: time against validating the example, peak memory
 *   6. the scanner's time and the read's memory against one token's length, 1 to 16 MB (issue 14: linear growth)
 *   7. the pane's reader and merge (issue 17) over measurement 3's 600 files, against the command line's read + merge
 *      and ExcelJS's load of the same files in the same run: time ratios and peak memory, each in a fresh process
 *
 * `npm run bench` runs this file bundled by esbuild into .tmp/bench/ (`npm run build:bench`), plain JavaScript like
 * the built command line, so the in-process figures time the reader as it ships, not through a TypeScript loader.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SaxesParser } from "saxes";
import { DEFAULT_LIMITS } from "../src/adapters/xlsx";
import { readWorkbookBytes } from "../src/adapters/xlsx/package/readPackage";
import { relsPath, resolveTarget } from "../src/adapters/xlsx/ooxml";
import { readWorkbookPart } from "../src/adapters/xlsx/package/parts";
import { scanSink } from "../src/adapters/xlsx/package/scanner";
import { ZipPackage } from "../src/adapters/xlsx/package/zip";
import { validateSnapshot } from "../src/usecases/validateWorkbook";
import { generateBigSheet } from "./bigSheet";
import { generateProvinces } from "./generateProvinces";
import { generateReports } from "./generateReports";
import { hostile } from "./hostile";
import { tokenScaling } from "./tokenScaling";
import { fmt, gc, median } from "./stats";
import { peakSource, runAsUser } from "./wholeProcess";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 5);
/** Reads timed together in measurement 2. */
const READS_PER_TIMING = 20;
/** BENCH_ONLY=2,3 runs only those measurements (all by default). */
const ONLY = new Set((process.env["BENCH_ONLY"] ?? "").split(",").filter(Boolean));
const want = (n: string): boolean => ONLY.size === 0 || ONLY.has(n);
/** The repository: this file runs built into .tmp/bench/ (as the command line runs built), or from bench/. */
const ROOT = ((): string => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return dir;
})();
const EXAMPLE = path.join(ROOT, "examples", "ke-hoach-mau.xlsx");

interface ChildRun {
  ms: number;
  maxRssMiB: number;
  /** User and system CPU time, where the child reports it. */
  cpuMs?: number;
  code?: number;
}

function child(script: string, args: readonly string[]): ChildRun {
  const t0 = process.hrtime.bigint();
  const out = execFileSync(process.execPath, [path.join(ROOT, "bench", script), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, ...(JSON.parse(out.trim().split("\n").pop() ?? "{}") as { maxRssMiB: number; cpuMs?: number; code?: number }) };
}

const command = (...args: string[]): ChildRun => child("command.cjs", args);
const excelJsLoad = (files: readonly string[]): ChildRun => child("exceljsLoad.cjs", files);
const list = (xs: readonly number[], digits = 2): string => `[${xs.map((x) => fmt(x, digits)).join(" ")}]`;

function versusExcelJs(label: string, files: readonly string[], args: readonly string[], runs: number, goal: string): void {
  const ratios: number[] = [];
  const ours: ChildRun[] = [];
  const theirs: ChildRun[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const a = excelJsLoad(files);
    let b: ChildRun;
    try {
      b = command(...args);
    } catch (e) {
      // Report the failure and go on with the other measurements.
      const stderr = String((e as { stderr?: unknown }).stderr ?? e);
      console.log(`${label}: the command failed: ${stderr.split("\n").find((l) => /Error/.test(l)) ?? stderr.split("\n")[0]}`);
      return;
    }
    if (i === 0) continue; // warm-up: file cache
    ratios.push(b.ms / a.ms);
    ours.push(b);
    theirs.push(a);
  }
  console.log(`${label}, ${runs} runs, each in a fresh process`);
  console.log(`  whole pressdx command ÷ bare ExcelJS load   median ${fmt(median(ratios), 3)}  ${list(ratios)}  ${goal}`);
  console.log(
    `  peak memory: pressdx ${fmt(median(ours.map((r) => r.maxRssMiB)), 0)} MiB, ExcelJS load ${fmt(median(theirs.map((r) => r.maxRssMiB)), 0)} MiB` +
      ` (exit status ${ours[0]?.code})`,
  );
}

/** Reading and merging alone (no merged workbook written), timed inside fresh processes, against ExcelJS's load. */
function readAndMerge(files: readonly string[]): void {
  const inside = (mode: string): ChildRun => {
    const out = execFileSync(process.execPath, [path.join(__dirname, "readChild.cjs"), mode, ...files], {
      encoding: "utf8",
    });
    return JSON.parse(out.trim()) as ChildRun;
  };
  const ratios: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const a = inside("exceljs");
    const b = inside("merge");
    ratios.push(b.ms / a.ms);
    peaks.push(b.maxRssMiB);
  }
  console.log(`  of which reading + merging, timed inside the process ÷ ExcelJS loading   median ${fmt(median(ratios), 3)}  ${list(ratios)}`);
  console.log(`  peak memory of reading + merging ${list(peaks, 0)} MiB`);
}

/**
 * Unzip + SAX parse (saxes, a general SAX parser) of the parts a read needs, nothing done with the events: what a
 * reader built on a SAX parser must pay. With `own`, the reader's own scanner instead of saxes. The parts are those
 * the package reader reads: the shared strings, the styles, every sheet, and, since notes are read with the
 * workbook, each sheet's relationships and the comments part they name.
 */
async function floor(file: string, bytes: Buffer, own = false): Promise<void> {
  const zip = await ZipPackage.open(file, bytes, DEFAULT_LIMITS);
  const book = await readWorkbookPart(zip);
  const parse = async (part: string): Promise<string[]> => {
    const comments: string[] = [];
    const opened = (name: string, type: () => string | undefined, target: () => string | undefined): void => {
      if (name === "Relationship" && type()?.endsWith("/comments")) comments.push(target() ?? "");
    };
    if (own) {
      const sink = scanSink(file, part, { open: (name, attrs) => opened(name, () => attrs.get("Type"), () => attrs.get("Target")), text: () => undefined });
      await zip.stream(part, (t) => sink.write(t));
      sink.end();
      return comments;
    }
    const parser = new SaxesParser({ position: false });
    const attr = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
    parser.on("opentag", (tag) => opened(tag.name, () => attr(tag.attributes["Type"]), () => attr(tag.attributes["Target"])));
    parser.on("text", () => undefined);
    await zip.stream(part, (t) => void parser.write(t));
    parser.close();
    return comments;
  };
  for (const part of [book.sharedStrings, book.styles]) if (part) await parse(part);
  for (const { part } of book.sheets) {
    await parse(part);
    if (!zip.has(relsPath(part))) continue;
    for (const target of await parse(relsPath(part))) {
      const comments = resolveTarget(part, target);
      if (zip.has(comments)) await parse(comments);
    }
  }
}

/** One process's timings of measurement 2: read + validate ÷ each floor, one ratio per timing. */
interface FloorRatios {
  readonly saxes: number[];
  readonly own: number[];
}

async function againstFloor(file: string): Promise<FloorRatios> {
  const bytes = fs.readFileSync(file);
  const ratios: number[] = [];
  const ownRatios: number[] = [];
  // One read takes milliseconds: time twenty in a row, each timing starting from a collected heap, so the garbage
  // of one side is collected in its own timing (not the other's), and the slow first reads after a full
  // collection (a young generation shrunk to its minimum) weigh a twentieth, as in a long run.
  const time = async (f: () => Promise<unknown>): Promise<number> => {
    gc();
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < READS_PER_TIMING; k++) await f();
    return Number(process.hrtime.bigint() - t0);
  };
  for (let i = 0; i < RUNS * 3 + 3; i++) {
    const sax = await time(() => floor(file, bytes));
    const own = await time(() => floor(file, bytes, true));
    const ours = await time(async () => validateSnapshot(await readWorkbookBytes(file, bytes)));
    if (i < 3) continue;
    ratios.push(ours / sax);
    ownRatios.push(ours / own);
  }
  return { saxes: ratios, own: ownRatios };
}

/** Processes measurement 2 runs in: one process's median moves with its own JIT and the machine's moment. */
const FLOOR_PROCESSES = 3;

/**
 * Measurement 2 runs in processes of their own that only read and validate, as `pressdx validate` does: in this
 * one, generating the workbooks has already run the writer through the same modules, and the type feedback it
 * left behind (other object shapes at the same call sites) slows the reader in a way no user's command sees. The
 * timings of all its processes are pooled; each process's median is shown beside.
 */
function floorInChild(label: string, file: string): void {
  const runs: FloorRatios[] = [];
  for (let i = 0; i < FLOOR_PROCESSES; i++) {
    const out = execFileSync(process.execPath, ["--expose-gc", __filename, FLOOR_CHILD, file], { encoding: "utf8" });
    runs.push(JSON.parse(out.trim().split("\n").pop() ?? "{}") as FloorRatios);
  }
  const pooled = (f: (r: FloorRatios) => number[]): number[] => runs.flatMap(f);
  const each = (f: (r: FloorRatios) => number[]): string => list(runs.map((r) => median(f(r))));
  console.log(`${label}, warm, ${FLOOR_PROCESSES} processes × ${runs[0]?.saxes.length} timings, pooled`);
  console.log(`  read + validate ÷ (unzip + SAX parse, saxes)        median ${fmt(median(pooled((r) => r.saxes)), 3)}  per process ${each((r) => r.saxes)}  goal ≤ 1.5`);
  console.log(`  read + validate ÷ (unzip + the reader's own scanner) median ${fmt(median(pooled((r) => r.own)), 3)}  per process ${each((r) => r.own)}`);
}

const FLOOR_CHILD = "--floor-child";

async function main(): Promise<void> {
  if (process.argv[2] === FLOOR_CHILD) {
    process.stdout.write(`${JSON.stringify(await againstFloor(process.argv[3] ?? ""))}\n`);
    return;
  }
  if (!fs.existsSync(path.join(ROOT, "dist-cli", "pressdx.cjs"))) throw new Error("run `npm run build:cli` first");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressdx-bench-"));
  try {
    const provinces = path.join(dir, "provinces.xlsx");
    if (want("1") || want("2")) await generateProvinces(provinces);
    if (want("1")) versusExcelJs("1a. validate the example plan", [EXAMPLE], ["validate", EXAMPLE, "--json"], RUNS, "goal ≤ 0.5");
    if (want("1")) versusExcelJs("1b. validate 63 provinces × 2 tables in one workbook", [provinces], ["validate", provinces, "--json"], RUNS, "goal ≤ 0.5");
    if (want("2")) floorInChild("2. 63 provinces", provinces);
    if (want("3")) await consolidation(dir);
    if (want("4")) await bigSheet(dir);
    if (want("5")) await hostile(ROOT, EXAMPLE, dir, Math.min(RUNS, 3));
    if (want("6")) tokenScaling(dir, RUNS);
    if (want("7")) paneVersusCli(await reports600(dir));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The 600 report files (4,800 agencies × 8 years) of measurements 3 and 7, generated once per run. */
let reportFiles: string[] | undefined;
async function reports600(dir: string): Promise<string[]> {
  if (reportFiles) return reportFiles;
  const reportsDir = path.join(dir, "reports");
  fs.mkdirSync(reportsDir);
  reportFiles = await generateReports(reportsDir, 4800, 600);
  return reportFiles;
}

async function consolidation(dir: string): Promise<void> {
  {
    const reports = await reports600(dir);
    const reportsDir = path.join(dir, "reports");
    const merged = path.join(dir, "merged.xlsx");
    versusExcelJs(
      "3. consolidate 600 report files (4,800 agencies × 8 years)",
      reports,
      ["consolidate", reportsDir, "-o", merged, "--force", "--json"],
      Math.min(RUNS, 3),
      "goal ≤ 1.0, peak < 300 MiB",
    );

    readAndMerge(reports);
    asUsersMeetIt(reports, ["consolidate", reportsDir, "-o", merged, "--force"], Math.max(RUNS, 3));
  }
}

/** The whole command as a user runs it, against ExcelJS loading the same files: the largest peak counts. */
function asUsersMeetIt(files: readonly string[], args: readonly string[], runs: number): void {
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const a = excelJsLoad(files);
    const b = runAsUser(ROOT, args);
    if (b.code !== 0 && b.code !== 1) {
      console.log(`  the whole process: exit status ${b.code}`);
      return;
    }
    if (i === 0) continue; // warm-up: file cache
    ratios.push(b.ms / a.ms);
    cpuRatios.push(b.cpuMs / (a.cpuMs ?? NaN));
    peaks.push(b.peakMiB);
  }
  console.log(`  the whole \`node bin/pressdx.cjs ${args[0]} … -o …\` process, output to a file, ${runs} runs (peak RSS by ${peakSource()})`);
  console.log(`    time ÷ bare ExcelJS load   median ${fmt(median(ratios), 3)}  ${list(ratios)}  goal ≤ 1.0`);
  console.log(`    CPU time ÷ ExcelJS's       median ${fmt(median(cpuRatios), 3)}  ${list(cpuRatios)}  (user + system: what a busy machine distorts least)`);
  console.log(`    peak RSS ${list(peaks, 0)} MiB, largest ${fmt(Math.max(...peaks), 0)} MiB  goal < 300 MiB`);
}

interface PaneChildRun extends ChildRun {
  readonly reports: number;
  readonly unreadable: number;
}

/**
 * Measurement 7: the pane's "choose report files" (the package reader with the pane's codec, fflate, and the merge;
 * then the whole of readFiles.ts, the sheet written into an in-memory workbook standing in for Excel) against the command line's read + merge
 * (createCliServices().consolidateFiles, nothing written) and ExcelJS loading the same files; each a fresh Node
 * process timing itself, interleaved, every ratio taken within its round. Chromium's own memory is not measured.
 */
function paneVersusCli(files: readonly string[]): void {
  const inside = (bundle: string, mode: string): PaneChildRun =>
    JSON.parse(execFileSync(process.execPath, [path.join(__dirname, bundle), mode, ...files], { encoding: "utf8" }).trim()) as PaneChildRun;
  const runs = Math.min(RUNS, 3);
  const rounds: { merge: PaneChildRun; pane: PaneChildRun; cli: PaneChildRun; excel: PaneChildRun }[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const excel = inside("cliChild.cjs", "exceljs");
    const cli = inside("cliChild.cjs", "cli");
    const merge = inside("paneChild.cjs", "pane-merge");
    const pane = inside("paneChild.cjs", "pane");
    for (const p of [merge, pane]) {
      if (p.reports !== cli.reports || p.unreadable !== cli.unreadable) {
        throw new Error(`7: the pane merged ${p.reports} reports (${p.unreadable} unreadable), the command line ${cli.reports} (${cli.unreadable})`);
      }
    }
    if (i > 0) rounds.push({ merge, pane, cli, excel }); // the first round warms the file cache
  }
  const ratio = (f: (r: (typeof rounds)[number]) => number): string => {
    const xs = rounds.map(f);
    return `median ${fmt(median(xs), 3)}  ${list(xs)}`;
  };
  const peak = (f: (r: (typeof rounds)[number]) => PaneChildRun): string => `${fmt(median(rounds.map((r) => f(r).maxRssMiB)), 0)} MiB ${list(rounds.map((r) => f(r).maxRssMiB), 0)}`;
  console.log(`7. the pane's reader + merge over the same 600 files (${rounds[0]?.pane.reports} reports merged both ways), ${runs} runs, each in a fresh Node process`);
  console.log(`  (the pane's code with its browser codec, fflate, run in Node: Chromium's own time and memory are not measured)`);
  console.log(`  pane read + merge ÷ command line's read + merge        ${ratio((r) => r.merge.ms / r.cli.ms)}`);
  console.log(`  pane read + merge ÷ ExcelJS loading the files          ${ratio((r) => r.merge.ms / r.excel.ms)}`);
  console.log(`  command line's read + merge ÷ ExcelJS loading          ${ratio((r) => r.cli.ms / r.excel.ms)}`);
  console.log(`  whole pane command (+ the sheet planned and written to an in-memory workbook) ÷ command line's read + merge  ${ratio((r) => r.pane.ms / r.cli.ms)}`);
  console.log(`  peak memory (VmHWM): pane read + merge ${peak((r) => r.merge)}, command line read + merge ${peak((r) => r.cli)}, ExcelJS load ${peak((r) => r.excel)}`);
  console.log(`  peak memory (VmHWM) of the whole pane command, the in-memory workbook included: ${peak((r) => r.pane)}`);
}

async function bigSheet(dir: string): Promise<void> {
  {
    const big = path.join(dir, "big.xlsx");
    await generateBigSheet(EXAMPLE, big);
    const runs = [0, 1].map(() => command("validate", big, "--json"));
    console.log(`4. validate the example plan beside a 1,000,000-row data sheet (${fmt(fs.statSync(big).size / 1048576, 1)} MiB file)`);
    console.log(
      `  peak memory ${list(runs.map((r) => r.maxRssMiB), 0)} MiB, exit status ${runs[0]?.code} (1: the plan checked, its errors found, the data sheet left out over the cell limit; 2: refused)`,
    );
  }
}

void main();
