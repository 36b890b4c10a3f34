/**
 * A command measured as users meet it: `node bin/pressdx.cjs …` in a fresh process, its output going to a file, its
 * peak resident memory as GNU time reports it (`/usr/bin/time`, the kernel's count for the process), or, without
 * GNU time, as the process reports its own (`process.resourceUsage().maxRSS`, bench/ownRss.cjs). Runs alternate with
 * ExcelJS loading the same files in a fresh process, and each time ratio is taken within its pair.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const GNU_TIME = "/usr/bin/time";

export interface ProcessRun {
  readonly ms: number;
  /** User and system CPU time: less at the mercy of a busy machine than the wall clock. */
  readonly cpuMs: number;
  readonly peakMiB: number;
  readonly code: number | null;
}

/** One run of `node bin/pressdx.cjs <args>`; its stdout goes to a file, as `pressdx … > log` would. */
export function runAsUser(root: string, args: readonly string[]): ProcessRun {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pressdx-run-"));
  const rss = path.join(work, "rss");
  const log = fs.openSync(path.join(work, "stdout.txt"), "w");
  try {
    const gnu = fs.existsSync(GNU_TIME);
    const [cmd, argv] = gnu
      ? [GNU_TIME, ["-f", "%M %U %S", "-o", rss, process.execPath, path.join(root, "bin", "pressdx.cjs"), ...args]]
      : [process.execPath, [path.join(root, "bench", "ownRss.cjs"), ...args]];
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { stdio: ["ignore", log, "pipe"], env: { ...process.env, PRESSDX_BENCH_RSS: rss } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const [kib, user, system] = (fs.readFileSync(rss, "utf8").trim().split("\n").pop() ?? "").split(" ").map(Number);
    return { ms, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, peakMiB: (kib ?? 0) / 1024, code: r.status };
  } finally {
    fs.closeSync(log);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Which measure `runAsUser` takes here. */
export const peakSource = (): string => (fs.existsSync(GNU_TIME) ? "GNU time" : "the process's own maxRSS");
