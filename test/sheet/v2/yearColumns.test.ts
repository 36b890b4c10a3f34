// RULES.md version 2, target tables: every year column is read, whatever its header says; a header that looks like a
// year but is none of 2023–2030 is a table.period_years error on that cell, never a dropped column.
import { renderMessage } from "../../../src/domain/messages";
import { buildGrid, pct } from "../gridBuilder";
import { LABEL } from "../gridFixture";
import { brief, findings, tablesOf } from "./support";

describe("every year column is read", () => {
  it("reads a goal column “Định hướng đến năm 2030” beside “Mục tiêu năm 2025”, and checks the 2030 goals", () => {
    const grid = buildGrid({
      rows: [
        ["TT", "Chỉ tiêu", "Mục tiêu năm 2025", "Định hướng đến năm 2030"],
        [1, LABEL.platforms, pct(0.7), pct(1)],
        [2, LABEL.analytics_ai, pct(0.5), pct(0.8)],
      ],
    });
    expect(tablesOf(grid).map((t) => t.yearColumns.map((y) => `${y.cell} ${y.year}`))).toEqual([["C1 2025", "D1 2030"]]);
    // 348 sets 90% for 2030: the ministry's 80% is below it.
    expect(brief(grid)).toEqual(["warning D3 target.below_national"]);
  });

  it.each([
    ["Tầm nhìn đến năm 2030", 2030],
    ["Năm 2030", 2030],
    ["2027", 2027],
    ["KH 2024 (dự kiến)", 2024],
  ] as const)("reads “%s” as %i", (text, year) => {
    const grid = buildGrid({ rows: [["STT", "Nội dung chỉ tiêu", "Năm 2026", text], [1, LABEL.platforms, pct(1), pct(1)]] });
    expect(tablesOf(grid)[0]?.yearColumns[1]?.year).toBe(year);
  });

  it("does not read an actuals column (“Thực hiện năm 2022”) as a target year (negative)", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Thực hiện năm 2022", "Kế hoạch năm 2023", "Kế hoạch năm 2024"],
        [1, LABEL.platforms, pct(0.33), pct(0.67), pct(0.67)],
      ],
    });
    expect(tablesOf(grid).map((t) => t.yearColumns.map((y) => y.year))).toEqual([[2023, 2024]]);
    expect(brief(grid)).toEqual([]);
    // The reading says so: a reviewer sees why the 2022 column's cells were not checked.
    expect(tablesOf(grid)[0]?.explanation?.columns).toEqual([
      { cell: "A1", text: "STT", read: "stt" },
      { cell: "B1", text: "Nội dung chỉ tiêu", read: "label" },
      { cell: "C1", text: "Thực hiện năm 2022", read: "not_read" },
      { cell: "D1", text: "Kế hoạch năm 2023", read: "year" },
      { cell: "E1", text: "Kế hoạch năm 2024", read: "year" },
    ]);
  });
});

describe("a year header typed wrongly stays a column and is flagged", () => {
  it.each([
    ["năm 2205", 2205, "out_of_span"],
    ["2205", 2205, "out_of_span"],
    ["Năm 2O25", 2025, "not_a_year"],
    ["năm 2035", 2035, "out_of_span"],
  ] as const)("keeps “%s” as a column with a table.period_years error on it", (text, year, reason) => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024", text],
        [1, LABEL.platforms, pct(0.33), pct(0.67), pct(1.2)],
        [2, LABEL.training, pct(0.4), pct(0.7), pct(1)],
      ],
    });
    const [table] = tablesOf(grid);
    expect(table?.yearColumns.map((y) => [y.cell, y.year])).toEqual([["C1", 2023], ["D1", 2024], ["E1", year]]);
    const f = findings(grid);
    expect(f.map((x) => `${x.severity} ${x.cell} ${x.code}`)).toEqual(["error E1 table.period_years", "error E2 figure.out_of_range"]);
    expect(f[0]?.operands?.["reason"]).toBe(reason);
  });

  it("compares nothing under a typed-wrong year with national figures or other years", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024", "Năm 2O25"],
        [1, LABEL.platforms, pct(0.3), pct(0.5), pct(0.1)],
      ],
    });
    expect(brief(grid)).toEqual(["error E1 table.period_years"]);
    const [f] = findings(grid);
    expect(f && renderMessage(f, "vi")).toBe("Cột năm “Năm 2O25” không phải là một năm (có chữ lẫn vào số năm?) (các năm của bảng: 2023, 2024, 2025).");
  });

  it("keeps a wrong first year too, and a wrong year between two good ones", () => {
    const grid = buildGrid({
      rows: [
        ["Nội dung chỉ tiêu", "2205", "Năm 2024", "Năm 2O25", "Năm 2026"],
        [LABEL.platforms, pct(0.3), pct(0.5), pct(0.7), pct(1)],
      ],
    });
    expect(tablesOf(grid)[0]?.yearColumns.map((y) => y.year)).toEqual([2205, 2024, 2025, 2026]);
    expect(brief(grid)).toEqual(["error B1 table.period_years", "error D1 table.period_years"]);
  });

  it("does not take a year-like number outside a header row, nor a lone one beside no year (negatives)", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024"],
        [1, LABEL.platforms, pct(0.3), pct(0.5)],
        [],
        ["Mã số", "Ghi chú", 2205, "năm 2O25"],
      ],
    });
    expect(tablesOf(grid).map((t) => [t.range, t.yearColumns.length])).toEqual([["A1:D2", 2]]);
    expect(brief(grid)).toEqual([]);
  });
});
