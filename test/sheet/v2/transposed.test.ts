// RULES.md version 2: a transposed table (years down the side, indicators across) is read with the same rules, or
// reported as not checked; it never gets an error. It is reported (one info), with how it reads turned back. An
// agency report is no such table.
import { renderMessage } from "../../../src/domain/messages";
import { recogniseAppendixTables } from "../../../src/sheet/recogniseAppendix";
import { validateSnapshot } from "../../../src/usecases/validateWorkbook";
import { buildGrid, pct } from "../gridBuilder";
import { LABEL } from "../gridFixture";
import { brief } from "./support";

describe("a table with the years down the side", () => {
  const turned = buildGrid({
    sheet: "Xoay",
    origin: "B3",
    rows: [
      ["Năm", LABEL.platforms, LABEL.analytics_ai, "Tòa soạn hội tụ"],
      [2023, pct(0.3), pct(0.2), pct(0.3)],
      [2024, pct(0.5), pct(1.3), pct(0.2)],
      [2025, pct(0.7), pct(0.5), pct(0.8)],
    ],
  });

  it("is reported as not checked, with how it reads turned back, its cells where they sit on the sheet", () => {
    const r = recogniseAppendixTables(turned);
    expect(r.tables).toEqual([]);
    const [t] = r.rejected;
    expect(t && [t.range, t.reasons]).toEqual(["B3:E6", ["indicator_rows", "transposed"]]);
    expect(t?.explanation?.years.map((y) => `${y.cell} ${y.year}`)).toEqual(["B4 2023", "B5 2024", "B6 2025"]);
    expect(t?.explanation?.rows.map((x) => `${x.cell} ${x.read} ${x.indicator ?? ""}`)).toEqual([
      "C3 indicator platforms",
      "D3 indicator analytics_ai",
      "E3 indicator converged_newsroom",
    ]);
  });

  it("never gets an error, even on a figure above 100%: one info that says why it was not checked", () => {
    expect(brief(turned)).toEqual([]);
    const findings = validateSnapshot({ sheets: [turned], names: {} }).findings.filter((f) => f.code !== "workbook.no_target_table");
    expect(findings.map((f) => `${f.severity} ${f.cell} ${f.code}`)).toEqual(["info B3 table.not_target"]);
    expect(findings[0] && renderMessage(findings[0], "vi")).toBe(
      "Bảng B3:E6 có các năm theo dòng và các chỉ tiêu theo cột, nên không được kiểm tra; hãy đặt các năm theo cột (mỗi chỉ tiêu một dòng) để kiểm tra bảng này.",
    );
  });

  it("is not an agency report (years down the side, indicator-like columns, one row per agency and year) (negative)", () => {
    const report = buildGrid({
      rows: [
        ["Năm", "Cơ quan báo chí", "Đưa nội dung lên nền tảng số", "Dùng nền tảng phân tích dữ liệu, AI", "Tòa soạn hội tụ"],
        [2023, "Báo Minh Sơn", "Có", "Không", "Có"],
        [2024, "Báo Minh Sơn", "Có", "Có", "Có"],
        [2025, "Báo Minh Sơn", "Có", "Có", "Có"],
      ],
    });
    expect(recogniseAppendixTables(report)).toMatchObject({ tables: [], rejected: [] });
  });

  it("is not a column of years with one indicator name beside it (negative)", () => {
    const grid = buildGrid({
      rows: [
        ["Năm", LABEL.platforms, "Ghi chú"],
        [2023, pct(0.3), "dự kiến"],
        [2024, pct(0.5), ""],
      ],
    });
    expect(recogniseAppendixTables(grid)).toMatchObject({ tables: [], rejected: [] });
  });
});
