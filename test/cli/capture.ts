/** Runs `pressdx` in-process with its output captured, as a user would see it. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import type { CliContext } from "../../src/cli/context";

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function pressdx(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const ctx: CliContext = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    now: () => new Date("2026-11-22T09:30:00Z"),
    cwd: process.cwd(),
  };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}

export function tempDir(prefix = "pressdx-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
