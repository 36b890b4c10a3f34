import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import type { CliContext } from "../../src/cli/context";
import { main } from "../../src/cli/main";
import { AGENCY_FIELDS } from "../../src/domain/agency/report";
import { findAgencyTables, layoutAgencyForm } from "../../src/sheet/agencyForm";
import type { Grid } from "../../src/sheet/grid";
import { MERGED_SHEET_NAME, MERGED_TABLE_NAME } from "../../src/sheet/layout/mergedTable";
import { consolidateAgencies } from "../../src/usecases/consolidateAgencies";
import { makeExampleReports } from "../../scripts/makeExampleReports";
import { a1 } from "../../src/sheet/a1";

const PLAN = path.resolve(__dirname, "../../examples/ke-hoach-mau.xlsx");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
let reports: string;

async function run(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const ctx: CliContext = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    now: () => new Date("2025-01-20T09:00:00Z"),
    cwd: dir,
  };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}

/** A valid one-agency report file. */
async function cleanReport(file: string, agency = "Báo Minh Sơn"): Promise<void> {
  const book = XlsxFile.create();
  const form = layoutAgencyForm({ sheet: "Báo cáo", top: 0, left: 0, agencies: [agency], years: [2023, 2024], createSheet: true });
  const figures = [
    ["Có", 2, "Có", "Có", "Có", 18500, 19200, 86, 30, 3],
    ["Có", 2, "Có", "Có", "Có", 18500, 21000, 88, 52, 3],
  ];
  const cells = figures.flatMap((row, k) => row.map((value, i) => ({ address: a1(1 + k, i + 2), value })));
  await book.apply([{ ...form, cells: [...form.cells, ...cells] }]);
  await book.save(file);
}

async function sheetValues(file: string): Promise<Map<string, Grid>> {
  const snap = await (await XlsxFile.load(file)).read();
  return new Map(snap.sheets.map((g) => [g.sheet, g]));
}

const values = (g: Grid | undefined): unknown => g?.rows.map((r) => r.map((c) => c?.value ?? null));

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressdx-consolidate-"));
  reports = path.join(dir, "bao-cao");
  fs.mkdirSync(reports);
  await makeExampleReports(reports);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("pressdx consolidate", () => {
  it("merges a folder of reports, reports conflicts, duplicates and gaps, and exits 1", async () => {
    fs.writeFileSync(path.join(reports, "~$bao-minh-son.xlsx"), "lock");
    fs.writeFileSync(path.join(reports, "ghi-chu.txt"), "not a report");
    const r = await run("consolidate", "bao-cao", "-o", "tong-hop.xlsx");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Đã đọc 3 tệp:");
    expect(r.stdout).toContain("Tổng hợp 8 báo cáo (cơ quan × năm): 2 lỗi, 1 cảnh báo, 1 lưu ý.");
    expect(r.stdout).toMatch(/bao-minh-son\.xlsx\n {2}› Bổ sung 2024\n {4}LỖI {6}I6 .*\[report\.conflict\]/);
    expect(r.stdout).toContain("[report.duplicate]");
    expect(r.stdout).toContain("[report.missing_year]");
    expect(r.stdout).toContain("[report.trained_exceeds_staff]");
    expect(r.stdout).toContain("Đã ghi bảng tổng hợp: tong-hop.xlsx");
    const out = await sheetValues(path.join(dir, "tong-hop.xlsx"));
    expect([...out.keys()]).toEqual([MERGED_SHEET_NAME, "Kiểm tra báo cáo"]);
  });

  it("prints exactly one JSON object of the documented shape", async () => {
    const r = await run("consolidate", "bao-cao", "-o", "tong-hop.xlsx", "--json", "--lang", "en");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(Object.keys(json)).toEqual(["rows", "sources", "findings"]);
    expect(json["rows"]).toBe(8);
    expect(json["sources"]).toEqual([
      { file: "bao-minh-son.xlsx", sheets: 2, tables: 2, rows: 4 },
      { file: "dai-pt-th-minh-son.xlsx", sheets: 2, tables: 2, rows: 3 },
      { file: "tap-chi-van-nghe-minh-son.xlsx", sheets: 1, tables: 1, rows: 3 },
    ]);
    const findings = json["findings"] as Array<Record<string, unknown>>;
    for (const f of findings) expect(Object.keys(f)).toEqual(["code", "severity", "file", "sheet", "cell", "agency", "year", "message"]);
    expect(findings[0]).toEqual({
      code: "report.conflict",
      severity: "error",
      file: "bao-minh-son.xlsx",
      sheet: "Bổ sung 2024",
      cell: "I6",
      agency: "Báo Minh Sơn",
      year: 2024,
      message: expect.stringContaining("reported twice with different figures"),
    });
    expect(findings.map((f) => f["code"])).toEqual([
      "report.conflict",
      "report.missing_year",
      "report.duplicate",
      "report.trained_exceeds_staff",
    ]);
  });

  it("reports an unreadable file (text renamed .xlsx) and still merges the others", async () => {
    fs.writeFileSync(path.join(dir, "hong.xlsx"), "Năm;Cơ quan báo chí\n2024;Báo Minh Sơn\n");
    const r = await run("consolidate", "hong.xlsx", "bao-cao/bao-minh-son.xlsx", "-o", "tong-hop.xlsx", "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.sources[0]).toEqual({ file: "hong.xlsx", error: expect.stringContaining("không phải sổ làm việc Excel") });
    expect(json.sources[1]).toMatchObject({ file: "bao-minh-son.xlsx", tables: 2 });
    expect(json.rows).toBe(3);
    expect(json.findings[0]).toMatchObject({ code: "source.unreadable", severity: "error", file: "hong.xlsx", sheet: "", cell: "" });
    expect(fs.existsSync(path.join(dir, "tong-hop.xlsx"))).toBe(true);
  });

  it("exits 2 and writes nothing when no input can be read", async () => {
    fs.writeFileSync(path.join(dir, "hong.xlsx"), "text");
    const r = await run("consolidate", "hong.xlsx", "thieu.xlsx", "-o", "tong-hop.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input could be read \(hong\.xlsx: .*; thieu\.xlsx: không tìm thấy tệp\)/);
    expect(fs.existsSync(path.join(dir, "tong-hop.xlsx"))).toBe(false);
  });

  it("exits 0 when the reports have no errors", async () => {
    await cleanReport(path.join(dir, "sach.xlsx"));
    const r = await run("consolidate", "sach.xlsx", "-o", "tong-hop.xlsx");
    expect(r.stdout).toContain("Tổng hợp 2 báo cáo (cơ quan × năm): 0 lỗi, 0 cảnh báo, 0 lưu ý.");
    expect(r.code).toBe(0);
  });

  it("exits 1 when no input holds an agency table", async () => {
    const r = await run("consolidate", PLAN, "-o", "tong-hop.xlsx", "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toEqual([expect.objectContaining({ code: "workbook.no_agency_table", file: "ke-hoach-mau.xlsx" })]);
  });

  it.each([
    [["consolidate", "bao-cao"], /usage: pressdx consolidate/],
    [["consolidate", "-o", "tong-hop.xlsx"], /usage: pressdx consolidate/],
    [["consolidate", "bao-cao/bao-minh-son.xlsx", "-o", "bao-cao/bao-minh-son.xlsx"], /must be a new file/],
    [["consolidate", "bao-cao", "-o", "tong-hop.csv"], /must be an \.xlsx file/],
    [["consolidate", "bao-cao", "-o", "khong-co/tong-hop.xlsx"], /does not exist/],
    [["consolidate", "bao-cao", "-o", "tong-hop.xlsx", "--lang", "fr"], /--lang must be vi or en/],
    [["consolidate", "trong", "-o", "tong-hop.xlsx"], /no \.xlsx or \.xlsm file in this folder/],
  ])("exits 2 on wrong arguments: %j", async (argv, message) => {
    fs.mkdirSync(path.join(dir, "trong"));
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("refuses to replace an existing output without --force", async () => {
    fs.writeFileSync(path.join(dir, "tong-hop.xlsx"), "old");
    expect((await run("consolidate", "bao-cao", "-o", "tong-hop.xlsx")).code).toBe(2);
    expect((await run("consolidate", "bao-cao", "-o", "tong-hop.xlsx", "--force")).code).toBe(1);
  });

  it("never reads its own output back when it sits in the input folder", async () => {
    expect((await run("consolidate", "bao-cao", "-o", "bao-cao/tong-hop.xlsx")).code).toBe(1);
    const again = await run("consolidate", "bao-cao", "-o", "bao-cao/tong-hop.xlsx", "--force", "--json");
    expect(JSON.parse(again.stdout).sources).toHaveLength(3);
  });

  it("with --into, adds the sheets to a copy of the plan and keeps every original cell", async () => {
    const plan = path.join(dir, "ke-hoach.xlsx");
    fs.copyFileSync(PLAN, plan);
    const bytes = fs.readFileSync(plan);
    const before = await sheetValues(plan);
    const r = await run("consolidate", "bao-cao", "-o", "ke-hoach.tong-hop.xlsx", "--into", "ke-hoach.xlsx");
    expect(r.code).toBe(1);
    expect(fs.readFileSync(plan).equals(bytes)).toBe(true);
    const after = await sheetValues(path.join(dir, "ke-hoach.tong-hop.xlsx"));
    expect([...after.keys()]).toEqual([...before.keys(), MERGED_SHEET_NAME, "Kiểm tra báo cáo"]);
    for (const [name, grid] of before) expect(values(after.get(name))).toEqual(values(grid));
    expect((await run("consolidate", "bao-cao", "-o", "ke-hoach.xlsx", "--into", "ke-hoach.xlsx")).code).toBe(2);
  });

  it("writes a merged table that findAgencyTables reads back to the same reports", async () => {
    await run("consolidate", "bao-cao", "-o", "tong-hop.xlsx");
    const merged = await XlsxFile.load(path.join(dir, "tong-hop.xlsx"));
    const snap = await merged.read();
    expect(snap.names[MERGED_TABLE_NAME]).toBe(`'${MERGED_SHEET_NAME}'!$A$4:$M$12`);
    const grid = snap.sheets.find((g) => g.sheet === MERGED_SHEET_NAME);
    const [table] = findAgencyTables(grid!, "tong-hop.xlsx");
    expect(Object.keys(table?.columns ?? {}).sort()).toEqual([...AGENCY_FIELDS].sort());

    const files = fs.readdirSync(reports).filter((n) => n.endsWith(".xlsx")).sort();
    const original = await consolidateAgencies(
      await Promise.all(files.map(async (f) => ({ file: f, port: await XlsxFile.load(path.join(reports, f)) }))),
    );
    const again = await consolidateAgencies([{ file: "tong-hop.xlsx", port: merged }]);
    expect(again.findings.filter((f) => f.severity === "error")).toEqual([
      expect.objectContaining({ code: "report.trained_exceeds_staff" }), // the figures are carried over as reported
    ]);
    const strip = (xs: typeof original.reports) =>
      xs.map(({ sources: _s, ...rest }) => rest).sort((a, b) => a.year - b.year || a.agency.localeCompare(b.agency, "vi"));
    expect(strip(again.reports)).toEqual(strip(original.reports));
  });
});
