// RULES.md version 2: the revenue target as one compound cell, two rows (share; threshold) or two columns per year
// (share; threshold), with or without a year header merged over the pair. Findings about the share sit on the share
// cell, about the threshold on the threshold cell; revenue.incomplete on the missing one.
import { readTargets } from "../../../src/domain/rules";
import { buildGrid, pct } from "../gridBuilder";
import { LABEL } from "../gridFixture";
import { brief, tablesOf } from "./support";

const revenueTargets = (grid: Parameters<typeof tablesOf>[0]) =>
  tablesOf(grid).flatMap((t) => readTargets(t).filter((x) => x.indicator === "revenue").map((x) => `${x.cell} ${x.share}+${x.threshold}`));

describe("revenue in two columns per year", () => {
  it("reads the pair under a merged year header, with a sub-header", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", null, "Năm 2025", null],
        [null, null, "Tỷ lệ", "Mức tăng", "Tỷ lệ", "Mức tăng"],
        [1, LABEL.platforms, pct(0.5), null, pct(0.7), null],
        [2, LABEL.revenue, pct(0.15), pct(0.1), pct(0.33), null],
      ],
      merges: ["C1:D1", "E1:F1"],
    });
    expect(revenueTargets(grid)).toEqual(["C4 0.15+0.1"]);
    expect(brief(grid)).toEqual(["error F4 revenue.incomplete"]);
  });

  it("reads the pair without a merged year header, the sub-header naming the threshold", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", null, "Năm 2025", null],
        [null, null, "Tỷ lệ cơ quan", "Mức tăng doanh thu", "Tỷ lệ cơ quan", "Mức tăng doanh thu"],
        [1, LABEL.platforms, pct(0.5), null, pct(0.7), null],
        [2, LABEL.revenue, pct(0.15), pct(0.05), pct(0.3), pct(0.1)],
      ],
    });
    expect(revenueTargets(grid)).toEqual(["C4 0.15+0.05", "E4 0.3+0.1"]);
    // The 2024 threshold (5%) and the 2025 one (10%) are below 781's 10% and 20%: on the threshold cells.
    expect(brief(grid)).toEqual(["warning D4 revenue.threshold_below_national", "warning F4 revenue.threshold_below_national"]);
  });

  it("reads the pair without any header over the threshold column, when the revenue row fills it", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", null, "Năm 2025", null],
        [1, LABEL.platforms, pct(0.5), null, pct(0.7), null],
        [2, LABEL.revenue, pct(0.15), pct(0.1), pct(0.33), null],
      ],
    });
    expect(revenueTargets(grid)).toEqual(["C3 0.15+0.1"]);
    expect(brief(grid)).toEqual(["error F3 revenue.incomplete"]);
    expect(tablesOf(grid)[0]?.explanation?.years.map((y) => `${y.cell}→${y.thresholdCell ?? "-"}`)).toEqual(["C1→D1", "E1→F1"]);
  });

  it("reads the same year heading both columns of the pair as one year column", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2024", "Năm 2025", "Năm 2025"],
        [null, null, "Tỷ lệ", "Mức tăng", "Tỷ lệ", "Mức tăng"],
        [1, LABEL.platforms, pct(0.5), null, pct(0.7), null],
        [2, LABEL.revenue, pct(0.15), pct(0.1), pct(0.33), pct(0.2)],
      ],
    });
    expect(tablesOf(grid)[0]?.yearColumns.map((y) => y.cell)).toEqual(["C1", "E1"]);
    expect(revenueTargets(grid)).toEqual(["C4 0.15+0.1", "E4 0.33+0.2"]);
    expect(brief(grid)).toEqual([]);
  });

  it("reads the same year over both columns without a sub-header when only the revenue row fills the second", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2024", "Năm 2025", "Năm 2025"],
        [1, LABEL.platforms, pct(0.5), null, pct(0.7), null],
        [2, LABEL.analytics_ai, pct(0.3), null, pct(0.5), null],
        [3, LABEL.revenue, pct(0.15), pct(0.1), pct(0.33), pct(0.2)],
      ],
    });
    expect(revenueTargets(grid)).toEqual(["C4 0.15+0.1", "E4 0.33+0.2"]);
    expect(brief(grid)).toEqual([]);
  });

  it("keeps a year typed twice over two filled columns a repeated year (negative)", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2024"],
        [1, LABEL.platforms, pct(0.5), pct(0.7)],
        [2, LABEL.analytics_ai, pct(0.3), pct(0.5)],
      ],
    });
    expect(brief(grid)).toEqual(["error D1 table.period_years"]);
  });

  it("puts an unreadable threshold's error on the threshold cell, and a missing share's on the share cell", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", null, "Năm 2025", null],
        [null, null, "Tỷ lệ", "Mức tăng", "Tỷ lệ", "Mức tăng"],
        [1, LABEL.platforms, pct(0.5), null, pct(0.7), null],
        [2, LABEL.revenue, pct(0.15), "1O%", null, pct(0.2)],
      ],
      merges: ["C1:D1", "E1:F1"],
    });
    expect(brief(grid)).toEqual(["error D4 figure.not_a_number", "error E4 revenue.incomplete"]);
  });

  it("leaves a blank spacer column alone when the revenue row does not fill it (negative)", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", null, "Năm 2025"],
        [1, LABEL.platforms, pct(0.5), null, pct(0.7)],
        [2, LABEL.revenue, "15% cơ quan báo chí tăng doanh thu 10%", null, "33% cơ quan báo chí tăng doanh thu 20%"],
      ],
    });
    expect(revenueTargets(grid)).toEqual(["C3 0.15+0.1", "E3 0.33+0.2"]);
    expect(tablesOf(grid)[0]?.range).toBe("A1:E3");
    expect(brief(grid)).toEqual([]);
  });

  it("does not pair a column a sub-header names as something else, nor read other rows' cells there (negative)", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", null, "Năm 2025", null],
        [null, null, "Chỉ tiêu", "Ghi chú", "Chỉ tiêu", "Ghi chú"],
        [1, LABEL.platforms, pct(0.5), "2 cơ quan", pct(0.7), null],
        [2, LABEL.revenue, "15% cơ quan báo chí tăng doanh thu 10%", null, "30% cơ quan báo chí tăng doanh thu 20%", null],
      ],
    });
    expect(revenueTargets(grid)).toEqual(["C4 0.15+0.1", "E4 0.3+0.2"]);
    expect(brief(grid)).toEqual([]);
  });
});

describe("revenue in one cell and on two rows (version 1 shapes, unchanged)", () => {
  it("reads the compound cell", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.revenue, "15% cơ quan báo chí tăng doanh thu 10%", "33% cơ quan báo chí tăng doanh thu"],
      ],
    });
    expect(brief(grid)).toEqual(["error D2 revenue.incomplete"]);
  });

  it("reads two rows, the threshold's finding on the threshold row", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.platforms, pct(0.5), pct(0.7)],
        ["2a", "Tỷ lệ cơ quan báo chí tăng doanh thu", pct(0.15), pct(0.1)],
        ["2b", "Mức tăng doanh thu tối thiểu", pct(0.1), pct(0.05)],
      ],
    });
    expect(revenueTargets(grid)).toEqual(["C3 0.15+0.1", "D3 0.1+0.05"]);
    // The share falls and so does the threshold: the share's findings on the share row, the threshold's on its row.
    expect(brief(grid)).toEqual([
      "info B3 indicator.label_differs",
      "warning D3 target.below_national",
      "warning D3 target.decreasing",
      "warning D4 revenue.threshold_below_national",
      "warning D4 target.decreasing",
    ]);
  });
});
