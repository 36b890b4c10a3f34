// writeAttainment end to end: engine values, refusals, idempotency, and THE PROOF — LibreOffice recomputes every
// cell the tool wrote and gets the engine's value.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import { parseA1 } from "../../src/sheet/a1";
import { renderError } from "../../src/usecases/errorMessages";
import { writeAttainment, type AttainCell, type AttainOutcome } from "../../src/usecases/writeAttainment";
import { attainBook, plan, report, type BookSpec, type ReportInput } from "../support/attainBook";
import { readValues, recalcWithLibreOffice, requireLibreOffice } from "../support/libreoffice";
import { WorkbookPackage } from "../support/packageDiff";
import { layoutLineageForm } from "../../src/sheet/lineageForm";

const MAIN = plan({
  platforms: { 2023: { share: 0.67 }, 2024: { share: 0.67 }, 2025: { share: 1 }, 2026: { share: 1 } },
  analytics_ai: { 2023: { share: 0 }, 2024: { share: 0.33 }, 2025: { share: 0.67 } },
  converged_newsroom: { 2023: { share: 0.33 }, 2024: { share: 0.5 }, 2025: { share: 0.67 } },
  revenue: { 2023: { share: 0 }, 2024: { share: 0.33, threshold: 0.1 }, 2025: { share: 0.67, threshold: 0.2 } },
  training: { 2023: { share: 0.4 }, 2024: { share: 0.7 }, 2025: { share: 1 } },
  security_level3: { 2023: { share: 1 }, 2024: { share: 1 }, 2025: { share: 1 } },
});

const MAIN_REPORTS: ReportInput[] = [
  report("Báo A", 2023),
  report("Báo B", 2023, { platforms: "x", analyticsAi: "✓", convergedNewsroom: " co ", electronic: "Không", securityLevel: null, revenue: 10999, staff: "1.500", trained: 10 }),
  report("Đài C", 2023, { platforms: true, analyticsAi: 1, convergedNewsroom: "yes", electronic: "X", securityLevel: 2, baseRevenue: 3000, revenue: 3300, staff: 30, trained: 30 }),
  report("Tạp chí D", 2023, { year: "2023", platforms: "Đúng", analyticsAi: "cò", convergedNewsroom: "KHÔNG", electronic: "c", securityLevel: "4", baseRevenue: "2.000", revenue: 2500, staff: 10, trained: 5 }),
  // 2024: threshold 10% — 10000 → 11000 reaches it exactly, 10000 → 10999 does not, 3000 → 3300 does.
  report("Báo A", 2024),
  report("Báo B", 2024, { revenue: 10999, analyticsAi: "Có" }),
  report("Đài C", 2024, { baseRevenue: 3000, revenue: 3300, electronic: "Không", convergedNewsroom: "Không" }),
  // 2025: a form handed out with names and year but no figures yet: no report, status "—".
  { year: 2025, agency: "Báo A" },
  { year: 2025, agency: "Báo B" },
];

/** Nothing to divide by: no electronic-press agency, no head counts, no base revenue. */
const ZERO = plan({
  training: { 2023: { share: 0.5 } },
  security_level3: { 2023: { share: 1 } },
  revenue: { 2023: { share: 0.5, threshold: 0.2 } },
  platforms: { 2023: { share: 0.5 } },
});
const ZERO_REPORTS: ReportInput[] = [
  report("Báo A", 2023, { electronic: "Không", staff: null, trained: null, baseRevenue: null, securityLevel: null }),
  report("Báo B", 2023, { electronic: null, staff: null, trained: 4, baseRevenue: null, securityLevel: 3 }),
];

/** Two agency tables on two sheets: every formula sums over both. */
const SPLIT: BookSpec = {
  preset: plan({ platforms: { 2023: { share: 0.5 } }, revenue: { 2023: { share: 0.5, threshold: 0.2 } }, training: { 2023: { share: 0.5 } } }),
  reports: [report("Báo A", 2023, { platforms: "Không", revenue: 12000 })],
  moreReports: [[report("Báo B", 2023, { revenue: 11999 }), report("Báo C", 2023)]],
};

/** After the 2025 mergers: two former agencies report 2023–2025, the new one from 2026; the lineage table says so. */
const MERGED_NAME = "Báo và Phát thanh, Truyền hình Hưng Yên";
const MERGERS: BookSpec = {
  preset: plan({ platforms: { 2024: { share: 0.5 }, 2025: { share: 0.5 }, 2026: { share: 1 } }, training: { 2024: { share: 0.4 }, 2026: { share: 0.5 } } }),
  periods: ["2023-2025", "2026-2030"],
  reports: [
    report("Báo Thái Bình", 2024),
    report("Báo Hưng Yên", 2024, { platforms: "Không" }),
    report("Báo Thái Bình", 2025),
    report("Báo Hưng Yên", 2025),
    report(MERGED_NAME, 2026, { staff: 120, trained: 70 }),
  ],
  extra: [
    {
      ...layoutLineageForm({ sheet: "Sáp nhập", createSheet: true }),
      cells: [
        ...layoutLineageForm({ sheet: "Sáp nhập" }).cells,
        { address: "A6", value: "Cơ quan báo chí" },
        { address: "B6", value: "Báo Thái Bình" },
        { address: "C6", value: MERGED_NAME },
        { address: "D6", value: "01/07/2025" },
        { address: "B7", value: "Báo Hưng Yên" },
        { address: "C7", value: MERGED_NAME },
        { address: "D7", value: "01/07/2025" },
      ],
    },
  ],
};

let dir: string;
const outcomes = new Map<string, AttainOutcome>();
const files = new Map<string, string>();

async function attain(name: string, spec: BookSpec): Promise<void> {
  const book = await attainBook(spec);
  const r = await writeAttainment(book, { file: `${name}.xlsx` });
  if (!r.ok) throw new Error(renderError(r.error, "en", "cli"));
  const file = path.join(dir, `${name}.xlsx`);
  await book.save(file);
  outcomes.set(name, r.value);
  files.set(name, file);
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-attain-"));
  await attain("main", { preset: MAIN, periods: ["2023-2025", "2026-2030"], reports: MAIN_REPORTS });
  await attain("zero", { preset: ZERO, reports: ZERO_REPORTS });
  await attain("split", SPLIT);
  await attain("mergers", MERGERS);
  // Attain on its own output: the second run's file is recomputed too.
  const again = await XlsxFile.load(files.get("main")!);
  const r = await writeAttainment(again, { file: "main.xlsx" });
  if (!r.ok) throw new Error(renderError(r.error, "en", "cli"));
  outcomes.set("main-again", r.value);
  files.set("main-again", path.join(dir, "main-again.xlsx"));
  await again.save(files.get("main-again")!);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const find = (cells: readonly AttainCell[], indicator: string, year: number, kind: string): AttainCell | undefined =>
  cells.find((c) => c.indicator === indicator && c.year === year && c.kind === kind);

describe("the engine's attainment, indicator by indicator", () => {
  const v = (indicator: string, year: number, kind: string) => find(outcomes.get("main")!.cells, indicator, year, kind)?.value;

  it("counts yes/no columns over every agency reporting, hand-typed spellings included", () => {
    // 2023: A Có, B x, C TRUE, D Đúng → 4/4.
    expect(v("platforms", 2023, "actual")).toBe(1);
    expect(v("platforms", 2023, "ratio")).toBeCloseTo(1 / 0.67, 12);
    expect(v("platforms", 2023, "status")).toBe("Đạt");
    // B ✓, C 1 count; D "cò" is a yes for the engine's parser but not for a formula: left out (and flagged).
    expect(v("analytics_ai", 2023, "actual")).toBe(0.5);
    // 0% target: always met, no ratio.
    expect(v("analytics_ai", 2023, "status")).toBe("Đạt");
    expect(v("analytics_ai", 2023, "ratio")).toBeNull();
    // A Có, B " co ", C yes; D KHÔNG.
    expect(v("converged_newsroom", 2023, "actual")).toBe(0.75);
  });

  it("decides revenue growth exactly at the threshold", () => {
    // 2024 at 10%: A 10000 → 11000 counts, B 10000 → 10999 does not, C 3000 → 3300 counts.
    expect(v("revenue", 2024, "actual")).toBeCloseTo(2 / 3, 12);
    expect(v("revenue", 2024, "status")).toBe("Đạt");
    // 2023, 0% share: threshold 0; D's base "2.000" is text the formulas cannot read, so D is out of the denominator.
    expect(v("revenue", 2023, "actual")).toBe(1);
    expect(v("revenue", 2023, "status")).toBe("Đạt");
  });

  it("sums people for training and counts electronic-press agencies for security", () => {
    // 2023: B's head count "1.500" is text: B leaves training; A 20/50, C 30/30, D 5/10.
    expect(v("training", 2023, "actual")).toBeCloseTo(55 / 90, 12);
    expect(v("training", 2023, "status")).toBe("Đạt");
    // Electronic: A (level 3), C "X" (level 2), D "c" (level "4" is text: not read). B is not electronic press.
    expect(v("security_level3", 2023, "actual")).toBeCloseTo(1 / 3, 12);
    expect(v("security_level3", 2023, "status")).toBe("Chưa đạt");
  });

  it("gives — for a year without reports, a pre-filled form included", () => {
    for (const id of ["platforms", "analytics_ai", "converged_newsroom", "revenue", "training", "security_level3"]) {
      expect(v(id, 2025, "actual")).toBeNull();
      expect(v(id, 2025, "ratio")).toBeNull();
      expect(v(id, 2025, "status")).toBe("—");
    }
    expect(v("platforms", 2026, "status")).toBe("—");
  });

  it("gives — when the denominator is zero", () => {
    const cells = outcomes.get("zero")!.cells;
    expect(find(cells, "training", 2023, "status")?.value).toBe("—");
    expect(find(cells, "security_level3", 2023, "status")?.value).toBe("—");
    expect(find(cells, "revenue", 2023, "status")?.value).toBe("—");
    expect(find(cells, "platforms", 2023, "actual")?.value).toBe(1);
  });

  it("sums over several agency tables", () => {
    const cells = outcomes.get("split")!.cells;
    expect(find(cells, "platforms", 2023, "actual")?.value).toBeCloseTo(2 / 3, 12);
    // 20%: A 12000 counts, B 11999 does not, C 11000 does not.
    expect(find(cells, "revenue", 2023, "actual")?.value).toBeCloseTo(1 / 3, 12);
  });

  it("flags each cell the formulas cannot read", () => {
    const flagged = outcomes
      .get("main")!
      .findings.filter((f) => f.code === "attain.formula_unreadable")
      .map((f) => `${f.sheet}!${f.cell}`)
      .sort();
    // B's staff "1.500" (row 3), D's "cò", level "4" and base "2.000" (row 5).
    expect(flagged).toEqual(["Báo cáo!F5", "Báo cáo!H5", "Báo cáo!J3", "Báo cáo!L5"].sort());
  });
});

describe("the layout of two blocks on one sheet", () => {
  it("never lets the second table's block narrow a column the first block widened", async () => {
    const book = await attainBook({ preset: MAIN, periods: ["2023-2025", "2026-2030"], reports: MAIN_REPORTS });
    const r = await writeAttainment(book);
    if (!r.ok) throw new Error(renderError(r.error, "en", "cli"));
    const file = path.join(dir, "two-blocks.xlsx");
    await book.save(file);
    const widths = (await WorkbookPackage.open(file)).sheet("Phụ lục").widths; // by 1-based column
    // The first block's chart panel: its first column holds the indicator names.
    const panelHeader = r.value.written.find((c) => c.kind === "chart_target")?.cell;
    expect(panelHeader).toBeDefined();
    const col = parseA1(panelHeader ?? "A1").col + 1;
    expect(widths[col]).toBeGreaterThanOrEqual(10);
    expect(widths[col - 1]).toBeGreaterThanOrEqual(26);
  });
});

describe("re-running and refusing", () => {
  // Placement when the area beside a table is taken: test/usecases/attainPlacement.test.ts.
  it("gives the same cells, formulas and values on its own output", async () => {
    expect(outcomes.get("main-again")!.written).toEqual(outcomes.get("main")!.written);
    const first = await readValues(files.get("main")!);
    const second = await readValues(files.get("main-again")!);
    expect([...second.entries()]).toEqual([...first.entries()]);
  });

  it("refuses an agency and year reported twice, which a formula would count twice", async () => {
    const book = await attainBook({ preset: MAIN, reports: [report("Báo A", 2023), report("bao a", 2023)] });
    const r = await writeAttainment(book);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("attain.duplicate_row");
    expect(renderError(r.error, "vi", "cli")).toContain("pressdx consolidate");
    expect(renderError(r.error, "vi", "pane")).not.toContain("pressdx");
  });

  it("refuses, and changes nothing, when summing many agency tables would make a formula too long for Excel", async () => {
    const sheets = [0, 1, 2, 3, 4].map((k) => [report(`Báo ${k}`, 2023)]);
    const book = await attainBook({ preset: MAIN, reports: [report("Báo A", 2023)], moreReports: sheets });
    const before = await book.read();
    const r = await writeAttainment(book);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("attain.formula_too_long");
    expect(renderError(r.error, "vi", "cli")).toMatch(/8192/);
    expect(renderError(r.error, "vi", "cli")).toContain("pressdx consolidate");
    expect(renderError(r.error, "en", "pane")).toContain("Consolidate reports button");
    expect(await book.read()).toEqual(before);
  });

  it("refuses without an agency table", async () => {
    const book = await attainBook({ preset: MAIN, reports: [] });
    const r = await writeAttainment(book);
    expect(r.ok ? null : r.error.code).toBe("attain.no_agency_table");
  });
});

describe("after the 2025 mergers", () => {
  it("counts each year over the agencies of that year, and says so", async () => {
    const o = outcomes.get("mergers")!;
    const counts = o.written.filter((c) => c.kind === "agencies").map((c) => [c.year, c.value]);
    // Both tables' years. 2023: nobody; 2024 and 2025: the two former agencies; 2026: the new one alone.
    expect(counts).toEqual([
      [2023, 0],
      [2024, 2],
      [2025, 2],
      [2026, 1],
      [2027, 0],
      [2028, 0],
      [2029, 0],
      [2030, 0],
    ]);
    const v = (indicator: string, year: number) => find(o.cells, indicator, year, "actual")?.value;
    expect(v("platforms", 2024)).toBe(0.5);
    expect(v("platforms", 2026)).toBe(1);
    expect(v("training", 2026)).toBeCloseTo(70 / 120, 12);
    const book = await XlsxFile.load(files.get("mergers")!);
    const sheet = (await book.read()).sheets.find((g) => g.sheet === "Phụ lục")!;
    const texts = sheet.rows.flatMap((r) => r.map((c) => c?.value)).filter((x): x is string => typeof x === "string");
    expect(texts).toContain("KẾT QUẢ THỰC HIỆN (mỗi năm tính trên các cơ quan báo chí có trong năm đó, theo bảng sáp nhập)");
    expect(texts).toContain("Số cơ quan báo chí có trong năm");
  });

  it("leaves a workbook without mergers as it was: no count panel", () => {
    expect(outcomes.get("main")!.written.some((c) => c.kind === "agencies")).toBe(false);
  });
});

describe("LibreOffice computes what the engine computes", () => {
  it("for every cell the tool wrote, in every workbook", async () => {
    requireLibreOffice(); // a missing soffice is a failure, not a skip
    const names = [...files.keys()];
    const converted = await recalcWithLibreOffice(names.map((n) => files.get(n)!));
    let checked = 0;
    for (const name of names) {
      const values = await readValues(converted.get(files.get(name)!)!);
      for (const c of outcomes.get(name)!.written) {
        const got = values.get(`${c.sheet}!${c.cell}`)?.value ?? null;
        const where = `${name}: ${c.sheet}!${c.cell} (${c.indicator} ${c.year} ${c.kind}) ${c.formula ?? ""}`;
        if (typeof c.value === "number") {
          expect({ where, got: typeof got }).toEqual({ where, got: "number" });
          expect(got as number).toBeCloseTo(c.value, 12);
        } else {
          expect({ where, got: got === "" ? null : got }).toEqual({ where, got: c.value });
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});
