// RULES.md version 2: a transposed table (years down the side, indicators across) is read with the same rules, or
// reported as not checked; it never gets an error it would not get typed upright. An agency report is no such table.
import { recogniseAppendixTables } from "../../../src/sheet/recogniseAppendix";
import { buildGrid, pct } from "../gridBuilder";
import { LABEL } from "../gridFixture";
import { brief, tablesOf } from "./support";

describe("a table with the years down the side", () => {
  const turned = buildGrid({
    origin: "B3",
    rows: [
      ["Năm", LABEL.platforms, LABEL.analytics_ai, "Tòa soạn hội tụ"],
      [2023, pct(0.3), pct(0.2), pct(0.3)],
      [2024, pct(0.5), pct(1.3), pct(0.2)],
      [2025, pct(0.7), pct(0.5), pct(0.8)],
    ],
  });
  const upright = buildGrid({
    origin: "B3",
    rows: [
      [null, 2023, 2024, 2025],
      [LABEL.platforms, pct(0.3), pct(0.5), pct(0.7)],
      [LABEL.analytics_ai, pct(0.2), pct(1.3), pct(0.5)],
      ["Tòa soạn hội tụ", pct(0.3), pct(0.2), pct(0.8)],
    ],
  });

  it("is read turned back, its cells where they sit on the sheet", () => {
    const [t] = tablesOf(turned);
    expect(t && [t.range, t.transposed, t.recognition?.reasons]).toEqual(["B3:E6", true, ["indicator_rows", "transposed"]]);
    expect(t?.yearColumns.map((y) => `${y.cell} ${y.year}`)).toEqual(["B4 2023", "B5 2024", "B6 2025"]);
    expect(t?.rows.map((r) => `${r.labelCell} ${r.indicator} ${r.cells.map((c) => c.cell).join(",")}`)).toEqual([
      "C3 platforms C4,C5,C6",
      "D3 analytics_ai D4,D5,D6",
      "E3 converged_newsroom E4,E5,E6",
    ]);
  });

  it("gets the findings it would get upright, on the same figures", () => {
    const codes = (g: Parameters<typeof brief>[0]) => brief(g).map((f) => f.replace(/ [A-Z]+\d+ /, " "));
    expect(codes(turned).sort()).toEqual(codes(upright).sort());
    expect(brief(turned)).toEqual(["info E3 indicator.label_differs", "error D5 figure.out_of_range", "warning E5 target.below_national", "warning E5 target.decreasing"]);
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
