// Recognition explains itself: which header cells were read as which years, which rows as which indicators (with the
// words that matched), which as headings, where and why the table ended, and why a table was taken or refused.
import { MemoryWorkbook } from "../../../src/adapters/memory";
import { PRESETS } from "../../../src/domain/presets";
import { layoutAppendix } from "../../../src/sheet/layout/appendixLayout";
import { recogniseAppendixTables } from "../../../src/sheet/recogniseAppendix";
import { validateWorkbook } from "../../../src/usecases/validateWorkbook";
import { buildGrid, pct } from "../gridBuilder";
import { LABEL } from "../gridFixture";
import { brief } from "./support";

describe("how a table was read", () => {
  const grid = buildGrid({
    sheet: "Phụ lục",
    rows: [
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch năm 2024", "Mục tiêu năm 2025", "Định hướng đến năm 2030"],
      ["I", "NHÓM CHỈ TIÊU VỀ NỀN TẢNG SỐ"],
      [1, "Tỷ lệ cơ quan báo chí của tỉnh đưa nội dung lên các nền tảng số", pct(0.5), pct(0.7), pct(1)],
      [2, "Tỷ lệ độc giả trả phí", "5%", "10%", "20%"],
      [],
      ["Ghi chú: số liệu năm 2030 là định hướng"],
    ],
  });
  const [table] = recogniseAppendixTables(grid).tables;

  it("names the label column, each year header and what it was read as", () => {
    expect(table?.explanation?.labelColumn).toEqual({ cell: "B1", named: true });
    expect(table?.explanation?.years).toEqual([
      { cell: "C1", text: "Kế hoạch năm 2024", year: 2024, read: "year" },
      { cell: "D1", text: "Mục tiêu năm 2025", year: 2025, read: "year" },
      { cell: "E1", text: "Định hướng đến năm 2030", year: 2030, read: "year" },
    ]);
  });

  it("says how each row was read, with the evidence words of a matched row, and where the table ended", () => {
    expect(table?.explanation?.rows).toEqual([
      { row: 2, cell: "B2", label: "NHÓM CHỈ TIÊU VỀ NỀN TẢNG SỐ", read: "heading" },
      {
        row: 3,
        cell: "B3",
        label: "Tỷ lệ cơ quan báo chí của tỉnh đưa nội dung lên các nền tảng số",
        read: "indicator",
        indicator: "platforms",
        evidence: ["dua noi dung len cac nen tang so"],
        standard: false,
      },
      { row: 4, cell: "B4", label: "Tỷ lệ độc giả trả phí", read: "unknown" },
    ]);
    expect(table?.explanation?.end).toEqual({ row: 5, reason: "blank_row" });
    expect(table?.recognition).toEqual({ confidence: "target", reasons: ["indicator_rows"] });
  });

  it("explains a refused table the same way (negative: nothing of it is checked)", () => {
    const budget = buildGrid({
      rows: [
        ["Dự toán kinh phí (triệu đồng)"],
        ["STT", "Nội dung", "Năm 2024", "Năm 2025", "Tổng cộng"],
        [1, "Xây dựng nền tảng số", 1500, 2000, 3500],
        [null, "Tổng cộng", 1500, 2000, 3500],
      ],
    });
    const r = recogniseAppendixTables(budget);
    expect(r.rejected.map((t) => [t.reasons, t.explanation?.end])).toEqual([
      [["no_indicator_row", "money_words", "total_column", "total_row", "large_values"], { row: 4, reason: "total_row" }],
    ]);
    expect(brief(budget)).toEqual([]);
  });
});

describe("the use case's result carries the reading, for the pane and the command line", () => {
  it("returns the tables with their explanation and the refused blocks with theirs", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([layoutAppendix({ sheet: "Phụ lục", preset: PRESETS.national, periods: ["2023-2025"], top: 0, left: 0, createSheet: true })]);
    const report = await validateWorkbook(wb);
    expect(report.tables.map((t) => [t.range, t.explanation?.rows.filter((r) => r.read === "indicator").length])).toEqual([["A5:F12", 7]]);
    expect(report.rejected).toEqual([]);
  });
});

describe("a year left blank in every row (the national preset's 2026–2029)", () => {
  it("is one figure.year_blank warning per year, on its header, not one figure.blank per cell", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([layoutAppendix({ sheet: "Phụ lục", preset: PRESETS.national, periods: ["2026-2030"], top: 0, left: 0, createSheet: true })]);
    const report = await validateWorkbook(wb);
    const header = report.tables[0]?.yearColumns.map((y) => y.cell) ?? [];
    // 2030 has figures: its three rows without a 2030 national figure (348 sets none) stay figure.blank.
    expect(report.findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      ...header.slice(0, 4).map((c) => `${c} figure.year_blank`),
      "G10 figure.blank",
      "G11 figure.blank",
      "G12 figure.blank",
    ]);
  });

  it("leaves figure.blank for a blank cell of a year that has other figures (negative)", async () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2026", "Năm 2027"],
        [1, LABEL.platforms, pct(1), null],
        [2, LABEL.training, null, null],
      ],
    });
    expect(brief(grid)).toEqual(["warning D1 figure.year_blank", "warning C3 figure.blank"]);
  });
});

describe("a date in a share cell, as Excel stores “2/3”", () => {
  it("is one error on the cell, saying what happened; the table's other numbers stay fractions", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.platforms, { v: 46083, f: "d/m/yyyy" }, 0.7],
      ],
    });
    expect(brief(grid)).toEqual(["error C2 figure.not_a_number"]);
  });
});
