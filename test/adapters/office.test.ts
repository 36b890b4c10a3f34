/**
 * The Office adapter within Excel's limits, over the Excel stand-in: how many syncs a use case costs for small and
 * large sheets, that no response exceeds the budget, that a too-large response is read again in smaller blocks, and
 * what Office.js does differently from a file (typed input, notes without ExcelApi 1.18, cell-edit mode, events).
 */
import { OfficeWorkbook } from "../../src/adapters/office";
import { UserEdits } from "../../src/adapters/office/host";
import { charsToPoints, pointsToChars } from "../../src/adapters/office/units";
import { PRESETS } from "../../src/domain/presets";
import { a1 } from "../../src/sheet/a1";
import { layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import { createStandIn, installStandIn, type StandIn } from "../../src/standin";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";
import { insertAppendix } from "../../src/usecases/insertAppendix";
import { writeAttainment } from "../../src/usecases/writeAttainment";
import { consolidateWorkbook } from "../../src/usecases/writeConsolidation";
import { SEED_SHEET, seedCells } from "../../src/preview/seed";

function excel(options: Parameters<typeof createStandIn>[0] = {}): StandIn {
  const s = createStandIn({ apiVersion: "1.14", ...options });
  installStandIn(globalThis, s);
  return s;
}

/** A plan sheet with the national appendix, and a data sheet of `rows` rows × 4 columns beside it. */
async function planWithData(s: StandIn, rows: number): Promise<void> {
  await new OfficeWorkbook().apply([layoutAppendix({ sheet: "Phụ lục", preset: PRESETS.national, periods: ["2023-2025"], top: 0, left: 0, createSheet: true })]);
  if (rows === 0) return;
  const cells: Record<string, string | number> = {};
  for (let r = 0; r < rows; r++) for (let c = 0; c < 4; c++) cells[a1(r, c)] = c === 0 ? `Dòng ${r + 1}` : r * 4 + c;
  s.model.addSheet("Dữ liệu", cells);
}

describe("the Office adapter's syncs and payloads", () => {
  // A plan and a data sheet that fit the first window are read in two syncs; a larger sheet costs one more, read in
  // row blocks (the first window holds 100 rows of 40 columns of each sheet).
  it.each([
    [10, 2, 1],
    [1_000, 3, 1],
  ])("validates and highlights a workbook with a %i-row data sheet in %i read syncs and %i write sync", async (rows, reads, writes) => {
    const s = excel({ platform: "OfficeOnline" });
    await planWithData(s, rows);
    s.model.userPaste("Phụ lục", "C6", 1.5); // pasted: typing 150% is refused by the cell's validation
    s.model.stats.reset();
    const r = await checkWorkbook(new OfficeWorkbook(), { highlight: true });
    expect(r.ok && r.value.highlighted).toBe(1);
    expect(s.model.stats.syncs).toBe(reads + writes);
    expect(s.model.conditionalFormats("Phụ lục").map((c) => c.address)).toEqual(["C6"]);
  });

  it("consolidates the workbook's own agency forms and writes attainment, each in 2 reads and 1 write", async () => {
    const s = excel({ platform: "OfficeOnline" });
    s.model.addSheet(SEED_SHEET, seedCells());
    await planWithData(s, 0);
    s.model.stats.reset();
    const merged = await consolidateWorkbook(new OfficeWorkbook(), { file: "Sổ tính này", checkedAt: "" });
    expect(merged.ok && merged.value.consolidation.reports.length).toBe(9);
    expect(s.model.stats.syncs).toBe(3);
    s.model.stats.reset();
    const attained = await writeAttainment(new OfficeWorkbook());
    expect(attained.ok).toBe(true);
    expect(s.model.stats.syncs).toBe(3);
  });

  it("reads a 200,000-row sheet in blocks: a number of syncs that grows with the size, each response under the budget", async () => {
    const s = excel({ platform: "OfficeOnline" });
    await planWithData(s, 200_000);
    s.model.stats.reset();
    const budget = 1_000_000;
    const snapshot = await new OfficeWorkbook({ read: { budgetBytes: budget } }).read();
    const data = snapshot.sheets.find((g) => g.sheet === "Dữ liệu");
    expect(data?.rows.length).toBe(200_000);
    expect(data?.rows[199_999]?.[3]?.value).toBe(199_999 * 4 + 3);
    const { syncs, batches } = s.model.stats;
    // 2 fixed syncs, then blocks: 200,000 × 4 cells at 20–40 bytes each is 16–32 MB, a few dozen syncs at most.
    expect(syncs).toBeGreaterThan(2);
    expect(syncs).toBeLessThan(80);
    for (const b of batches) expect(b.responseBytes).toBeLessThanOrEqual(budget * 1.5);
  });

  it("reads again in smaller blocks when Excel on the web finds a response too large", async () => {
    const s = excel({ platform: "OfficeOnline" });
    const long = "x".repeat(2_000);
    const cells: Record<string, string> = {};
    // Short cells where the first window looks, long ones (2 KB) below: the blocks are cut for short cells and the
    // first block's response would be some 6 MB.
    for (let r = 0; r < 3_000; r++) cells[a1(r, 0)] = r < 100 ? `${r}` : `${long}${r}`;
    s.model.addSheet("Dài", cells);
    const snapshot = await new OfficeWorkbook({ read: { budgetBytes: 4_000_000 } }).read();
    expect(snapshot.sheets[0]?.rows.length).toBe(3_000);
    expect(snapshot.sheets[0]?.rows[2_999]?.[0]?.value).toBe(`${long}2999`);
    // Excel refused at least one response; every response after the last refusal fits.
    const sizes = s.model.stats.batches.map((b) => b.responseBytes);
    const lastRefused = sizes.map((b) => b > 5 * 1024 * 1024).lastIndexOf(true);
    expect(lastRefused).toBeGreaterThanOrEqual(0);
    expect(sizes.slice(lastRefused + 1).length).toBeGreaterThan(0);
    for (const b of sizes.slice(lastRefused + 1)) expect(b).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});

describe("writing through Office.js", () => {
  it("keeps texts that look like numbers, percents, dates or formulas as text", async () => {
    const s = excel();
    s.model.addSheet("Trang", {});
    await new OfficeWorkbook().apply([
      {
        sheet: "Trang",
        cells: [
          { address: "A1", value: "67%" },
          { address: "A2", value: "2/3" },
          { address: "A3", value: "=SUM(B1:B2)" },
          { address: "A4", value: "0012" },
          { address: "A5", value: "TRUE" },
          { address: "A6", value: "Báo Minh Sơn" },
          { address: "A7", value: 0.67 },
        ],
      },
    ]);
    expect(s.model.values("Trang", "A1:A7").map((r) => r[0])).toEqual(["67%", "2/3", "=SUM(B1:B2)", "0012", "TRUE", "Báo Minh Sơn", 0.67]);
    expect(s.model.cell("Trang", "A3").formula).toBeUndefined();
  });

  it("writes notes as notes where Excel has them (ExcelApi 1.18), as the cell's input prompt where it has not", async () => {
    const patch = layoutAppendix({ sheet: "Phụ lục", preset: PRESETS["soc-trang"], periods: ["2023-2025"], top: 0, left: 0, createSheet: true });
    const note = patch.notes?.find((n) => n.address === "E6");
    expect(note?.text).toBe("Kế hoạch ghi: trên 65%");

    const modern = excel({ apiVersion: "1.18" });
    await new OfficeWorkbook({ notes: true }).apply([patch]);
    expect(modern.model.notes("Phụ lục")).toContainEqual({ address: "E6", content: "Kế hoạch ghi: trên 65%" });

    const office2021 = excel({ apiVersion: "1.14" });
    await new OfficeWorkbook({ notes: false }).apply([patch]);
    // The cell keeps its rule (C6:E8's share rule) and the rule's own prompt, the note below it.
    const e6 = office2021.model.validations("Phụ lục").find((v) => v.address === "E6");
    expect(e6?.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });
    expect(e6?.prompt).toMatchObject({
      title: "Tỷ lệ chỉ tiêu",
      message: "Nhập tỷ lệ từ 0% đến 100% (ví dụ 67%). Để trống nếu chưa có chỉ tiêu.\nKế hoạch ghi: trên 65%",
    });
  });

  it("waits for the user to finish typing in a cell instead of failing", async () => {
    const s = excel();
    s.model.addSheet("Trang", {});
    s.model.startCellEdit();
    const write = new OfficeWorkbook().apply([{ sheet: "Trang", cells: [{ address: "A1", value: 1 }] }]);
    await new Promise((r) => setTimeout(r, 20));
    expect(s.model.values("Trang", "A1")).toEqual([[""]]);
    s.model.endCellEdit();
    await write;
    expect(s.model.values("Trang", "A1")).toEqual([[1]]);
  });

  it("does not take its own writes for the user's edits, and leaves events on for the add-in afterwards", async () => {
    const s = excel();
    await planWithData(s, 0);
    const edits = new UserEdits();
    let seen = 0;
    edits.subscribe(() => seen++);
    await new Promise((r) => setTimeout(r, 10));
    await insertAppendix(new OfficeWorkbook(), { preset: PRESETS.national, periods: ["2026-2030"], sheet: "Phụ lục" });
    await s.model.settleEvents();
    expect(seen).toBe(0);
    s.model.userPaste("Phụ lục", "C6", 1.5); // pasted: typing 150% is refused by the cell's validation
    await s.model.settleEvents();
    expect(seen).toBe(1);
  });

  it("never narrows a column the user widened when it inserts into the user's sheet (widths read in the same syncs)", async () => {
    const s = excel();
    s.model.addSheet("Ghi chú", { A1: "Ghi chú rộng của người dùng" });
    s.model.sheet("Ghi chú").columnWidths.set(0, charsToPoints(60));
    s.model.stats.reset();
    const r = await insertAppendix(new OfficeWorkbook(), { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Ghi chú" });
    expect(r.ok).toBe(true);
    expect(s.model.stats.syncs).toBe(3);
    expect(pointsToChars(s.model.columnWidth("Ghi chú", 0))).toBeCloseTo(60, 5);
    // A column at Excel's default width is widened to the layout's.
    expect(pointsToChars(s.model.columnWidth("Ghi chú", 1))).toBeGreaterThan(20);
  });

  it("places nothing over an Excel table and refuses a merge in one before writing (tables read in the same syncs)", async () => {
    const s = excel();
    s.model.addSheet("Phụ lục", { A1: "Danh sách cơ quan" });
    s.model.addTable("Phụ lục", "CoQuan", "A3:C5", ["Tên", "Loại", "Ghi chú"]);
    s.model.stats.reset();
    const r = await insertAppendix(new OfficeWorkbook(), { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Phụ lục" });
    expect(r.ok && r.value.range.startsWith("A7:")).toBe(true);
    expect(s.model.stats.syncs).toBe(3);
    const before = s.model.snapshot();
    await expect(new OfficeWorkbook().apply([{ sheet: "Phụ lục", cells: [{ address: "A4", value: "x" }], merges: ["A4:B4"] }])).rejects.toThrow(
      "overlaps the Excel table A3:C5",
    );
    expect(s.model.snapshot()).toEqual(before);
  });

  it("keeps a protected sheet's findings without highlighting it, and refuses a write there before anything is written", async () => {
    const s = excel();
    await planWithData(s, 0);
    s.model.userPaste("Phụ lục", "C6", 1.5); // pasted: typing 150% is refused by the cell's validation
    s.model.protectSheet("Phụ lục");
    s.model.stats.reset();
    const r = await checkWorkbook(new OfficeWorkbook(), { highlight: true });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.report.findings.some((f) => f.cell === "C6" && f.code === "figure.out_of_range")).toBe(true);
    expect(r.value.unhighlighted).toEqual(["Phụ lục"]);
    expect(s.model.conditionalFormats("Phụ lục")).toEqual([]);
    // Only the reads went to Excel: nothing was tried on the protected sheet.
    expect(s.model.stats.syncs).toBe(2);
    const refused = await insertAppendix(new OfficeWorkbook(), { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Phụ lục", at: { row: 40, col: 0 } });
    expect(refused).toEqual({ ok: false, error: { code: "write.sheet_protected", operands: { sheet: "Phụ lục" } } });
  });
});
