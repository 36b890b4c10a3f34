/**
 * Whatever the tool writes it owns and replaces: running a command twice never stacks anything, clearing
 * highlights gives back the workbook as it was, and the user's own formatting is never touched.
 */
import type { WorkbookPort } from "../../src/ports/workbookPort";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { PRESETS } from "../../src/domain/presets";
import { layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";
import { clearHighlights } from "../../src/usecases/clearHighlights";
import { consolidateAgencies } from "../../src/usecases/consolidateAgencies";
import { ERROR_MESSAGES, renderError } from "../../src/usecases/errorMessages";
import { insertAgencyForm } from "../../src/usecases/insertAgencyForm";
import { insertAppendix } from "../../src/usecases/insertAppendix";
import { USE_CASE_ERROR_CODES } from "../../src/usecases/result";
import { writeAttainment } from "../../src/usecases/writeAttainment";
import { writeConsolidation } from "../../src/usecases/writeConsolidation";
import { report, reportsPatch } from "../support/attainBook";

async function planBook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.apply([layoutAppendix({ sheet: "Phụ lục", preset: PRESETS.national, periods: ["2023-2025"], top: 0, left: 0, createSheet: true })]);
  return wb;
}

const STAMP = { file: "ke-hoach.xlsx", checkedAt: "2026-11-30 10:00" };

describe("checking a workbook", () => {
  it("highlights a share typed as 150% with a rule of its own, over the cell's own fill, which it never changes", async () => {
    const wb = await planBook();
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 1.5, style: { fill: "FFFF00" } }] }]);
    const r = await checkWorkbook(wb, { highlight: true });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.report.findings.some((f) => f.cell === "C6" && f.code === "figure.out_of_range")).toBe(true);
    const rules = wb.conditionalFormats("Phụ lục");
    expect(rules.find((x) => x.range === "C6")).toEqual({
      owner: "highlight:A5:F12_C6_error",
      range: "C6",
      formula: "TRUE",
      style: { fill: "FFC7CE", font: { color: "9C0006" } },
    });
    expect(wb.styleAt("Phụ lục", "C6")?.fill).toBe("FFFF00");
  });

  it("replaces its highlights when run again, and clearing leaves the workbook as it was before the first check", async () => {
    const wb = await planBook();
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 1.5 }, { address: "D7", value: "4O%" }] }]);
    const before = await wb.read();
    await checkWorkbook(wb, { highlight: true });
    const first = wb.conditionalFormats("Phụ lục").length;
    await checkWorkbook(wb, { highlight: true });
    expect(wb.conditionalFormats("Phụ lục")).toHaveLength(first);
    // The user fixes one cell: its highlight goes at the next check.
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "D7", value: 0.4 }] }]);
    await checkWorkbook(wb, { highlight: true });
    expect(wb.conditionalFormats("Phụ lục").some((x) => x.range === "D7")).toBe(false);
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "D7", value: "4O%" }] }]);

    const cleared = await clearHighlights(wb);
    expect(cleared).toEqual({ ok: true, value: { sheets: ["Phụ lục"] } });
    expect(wb.conditionalFormats("Phụ lục")).toEqual([]);
    expect(await wb.read()).toEqual(before);
  });

  it("writes the review sheet once and replaces it on the next check, never a second sheet", async () => {
    const wb = await planBook();
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 1.5 }] }]);
    const first = await checkWorkbook(wb, { highlight: false, review: STAMP });
    expect(first.ok && first.value.reviewSheet).toBe("Kiểm tra");
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 0.5 }] }]);
    const second = await checkWorkbook(wb, { highlight: false, review: STAMP });
    expect(second.ok && second.value.reviewSheet).toBe("Kiểm tra");
    expect(wb.sheetNames()).toEqual(["Phụ lục", "Kiểm tra"]);
    // The old row about C6 is gone with the old sheet's content.
    const texts = Array.from({ length: 40 }, (_, i) => String(wb.cell("Kiểm tra", `D${i + 1}`)?.value ?? ""));
    expect(texts).not.toContain("C6");
  });

  it("never takes a user's sheet called “Kiểm tra” for its own", async () => {
    const wb = await planBook();
    await wb.apply([{ sheet: "Kiểm tra", createSheet: true, cells: [{ address: "A1", value: "ghi chú của tôi" }] }]);
    const r = await checkWorkbook(wb, { highlight: false, review: STAMP });
    expect(r.ok && r.value.reviewSheet).toBe("Kiểm tra (2)");
    expect(wb.cell("Kiểm tra", "A1")?.value).toBe("ghi chú của tôi");
  });

  it("checks only the table the selection meets, and says so when it meets none", async () => {
    const wb = await planBook();
    const inTable = await checkWorkbook(wb, { highlight: false, scope: { sheet: "Phụ lục", range: "C6" } });
    expect(inTable.ok && inTable.value.report.tables.map((t) => t.range)).toEqual(["A5:F12"]);
    const outside = await checkWorkbook(wb, { highlight: false, scope: { sheet: "Phụ lục", range: "Z90" } });
    expect(outside).toEqual({ ok: false, error: { code: "validate.selection_not_a_table", operands: { sheet: "Phụ lục", range: "Z90" } } });
  });

  it("keeps the findings of a protected sheet, highlights nothing there and names it; other sheets are highlighted", async () => {
    const wb = await planBook();
    await wb.apply([
      { sheet: "Phụ lục", cells: [{ address: "C6", value: 1.5 }] },
      layoutAppendix({ sheet: "Tỉnh B", preset: PRESETS.national, periods: ["2023-2025"], top: 0, left: 0, createSheet: true }),
      { sheet: "Tỉnh B", cells: [{ address: "D7", value: 1.5 }] },
    ]);
    wb.protect("Phụ lục");
    const before = (await wb.read()).sheets.find((g) => g.sheet === "Phụ lục");
    const r = await checkWorkbook(wb, { highlight: true, review: STAMP });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.report.findings.some((f) => f.sheet === "Phụ lục" && f.cell === "C6" && f.code === "figure.out_of_range")).toBe(true);
    expect(r.value.unhighlighted).toEqual(["Phụ lục"]);
    expect(wb.conditionalFormats("Phụ lục")).toEqual([]);
    expect(wb.conditionalFormats("Tỉnh B").map((x) => x.range)).toContain("D7");
    expect(r.value.highlighted).toBe(wb.conditionalFormats("Tỉnh B").length);
    expect((await wb.read()).sheets.find((g) => g.sheet === "Phụ lục")).toEqual(before);
    expect(r.value.reviewSheet).not.toBeNull();
  });

  it("writes nothing when the findings have not changed, and one rule when one finding has", async () => {
    const wb = await planBook();
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 1.5 }, { address: "D7", value: "4O%" }] }]);
    await checkWorkbook(wb, { highlight: true });
    const first = wb.conditionalFormats("Phụ lục");
    let writes = 0;
    const counting: WorkbookPort = {
      read: () => wb.read(),
      apply: (p) => wb.apply(p),
      update: (plan) =>
        wb.update(async (s) => {
          const planned = await plan(s);
          writes += planned.patches.length;
          return planned;
        }),
    };
    await checkWorkbook(counting, { highlight: true });
    expect(writes).toBe(0);
    expect(wb.conditionalFormats("Phụ lục")).toEqual(first);
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "D7", value: 0.4 }] }]);
    await checkWorkbook(counting, { highlight: true });
    expect(writes).toBe(1);
    expect(wb.conditionalFormats("Phụ lục")).toEqual(first.filter((x) => x.range !== "D7"));
  });
});

describe("inserting at a place", () => {
  it("inserts at the given cell, and refuses a place that holds data", async () => {
    const wb = new MemoryWorkbook([{ name: "Trang 1", cells: { A1: { value: "tiêu đề" }, H30: { value: "x" } } }]);
    const ok = await insertAppendix(wb, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Trang 1", at: { row: 2, col: 1 } });
    expect(ok).toEqual({ ok: true, value: { sheet: "Trang 1", range: "B3:G14", createdSheet: false } });
    const refused = await insertAppendix(wb, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Trang 1", at: { row: 25, col: 4 } });
    expect(refused).toEqual({ ok: false, error: { code: "insert.no_space", operands: { sheet: "Trang 1", range: "E26:J37" } } });
  });
});

describe("running attainment and consolidation again", () => {
  it("leaves exactly one set of status rules, one chart and one name per block after a second run", async () => {
    const wb = await planBook();
    await wb.apply([reportsPatch("Báo cáo", [report("Báo A", 2023), report("Báo B", 2023)])]);
    const first = await writeAttainment(wb);
    if (!first.ok) throw new Error(first.error.code);
    const rules = wb.conditionalFormats("Phụ lục").length;
    const charts = wb.charts("Phụ lục").map((c) => c.name);
    expect(rules).toBeGreaterThan(0);
    expect(charts).toEqual(["PressDX_Attain_1_chart"]);
    await wb.apply([reportsPatch("Báo cáo", [report("Báo C", 2024)], 3, 0, false)]);
    const second = await writeAttainment(wb);
    if (!second.ok) throw new Error(second.error.code);
    expect(wb.conditionalFormats("Phụ lục")).toHaveLength(rules);
    expect(wb.charts("Phụ lục").map((c) => c.name)).toEqual(charts);
    expect(Object.keys(wb.names()).filter((n) => n.startsWith("PressDX_Attain_"))).toEqual(["PressDX_Attain_1"]);
  });

  it("replaces the merged table and its review sheet in place when consolidating again", async () => {
    const wb = await planBook();
    await wb.apply([reportsPatch("Báo cáo", [report("Báo A", 2023), report("Báo B", 2023)])]);
    const merged = await consolidateAgencies([{ file: "ke-hoach.xlsx", port: wb }]);
    await writeConsolidation(wb, merged, { checkedAt: "2026-11-30 10:00" });
    const sheets = wb.sheetNames();
    await writeConsolidation(wb, merged, { checkedAt: "2026-11-30 11:00" });
    expect(wb.sheetNames()).toEqual(sheets);
    expect(sheets).toEqual(["Phụ lục", "Báo cáo", "Tổng hợp báo cáo", "Kiểm tra báo cáo"]);
  });
});

describe("consolidating the workbook's own forms, then attainment", () => {
  it("reads the forms, not its own merged table, and attainment then counts each report once", async () => {
    const wb = await planBook();
    await wb.apply([reportsPatch("Báo cáo", [report("Báo A", 2023), report("Báo B", 2023)])]);
    for (let run = 0; run < 2; run++) {
      const merged = await consolidateAgencies([{ file: "ke-hoach.xlsx", port: wb, skipOwnSheets: true }]);
      expect(merged.reports.map((r) => r.agency)).toEqual(["Báo A", "Báo B"]);
      expect(merged.findings.filter((f) => f.code === "report.duplicate")).toEqual([]);
      await writeConsolidation(wb, merged, { checkedAt: "2026-11-30 10:00" });
    }
    const attained = await writeAttainment(wb);
    if (!attained.ok) throw new Error(attained.error.code);
    const platforms = attained.value.tables[0]?.rows.find((r) => r.indicator === "platforms" && r.year === 2023);
    expect(platforms?.denominator).toBe(2);
  });
});

describe("inserting the agency report form", () => {
  it("puts the form on a new sheet each time it is asked for one, and never over data at the selection", async () => {
    const wb = await planBook();
    const first = await insertAgencyForm(wb, { sheet: "Báo cáo cơ quan", newSheet: true });
    const second = await insertAgencyForm(wb, { sheet: "Báo cáo cơ quan", newSheet: true });
    expect([first.ok && first.value.sheet, second.ok && second.value.sheet]).toEqual(["Báo cáo cơ quan", "Báo cáo cơ quan (2)"]);
    expect(wb.cell("Báo cáo cơ quan", "A1")?.value).toBe("BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ BÁO CHÍ");
    expect(wb.cell("Báo cáo cơ quan", "A5")?.value).toBe("Năm");
    // A sheet of its own is protected; the inputs are not.
    expect(wb.isProtected("Báo cáo cơ quan")).toBe(true);
    const over = await insertAgencyForm(wb, { sheet: "Phụ lục", at: { row: 5, col: 0 } });
    expect(over.ok ? null : over.error.code).toBe("insert.no_space");
  });
});

describe("use-case error messages", () => {
  it("has a message for every code in Vietnamese and English", () => {
    for (const lang of ["vi", "en"] as const) {
      expect(Object.keys(ERROR_MESSAGES[lang]).sort()).toEqual([...USE_CASE_ERROR_CODES].sort());
    }
  });

  it("never tells a pane user to run a terminal command", () => {
    const operands = { sheet: "S", cell: "A1", range: "A1", detail: "d", error: "#N/A", value: "TRUE", agency: "Báo A", year: 2024, other: "S!A2", block: "M1:P9", table: "A1:F9", length: 9000, limit: 8192, tables: 5 };
    for (const code of USE_CASE_ERROR_CODES) {
      for (const lang of ["vi", "en"] as const) expect(renderError({ code, operands }, lang, "pane")).not.toMatch(/pressdx|--/);
    }
  });
});
