/**
 * Measurement 5 of `npm run bench`: the built command on hostile inputs of each class the reliability audit of
 * 2026-12 found unbounded (issue 14), each answered — read or refused — in a fresh process, its time against
 * `validate` of the example plan in the same run, and its peak memory. Goal: ≤ 2 s and ≤ 300 MiB each.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_LIMITS } from "../src/adapters/xlsx/package/limits";
import { ZipPackage } from "../src/adapters/xlsx/package/zip";
import { type HostileEntry, hostileZip } from "../test/support/hostileZip";
import { fmt, median } from "./stats";

interface Run {
  readonly ms: number;
  readonly maxRssMiB: number;
  readonly code: number;
}

const SHEET = "xl/worksheets/sheet1.xml";

function command(root: string, args: readonly string[]): Run {
  const t0 = process.hrtime.bigint();
  const out = execFileSync(process.execPath, [path.join(root, "bench", "command.cjs"), ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, ...(JSON.parse(out.trim().split("\n").pop() ?? "{}") as { maxRssMiB: number; code: number }) };
}

async function planParts(example: string): Promise<HostileEntry[]> {
  const zip = await ZipPackage.open(example, fs.readFileSync(example), DEFAULT_LIMITS);
  const parts: HostileEntry[] = [];
  for (const name of zip.names()) if (!name.endsWith("/")) parts.push({ name, content: (await zip.text(name)) ?? "" });
  return parts;
}

/** The hostile inputs, written into `dir`: label → the command's arguments. */
async function inputs(example: string, dir: string): Promise<Array<[string, string[]]>> {
  const plan = await planParts(example);
  const write = (name: string, parts: HostileEntry[], end = {}): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, hostileZip(parts, end));
    return file;
  };
  const sheet = (change: (xml: string) => string): HostileEntry[] => plan.map((p) => (p.name === SHEET ? { ...p, content: change(String(p.content)) } : p));
  const rowHuge = write("row-huge.xlsx", sheet((s) => s.replace("</sheetData>", '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData>')));
  const refHuge = write("ref-huge.xlsx", sheet((s) => s.replace("</sheetData>", '<row r="30"><c r="A99999999999"><v>1</v></c></row></sheetData>')));
  const merges = write("merges.xlsx", sheet((s) => s.replace("</sheetData>", `</sheetData><mergeCells count="2000">${'<mergeCell ref="A1:XFD1048576"/>'.repeat(2000)}</mergeCells>`)));
  const filler: HostileEntry[] = [];
  for (let i = 0; filler.length + plan.length < 70_010; i++) filler.push({ name: `xl/media/f${i}.bin`, content: `${i}`, method: 0 });
  const wrapped = write("wrapped.xlsx", [...plan, ...filler], { count: 70_010 % 0x10000 });
  const crc = write("theme-crc.xlsx", plan.map((p) => (p.name === "xl/theme/theme1.xml" ? { ...p, central: { crc32: 1 }, local: { crc32: 1 } } : p)));
  const zero = path.join(dir, "zero.xlsx");
  fs.symlinkSync("/dev/zero", zero);
  const sparse = path.join(dir, "sparse.xlsx");
  fs.closeSync(fs.openSync(sparse, "w"));
  fs.truncateSync(sparse, 1_900_000_000);
  const fifo = path.join(dir, "fifo.xlsx");
  execFileSync("mkfifo", [fifo]);
  const out = (name: string): string => path.join(dir, name);
  return [
    ["row 2,000,000,000 (validate)", ["validate", rowHuge, "--json"]],
    ["cell A99999999999 (validate)", ["validate", refHuge, "--json"]],
    ["2,000 whole-sheet merges (validate)", ["validate", merges, "--json"]],
    ["2,000 whole-sheet merges (validate --out)", ["validate", merges, "--out", out("merges-out.xlsx"), "--force", "--json"]],
    ["70,010 entries, count wrapped (validate)", ["validate", wrapped, "--json"]],
    ["70,010 entries, count wrapped (insert --into)", ["insert", out("wrapped-out.xlsx"), "--into", wrapped, "--preset", "national", "--period", "2026-2030", "--force"]],
    ["wrong CRC on an unread part (validate --out)", ["validate", crc, "--out", out("crc-out.xlsx"), "--force", "--json"]],
    ["a link to /dev/zero", ["validate", zero, "--json"]],
    ["a pipe (FIFO)", ["validate", fifo, "--json"]],
    ["a sparse 1.9 GB file", ["validate", sparse, "--json"]],
  ];
}

export async function hostile(root: string, example: string, dir: string, runs: number): Promise<void> {
  const base = path.join(dir, "hostile");
  fs.mkdirSync(base);
  const cases = await inputs(example, base);
  console.log(`5. hostile inputs (issue 14), each in a fresh process, median of ${runs}; baseline: validate the example plan in the same run (goal ≤ 2 s, ≤ 300 MiB)`);
  const baseline: number[] = [];
  const results = cases.map(([label, args]) => {
    const mine: Run[] = [];
    for (let i = 0; i < runs; i++) {
      baseline.push(command(root, ["validate", example, "--json"]).ms);
      mine.push(command(root, args));
    }
    return { label, mine };
  });
  const b = median(baseline);
  console.log(`  baseline                                          ${fmt(b, 0)} ms`);
  for (const { label, mine } of results) {
    const ms = median(mine.map((r) => r.ms));
    const peak = Math.max(...mine.map((r) => r.maxRssMiB));
    console.log(`  ${label.padEnd(48)}  ${fmt(ms, 0).padStart(5)} ms  ×${fmt(ms / b, 2)} baseline  peak ${fmt(peak, 0)} MiB  exit ${mine[0]?.code}`);
  }
}
