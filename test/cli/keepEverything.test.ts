/**
 * Nothing lost: every command that writes a copy of a user's workbook keeps everything it had no reason to
 * touch. Each fixture (test/fixtures/xlsx-corpus, made by make_keep.py and make_libreoffice.sh) is run through
 * every writing command; the copy is compared with the input part by part (what the command may touch is listed
 * per command below), then feature by feature in the parts it touched. The facts each fixture holds are checked
 * on the input first, so a comparison of nothing with nothing cannot pass.
 */
import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { diffPackages, inArea, type SheetFeatures, WorkbookPackage } from "../support/packageDiff";
import { pressdx, type Run, tempDir } from "./capture";

const CORPUS = path.resolve(__dirname, "../fixtures/xlsx-corpus");
const REPORTS = path.resolve(__dirname, "../../examples/bao-cao");
const PLAN = "Phụ lục";

interface Command {
  run(input: string, output: string): Promise<Run>;
  /** Existing sheets whose part (with its relationships, comments, VML and drawing) the command writes. */
  readonly writes: readonly string[];
  /** It adds sheets, so docProps/app.xml may list them. */
  readonly addsSheets: boolean;
  /** Workbook names the command owns and may re-point. */
  readonly ownNames: RegExp;
}

/**
 * What each command may touch besides the workbook part, its relationships, [Content_Types].xml and
 * xl/styles.xml; new parts it adds (sheets, comments, VML, drawings, charts) and the removal of
 * xl/calcChain.xml are allowed to all. Everything else, sharedStrings.xml included, stays byte for byte.
 */
const COMMANDS: Readonly<Record<string, Command>> = {
  // a new sheet for the appendix: no existing sheet is written
  insert: {
    run: (input, out) => pressdx("insert", out, "--into", input, "--sheet", "Phụ lục mới"),
    writes: [],
    addsSheets: true,
    ownNames: /^$/,
  },
  // the tool's highlight rules on the plan sheet, and a review sheet
  "validate --out": {
    run: (input, out) => pressdx("validate", input, "--out", out),
    writes: [PLAN],
    addsSheets: true,
    ownNames: /^$/,
  },
  // the attainment block and its chart beside the plan's table, no new sheet
  attain: {
    run: (input, out) => pressdx("attain", input, "-o", out),
    writes: [PLAN],
    addsSheets: false,
    ownNames: /^PressDX_Attain_\d+$/,
  },
  // the merged table and its review sheet, added
  "consolidate --into": {
    run: (input, out) => pressdx("consolidate", REPORTS, "-o", out, "--into", input),
    writes: [],
    addsSheets: true,
    ownNames: /^PressDX_Agencies_Table$/,
  },
};

const NEW_PART = /^xl\/(worksheets|drawings|charts|comments)\b|^xl\/comments\d+\.xml$/;
const TOOL_MARK = /pressdx:/i;

interface Copy {
  readonly before: WorkbookPackage;
  readonly after: WorkbookPackage;
  readonly run: Run;
}

const copies = new Map<string, Promise<Copy>>();

/** The command run once over the fixture (several tests look at the same copy); an .xlsm input gives an .xlsm copy. */
function written(fixture: string, command: Command): Promise<Copy> {
  const key = `${fixture} ${Object.keys(COMMANDS).find((k) => COMMANDS[k] === command) ?? "?"}`;
  let copy = copies.get(key);
  if (!copy) {
    copy = write(fixture, command);
    copies.set(key, copy);
  }
  return copy;
}

async function write(fixture: string, command: Command): Promise<Copy> {
  const input = path.join(CORPUS, fixture);
  const out = path.join(tempDir("pressdx-keep-"), fixture.replace(/\.xls[xm]$/, ".out$&"));
  const run = await command.run(input, out);
  if (!fs.existsSync(out)) throw new Error(`no copy written (exit ${run.code}): ${run.stderr.trim()}`);
  return { before: await WorkbookPackage.open(input), after: await WorkbookPackage.open(out), run };
}

/** The parts a command may change, read off the input. */
function mayChange(before: WorkbookPackage, command: Command): Set<string> {
  const wb = before.workbookPart;
  const relsOf = (p: string): string => path.posix.join(path.posix.dirname(p), "_rels", `${path.posix.basename(p)}.rels`);
  const styles = [...before.rels(wb).values()].find((r) => r.type === "styles")?.target;
  const parts = ["[Content_Types].xml", wb, relsOf(wb), ...(styles ? [styles] : []), ...(command.addsSheets ? ["docProps/app.xml"] : [])];
  for (const sheet of command.writes) {
    const features = before.sheet(sheet);
    parts.push(features.part, relsOf(features.part));
    for (const kind of ["comments", "vmlDrawing", "drawing"]) {
      for (const p of features.related[kind] ?? []) parts.push(p, relsOf(p));
    }
    parts.push(...toolCharts(features));
  }
  return new Set(parts);
}

/** Chart parts an earlier run of the tool drew on a sheet (named PressDX_…), which a run may replace. */
function toolCharts(sheet: SheetFeatures): string[] {
  return sheet.charts.filter((c) => c.name.startsWith("PressDX_")).flatMap((c) => [c.part, path.posix.join(path.posix.dirname(c.part), "_rels", `${path.posix.basename(c.part)}.rels`)]);
}

/** Cells in the areas of the names the command owns (an earlier run's block), which it rewrites. */
function ownedAreas(before: WorkbookPackage, command: Command, sheet: string): string[] {
  return before
    .definedNames()
    .filter((n) => command.ownNames.test(n.name) && n.value.replace(/^'?(.*?)'?!.*$/, "$1") === sheet)
    .map((n) => n.value);
}

/** Records what the copy lost, one line each, so a failure lists every loss at once. */
class Losses {
  readonly lines: string[] = [];

  /** `after` equals `before`. */
  same(what: string, before: unknown, after: unknown): void {
    if (!isDeepStrictEqual(before, after)) this.lines.push(`${what}: was ${show(before)}, now ${show(after)}`);
  }

  /** Every item of `before` is still in `after`, unchanged. */
  each<T>(what: string, before: readonly T[], after: readonly T[]): void {
    for (const b of before) if (!after.some((a) => isDeepStrictEqual(a, b))) this.lines.push(`${what} lost: ${show(b)}`);
  }
}

const show = (v: unknown): string => (v === undefined ? "none" : JSON.stringify(v));

function sheetLosses(losses: Losses, before: SheetFeatures, after: SheetFeatures, owned: readonly string[]): void {
  const at = `“${before.name}”`;
  losses.same(`${at} protection`, before.protection, after.protection);
  losses.each(`${at} hyperlink`, before.hyperlinks, after.hyperlinks);
  losses.each(`${at} comment`, Object.entries(before.comments), Object.entries(after.comments));
  losses.each(`${at} data validation`, before.validations, after.validations);
  const userFormats = before.conditionalFormats.filter((c) => !c.rules.some((r) => r.formulas.some((f) => TOOL_MARK.test(f))));
  losses.each(`${at} conditional format`, userFormats, after.conditionalFormats);
  losses.each(`${at} merge`, before.merges, after.merges);
  losses.same(`${at} frozen pane`, before.frozen, after.frozen);
  // what the user set stays; a writer spelling out a default (scale="100") loses nothing
  losses.each(`${at} page setup`, Object.entries(before.pageSetup), Object.entries(after.pageSetup));
  losses.same(`${at} fit to page`, before.fitToPage, after.fitToPage);
  losses.same(`${at} margins`, before.margins, after.margins);
  losses.each(`${at} print options`, Object.entries(before.printOptions), Object.entries(after.printOptions));
  losses.same(`${at} header and footer`, before.headerFooter, after.headerFooter);
  losses.each(`${at} column width`, Object.entries(before.widths), Object.entries(after.widths));
  losses.each(`${at} row height`, Object.entries(before.heights), Object.entries(after.heights));
  for (const [ref, cell] of before.cells) {
    if (!owned.some((a) => inArea(ref, a))) losses.same(`${at}!${ref}`, cell, after.cells.get(ref));
  }
  losses.each(`${at} drawing object`, before.drawingObjects.filter((n) => !n.startsWith("PressDX_")), after.drawingObjects);
  for (const kind of ["table", "pivotTable"]) losses.same(`${at} ${kind}s`, before.related[kind]?.length ?? 0, after.related[kind]?.length ?? 0);
}

/** (a) Parts the command has no reason to touch are identical, decompressed byte for byte. */
function expectPartsKept({ before, after, run }: Copy, command: Command): void {
  expect([run.code < 2, run.stderr]).toEqual([true, expect.not.stringMatching(/\n\s+at /)]);
  const diff = diffPackages(before, after);
  const allowed = mayChange(before, command);
  const mayGo = new Set(["xl/calcChain.xml", ...command.writes.flatMap((s) => toolCharts(before.sheet(s)))]);
  expect({
    changed: diff.changed.filter((p) => !allowed.has(p)),
    removed: diff.removed.filter((p) => !mayGo.has(p)),
    added: diff.added.filter((p) => !NEW_PART.test(p)),
  }).toEqual({ changed: [], removed: [], added: [] });
}

/** (b) In the parts it touched, everything the user made is kept: names, protection, every sheet's features. */
function expectFeaturesKept({ before, after }: Copy, command: Command): void {
  const losses = new Losses();
  const sheetsBefore = before.sheets().map((s) => s.name);
  const sheetsAfter = after.sheets().map((s) => s.name);
  losses.same("sheets in tab order", sheetsBefore, sheetsAfter.slice(0, sheetsBefore.length));
  losses.each("defined name", before.definedNames().filter((n) => !command.ownNames.test(n.name)), after.definedNames());
  losses.same("workbook protection", before.workbookProtection(), after.workbookProtection());
  losses.same("workbook content type", before.contentType(before.workbookPart), after.contentType(after.workbookPart));
  for (const sheet of sheetsBefore.filter((s) => sheetsAfter.includes(s))) {
    sheetLosses(losses, before.sheet(sheet), after.sheet(sheet), ownedAreas(before, command, sheet));
  }
  expect(losses.lines).toEqual([]);
}

/** What make_keep.py put in the plan: the facts the comparisons rely on, checked on the input. */
function expectKeepFacts(pkg: WorkbookPackage, producer: string): void {
  const names = pkg.definedNames();
  expect(names).toContainEqual({ name: "PressDX_Agencies", value: "3" });
  expect(names).toContainEqual({ name: "TyLeToiDa", value: "1" });
  expect(names).toContainEqual({ name: "Bang", value: "'Phụ lục'!$A$7:$F$11" });
  expect(names).toContainEqual({ name: "Rieng", localSheetId: 2, value: "'Ghi chú'!$A$1" });
  expect(names).toContainEqual({ name: "NguonDuLieu", localSheetId: 3, value: "'Dữ liệu'!$A$1:$C$4" });
  expect(names).toContainEqual({ name: "_xlnm.Print_Area", localSheetId: 0, value: "'Phụ lục'!$A$1:$G$25" });
  expect(names).toContainEqual({ name: "_xlnm.Print_Titles", localSheetId: 0, value: expect.stringMatching(/^'Phụ lục'!\$?7:\$?7$/) });

  const plan = pkg.sheet(PLAN);
  expect(plan.protection).toBeUndefined();
  expect(plan.hyperlinks).toContainEqual(expect.objectContaining({ ref: "A3", target: "https://vanban.chinhphu.vn/?docid=348" }));
  expect(plan.hyperlinks).toContainEqual(expect.objectContaining({ ref: "D4", location: "'Ghi chú'!A1" }));
  expect(plan.comments.B8).toContain("Theo Quyết định 348/QĐ-TTg");
  expect(plan.validations).toContainEqual(expect.objectContaining({ sqref: "C8:E11", type: "decimal", operator: "between", formula1: "0", formula2: "1" }));
  expect(plan.conditionalFormats).toContainEqual({ sqref: "C8:E11", rules: [{ type: "cellIs", operator: "lessThan", formulas: ["0.5"] }] });
  expect(plan.merges).toEqual(["A17:F17", "A1:F1", "A2:F2"]);
  // LibreOffice's headless conversion leaves the sheet views, frozen panes included, behind
  expect(plan.frozen).toEqual(producer === "LibreOffice" ? undefined : { xSplit: "2", ySplit: "7", topLeftCell: "C8" });
  expect(plan.pageSetup).toMatchObject({ orientation: "landscape", paperSize: "9", fitToWidth: "1", fitToHeight: "0" });
  expect(plan.fitToPage).toBe(true);
  expect(plan.margins).toEqual({ left: 0.5, right: 0.4, top: 0.8, bottom: 0.7, header: 0.3, footer: 0.25 });
  expect(plan.printOptions).toMatchObject({ horizontalCentered: "1" });
  expect(plan.headerFooter).toMatchObject({ oddHeader: "&CKế hoạch chuyển đổi số báo chí", oddFooter: "&RTrang &P/&N" });
  expect(plan.widths).toEqual({ 1: 6, 2: 48, 3: 14.5, 4: 14.5, 5: 14.5, 6: 30 });
  expect(plan.heights).toMatchObject({ 2: 30, 7: 45 });
  expect(plan.cells.get("C8")).toMatchObject({ type: "number", value: expect.closeTo(1 / 3, 12), numberFormat: "0%" });
  expect(plan.cells.get("C14")).toMatchObject({ formula: "COUNTA(B8:B11)" });
  expect(plan.cells.get("C15")).toMatchObject({ type: "number", value: 46006, numberFormat: "dd/mm/yyyy" });
  expect(plan.cells.get("C16")).toMatchObject({ value: 1234.5, numberFormat: "#,##0.0", font: expect.stringMatching(/\bi\b.*color\(rgb=FFC00000\)|color\(rgb=FFC00000\).*\bi\b/) });
  expect(plan.cells.get("A7")).toMatchObject({ value: "STT", font: expect.stringMatching(/^b\b/), fill: expect.stringContaining("FFDDEBF7") });
  expect(plan.drawingObjects).toEqual(expect.arrayContaining(["Logo Sở"]));
  expect(plan.related.drawing).toHaveLength(1);

  const notes = pkg.sheet("Ghi chú");
  expect(notes.protection).toMatchObject({ sheet: "1", password: expect.stringMatching(/^e01c$/i) });
  expect(notes.hyperlinks).toContainEqual(expect.objectContaining({ ref: "A2", target: "https://mic.gov.vn/" }));
  expect(notes.hyperlinks).toContainEqual(expect.objectContaining({ ref: "A3", location: "'Phụ lục'!A7" }));
  expect(notes.comments.A1).toContain("Không sửa trang này");
  expect(pkg.sheet("Dữ liệu").related.table).toHaveLength(1);
  expect(pkg.sheet("Tổng hợp").related.pivotTable).toHaveLength(1);
  expect([...pkg.entries.keys()]).toEqual(expect.arrayContaining(["xl/media/image1.png", "xl/pivotCache/pivotCacheDefinition1.xml"]));
}

const KEEP_FIXTURES = [
  ["openpyxl-keep.xlsx", "openpyxl (inline strings, absolute targets)"],
  ["excel-keep.xlsx", "Excel's shape (shared strings, relative targets)"],
  ["wps-keep.xlsx", "WPS Office (x:-prefixed)"],
  ["google-keep.xlsx", "Google Sheets / generators (inline strings, no docProps)"],
  ["libreoffice-keep.xlsx", "LibreOffice"],
] as const;

describe.each(KEEP_FIXTURES)("%s, from %s", (fixture, producer) => {
  it("holds every feature the comparisons rely on", async () => {
    const pkg = await WorkbookPackage.open(path.join(CORPUS, fixture));
    expectKeepFacts(pkg, producer);
    if (fixture !== "google-keep.xlsx") expect(pkg.has("docProps/custom.xml")).toBe(true);
  });

  it.each(Object.keys(COMMANDS))("%s leaves every part it had no reason to touch byte for byte", async (name) => {
    expectPartsKept(await written(fixture, COMMANDS[name]!), COMMANDS[name]!);
  });

  it.each(Object.keys(COMMANDS))("%s keeps every feature and user cell in what it wrote", async (name) => {
    expectFeaturesKept(await written(fixture, COMMANDS[name]!), COMMANDS[name]!);
  });
});

describe("pressdx-attain.xlsx, the project's own output", () => {
  it("holds the blocks, names and chart an earlier run wrote", async () => {
    const pkg = await WorkbookPackage.open(path.join(CORPUS, "pressdx-attain.xlsx"));
    expect(pkg.definedNames()).toContainEqual({ name: "PressDX_Attain_1", value: "'Phụ lục'!$H$5:$Z$13" });
    expect(pkg.definedNames()).toContainEqual({ name: "PressDX_Agencies_Table", value: "'Tổng hợp báo cáo'!$A$4:$M$12" });
    expect(pkg.sheet(PLAN).drawingObjects).toContain("PressDX_Attain_1_chart");
    expect(pkg.sheet(PLAN).cells.size).toBeGreaterThan(50);
  });

  it.each(Object.keys(COMMANDS))("%s leaves every part it had no reason to touch byte for byte", async (name) => {
    expectPartsKept(await written("pressdx-attain.xlsx", COMMANDS[name]!), COMMANDS[name]!);
  });

  it.each(Object.keys(COMMANDS))("%s keeps every feature and user cell in what it wrote", async (name) => {
    expectFeaturesKept(await written("pressdx-attain.xlsx", COMMANDS[name]!), COMMANDS[name]!);
  });
});

describe("a workbook whose structure is protected (excel-locked.xlsx)", () => {
  const file = path.join(CORPUS, "excel-locked.xlsx");

  it("is locked with a password hash", async () => {
    expect((await WorkbookPackage.open(file)).workbookProtection()).toEqual({ workbookPassword: "E01C", lockStructure: "1" });
  });

  it("attain, which adds no sheet, leaves every other part byte for byte", async () => {
    expectPartsKept(await written("excel-locked.xlsx", COMMANDS.attain!), COMMANDS.attain!);
  });

  it("attain keeps the protection and everything else in what it wrote", async () => {
    expectFeaturesKept(await written("excel-locked.xlsx", COMMANDS.attain!), COMMANDS.attain!);
  });

  it.each(["insert", "validate --out", "consolidate --into"])("%s, which would add a sheet, is refused in one line and writes nothing", async (name) => {
    const out = path.join(tempDir("pressdx-keep-"), "locked.out.xlsx");
    const run = await COMMANDS[name]!.run(file, out);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/bảo vệ|protected/i);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe.each(["excel-keep.xlsm", "wps-keep.xlsm"])("a macro workbook (%s)", (fixture) => {
  const input = path.join(CORPUS, fixture);
  const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

  it("holds a VBA project and the macro-enabled main part", async () => {
    const pkg = await WorkbookPackage.open(input);
    expect(pkg.contentType(pkg.workbookPart)).toBe(MACRO_MAIN);
    expect(pkg.entries.get("xl/vbaProject.bin")).toEqual(Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256)));
    expect([...pkg.rels(pkg.workbookPart).values()]).toContainEqual({ type: "vbaProject", target: "xl/vbaProject.bin", external: false });
  });

  it.each(Object.keys(COMMANDS))("%s into an .xlsm copy keeps the macros and everything else", async (name) => {
    const command = COMMANDS[name]!;
    const copy = await written(fixture, command); // written as .out.xlsm
    expect(copy.after.entries.get("xl/vbaProject.bin")).toEqual(copy.before.entries.get("xl/vbaProject.bin"));
    expect(copy.after.contentType(copy.after.workbookPart)).toBe(MACRO_MAIN);
    expect([...copy.after.rels(copy.after.workbookPart).values()]).toContainEqual({ type: "vbaProject", target: "xl/vbaProject.bin", external: false });
    expectPartsKept(copy, command);
    expectFeaturesKept(copy, command);
  });

  it.each(Object.keys(COMMANDS))("%s into an .xlsx copy is refused in one line, and nothing is written", async (name) => {
    const out = path.join(tempDir("pressdx-keep-"), "copy.xlsx");
    const run = await COMMANDS[name]!.run(input, out);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/xlsm|macro/i);
    expect(fs.existsSync(out)).toBe(false);
  });
});
