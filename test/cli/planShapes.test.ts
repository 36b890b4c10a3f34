/**
 * Plan shapes as they come from the producers a province uses (issue 18, test/fixtures/plan-shapes): written by
 * openpyxl, by ExcelJS (Excel's package shape: shared strings, styles) and re-saved by LibreOffice, then checked end
 * to end through the command line (`pressdx validate --json`) and through the pane's path (the Office adapter over
 * the Excel stand-in, seeded with what openpyxl, an independent reader, reads from each file). Every path must give
 * the findings worked out by hand for the shape, and the same ones.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { OfficeWorkbook } from "../../src/adapters/office";
import { colIndex, parseRange } from "../../src/sheet/a1";
import { createStandIn, installStandIn } from "../../src/standin";
import { validateWorkbook } from "../../src/usecases/validateWorkbook";
import { SHAPES, type Shape, type SpecCell } from "../fixtures/plan-shapes/shapes";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { pressdx, tempDir } from "./capture";

const DIR = path.resolve(__dirname, "../fixtures/plan-shapes");
const PYTHON = "/usr/bin/python3";

interface Dumped {
  readonly sheets: { name: string; cells: Record<string, { value: string | number | boolean; numberFormat?: string }>; merges: string[]; hidden: string[] }[];
  readonly names: Record<string, string>;
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

/** The same spec as openpyxl gets, written by ExcelJS: Excel's own package shape (shared strings, a styles part). */
async function writeWithExcelJS(shape: Shape, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  for (const s of shape.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [address, spec] of Object.entries(s.cells)) {
      const cell = ws.getCell(address);
      const c: Exclude<SpecCell, string | number> = typeof spec === "object" ? spec : { v: spec };
      cell.value = c.v;
      if (c.fmt) cell.numFmt = c.fmt;
      if (c.wrap) cell.alignment = { wrapText: true };
      if (c.comment) cell.note = c.comment;
    }
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const col of s.hidden ?? []) ws.getColumn(col).hidden = true;
  }
  await wb.xlsx.writeFile(file);
}

async function viaCommandLine(file: string): Promise<string[]> {
  const run = await pressdx("validate", file, "--json");
  expect([path.basename(file), run.stderr, run.code < 2]).toEqual([path.basename(file), "", true]);
  const report = JSON.parse(run.stdout) as { findings: { sheet: string; cell: string; code: string }[] };
  return sorted(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.code}`));
}

/** The pane's path: the Office adapter reading the Excel stand-in, seeded with openpyxl's reading of the file. */
async function viaStandIn(dumped: Dumped): Promise<string[]> {
  const standin = createStandIn({ apiVersion: "1.14" });
  for (const s of dumped.sheets) {
    standin.model.addSheet(
      s.name,
      Object.fromEntries(Object.entries(s.cells).map(([a, c]) => [a, c.numberFormat ? { value: c.value, numberFormat: c.numberFormat } : { value: c.value }])),
    );
    const sheet = standin.model.sheet(s.name);
    for (const m of s.merges) sheet.merges.push(parseRange(m));
    for (const col of s.hidden) sheet.hiddenColumns.add(colIndex(col));
  }
  for (const [name, ref] of Object.entries(dumped.names)) standin.model.names.push({ name, formula: `=${ref}`, comment: "", visible: true });
  installStandIn(globalThis, standin);
  const report = await validateWorkbook(new OfficeWorkbook());
  return sorted(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.code}`));
}

describe("plan shapes from openpyxl, ExcelJS and LibreOffice, through the command line and the pane's stand-in", () => {
  const dir = tempDir("pressdx-shapes-");
  const files = { openpyxl: new Map<string, string>(), excel: new Map<string, string>(), libreoffice: new Map<string, string>() };
  let dumped: Record<string, Dumped> = {};

  beforeAll(async () => {
    const spec = path.join(dir, "shapes.json");
    fs.writeFileSync(spec, JSON.stringify(SHAPES));
    fs.mkdirSync(path.join(dir, "openpyxl"));
    fs.mkdirSync(path.join(dir, "excel"));
    execFileSync(PYTHON, [path.join(DIR, "make_shapes.py"), spec, path.join(dir, "openpyxl")]);
    for (const shape of SHAPES) {
      files.openpyxl.set(shape.file, path.join(dir, "openpyxl", shape.file));
      const excel = path.join(dir, "excel", shape.file);
      await writeWithExcelJS(shape, excel);
      files.excel.set(shape.file, excel);
    }
    const saved = await recalcWithLibreOffice([...files.openpyxl.values()]);
    for (const shape of SHAPES) files.libreoffice.set(shape.file, saved.get(files.openpyxl.get(shape.file) as string) as string);
    const all = [...files.openpyxl.values(), ...files.excel.values(), ...files.libreoffice.values()];
    dumped = JSON.parse(execFileSync(PYTHON, [path.join(DIR, "dump_cells.py"), ...all], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as Record<string, Dumped>;
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the same openpyxl files on every run (deterministic)", () => {
    const again = path.join(dir, "again");
    fs.mkdirSync(again);
    const spec = path.join(dir, "shapes.json");
    execFileSync(PYTHON, [path.join(DIR, "make_shapes.py"), spec, again]);
    for (const shape of SHAPES) {
      expect([shape.file, fs.readFileSync(path.join(again, shape.file)).equals(fs.readFileSync(files.openpyxl.get(shape.file) as string))]).toEqual([shape.file, true]);
    }
  });

  it("says in validate --json how each table was read and why a block was refused", async () => {
    const run = await pressdx("validate", files.excel.get("version-2.xlsx") as string, "--json", "--lang", "en");
    const report = JSON.parse(run.stdout) as {
      tables: { sheet: string; range: string; recognition: { taken: string; why: string; yearHeaders: unknown[]; rows: { cell: string; read: string; indicator?: string; evidence?: string[] }[]; end: unknown } }[];
      notTargetTables: { range: string; recognition: { taken: string; reasons: string[]; why: string; rows: unknown[] } }[];
    };
    const goals = report.tables.find((t) => t.sheet === "Mục tiêu");
    expect(goals?.recognition.taken).toBe("target");
    expect(goals?.recognition.yearHeaders).toEqual([
      { cell: "C3", text: "Mục tiêu năm 2025", year: 2025, read: "year" },
      { cell: "D3", text: "Định hướng đến năm 2030", year: 2030, read: "year" },
    ]);
    expect(goals?.recognition.rows.map((r) => `${r.cell} ${r.read}${r.indicator ? ` ${r.indicator}` : ""}`)).toEqual([
      "B4 heading",
      "B5 indicator platforms",
      "B6 indicator analytics_ai",
      "B7 heading",
      "B8 indicator revenue",
      "B9 heading",
      "B10 indicator training",
      "B11 indicator security_level3",
      "B12 unknown",
    ]);
    expect(goals?.recognition.rows[1]?.evidence?.length).toBeGreaterThan(0);
    expect(goals?.recognition.end).toEqual({ row: null, reason: "sheet_end" });
    expect(report.notTargetTables.map((t) => [t.range, t.recognition.taken, t.recognition.reasons, t.recognition.why])).toEqual([
      // Its rows are named like indicators; what it holds is not a target.
      ["H3:J6", "refused", ["resource_texts"], "the year columns hold funding sources or dashes (“Lồng ghép”, “Xã hội hóa”, “-”), not targets"],
      ["A1:D4", "refused", ["indicator_rows", "transposed"], "rows match the strategy's standard indicators; the years run down the rows and the indicators across"],
    ]);
    expect(report.notTargetTables[1]?.recognition.rows.length).toBe(3);
  });

  describe.each(SHAPES.map((s) => [s.file, s] as const))("%s", (_file, shape) => {
    it.each(["openpyxl", "excel", "libreoffice"] as const)("gives the expected findings through the command line, as written by %s", async (producer) => {
      const file = files[producer].get(shape.file) as string;
      expect(await viaCommandLine(file)).toEqual(sorted(shape.expected));
    });

    it.each(["openpyxl", "excel", "libreoffice"] as const)("gives the same findings through the pane's stand-in, as written by %s", async (producer) => {
      const file = files[producer].get(shape.file) as string;
      const read = dumped[file];
      expect(read).toBeDefined();
      if (!read) return;
      expect(await viaStandIn(read)).toEqual(sorted(shape.expected));
    });
  });
});
