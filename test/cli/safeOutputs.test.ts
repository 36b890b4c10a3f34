// Outputs that cannot be lost, one bad file that never stops the others, and failures that stay one line on any
// stream: consolidate never writes over one of its inputs (however the path reaches it), a report the reader
// cannot finish is listed unreadable with its part, and workbook text never reaches a terminal or log raw.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import { main } from "../../src/cli/main";
import type { CliContext } from "../../src/cli/context";
import { formatConsolidation } from "../../src/cli/consolidationText";
import { formatAttainment } from "../../src/cli/commands/attain";
import { formatValidation } from "../../src/cli/validationText";
import { finding } from "../../src/domain/findings";
import { type AgencyConsolidation, ConsolidationBuilder } from "../../src/usecases/consolidateAgencies";
import { tempDir } from "./capture";

const ROOT = path.resolve(__dirname, "../..");
const REPORTS = path.join(ROOT, "examples", "bao-cao");
const PLAN = path.join(ROOT, "examples", "ke-hoach-mau.xlsx");
const BIN = path.join(ROOT, "bin", "pressdx.cjs");

let dir: string;
let rep: string;

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const ctx: CliContext = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now: () => new Date("2026-12-07T09:00:00Z"), cwd: dir };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}

const bytes = (f: string): string => fs.readFileSync(f).toString("base64");
/** What must never reach a stream raw: controls (line breaks aside), C1 controls and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const oneLine = (text: string): void => {
  expect(text.endsWith("\n")).toBe(true);
  expect(text.slice(0, -1)).not.toMatch(RAW);
  expect(text.slice(0, -1)).not.toContain("\n");
};

/** A copy of a report whose sheet relationships part is cut off: it opens, and fails only when its sheet is read. */
async function cutSheetRels(from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(from));
  const sheet = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(sheet)?.async("string")) ?? "";
  const withTable = xml.replace(/<\/worksheet>$/, '<tableParts count="1"><tablePart r:id="rIdT"/></tableParts></worksheet>');
  zip.file(sheet, withTable.includes("xmlns:r=") ? withTable : withTable.replace("<worksheet ", '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '));
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>',
  );
  fs.writeFileSync(to, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** A copy whose workbook relationships hold a character reference past U+10FFFF. */
async function badCharRef(from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(from));
  const part = "xl/_rels/workbook.xml.rels";
  const xml = (await zip.file(part)?.async("string")) ?? "";
  zip.file(part, xml.replace(/Target="([^"]*)styles\.xml"/, 'Target="$1styles&#x110000;.xml"'));
  fs.writeFileSync(to, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

beforeEach(() => {
  dir = tempDir("pressdx-safe-");
  rep = path.join(dir, "rep");
  fs.mkdirSync(rep);
  for (const f of fs.readdirSync(REPORTS)) fs.copyFileSync(path.join(REPORTS, f), path.join(rep, f));
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("consolidate never writes over one of its inputs", () => {
  const report = (): string => path.join(rep, "bao-minh-son.xlsx");

  it.each([
    ["a report in the input folder", () => "rep/bao-minh-son.xlsx"],
    ["the same through sub/..", () => (fs.mkdirSync(path.join(rep, "sub")), "rep/sub/../bao-minh-son.xlsx")],
    ["a symbolic link to it", () => (fs.symlinkSync(report(), path.join(dir, "link.xlsx")), "link.xlsx")],
    ["a hard link to it outside the folder", () => (fs.linkSync(report(), path.join(dir, "hard.xlsx")), "hard.xlsx")],
  ])("refuses %s, in one line naming the output, and leaves the report as it was", async (_what, output) => {
    const before = bytes(report());
    const r = await run("consolidate", "rep", "-o", output(), "--force");
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^pressdx consolidate: \S+\.xlsx: is one of the inputs \(rep\/\); the output must be a new file/);
    expect(bytes(report())).toBe(before);
  });

  it("refuses a file given as an input, even through a hard link", async () => {
    fs.linkSync(report(), path.join(dir, "hard.xlsx"));
    const r = await run("consolidate", "rep/bao-minh-son.xlsx", "rep/dai-pt-th-minh-son.xlsx", "-o", "hard.xlsx", "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("hard.xlsx: is one of the inputs (rep/bao-minh-son.xlsx)");
  });

  it("replaces a merged table it wrote into the folder, a plan's copy included, and never reads it as a report", async () => {
    expect((await run("consolidate", "rep", "--into", PLAN, "-o", "rep/tong-hop.xlsx")).code).toBe(1);
    const again = await run("consolidate", "rep", "--into", PLAN, "-o", "rep/tong-hop.xlsx", "--force", "--json");
    expect(again.code).toBe(1);
    expect((JSON.parse(again.stdout) as { sources: unknown[]; rows: number }).sources).toHaveLength(3);
  });

  it("does not take a report that also holds a merged table for its own output", async () => {
    // The merged table written into a copy of an agency's report: the copy still holds that agency's rows.
    expect((await run("consolidate", "rep", "--into", "rep/bao-minh-son.xlsx", "-o", "rep/minh-son-tong-hop.xlsx")).code).toBe(1);
    const before = bytes(path.join(rep, "minh-son-tong-hop.xlsx"));
    const r = await run("consolidate", "rep", "-o", "rep/minh-son-tong-hop.xlsx", "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("minh-son-tong-hop.xlsx: is one of the inputs");
    expect(bytes(path.join(rep, "minh-son-tong-hop.xlsx"))).toBe(before);
  });
});

describe("a writing command never writes over the workbook it reads", () => {
  it.each([
    ["validate --out", (input: string, out: string) => ["validate", input, "--out", out, "--force"]],
    ["insert --into", (input: string, out: string) => ["insert", out, "--into", input, "--force"]],
    ["attain", (input: string, out: string) => ["attain", input, "-o", out, "--force"]],
  ])("%s refuses the input reached through a hard or symbolic link", async (_name, argv) => {
    const input = path.join(dir, "ke-hoach.xlsx");
    fs.copyFileSync(PLAN, input);
    fs.linkSync(input, path.join(dir, "cung.xlsx"));
    fs.symlinkSync(input, path.join(dir, "mem.xlsx"));
    const before = bytes(input);
    for (const out of ["cung.xlsx", "mem.xlsx"]) {
      const r = await run(...argv(input, path.join(dir, out)));
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain("the output must be a new file, not the workbook being read");
    }
    expect(bytes(input)).toBe(before);
  });
});

describe("one bad file never stops the others", () => {
  it("lists a report whose sheet relationships are cut off as unreadable, naming the part, and merges the rest", async () => {
    await cutSheetRels(path.join(rep, "bao-minh-son.xlsx"), path.join(rep, "bao-minh-son.xlsx"));
    const r = await run("consolidate", "rep", "-o", "tong-hop.xlsx", "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { sources: Array<{ file: string; error?: string; rows?: number }>; findings: Array<{ code: string; file: string }> };
    // In Vietnamese (the default) the part is named in Vietnamese words: the reader's own detail is English.
    expect(json.sources[0]).toEqual({ file: "bao-minh-son.xlsx", error: expect.stringContaining("(phần bị hỏng: xl/worksheets/_rels/sheet1.xml.rels)") });
    expect(json.sources.slice(1).every((s) => (s.rows ?? 0) > 0)).toBe(true);
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "source.unreadable", file: "bao-minh-son.xlsx" }));
    expect(fs.existsSync(path.join(dir, "tong-hop.xlsx"))).toBe(true);
  });

  it("lists a report with a bad character reference in its relationships as unreadable, naming the part", async () => {
    await badCharRef(path.join(rep, "dai-pt-th-minh-son.xlsx"), path.join(rep, "dai-pt-th-minh-son.xlsx"));
    const r = await run("consolidate", "rep", "-o", "tong-hop.xlsx", "--json", "--lang", "en");
    expect(r.code).toBe(1);
    const sources = (JSON.parse(r.stdout) as { sources: Array<{ file: string; error?: string }> }).sources;
    expect(sources[1]).toEqual({ file: "dai-pt-th-minh-son.xlsx", error: expect.stringMatching(/^the file is damaged or incomplete.*part xl\/_rels\/workbook\.xml\.rels/) });
  });

  it.each([
    ["validate", (f: string) => ["validate", f]],
    ["attain", (f: string) => ["attain", f, "-o", "ra.xlsx"]],
  ])("%s refuses such a file in one line naming the file and the part", async (_name, argv) => {
    const file = path.join(dir, "hong.xlsx");
    await cutSheetRels(path.join(rep, "bao-minh-son.xlsx"), file);
    const r = await run(...argv(file));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`${file}: is damaged: part xl/worksheets/_rels/sheet1.xml.rels`);
    expect(fs.existsSync(path.join(dir, "ra.xlsx"))).toBe(false);
  });
});

describe("a wrong command", () => {
  it("is one line naming the commands, exit 2", async () => {
    const r = await run("consolidte\u001b[2J", "x");
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toBe("pressdx: unknown command “consolidte\\u001b[2J”; the commands are insert, validate, demo, consolidate, attain, form, lineage (pressdx help)\n");
  });
});

/** A consolidation of sources that could not be read. */
function consolidationOf(failed: ReadonlyArray<{ file: string; error: string }>): AgencyConsolidation {
  const merge = new ConsolidationBuilder();
  for (const f of failed) merge.add(f);
  return merge.consolidate();
}

describe("workbook text on any stream", () => {
  const hostile = "4O%\u001b[8m\u001b[30;40m\u009b2J\u202eTTH\npressdx: OK, no errors";

  it("is one plain line in every human output, coloured or not", () => {
    const f = finding({ code: "figure.not_a_number", sheet: `Phụ lục\u001b]0;x\u0007`, cell: "C9", indicator: "platforms", year: 2023, value: hostile, file: `a\nb.xlsx` });
    const texts = [
      formatValidation({ file: "k\u001b[2J.xlsx", tables: [], findings: [f], summary: { errors: 1, warnings: 0, infos: 0 }, lang: "vi" }),
      formatConsolidation({
        result: { ...consolidationOf([{ file: "x\u202e.xlsx", error: "hỏng\n\u001b[2J" }]), findings: [f] },
        summary: { errors: 1, warnings: 0, infos: 0 },
        lang: "en",
      }),
      formatAttainment("k.xlsx", "o\n.xlsx", { tables: [], cells: [], written: [], reportedYears: [], findings: [f] }, "vi"),
    ];
    for (const text of texts) {
      // Only the tool's own colours may carry an ESC (none here: jest's stdout is no terminal), and lines are its own.
      expect(text).not.toMatch(RAW);
      expect(text).not.toMatch(/^pressdx: OK/m);
    }
    expect(texts[0]).toContain("\\u001b[8m\\u001b[30;40m\\u009b2J\\u202eTTH\\u000apressdx: OK, no errors");
  });

  /** A copy of the plan whose C9 holds the hostile text (XML-legal characters, and ESC as OOXML's _x001B_). */
  async function hostilePlan(file: string): Promise<void> {
    const book = await XlsxFile.load(PLAN);
    await book.apply([{ sheet: "Phụ lục", cells: [{ address: "C9", value: hostile }] }]);
    await book.save(file);
  }

  it("reaches a pipe from the built command as plain lines", async () => {
    const file = path.join(dir, "ke-hoach.xlsx");
    await hostilePlan(file);
    const r = spawnSync(process.execPath, [BIN, "validate", file], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).not.toMatch(/^pressdx: OK/m);
    expect(r.stdout).toMatch(/^ {2}LỖI +C9 .*4O%.*\\u202eTTH\\u000apressdx: OK, no errors.*\[figure\.not_a_number\]$/m);
    const json = spawnSync(process.execPath, [BIN, "validate", file, "--json"], { encoding: "utf8" });
    expect(json.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(json.stdout).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    const value = (JSON.parse(json.stdout) as { findings: Array<{ cell: string; value: unknown }> }).findings.find((x) => x.cell === "C9")?.value;
    expect(String(value)).toContain("\u202eTTH\npressdx: OK");
  });

  it("never makes a refusal more than one line, whatever the damaged part quotes", async () => {
    const file = path.join(dir, "the-end.xlsx");
    const zip = await JSZip.loadAsync(fs.readFileSync(PLAN));
    const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) ?? "";
    const xml = (await zip.file(sheet)?.async("string")) ?? "";
    zip.file(sheet, xml.replace("</c>", "</c\n\u009b2Jpressdx: OK, no errors\n>"));
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const r = spawnSync(process.execPath, [BIN, "validate", file], { encoding: "utf8" });
    expect(r.status).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr.startsWith(`pressdx validate: ${file}: `)).toBe(true);
  });
});
