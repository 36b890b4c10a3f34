/**
 * The built command (`node bin/pressdx.cjs`, a real process) on hostile inputs of each class the reliability audit
 * found: every one answered — read or refused with one line naming the file — within a memory ceiling of 300 MiB,
 * measured as the process's peak resident memory. Times are the benchmark's business (`npm run bench`), not this
 * test's; a hang would still fail it by its timeout. Runs the command as built (`npm test` builds it first).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readDirectory } from "../../src/adapters/xlsx/package/directory";
import { type HostileEntry, hostileZip, partsOf } from "../support/hostileZip";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLE = path.join(ROOT, "examples/ke-hoach-mau.xlsx");
const SHEET = "xl/worksheets/sheet1.xml";
const CEILING_MIB = 300;

let dir: string;
let plan: HostileEntry[];
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-hostile-"));
  plan = (await partsOf(await fs.readFile(EXAMPLE))).map((p) => ({ name: p.name, content: p.content }));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly maxRssMiB: number;
}

let runs = 0;

function pressdx(...args: string[]): Run {
  // One usage file per run, numbered: nothing here reads the clock (times are the bench's).
  const usage = path.join(dir, `usage-${++runs}.json`);
  const r = spawnSync(process.execPath, ["-r", path.join(ROOT, "test/support/reportUsage.cjs"), path.join(ROOT, "bin/pressdx.cjs"), ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, PRESSDX_USAGE: usage },
  });
  const { maxRssMiB } = JSON.parse(execFileSync("cat", [usage], { encoding: "utf8" })) as { maxRssMiB: number };
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, maxRssMiB };
}

/** The example plan with its sheet's XML changed, written by the test zip writer. */
async function planWith(name: string, change: (sheet: string) => string, extra: HostileEntry[] = []): Promise<string> {
  const parts = plan.map((p) => (p.name === SHEET ? { ...p, content: change(p.content.toString("utf8")) } : p));
  const file = path.join(dir, name);
  await fs.writeFile(file, hostileZip([...parts, ...extra]));
  return file;
}

const addRows = (xml: string) => (sheet: string) => sheet.replace("</sheetData>", `${xml}</sheetData>`);

/** One line on stderr, naming the file, and nothing else. */
function expectOneLineRefusal(r: Run, file: string, reason: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stderr.split("\n")).toHaveLength(2); // the line and its newline
  expect(r.stderr).toContain(file);
  expect(r.stderr).toMatch(reason);
}

describe("hostile inputs answered within 300 MiB", () => {
  it("a row numbered 2,000,000,000 and a cell A99999999999: refused, nothing allocated for them", async () => {
    for (const [name, xml, reason] of [
      ["row-huge.xlsx", '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>', /row 2000000000 is past the last row of a sheet/],
      ["ref-huge.xlsx", '<row r="30"><c r="A99999999999"><v>1</v></c></row>', /cell A99999999999 is past the last cell of a sheet/],
    ] as const) {
      const file = await planWith(name, addRows(xml));
      const r = pressdx("validate", file);
      expectOneLineRefusal(r, file, reason);
      expect(r.maxRssMiB).toBeLessThan(CEILING_MIB);
    }
  });

  it("2,000 merges of the whole sheet: validated, and a highlighted copy written", async () => {
    const file = await planWith("merges.xlsx", (s) => s.replace("</sheetData>", `</sheetData><mergeCells count="2000">${'<mergeCell ref="A1:XFD1048576"/>'.repeat(2000)}</mergeCells>`));
    const r = pressdx("validate", file);
    expect([0, 1]).toContain(r.status);
    expect(r.maxRssMiB).toBeLessThan(CEILING_MIB);
    const out = pressdx("validate", file, "--out", path.join(dir, "merges-out.xlsx"));
    expect([0, 1]).toContain(out.status);
    expect(out.maxRssMiB).toBeLessThan(CEILING_MIB);
  });

  it("a link to /dev/zero, a pipe, and a sparse 1.9 GB file: refused at once", async () => {
    const zero = path.join(dir, "zero.xlsx");
    await fs.symlink("/dev/zero", zero);
    const fifo = path.join(dir, "fifo.xlsx");
    execFileSync("mkfifo", [fifo]);
    const sparse = path.join(dir, "sparse.xlsx");
    const h = await fs.open(sparse, "w");
    await h.truncate(1_900_000_000);
    await h.close();
    for (const [file, reason] of [
      [zero, /is not a regular file/],
      [fifo, /is not a regular file/],
      [sparse, /the file is 1,812 MiB, over the limit of 200 MiB/],
    ] as const) {
      const r = pressdx("validate", file);
      expectOneLineRefusal(r, file, reason);
      expect(r.maxRssMiB).toBeLessThan(CEILING_MIB); // read, /dev/zero grows without end and the sparse file is 1.8 GiB
    }
  });

  it("70,010 parts whose 16-bit count wrapped: `insert --into` copies every one", async () => {
    const filler: HostileEntry[] = [];
    for (let i = 0; filler.length + plan.length < 70_010; i++) filler.push({ name: `xl/media/f${i}.bin`, content: `${i}`, method: 0 });
    const parts = [...plan, ...filler];
    const file = path.join(dir, "wrapped.xlsx");
    await fs.writeFile(file, hostileZip(parts, { count: 70_010 % 0x10000 }));
    const out = path.join(dir, "wrapped-out.xlsx");
    const r = pressdx("insert", out, "--into", file, "--preset", "national", "--period", "2026-2030");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.maxRssMiB).toBeLessThan(CEILING_MIB);
    const names = new Set(readDirectory(await fs.readFile(out))?.map((e) => e.name));
    expect(parts.filter((p) => !names.has(String(p.name)))).toEqual([]);
  });

  it("a wrong CRC on a part no command reads: validated, but no highlighted copy carries it", async () => {
    const file = await planWith("theme-crc.xlsx", (s) => s);
    const bytes = hostileZip(plan.map((p) => (p.name === "xl/theme/theme1.xml" ? { ...p, central: { crc32: 1 }, local: { crc32: 1 } } : p)));
    await fs.writeFile(file, bytes);
    expect([0, 1]).toContain(pressdx("validate", file).status);
    const out = path.join(dir, "theme-out.xlsx");
    expectOneLineRefusal(pressdx("validate", file, "--out", out), file, /part xl\/theme\/theme1\.xml fails its CRC-32 check/);
    await expect(fs.stat(out)).rejects.toThrow(/ENOENT/);
  });

  it("text cells whose shared strings part is missing: refused, so no command writes over them", async () => {
    const file = path.join(dir, "sst-missing.xlsx");
    await fs.writeFile(file, hostileZip(plan.filter((p) => p.name !== "xl/sharedStrings.xml")));
    const into = pressdx("insert", path.join(dir, "sst-out.xlsx"), "--into", file, "--preset", "national", "--period", "2026-2030");
    expectOneLineRefusal(into, file, /refers to shared string "\d+", but the workbook has no shared string table/);
  });
});
