/** Reading report tables as agencies fill them (RULES.md version 2): where a table ends, what is above it, each row. */
import { consolidateReports } from "../../src/domain/agency/consolidate";
import { parseReportYear, parseSecurityLevel } from "../../src/domain/agency/report";
import { readReportRow } from "../../src/domain/agency/reportRow";
import { findAgencyTables } from "../../src/sheet/agencyForm";
import type { CellValue, Grid, GridCell } from "../../src/sheet/grid";
import { row } from "./rows";

const H = ["Năm", "Cơ quan báo chí", "Báo điện tử", "Số loại hình báo chí", "Đưa nội dung lên nền tảng số", "Dùng nền tảng phân tích dữ liệu, AI", "Tòa soạn hội tụ", "Doanh thu năm gốc (triệu đồng)", "Doanh thu năm báo cáo (triệu đồng)", "Tổng số lãnh đạo, PV, BTV", "Số người được đào tạo CĐS", "Cấp độ ATTT"];
const R = (year: CellValue, agency: string): CellValue[] => [year, agency, "Có", 2, "Có", "Không", "Có", 10000, 11000, 50, 20, 3];

/** A grid from rows of values (null = empty), from A1. A cell given as [value, format] carries a number format. */
function grid(rows: ReadonlyArray<ReadonlyArray<CellValue | readonly [number, string]>>, sheet = "BC"): Grid {
  return {
    sheet,
    top: 0,
    left: 0,
    rows: rows.map((r) =>
      r.map((v): GridCell | undefined => (v === null ? undefined : Array.isArray(v) ? { value: v[0] as number, numberFormat: v[1] as string } : { value: v as CellValue })),
    ),
  };
}

describe("where a report table ends", () => {
  it("reads on past blank rows, to the last row with figures", () => {
    const [t] = findAgencyTables(grid([H, R(2023, "Báo A"), [], [], R(2024, "Báo A"), [], R(2025, "Báo A")]));
    expect(t?.rows.map((r) => r.source.row)).toEqual([2, 5, 7]);
    expect(t?.range).toBe("A1:L7");
    expect(t?.lastRow).toBe(6);
  });

  it("stops before another form's header, and reads that form apart", () => {
    const tables = findAgencyTables(grid([H, R(2023, "Báo A"), [], H, R(2024, "Báo B")]));
    expect(tables.map((t) => [t.range, t.rows.map((r) => r.source.row)])).toEqual([
      ["A1:L2", [2]],
      ["A4:L5", [5]],
    ]);
  });

  it("stops before a target table's header below it", () => {
    const tables = findAgencyTables(
      grid([H, R(2023, "Báo A"), [], ["STT", "Chỉ tiêu", "Kế hoạch năm 2023", "Kế hoạch năm 2024"], [1, "Tỷ lệ cơ quan báo chí đưa nội dung lên nền tảng số", 0.6, 0.7]]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]?.rows.map((r) => r.source.row)).toEqual([2]);
  });

  it("leaves out a signature block and notes under the last row with figures", () => {
    const [t] = findAgencyTables(
      grid([H, R(2023, "Báo A"), [], [null, "Người lập biểu", null, null, null, null, null, null, null, "Thủ trưởng đơn vị"], [null, "Ghi chú: số liệu đến 31/12"]]),
    );
    expect(t?.rows.map((r) => r.source.row)).toEqual([2]);
  });

  it("reads a text-only row between reports, so it is reported, never skipped in silence", () => {
    const [t] = findAgencyTables(grid([H, R(2023, "Báo A"), [null, "Báo B", "chưa có số liệu", null, null, null, null, "đang tổng hợp"], R(2024, "Báo A")]));
    expect(t?.rows.map((r) => r.source.row)).toEqual([2, 3, 4]);
    const { findings } = consolidateReports(t?.rows ?? []);
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["report.not_a_number A3", "report.not_yes_no C3", "report.not_a_number H3"]);
  });

  it("skips the tool's example row, whatever it holds", () => {
    const [t] = findAgencyTables(grid([H, ["Ví dụ", "Báo Minh Sơn (ví dụ)", "Có", 2, "Có", "Có", "Có", 100, 120, 10, 5, 3], R(2026, "Báo A")]));
    expect(t?.rows.map((r) => r.source.row)).toEqual([3]);
  });
});

describe("what sits above a report table", () => {
  it("takes the province, the agency and the year from labelled cells, for rows that leave theirs blank", () => {
    const [t] = findAgencyTables(
      grid([
        ["BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ BÁO CHÍ"],
        ["Tỉnh/thành phố:", "Hưng Yên", null, "Cơ quan báo chí:", "Báo Hưng Yên", null, "Năm báo cáo:", 2026],
        [],
        H,
        [null, null, "Có", 2, "Có", "Có", "Có", 10000, 12000, 40, 30, 3],
      ]),
    );
    expect(t?.province).toEqual({ name: "Hưng Yên", address: "B2", from: "label" });
    const merged = consolidateReports(t?.rows ?? []);
    expect(merged.findings).toEqual([]);
    expect(merged.reports.map((r) => `${r.agency} ${r.year}`)).toEqual(["Báo Hưng Yên 2026"]);
  });

  it("reads a label and its value in one cell, and a province named in a title", () => {
    const [a] = findAgencyTables(grid([["Tỉnh: Nam Định"], H, R(2024, "Báo X")]));
    expect(a?.province).toEqual({ name: "Nam Định", address: "A1", from: "label" });
    const [b] = findAgencyTables(grid([["UBND TỈNH THÁI BÌNH"], ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], H, R(2024, "Báo X")]));
    expect(b?.province).toEqual({ name: "Thái Bình", address: "A1", from: "title" });
    // "của tỉnh" names no province.
    const [c] = findAgencyTables(grid([["Báo cáo của các cơ quan báo chí của tỉnh"], H, R(2024, "Báo X")]));
    expect(c?.province).toBeUndefined();
  });

  it("takes each row's province from a Tỉnh column, else from an agency's name ending with a province", () => {
    const [t] = findAgencyTables(grid([["Tỉnh", ...H], ["Nam Định", ...R(2024, "Báo X")], [null, ...R(2024, "Đài Phát thanh và Truyền hình Thái Bình")]]));
    expect(t?.rows.map((r) => r.province)).toEqual([
      { name: "Nam Định", address: "A2", from: "column" },
      { name: "Thái Bình", address: "C3", from: "agency" },
    ]);
  });
});

describe("the province consolidated", () => {
  const file = (title: string, agency: string, name: string) => findAgencyTables(grid([[title], H, R(2024, agency)], name), `${name}.xlsx`)[0]?.rows ?? [];

  it("is the one most files name, fictional provinces included; another province's report is left out with a warning", () => {
    const r = consolidateReports([
      ...file("UBND TỈNH MINH SƠN", "Báo Minh Sơn", "a"),
      ...file("UBND TỈNH MINH SƠN", "Đài PT-TH Minh Sơn", "b"),
      ...file("UBND TỈNH HẢI HÀ", "Báo Hải Hà", "c"),
    ]);
    expect(r.province).toEqual({ name: "Minh Sơn", from: "reports" });
    expect(r.reports.map((x) => x.agency)).toEqual(["Báo Minh Sơn", "Đài PT-TH Minh Sơn"]);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: "report.other_province", severity: "warning", file: "c.xlsx", cell: "A1", value: "Hải Hà", expected: "Minh Sơn" }),
    ]);
  });

  it("leaves every report in when no report names a province, and when all name the same one", () => {
    expect(consolidateReports([...file("BÁO CÁO", "Báo A", "a"), ...file("BÁO CÁO", "Báo B", "b")]).findings).toEqual([]);
    expect(consolidateReports([...file("Tỉnh: Nam Định", "Báo A", "a"), ...file("UBND TỈNH NAM ĐỊNH", "Báo B", "b")]).findings).toEqual([]);
  });
});

describe("reading a row", () => {
  it.each([
    [2024, 2024],
    ["2024", 2024],
    ["Năm 2024", 2024],
    ["năm 2024.", 2024],
    [" 2025 ", 2025],
    ["", null],
    [null, null],
    ["năm nay", "invalid"],
    [2024.5, "invalid"],
    ["2023-2024", "invalid"],
  ] as const)("reads the year %p as %p", (v, want) => expect(parseReportYear(v)).toBe(want));

  it.each([
    [3, 3],
    ["3", 3],
    ["Cấp độ 3", 3],
    ["cap 4", 4],
    ["Có", "invalid"],
    [null, null],
  ] as const)("reads the security level %p as %p", (v, want) => expect(parseSecurityLevel(v)).toBe(want));

  it("flags a year outside 2023–2030 and leaves the row out", () => {
    const r = readReportRow(row("a", "BC", 5, { year: 2022 }));
    expect(r.report).toBeNull();
    expect(r.findings).toEqual([expect.objectContaining({ code: "report.year_out_of_range", severity: "error", cell: "A5", value: 2022 })]);
    expect(readReportRow(row("a", "BC", 5, { year: "2031" })).findings[0]).toMatchObject({ code: "report.year_out_of_range", value: 2031 });
  });

  it("flags a percentage typed where a count or an amount is asked, naming the field", () => {
    const base = row("a", "BC", 5, { trained: 1 });
    const typed = { ...base, percent: ["trained" as const] };
    const r = readReportRow(typed);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: "report.not_a_number", cell: "K5", value: "100%", operands: { column: "Số người được đào tạo CĐS", reason: "percent" } }),
    ]);
    expect(r.report?.trained).toBeNull();
    const text = readReportRow(row("a", "BC", 5, { staff: "80%" }));
    expect(text.findings).toEqual([expect.objectContaining({ code: "report.not_a_number", cell: "J5", value: "80%", operands: { column: "Tổng số lãnh đạo, PV, BTV", reason: "percent" } })]);
  });

  it.each(["Chưa", "chưa có", "Đang triển khai", "-", "Có/Không", 2])("flags %p in a yes/no column", (v) => {
    expect(readReportRow(row("a", "BC", 5, { convergedNewsroom: v })).findings).toEqual([
      expect.objectContaining({ code: "report.not_yes_no", cell: "G5", value: v }),
    ]);
  });

  it.each(["Có", "có", "CÓ", "co", "C", "x", "X", "✓", "1", 1, "yes", "Y", "TRUE", true, "đúng", "Không", "khong", "K", "ko", "0", 0, "no", "false", false, "sai"])(
    "accepts %p as a yes/no",
    (v) => expect(readReportRow(row("a", "BC", 5, { convergedNewsroom: v })).findings).toEqual([]),
  );

  it("flags text in the security level as out of range, not as a number error", () => {
    expect(readReportRow(row("a", "BC", 5, { securityLevel: "Có" })).findings).toEqual([
      expect.objectContaining({ code: "report.security_level_range", cell: "L5", value: "Có" }),
    ]);
  });

  it("skips a total row with an info, never counting it", () => {
    const r = readReportRow(row("a", "BC", 12, { agency: "Tổng cộng", year: null }));
    expect(r.report).toBeNull();
    expect(r.findings).toEqual([expect.objectContaining({ code: "report.row_skipped", severity: "info", cell: "B12", operands: { reason: "total", row: 12 } })]);
  });
});
