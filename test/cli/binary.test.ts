/** The command as a user runs it after `npm ci`: a real process through npm, with its exit status. */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const run = (...args: string[]) =>
  spawnSync("npm", ["run", "--silent", "pressdx", "--", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

describe("npm run --silent pressdx", () => {
  it("validates the example plan with exit status 1 and one JSON object on stdout", () => {
    const r = run("validate", "examples/ke-hoach-mau.xlsx", "--json");
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: { errors: number } };
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it("exits 2 with the usage when called without a command", () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("pressdx validate <file.xlsx>");
  });
});
