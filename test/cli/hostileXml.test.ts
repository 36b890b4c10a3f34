/**
 * The XML classes of the reliability audit (2026-12), each with a workbook of our own making (test/support/
 * hostileBooks.ts): what is valid is read and copied whole by every writing command; what is hostile is refused by
 * every command with one line naming the file and the part, before anything is written.
 */
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { readWorkbookFile } from "../../src/adapters/xlsx/package/readPackage";
import type { Grid } from "../../src/sheet/grid";
import { HOSTILE_BASE, REFUSED, SPLICED, variant } from "../support/hostileBooks";
import { Package } from "../support/xlsxParts";
import { pressdx, tempDir } from "./capture";

const REPORTS = path.resolve(__dirname, "../../examples/bao-cao");

let dir: string;
beforeAll(() => {
  dir = tempDir("pressdx-hostile-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Every non-empty cell by "sheet!row:col", as the project's reader reads it. */
async function cells(file: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const add = (g: Grid): void =>
    g.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) out[`${g.sheet}!${r + g.top}:${c + g.left}`] = cell.formula !== undefined ? `=${cell.formula}` : cell.value;
      }),
    );
  (await readWorkbookFile(file)).sheets.forEach(add);
  return out;
}

const writers = (input: string, out: string): Array<[string, string[]]> => [
  ["validate --out", ["validate", input, "--out", out]],
  ["insert --into", ["insert", out, "--into", input, "--sheet", "Mới"]],
  ["attain", ["attain", input, "-o", out]],
];

describe("the audit's XML classes", () => {
  it.each(Object.keys(SPLICED))("%s: read as the base plan is, and copied whole by every writing command", async (name) => {
    const input = await variant(HOSTILE_BASE, SPLICED[name]!, path.join(dir, `${name}.xlsx`));
    const before = await cells(input);
    const base = await cells(HOSTILE_BASE);
    // The plan's cells read as in the base workbook (the variant adds at most a label of its own).
    for (const [k, v] of Object.entries(base)) expect([name, k, before[k]]).toEqual([name, k, v]);
    // And it is checked alike: the same tables and findings.
    const report = async (file: string): Promise<unknown> => ({ ...(JSON.parse((await pressdx("validate", file, "--json")).stdout) as object), file: undefined });
    expect([name, await report(input)]).toEqual([name, await report(HOSTILE_BASE)]);
    for (const [command, argv] of writers(input, path.join(dir, `${name}.out.xlsx`))) {
      const out = argv.includes("--into") ? argv[1]! : argv[argv.length - 1]!;
      await fs.rm(out, { force: true });
      const r = await pressdx(...argv);
      expect([name, command, r.code < 2, r.stderr]).toEqual([name, command, true, ""]);
      expect([name, command, (await Package.open(out)).problems()]).toEqual([name, command, []]);
      const after = await cells(out);
      const lost = Object.entries(before).filter(([k, v]) => JSON.stringify(after[k]) !== JSON.stringify(v));
      expect([name, command, lost]).toEqual([name, command, []]);
    }
  }, 60_000);

  it("r_bad_sheet_rels: a report whose sheet relationships are cut off is listed unreadable, the others merged", async () => {
    const reports = path.join(dir, "reports");
    await fs.mkdir(reports);
    for (const f of await fs.readdir(REPORTS)) await fs.copyFile(path.join(REPORTS, f), path.join(reports, f));
    const bad = path.join(reports, "bao-minh-son.xlsx");
    await variant(
      path.join(REPORTS, "bao-minh-son.xlsx"),
      {
        "xl/worksheets/sheet1.xml": (xml) => xml.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'),
        "xl/worksheets/_rels/sheet1.xml.rels": () => '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>',
      },
      bad,
    );
    const r = await pressdx("consolidate", reports, "-o", path.join(dir, "merged.xlsx"), "--json");
    expect(r.code).toBeLessThan(2);
    const out = JSON.parse(r.stdout) as { rows: number; sources: Array<{ file: string; error?: string; rows?: number }> };
    const failed = out.sources.filter((s) => s.error !== undefined);
    expect(failed.map((s) => path.basename(s.file))).toEqual(["bao-minh-son.xlsx"]);
    expect(out.sources.filter((s) => (s.rows ?? 0) > 0)).toHaveLength(2);
    expect(existsSync(path.join(dir, "merged.xlsx"))).toBe(true);
  });

  it.each(Object.keys(REFUSED))("%s: refused by every command with one line naming file and part, nothing written", async (name) => {
    const { edits, part, why } = REFUSED[name]!;
    const input = await variant(HOSTILE_BASE, edits, path.join(dir, `${name}.xlsx`));
    for (const [command, argv] of writers(input, path.join(dir, `${name}.out.xlsx`))) {
      const r = await pressdx(...argv);
      expect([name, command, r.code]).toEqual([name, command, 2]);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(input);
      expect(r.stderr).toContain(`part ${part} `);
      expect(r.stderr).toContain(why);
      // eslint-disable-next-line no-control-regex
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect(existsSync(path.join(dir, `${name}.out.xlsx`))).toBe(false);
    }
  }, 60_000);
});
