import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { PRESET_IDS } from "../../src/domain/presets";
import { pressdx, tempDir } from "./capture";

const EXAMPLE_PLAN = path.resolve(__dirname, "../../examples/ke-hoach-mau.xlsx");

interface JsonReport {
  file: string;
  tables: { sheet: string; range: string; years: number[] }[];
  findings: { sheet: string; cell: string; severity: string; code: string; indicator: string | null; year: number | null; value: unknown; message: string }[];
  summary: { errors: number; warnings: number; infos: number };
}

async function validateJson(file: string, ...extra: string[]): Promise<{ code: number; report: JsonReport }> {
  const run = await pressdx("validate", file, "--json", ...extra);
  expect(run.stderr).toBe("");
  // Exactly one JSON object on stdout.
  expect(run.stdout.trim().split("\n")).toHaveLength(1);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

describe("pressdx insert", () => {
  it.each(PRESET_IDS)("writes both standard tables from the %s preset, and they validate with no error", async (preset) => {
    const out = path.join(tempDir(), `${preset}.xlsx`);
    const run = await pressdx("insert", out, "--preset", preset);
    expect(run.code).toBe(0);
    const { code, report } = await validateJson(out);
    expect(report.tables.map((t) => t.years)).toEqual([
      [2023, 2024, 2025],
      [2026, 2027, 2028, 2029, 2030],
    ]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });

  it("sets a new appendix sheet to print landscape on A4, one page wide", async () => {
    const out = path.join(tempDir(), "print.xlsx");
    await pressdx("insert", out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const setup = wb.getWorksheet("Phụ lục")?.pageSetup;
    expect(setup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it("writes one period when asked", async () => {
    const out = path.join(tempDir(), "p.xlsx");
    expect((await pressdx("insert", out, "--period", "2026-2030")).code).toBe(0);
    const { report } = await validateJson(out);
    expect(report.tables.map((t) => t.years)).toEqual([[2026, 2027, 2028, 2029, 2030]]);
  });

  it("adds the tables below what an existing sheet holds and leaves every existing cell as it was", async () => {
    const dir = tempDir();
    const into = path.join(dir, "existing.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    ws.getCell("A1").value = "Ghi chú của chuyên viên";
    ws.getCell("C3").value = 42;
    ws.getCell("D4").value = { formula: "C3*2", result: 84 };
    wb.addWorksheet("Khác").getCell("B2").value = "giữ nguyên";
    await wb.xlsx.writeFile(into);

    const out = path.join(dir, "out.xlsx");
    const run = await pressdx("insert", out, "--into", into, "--preset", "thai-binh");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("A6:");

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const sheet = back.getWorksheet("Phụ lục");
    expect(sheet?.getCell("A1").value).toBe("Ghi chú của chuyên viên");
    expect(sheet?.getCell("C3").value).toBe(42);
    expect(sheet?.getCell("D4").formula).toBe("C3*2");
    expect(back.getWorksheet("Khác")?.getCell("B2").value).toBe("giữ nguyên");
    // The user's own sheet keeps its print settings.
    expect(sheet?.pageSetup.orientation).not.toBe("landscape");
    const { report } = await validateJson(out);
    expect(report.tables).toHaveLength(2);
    expect(report.tables[0]?.range.startsWith("A")).toBe(true);
    expect(Number(/\d+/.exec(report.tables[0]?.range ?? "")?.[0])).toBeGreaterThan(4);
  });

  // The package reader reports each sheet's widths (Grid.columnWidths); the rule is src/usecases/fitting.ts.
  it("keeps the columns the user made wider (insert --into never narrows a column)", async () => {
    const dir = tempDir();
    const into = path.join(dir, "wide.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    ws.getCell("A1").value = "Ghi chú rộng";
    ws.getColumn(1).width = 60;
    ws.getColumn(2).width = 80;
    ws.getColumn(3).width = 30;
    await wb.xlsx.writeFile(into);
    const out = path.join(dir, "out.xlsx");
    expect((await pressdx("insert", out, "--into", into, "--sheet", "Phụ lục")).code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const sheet = back.getWorksheet("Phụ lục");
    expect([1, 2, 3, 4, 8].map((c) => sheet?.getColumn(c).width)).toEqual([60, 80, 30, 13, 45]);
  });

  it("refuses to replace an existing file unless told to", async () => {
    const out = path.join(tempDir(), "x.xlsx");
    fs.writeFileSync(out, "precious");
    const run = await pressdx("insert", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("already exists");
    expect(fs.readFileSync(out, "utf8")).toBe("precious");
  });

  it("refuses to write over the workbook it inserts into", async () => {
    const dir = tempDir();
    const into = path.join(dir, "plan.xlsx");
    await pressdx("insert", into);
    const before = fs.readFileSync(into);
    const run = await pressdx("insert", into, "--into", into, "--force");
    expect(run.code).toBe(2);
    expect(fs.readFileSync(into).equals(before)).toBe(true);
  });

  it.each([
    [["--preset", "hanoi"], "--preset must be one of"],
    [["--period", "2031"], "--period must be"],
    [["--colour", "red"], "unknown option --colour"],
  ])("rejects wrong arguments %j with exit 2", async (args, message) => {
    const run = await pressdx("insert", path.join(tempDir(), "y.xlsx"), ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe("pressdx validate on the bundled example plan", () => {
  it("finds the mistakes at their cells, exits 1, and prints one JSON object", async () => {
    const { code, report } = await validateJson(EXAMPLE_PLAN);
    expect(code).toBe(1);
    expect(report.file).toBe(EXAMPLE_PLAN);
    const at = (cell: string) => report.findings.filter((f) => f.cell === cell).map((f) => f.code);
    expect(at("C9")).toEqual(["figure.not_a_number"]);
    expect(at("D12")).toEqual(["figure.out_of_range"]);
    expect(at("D11")).toEqual(["revenue.incomplete"]);
    expect(at("E8")).toContain("figure.stored_as_text");
    expect(at("D8")).toEqual(["target.unreachable_share"]);
    expect(at("C20")).toEqual(["target.decreasing"]);
    expect(at("D23")).toEqual(["figure.blank"]);
    expect(at("B14")).toEqual(["indicator.unknown"]);
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === "error").length);
    for (const f of report.findings) {
      expect(f.cell).toMatch(/^[A-Z]+[0-9]+$/);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it("takes the number of agencies from --agencies over the workbook's own statement", async () => {
    const { report } = await validateJson(EXAMPLE_PLAN, "--agencies", "5");
    const d8 = report.findings.filter((f) => f.cell === "D8").map((f) => f.code);
    expect(d8).toEqual([]); // 60% is 3 of 5
    expect(report.findings.some((f) => f.code === "target.unreachable_share")).toBe(true); // 1/3 is not k/5
  });

  it("speaks English when asked", async () => {
    const { report } = await validateJson(EXAMPLE_PLAN, "--lang", "en");
    const c9 = report.findings.find((f) => f.cell === "C9");
    expect(c9?.message).toContain("is not a readable figure");
  });

  it("prints findings grouped by sheet and table for people", async () => {
    const run = await pressdx("validate", EXAMPLE_PLAN);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Phụ lục › A7:F14 (2023–2025)");
    expect(run.stdout).toContain("Phụ lục › A17:G23 (2026–2030)");
    expect(run.stdout).toMatch(/LỖI\s+C9\s+Phân tích dữ liệu, AI năm 2023: “4O%”/);
    expect(run.stdout).toMatch(/Tổng cộng: 3 lỗi, \d+ cảnh báo, \d+ lưu ý\./);
  });

  it("writes a highlighted copy with a review sheet, and leaves values, formulas and formats as they were", async () => {
    const out = path.join(tempDir(), "reviewed.xlsx");
    const before = fs.readFileSync(EXAMPLE_PLAN);
    const run = await pressdx("validate", EXAMPLE_PLAN, "--out", out);
    expect(run.code).toBe(1);
    expect(fs.readFileSync(EXAMPLE_PLAN).equals(before)).toBe(true);

    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(EXAMPLE_PLAN);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const src = original.getWorksheet("Phụ lục");
    const dst = copy.getWorksheet("Phụ lục");
    if (!src || !dst) throw new Error("sheet missing");
    src.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const other = dst.getCell(r, c);
        expect([cell.address, other.value]).toEqual([cell.address, cell.value]);
        expect([cell.address, other.numFmt]).toEqual([cell.address, cell.numFmt]);
      }),
    );
    // Highlights are the tool's own conditional formats; every cell keeps its own fill.
    const fill = (ws: ExcelJS.Worksheet, a: string) => JSON.stringify(ws.getCell(a).fill ?? null);
    for (const a of ["C9", "C20", "C8"]) expect(fill(dst, a)).toBe(fill(src, a));
    const rules = (dst as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[]; style: { fill?: { bgColor?: { argb?: string } } } }> }> })
      .conditionalFormattings.flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, formula: r.formulae[0], fill: r.style.fill?.bgColor?.argb })));
    const ruleAt = (a: string) => rules.find((r) => r.ref.split(":").includes(a) || r.ref === a);
    // error; the rule's owner names its table first (then the cells and severity it colours)
    expect(ruleAt("C9")).toMatchObject({ formula: expect.stringMatching(/^AND\(ISTEXT\("pressdx:highlight:A7:F14_[^"]*"\),TRUE\)$/), fill: "FFFFC7CE" });
    expect(ruleAt("C20")?.fill).toBe("FFFFEB9C"); // warning
    expect(ruleAt("C8")).toBeUndefined(); // clean cell: no rule

    const review = copy.getWorksheet("Kiểm tra");
    expect(review).toBeDefined();
    const rows: string[] = [];
    review?.eachRow((row) => rows.push(row.values?.toString() ?? ""));
    const report = (await validateJson(EXAMPLE_PLAN)).report;
    expect(rows.length).toBe(report.findings.length + 3);
    const link = review?.getCell("E5");
    expect(JSON.stringify(link?.value)).toContain("#");
  });

  it("refuses --out equal to the input", async () => {
    const run = await pressdx("validate", EXAMPLE_PLAN, "--out", EXAMPLE_PLAN);
    expect(run.code).toBe(2);
  });
});

describe("pressdx validate on files it cannot read", () => {
  const dir = tempDir();
  const write = (name: string, bytes: Buffer | string): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    return p;
  };

  it.each([
    ["a missing file", () => path.join(dir, "nope.xlsx"), /nope\.xlsx.*(not found|không)/i],
    ["a text file named .xlsx", () => write("notes.xlsx", "just some notes"), /notes\.xlsx/],
    ["a truncated workbook", () => write("cut.xlsx", fs.readFileSync(EXAMPLE_PLAN).subarray(0, 2000)), /cut\.xlsx/],
    [
      "a password-protected workbook",
      () => write("locked.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), Buffer.from("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0")])),
      /locked\.xlsx.*password/i,
    ],
  ])("reports %s on one line with exit 2", async (_what, make, message) => {
    const file = make();
    const run = await pressdx("validate", file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it("names a text longer than Excel keeps, as a script or LibreOffice may write one, with its sheet, cell and length", async () => {
    const file = path.join(dir, "dai.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").getCell("B2").value = "ý kiến ".repeat(6000);
    await wb.xlsx.writeFile(file);
    const { report } = await validateJson(file, "--lang", "en");
    expect(report.findings.find((f) => f.code === "cell.text_too_long")).toMatchObject({
      sheet: "Ghi chú",
      cell: "B2",
      severity: "warning",
      value: null,
      message:
        "Cell B2 of sheet “Ghi chú” holds 42,000 characters, more than the 32,767 Excel keeps in a cell: Excel reports the file as damaged when opening it and cuts this text; shorten it or split it over several cells.",
    });
  });

  it("exits 1 when no target table is recognised", async () => {
    const file = path.join(dir, "prose.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tờ trình").getCell("A1").value = "Kính gửi Ủy ban nhân dân tỉnh";
    await wb.xlsx.writeFile(file);
    const { code, report } = await validateJson(file);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.code)).toEqual(["workbook.no_target_table"]);
  });
});
