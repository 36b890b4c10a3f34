/**
 * The reviewer's work that persists, over the memory adapter: decisions kept in the workbook's store while the
 * cell holds what it held, reopened when it changes, reset on demand; what changed since the previous check; the
 * review sheet a reviewer can work in (values as the cell shows them, rule names, filter, frozen header, status and
 * reason, the reviewer's own columns kept), and a check that never checks the tool's own sheets.
 */
import { MemoryWorkbook } from "../../src/adapters/memory";
import type { Finding } from "../../src/domain/findings";
import { PRESETS } from "../../src/domain/presets";
import { findingKey } from "../../src/domain/review";
import { layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import { STORE_MARK, readStore } from "../../src/sheet/store/reviewStore";
import { checkWorkbook, type CheckOutcome, type CheckRequest } from "../../src/usecases/checkWorkbook";

async function planBook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.apply([layoutAppendix({ sheet: "Phụ lục", preset: PRESETS.national, periods: ["2023-2025"], top: 0, left: 0, createSheet: true })]);
  // 150% in a share cell (an error), 50% in 2025 below the 2024 target of 60% (a warning: the target falls).
  await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 1.5 }, { address: "D7", value: 0.6 }, { address: "E7", value: 0.5 }] }]);
  return wb;
}

async function check(wb: MemoryWorkbook, req: Partial<CheckRequest> = {}): Promise<CheckOutcome> {
  const r = await checkWorkbook(wb, { highlight: true, record: { at: "07/12/2026 06:18" }, ...req });
  if (!r.ok) throw new Error(`${r.error.code} ${JSON.stringify(r.error.operands)}`);
  return r.value;
}

const at = (o: CheckOutcome, cell: string, code?: string): { finding: Finding; status: string; reason?: string } => {
  const i = o.report.findings.findIndex((f) => f.cell === cell && (code === undefined || f.code === code));
  const finding = o.report.findings[i];
  if (!finding) throw new Error(`no finding at ${cell}: ${o.report.findings.map((f) => `${f.cell} ${f.code}`).join(", ")}`);
  const r = o.report.reviews[i];
  return { finding, status: r?.status ?? "?", ...(r?.reason !== undefined ? { reason: r.reason } : {}) };
};

const STAMP = "07/12/2026 06:20";

describe("reviewer decisions kept in the workbook", () => {
  it("accepts a warning with a reason: re-checks keep it accepted, uncoloured, in a very hidden store sheet", async () => {
    const wb = await planBook();
    const first = await check(wb);
    const warning = at(first, "E7", "target.decreasing");
    expect(warning.status).toBe("open");
    expect(wb.conditionalFormats("Phụ lục").some((r) => r.range.includes("E7"))).toBe(true);

    const decided = await check(wb, { decide: { accept: [{ key: findingKey(warning.finding), reason: "Tỉnh giảm theo kế hoạch 192" }], at: STAMP } });
    expect(at(decided, "E7", "target.decreasing")).toMatchObject({ status: "accepted", reason: "Tỉnh giảm theo kế hoạch 192" });
    // The accepted cell is no longer coloured; the error at C6 still is.
    const ranges = wb.conditionalFormats("Phụ lục").map((r) => r.range);
    expect(ranges.some((r) => r.includes("E7"))).toBe(false);
    expect(ranges).toContain("C6");

    const store = wb.sheetNames().find((n) => wb.cell(n, "A1")?.value === STORE_MARK);
    expect(store).toBe("PressDX_Data");
    expect(wb.visibility("PressDX_Data")).toBe("veryHidden");
    expect(readStore(await wb.read()).decisions).toEqual([
      expect.objectContaining({ sheet: "Phụ lục", cell: "E7", code: "target.decreasing", year: 2025, value: "n:0.5", reason: "Tỉnh giảm theo kế hoạch 192", at: STAMP }),
    ]);

    const again = await check(wb);
    expect(at(again, "E7", "target.decreasing")).toMatchObject({ status: "accepted", reason: "Tỉnh giảm theo kế hoạch 192" });
    expect(at(again, "C6").status).toBe("open");
  });

  it("reopens a decision when its cell's value changes, and accepts it again at the new value", async () => {
    const wb = await planBook();
    const first = await check(wb);
    const key = findingKey(at(first, "E7", "target.decreasing").finding);
    await check(wb, { decide: { accept: [{ key, reason: "đã giải trình" }], at: STAMP } });
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "E7", value: 0.45 }] }]);
    const changed = await check(wb);
    expect(at(changed, "E7", "target.decreasing")).toMatchObject({ status: "reopened", reason: "đã giải trình" });
    expect(wb.conditionalFormats("Phụ lục").some((r) => r.range.includes("E7"))).toBe(true);

    const again = await check(wb, { decide: { accept: [{ key, reason: "vẫn đúng" }], at: STAMP } });
    expect(at(again, "E7", "target.decreasing")).toMatchObject({ status: "accepted", reason: "vẫn đúng" });
    // One row per finding in the store, not one per decision.
    expect(readStore(await wb.read()).decisions).toHaveLength(1);
  });

  it("keeps a decision when rows inserted above move its cell, the value unchanged", async () => {
    const wb = await planBook();
    const first = await check(wb);
    const key = findingKey(at(first, "E7", "target.decreasing").finding);
    await check(wb, { decide: { accept: [{ key, reason: "ok" }], at: STAMP } });
    // The same plan two rows lower, as after inserting two rows above the table.
    const moved = new MemoryWorkbook();
    await moved.apply([layoutAppendix({ sheet: "Phụ lục", preset: PRESETS.national, periods: ["2023-2025"], top: 2, left: 0, createSheet: true })]);
    await moved.apply([{ sheet: "Phụ lục", cells: [{ address: "C8", value: 1.5 }, { address: "D9", value: 0.6 }, { address: "E9", value: 0.5 }] }]);
    const store = readStore(await wb.read());
    const storeSheet = await wb.read().then((s) => s.sheets.find((g) => g.sheet === store.sheet));
    if (!storeSheet) throw new Error("no store");
    await moved.apply([{ sheet: "PressDX_Data", createSheet: true, visibility: "veryHidden", cells: gridCells(storeSheet) }]);
    expect(at(await check(moved), "E9", "target.decreasing").status).toBe("accepted");
  });

  it("reopens one decision, or resets them all, and refuses a finding that is gone since", async () => {
    const wb = await planBook();
    const first = await check(wb);
    const keys = [findingKey(at(first, "E7", "target.decreasing").finding), findingKey(at(first, "C6").finding)];
    await check(wb, { decide: { accept: keys.map((key) => ({ key, reason: "x" })), at: STAMP } });
    const one = await check(wb, { decide: { reopen: [keys[0] ?? ""], at: STAMP } });
    expect([at(one, "E7", "target.decreasing").status, at(one, "C6").status]).toEqual(["open", "accepted"]);
    const reset = await check(wb, { decide: { resetAll: true, at: STAMP } });
    expect(reset.report.reviews.every((r) => r.status === "open")).toBe(true);
    expect(readStore(await wb.read()).decisions).toEqual([]);

    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 0.5 }] }]);
    const r = await checkWorkbook(wb, { highlight: true, decide: { accept: [{ key: keys[1] ?? "", reason: "x" }], at: STAMP } });
    expect(r).toEqual({ ok: false, error: { code: "review.finding_changed", operands: { sheet: "Phụ lục", cell: "C6" } } });
  });

  it("cannot store a decision in a structure-locked workbook without a store, and says so; checks still run", async () => {
    const wb = await planBook();
    wb.structureProtected = true;
    const first = await check(wb);
    expect(first.recorded).toBe(false);
    const key = findingKey(at(first, "C6").finding);
    const r = await checkWorkbook(wb, { highlight: true, decide: { accept: [{ key, reason: "x" }], at: STAMP } });
    expect(r).toEqual({ ok: false, error: { code: "review.structure_protected", operands: {} } });
    expect(wb.sheetNames()).toEqual(["Phụ lục"]);
  });
});

describe("what changed since the previous check", () => {
  it("counts fixed, new and unchanged findings against the last recorded check of the workbook", async () => {
    const wb = await planBook();
    const first = await check(wb);
    expect(first.report.changes).toBeNull();
    const n = first.report.findings.length;
    // Fix C6; break D6 (text where a number belongs).
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 0.3 }, { address: "D6", value: "năm mươi" }] }]);
    const second = await check(wb);
    expect(second.report.changes).toEqual({ fixed: 1, added: 1, unchanged: n - 1 });
    // A check of the selection is not compared (and not recorded).
    const scoped = await check(wb, { scope: { sheet: "Phụ lục", range: "C6" } });
    expect(scoped.report.changes).toBeNull();
    expect((await check(wb)).report.changes).toEqual({ fixed: 0, added: 0, unchanged: second.report.findings.length });
  });
});

describe("the review sheet", () => {
  const REVIEW = { file: "ke-hoach.xlsx", checkedAt: "07/12/2026 06:18" };
  const headers = (wb: MemoryWorkbook): unknown[] => Array.from({ length: 14 }, (_, c) => wb.cell("Kiểm tra", `${String.fromCharCode(65 + c)}4`)?.value ?? null);
  const rowOf = (wb: MemoryWorkbook, cell: string): number => {
    for (let r = 5; r < 80; r++) if (wb.cell("Kiểm tra", `E${r}`)?.value === cell) return r;
    throw new Error(`no row for ${cell}`);
  };

  it("is never checked itself, shows values as the cell does, names rules in Vietnamese, and is filtered and frozen", async () => {
    const wb = await planBook();
    // The 2026–2030 table left blank: a long review sheet, years and figures in columns, as a user's table would be.
    await wb.apply([layoutAppendix({ sheet: "Phụ lục", preset: PRESETS.national, periods: ["2026-2030"], top: 20, left: 0 })]);
    await check(wb, { review: REVIEW });
    const again = await check(wb, { review: REVIEW });
    // Each blank year of the 2026–2030 table is one finding (figure.year_blank, RULES.md version 2).
    expect(again.report.findings.length).toBeGreaterThan(8);
    expect(again.report.findings.filter((f) => f.sheet !== "Phụ lục")).toEqual([]);
    expect(headers(wb)).toEqual(["STT", "Mức độ", "Trạng thái", "Trang tính", "Ô", "Chỉ tiêu", "Năm", "Giá trị", "Quy tắc", "Nội dung", "Lý do", "Mã quy tắc", null, null]);
    const r = rowOf(wb, "C6");
    expect(wb.cell("Kiểm tra", `H${r}`)).toEqual({ value: 1.5, numberFormat: "0%" });
    expect(wb.cell("Kiểm tra", `I${r}`)?.value).toBe("Ngoài khoảng 0–100%");
    expect(wb.cell("Kiểm tra", `L${r}`)?.value).toBe("figure.out_of_range");
    expect(wb.cell("Kiểm tra", "A2")?.value).toMatch(/Kiểm tra lúc 07\/12\/2026 06:18/);
    expect(wb.autoFilter("Kiểm tra")).toMatch(/^A4:L\d+$/);
    expect(wb.frozen("Kiểm tra")).toEqual({ rows: 4, cols: 0 });
  });

  it("fills status and reason from the decisions", async () => {
    const wb = await planBook();
    const first = await check(wb);
    const key = findingKey(at(first, "E7", "target.decreasing").finding);
    await check(wb, { decide: { accept: [{ key, reason: "theo kế hoạch 192" }], at: STAMP }, review: REVIEW });
    const r = rowOf(wb, "E7");
    expect([wb.cell("Kiểm tra", `C${r}`)?.value, wb.cell("Kiểm tra", `K${r}`)?.value]).toEqual(["Đã chấp nhận", "theo kế hoạch 192"]);
    expect(wb.cell("Kiểm tra", `C${rowOf(wb, "C6")}`)?.value).toBe("Chưa xử lý");
  });

  it("keeps the reviewer's own column across rewrites, beside the same finding, and what was typed under the table", async () => {
    const wb = await planBook();
    await check(wb, { review: REVIEW });
    const c6 = rowOf(wb, "C6");
    const e7 = rowOf(wb, "E7");
    const last = e7 > c6 ? e7 : c6;
    await wb.apply([
      {
        sheet: "Kiểm tra",
        cells: [
          { address: "N4", value: "Ý kiến người kiểm tra" },
          { address: `N${c6}`, value: "Sửa lại thành 50%" },
          { address: `N${e7}`, value: "Hỏi lại Sở" },
          { address: `A${last + 5}`, value: "Kết luận: trình ký sau khi sửa." },
        ],
      },
    ]);
    // The planner fixes C6; the findings move.
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 0.3 }, { address: "C7", value: "abc" }] }]);
    await check(wb, { review: REVIEW });
    // The column stays where the reviewer put it (N), beside the same finding.
    expect(wb.cell("Kiểm tra", "N4")?.value).toBe("Ý kiến người kiểm tra");
    expect(wb.cell("Kiểm tra", `N${rowOf(wb, "E7")}`)?.value).toBe("Hỏi lại Sở");
    // C6 is fixed: its row stays, marked gone, with the reviewer's note.
    const gone = rowOf(wb, "C6");
    expect([wb.cell("Kiểm tra", `C${gone}`)?.value, wb.cell("Kiểm tra", `N${gone}`)?.value]).toEqual(["Không còn", "Sửa lại thành 50%"]);
    const texts = Array.from({ length: 60 }, (_, i) => wb.cell("Kiểm tra", `A${i + 1}`)?.value);
    expect(texts).toContain("Kết luận: trình ký sau khi sửa.");
    // A third rewrite changes nothing of it.
    const before = await wb.read();
    await check(wb, { review: REVIEW });
    expect((await wb.read()).sheets.find((g) => g.sheet === "Kiểm tra")).toEqual(before.sheets.find((g) => g.sheet === "Kiểm tra"));
    expect(wb.autoFilter("Kiểm tra")).toMatch(/^A4:N\d+$/);
  });
});

function gridCells(g: { top: number; left: number; rows: ReadonlyArray<ReadonlyArray<{ value: unknown } | undefined>> }): Array<{ address: string; value: string | number }> {
  const out: Array<{ address: string; value: string | number }> = [];
  g.rows.forEach((row, r) =>
    row.forEach((c, k) => {
      if (c && (typeof c.value === "string" || typeof c.value === "number")) out.push({ address: `${String.fromCharCode(65 + g.left + k)}${g.top + r + 1}`, value: c.value });
    }),
  );
  return out;
}

describe("notes on flagged cells", () => {
  it("say why each cell is coloured, never over a user's note; replaced at each check, gone with the highlights", async () => {
    const wb = await planBook();
    await wb.apply([{ sheet: "Phụ lục", cells: [], notes: [{ address: "E7", text: "Ghi chú của chuyên viên" }] }]);
    await check(wb, { notes: true });
    expect(wb.noteAt("Phụ lục", "C6")).toMatch(/^PressDX Planner: .*150%.*0%–100%/);
    expect(wb.noteAt("Phụ lục", "E7")).toBe("Ghi chú của chuyên viên");
    // Fixed: its note goes at the next check; accepted: its note goes too (its cell is no longer coloured).
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 0.3 }, { address: "D6", value: 1.2 }] }]);
    await check(wb, { notes: true });
    expect(wb.noteAt("Phụ lục", "C6")).toBeUndefined();
    expect(wb.noteAt("Phụ lục", "D6")).toMatch(/^PressDX Planner: /);
    // Turned off: the tool's notes go, the user's stays.
    await check(wb, { notes: false });
    expect(wb.noteAt("Phụ lục", "D6")).toBeUndefined();
    await check(wb, { notes: true });
    const { clearHighlights } = await import("../../src/usecases/clearHighlights");
    await clearHighlights(wb);
    expect(wb.noteAt("Phụ lục", "D6")).toBeUndefined();
    expect(wb.noteAt("Phụ lục", "E7")).toBe("Ghi chú của chuyên viên");
  });

  it("in Excel, only where notes exist (ExcelApi 1.18): without them no note is written, not even as a prompt", async () => {
    const { createStandIn, installStandIn } = await import("../../src/standin");
    const { OfficeWorkbook } = await import("../../src/adapters/office");
    for (const apiVersion of ["1.18", "1.14"]) {
      const standin = createStandIn({ apiVersion });
      standin.model.addSheet("Phụ lục", {});
      installStandIn(globalThis, standin);
      const excel = new OfficeWorkbook({ notes: apiVersion === "1.18" });
      const mem = await planBook();
      // The same plan in Excel, cell by cell.
      const snap = await mem.read();
      const g = snap.sheets[0];
      if (!g) throw new Error("no plan");
      await excel.apply([
        {
          sheet: "Phụ lục",
          cells: g.rows.flatMap((row, r) => row.flatMap((c, k) => (c && c.value !== null && typeof c.value !== "object" ? [{ address: `${String.fromCharCode(65 + g.left + k)}${g.top + r + 1}`, value: c.value }] : []))),
        },
      ]);
      const r = await checkWorkbook(excel, { highlight: true, notes: true });
      expect(r.ok).toBe(true);
      const notes = standin.model.notes("Phụ lục").map((n) => `${n.address} ${n.content.slice(0, 17)}`);
      if (apiVersion === "1.18") expect(notes).toContain("C6 PressDX Planner: ");
      else expect([notes, standin.model.sheet("Phụ lục").validations.size]).toEqual([[], 0]);
    }
  });
});

describe("the consolidation's review sheet", () => {
  it("keeps the reviewer's column beside the same finding when the consolidation runs again", async () => {
    const { consolidateWorkbook } = await import("../../src/usecases/writeConsolidation");
    const { report, reportsPatch } = await import("../support/attainBook");
    const wb = new MemoryWorkbook();
    await wb.apply([reportsPatch("Báo cáo", [report("Báo A", 2023, { trained: 50, staff: 10 }), report("Báo B", 2023)])]);
    const first = await consolidateWorkbook(wb, { file: "so.xlsx", checkedAt: "07/12/2026 06:18" });
    if (!first.ok) throw new Error(first.error.code);
    const sheet = first.value.reviewSheet;
    const row = Array.from({ length: 30 }, (_, i) => i + 1).find((r) => wb.cell(sheet, `L${r}`)?.value === "report.trained_exceeds_staff");
    if (!row) throw new Error("no row for the finding");
    await wb.apply([{ sheet, cells: [{ address: "M4", value: "Đã gọi điện" }, { address: `M${row}`, value: "Báo A sẽ gửi lại" }] }]);
    const again = await consolidateWorkbook(wb, { file: "so.xlsx", checkedAt: "07/12/2026 06:30" });
    expect(again.ok).toBe(true);
    expect([wb.cell(sheet, "M4")?.value, wb.cell(sheet, `M${row}`)?.value]).toEqual(["Đã gọi điện", "Báo A sẽ gửi lại"]);
  });
});
