/** Commands that only read go through the package reader: files ExcelJS refused read, hostile files are refused in one line. */
import fs from "node:fs";
import path from "node:path";
import { pressdx, tempDir } from "./capture";

const CORPUS = path.resolve(__dirname, "../fixtures/xlsx-corpus");
const REPORTS = path.resolve(__dirname, "../../examples/bao-cao");
const corpus = (name: string): string => path.relative(process.cwd(), path.join(CORPUS, name));

describe("pressdx validate on files other producers wrote", () => {
  it("checks an openpyxl plan with a chart, a comment and a table (which ExcelJS could not open)", async () => {
    const r = await pressdx("validate", corpus("openpyxl-plan.xlsx"), "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { tables: unknown[]; findings: Array<{ cell: string; code: string }> };
    expect(report.tables).toEqual([expect.objectContaining({ sheet: "Phụ lục", range: "A1:C4", years: [2024, 2025] })]);
    expect(report.findings).toContainEqual(expect.objectContaining({ cell: "B4", code: "figure.not_a_number" }));
  });

  it("checks a WPS-shaped workbook with x:-prefixed parts", async () => {
    const r = await pressdx("validate", corpus("wps-prefixed.xlsx"), "--json");
    expect(r.stderr).toBe("");
    expect((JSON.parse(r.stdout) as { tables: unknown[] }).tables).toEqual([expect.objectContaining({ sheet: "Kế hoạch", range: "A1:B4", years: [2024] })]);
  });

  it("refuses a zip bomb with one line naming the file, the part and the limit, exit 2", async () => {
    const file = corpus("hostile-bomb.xlsx");
    const r = await pressdx("validate", file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `pressdx validate: ${file}: refused: part xl/worksheets/sheet1.xml declares 400 MiB decompressed, over the limit of 256 MiB per part\n`,
    );
  });

  it("refuses a zip bomb lying about its size the same way", async () => {
    const file = corpus("hostile-bomb-lying.xlsx");
    const r = await pressdx("validate", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `pressdx validate: ${file}: refused: part xl/worksheets/sheet1.xml inflates beyond the 1 KiB its zip entry declares (a damaged or hostile file)\n`,
    );
  });
});

describe("pressdx consolidate with hostile files among the reports", () => {
  it("lists both bombs as unreadable with the limit and still merges the three reports", async () => {
    const dir = tempDir();
    try {
      for (const f of fs.readdirSync(REPORTS)) fs.copyFileSync(path.join(REPORTS, f), path.join(dir, f));
      fs.copyFileSync(path.join(CORPUS, "hostile-bomb.xlsx"), path.join(dir, "a-bomb.xlsx"));
      fs.copyFileSync(path.join(CORPUS, "hostile-bomb-lying.xlsx"), path.join(dir, "b-bomb.xlsx"));
      const r = await pressdx("consolidate", dir, "-o", path.join(dir, "merged.xlsx"), "--json", "--lang", "en");
      expect(r.stderr).toBe("");
      const out = JSON.parse(r.stdout) as { rows: number; sources: Array<{ file: string; error?: string; rows?: number }> };
      expect(out.sources).toEqual([
        { file: "a-bomb.xlsx", error: "the file is over the reading limits (refused: part xl/worksheets/sheet1.xml declares 400 MiB decompressed, over the limit of 256 MiB per part)" },
        {
          file: "b-bomb.xlsx",
          error: "the file is over the reading limits (refused: part xl/worksheets/sheet1.xml inflates beyond the 1 KiB its zip entry declares (a damaged or hostile file))",
        },
        { file: "bao-minh-son.xlsx", sheets: 2, tables: 2, rows: 4 },
        { file: "dai-pt-th-minh-son.xlsx", sheets: 2, tables: 2, rows: 3 },
        { file: "tap-chi-van-nghe-minh-son.xlsx", sheets: 1, tables: 1, rows: 3 },
      ]);
      expect(fs.existsSync(path.join(dir, "merged.xlsx"))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
