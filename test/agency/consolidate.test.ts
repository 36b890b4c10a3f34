import { consolidateReports } from "../../src/domain/agency/consolidate";
import type { Finding } from "../../src/domain/findings";
import { renderMessage } from "../../src/domain/messages";
import { row } from "./rows";

const codes = (fs: readonly Finding[]): string[] => fs.map((f) => f.code);
const only = (fs: readonly Finding[], code: string): Finding[] => fs.filter((f) => f.code === code);

describe("per-cell rules", () => {
  it("accepts a clean row without findings and reads its figures", () => {
    const { reports, findings } = consolidateReports([row("a.xlsx", "BC", 5)]);
    expect(findings).toEqual([]);
    expect(reports).toEqual([
      {
        year: 2023,
        agency: "Báo Thái Bình",
        electronic: true,
        mediaTypes: 2,
        platforms: true,
        analyticsAi: false,
        convergedNewsroom: true,
        baseRevenue: 10000,
        revenue: 11000,
        staff: 50,
        trained: 20,
        securityLevel: 3,
        sources: [{ file: "a.xlsx", sheet: "BC", row: 5 }],
      },
    ]);
  });

  it("flags a yes/no cell holding something else, on that cell, quoting the header", () => {
    const { reports, findings } = consolidateReports([row("a.xlsx", "BC", 5, { platforms: "đang triển khai" })]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "report.not_yes_no",
        severity: "error",
        sheet: "BC",
        cell: "E5",
        file: "a.xlsx",
        agency: "Báo Thái Bình",
        year: 2023,
        indicator: "platforms",
        value: "đang triển khai",
        operands: { column: "Đưa nội dung lên nền tảng số" },
      }),
    ]);
    expect(reports[0]?.platforms).toBeNull();
    expect(renderMessage(findings[0] as Finding)).toContain("Đưa nội dung lên nền tảng số");
  });

  it("accepts x, 1 and unaccented spellings of yes/no", () => {
    const { reports, findings } = consolidateReports([
      row("a", "BC", 5, { platforms: "x", analyticsAi: 1, convergedNewsroom: "khong", electronic: "co" }),
    ]);
    expect(findings).toEqual([]);
    expect(reports[0]).toMatchObject({ platforms: true, analyticsAi: true, convergedNewsroom: false, electronic: true });
  });

  it("flags a count or revenue that is not a number, and reads numbers typed as text", () => {
    const bad = consolidateReports([row("a", "BC", 5, { revenue: "khoảng 11 tỷ" })]);
    expect(bad.findings).toEqual([
      expect.objectContaining({ code: "report.not_a_number", cell: "I5", value: "khoảng 11 tỷ", operands: { column: "Doanh thu năm báo cáo (triệu đồng)" } }),
    ]);
    expect(bad.reports[0]?.revenue).toBeNull();
    const good = consolidateReports([row("a", "BC", 5, { revenue: "11.000", staff: "50" })]);
    expect(good.findings).toEqual([]);
    expect(good.reports[0]).toMatchObject({ revenue: 11000, staff: 50 });
  });

  it("flags a negative count or revenue", () => {
    const { reports, findings } = consolidateReports([row("a", "BC", 5, { baseRevenue: -5, staff: -1 })]);
    expect(codes(findings)).toEqual(["report.negative", "report.negative", "report.revenue_base_missing"]);
    expect(findings[0]).toMatchObject({ cell: "H5", value: -5, operands: { column: "Doanh thu năm gốc (triệu đồng)" } });
    expect(findings[1]).toMatchObject({ cell: "J5", value: -1 });
    expect(reports[0]).toMatchObject({ baseRevenue: null, staff: null });
  });

  it("accepts zero", () => {
    expect(consolidateReports([row("a", "BC", 5, { revenue: 0, trained: 0, mediaTypes: 0 })]).findings).toEqual([]);
  });

  it("flags more people trained than people, on the trained cell, keeping both figures", () => {
    const { reports, findings } = consolidateReports([row("a", "BC", 5, { staff: 10, trained: 12 })]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "report.trained_exceeds_staff",
        cell: "K5",
        value: 12,
        operands: { trained: 12, staff: 10, column: "Số người được đào tạo CĐS" },
      }),
    ]);
    expect(reports[0]).toMatchObject({ staff: 10, trained: 12 });
    expect(consolidateReports([row("a", "BC", 5, { staff: 10, trained: 10 })]).findings).toEqual([]);
  });

  it.each([0, 6, 2.5, -1])("flags security level %p outside 1..5", (level) => {
    const { reports, findings } = consolidateReports([row("a", "BC", 5, { securityLevel: level })]);
    expect(findings).toEqual([expect.objectContaining({ code: "report.security_level_range", cell: "L5", value: level })]);
    expect(reports[0]?.securityLevel).toBeNull();
  });

  it.each([1, 5, null])("accepts security level %p", (level) => {
    expect(consolidateReports([row("a", "BC", 5, { securityLevel: level })]).findings).toEqual([]);
  });

  it("reads a blank Báo điện tử as not electronic press", () => {
    expect(consolidateReports([row("a", "BC", 5, { electronic: null, securityLevel: null })]).reports[0]?.electronic).toBe(
      false,
    );
  });

  it("skips rows without figures: blank, or only name and year pre-filled by the form", () => {
    const blank = row("a", "BC", 5, {
      electronic: null, mediaTypes: null, platforms: null, analyticsAi: null, convergedNewsroom: null,
      baseRevenue: null, revenue: null, staff: null, trained: null, securityLevel: null,
    });
    expect(consolidateReports([blank])).toMatchObject({ reports: [], findings: [] });
  });

  it("flags a row with figures but no agency name, or no readable year, and does not count it", () => {
    const { reports, findings } = consolidateReports([
      row("a", "BC", 5, { agency: " " }),
      row("a", "BC", 6, { year: "năm nay" }),
    ]);
    expect(reports).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "report.agency_missing", cell: "B5" }),
      expect.objectContaining({ code: "report.not_a_number", cell: "A6", value: "năm nay", operands: { column: "Năm" } }),
    ]);
  });
});

describe("merging reports from several sources", () => {
  it("matches agency names tolerant of case, spacing and diacritics", () => {
    const { reports, findings } = consolidateReports([
      row("a.xlsx", "BC", 5),
      row("b.xlsx", "Sheet1", 3, { agency: "  bao   THAI binh " }),
    ]);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.agency).toBe("Báo Thái Bình");
    expect(codes(findings)).toEqual(["report.duplicate"]);
  });

  it("counts an identical report once, as info naming the other source, and keeps both sources", () => {
    const { reports, findings } = consolidateReports([row("a.xlsx", "BC", 5), row("b.xlsx", "Sheet1", 3, { platforms: "x" })]);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.sources).toEqual([
      { file: "a.xlsx", sheet: "BC", row: 5 },
      { file: "b.xlsx", sheet: "Sheet1", row: 3 },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "report.duplicate",
        severity: "info",
        file: "b.xlsx",
        sheet: "Sheet1",
        cell: "B3",
        operands: { other: "a.xlsx › BC › dòng 5" },
      }),
    ]);
  });

  it("reports a conflict on each differing cell of the later row, naming both sources, and keeps the first figures", () => {
    const { reports, findings } = consolidateReports([
      row("a.xlsx", "BC", 5),
      row("b.xlsx", "Sheet1", 3, { revenue: 12000, staff: 60 }),
    ]);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ revenue: 11000, staff: 50, sources: [{ file: "a.xlsx", sheet: "BC", row: 5 }] });
    expect(findings).toEqual([
      expect.objectContaining({
        code: "report.conflict",
        severity: "error",
        file: "b.xlsx",
        sheet: "Sheet1",
        cell: "I3",
        value: 12000,
        expected: 11000,
        operands: {
          here: "b.xlsx › Sheet1 › dòng 3",
          other: "a.xlsx › BC › dòng 5",
          column: "Doanh thu năm báo cáo (triệu đồng)",
          field: "revenue",
          kept: "a.xlsx › BC › dòng 5",
          by: "default",
        },
      }),
      expect.objectContaining({ code: "report.conflict", cell: "J3", value: 60, expected: 50 }),
    ]);
    expect(renderMessage(findings[0] as Finding)).toBe(
      "Báo Thái Bình năm 2023 được báo cáo hai lần với số liệu khác nhau ở cột “Doanh thu năm báo cáo (triệu đồng)”: 12.000 triệu đồng ở b.xlsx › Sheet1 › dòng 3, 11.000 triệu đồng ở a.xlsx › BC › dòng 5. Bảng tổng hợp giữ số liệu của a.xlsx › BC › dòng 5 (11.000 triệu đồng) (tệp đứng trước theo tên).",
    );
    expect(renderMessage(findings[1] as Finding)).toContain("60 người ở b.xlsx › Sheet1 › dòng 3, 50 người ở a.xlsx › BC › dòng 5");
  });

  it("treats a figure given once and left blank once as a conflict", () => {
    const { findings } = consolidateReports([row("a", "BC", 5), row("a", "BC", 9, { trained: null })]);
    expect(findings).toEqual([expect.objectContaining({ code: "report.conflict", cell: "K9", value: null, expected: 20 })]);
    expect(findings[0]).not.toHaveProperty("expected", null);
  });

  it("keeps different agencies and different years apart", () => {
    const { reports, findings } = consolidateReports([
      row("a", "BC", 5, { year: 2023 }),
      row("a", "BC", 6, { year: 2024 }),
      row("a", "BC", 7, { year: 2023, agency: "Đài PT-TH Thái Bình" }),
      row("a", "BC", 8, { year: 2024, agency: "Đài PT-TH Thái Bình" }),
    ]);
    expect(reports.map((r) => `${r.agency} ${r.year}`)).toEqual([
      "Báo Thái Bình 2023",
      "Báo Thái Bình 2024",
      "Đài PT-TH Thái Bình 2023",
      "Đài PT-TH Thái Bình 2024",
    ]);
    expect(findings).toEqual([]);
  });
});

describe("missing years", () => {
  it("flags each year of the period, up to the latest year anyone reported, that an agency skipped", () => {
    const { findings } = consolidateReports([
      row("2023.xlsx", "BC", 5, { year: 2023 }),
      row("2023.xlsx", "BC", 6, { year: 2023, agency: "Tạp chí Thái Bình" }),
      row("2025.xlsx", "BC", 5, { year: 2025 }),
      row("2024.xlsx", "BC", 6, { year: 2024, agency: "Tạp chí Thái Bình" }),
    ]);
    const missing = only(findings, "report.missing_year");
    expect(missing).toEqual([
      expect.objectContaining({
        severity: "warning",
        agency: "Báo Thái Bình",
        year: 2024,
        file: "2025.xlsx",
        sheet: "BC",
        cell: "B5",
        operands: { reported: "2023, 2025", period: "2023-2025" },
      }),
      expect.objectContaining({ agency: "Tạp chí Thái Bình", year: 2025, operands: { reported: "2023, 2024", period: "2023-2025" } }),
    ]);
    expect(renderMessage(missing[0] as Finding)).toContain("năm 2024");
  });

  it("counts only years someone reported: not years before everyone's first report, nor after the latest", () => {
    const { findings } = consolidateReports([
      row("a", "BC", 5, { year: 2024 }),
      row("a", "BC", 6, { year: 2024, agency: "Báo mới" }),
    ]);
    expect(only(findings, "report.missing_year")).toEqual([]);
  });

  it("flags a year others reported in either period, and never a year nobody reported", () => {
    const { findings } = consolidateReports([
      row("a", "BC", 5, { year: 2023 }),
      row("a", "BC", 6, { year: 2024 }),
      row("a", "BC", 7, { year: 2025 }),
      row("a", "BC", 8, { year: 2027, agency: "Báo mới" }),
    ]);
    // Nobody reported 2026: no one misses it. Báo mới misses 2023–2025, which Báo Thái Bình reported, and Báo Thái
    // Bình misses 2027, which Báo mới reported.
    expect(only(findings, "report.missing_year").map((f) => `${f.agency} ${f.year}`)).toEqual([
      "Báo mới 2023",
      "Báo mới 2024",
      "Báo mới 2025",
      "Báo Thái Bình 2027",
    ]);
  });
});

describe("revenue base missing", () => {
  it("warns for a report-year revenue without a base revenue, on the base cell", () => {
    const { findings } = consolidateReports([row("a", "BC", 5, { baseRevenue: null })]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "report.revenue_base_missing", severity: "warning", cell: "H5", indicator: "revenue", year: 2023 }),
    ]);
  });
  it("says nothing when both revenues are blank", () => {
    expect(consolidateReports([row("a", "BC", 5, { baseRevenue: null, revenue: null })]).findings).toEqual([]);
  });
});
