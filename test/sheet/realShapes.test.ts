// Plans shaped the way provinces really type them, read and checked end to end (recognition, then the rules):
// what is taken as a target table and why, and which findings the rules give on it.
import { validateAppendix, readTargets } from "../../src/domain/rules";
import { describeRecognition, renderMessage } from "../../src/domain/messages";
import { recogniseAppendixTables } from "../../src/sheet/recogniseAppendix";
import type { Grid } from "../../src/sheet/grid";
import { buildGrid, pct } from "./gridBuilder";
import { LABEL } from "./gridFixture";
import { fixture as budgetTable } from "../fixtures/grids/budget-table";
import { fixture as fundingSources } from "../fixtures/grids/funding-sources";
import { fixture as budgetSmall } from "../fixtures/grids/budget-small-figures";
import { fixture as groupHeadings } from "../fixtures/grids/group-headings";
import { fixture as revenueSplit } from "../fixtures/grids/revenue-split-rows";
import { fixture as revenueTwoRows } from "../fixtures/grids/revenue-two-rows";
import { fixture as revenueColumns } from "../fixtures/grids/revenue-split-columns";
import { fixture as sharedWords } from "../fixtures/grids/shared-words";
import { fixture as span } from "../fixtures/grids/span-2023-2030";
import { fixture as english } from "../fixtures/grids/english-table";

const findings = (grid: Grid, agencies?: number) =>
  validateAppendix(recogniseAppendixTables(grid).tables, agencies === undefined ? {} : { agencies });
const brief = (grid: Grid, agencies?: number) => findings(grid, agencies).map((f) => `${f.severity} ${f.cell} ${f.code}`);

describe("tables that are not target tables", () => {
  it("refuses the funding table under the appendix and says why", () => {
    expect(recogniseAppendixTables(budgetTable.grid).rejected.map(({ explanation: _e, ...t }) => t)).toEqual([
      {
        sheet: "Phụ lục",
        range: "A6:E10",
        title: "DỰ KIẾN KINH PHÍ THỰC HIỆN",
        reasons: ["money_words", "total_column", "total_row", "large_values"],
      },
    ]);
  });

  it("raises nothing on the budget figures, only on the target table above them", () => {
    expect(brief(budgetTable.grid)).toEqual([]);
  });

  it("refuses a funding-by-source table with bare years", () => {
    const r = recogniseAppendixTables(fundingSources.grid);
    expect(r.tables).toEqual([]);
    expect(r.rejected.map((t) => [t.range, t.reasons])).toEqual([["A2:E5", ["money_words", "total_column", "total_row", "large_values"]]]);
  });

  it("words the reasons in Vietnamese and English", () => {
    expect(describeRecognition(["money_words", "large_values"], "vi")).toBe(
      "tiêu đề, cột hoặc đơn vị nói về tiền, kinh phí (triệu đồng, ngân sách...); phần lớn số liệu lớn hơn nhiều so với 100, không thể là tỷ lệ",
    );
    expect(describeRecognition(["no_indicator_row"], "en")).toBe("no row matches a standard indicator of the strategy");
  });

  it("refuses a table of large figures even without money words", () => {
    const grid = buildGrid({
      rows: [
        ["Nội dung", "Năm 2023", "Năm 2024", "Năm 2025"],
        ["Số tin, bài đưa lên nền tảng số", 1200, 1500, 1800],
        ["Số lượt truy cập (nghìn)", 350, 420, 510],
      ],
    });
    const r = recogniseAppendixTables(grid);
    expect(r.tables).toEqual([]);
    expect(r.rejected.map(({ explanation: _e, ...t }) => t)).toEqual([{ sheet: "Sheet1", range: "A1:D3", title: null, reasons: ["large_values"] }]);
  });

  it("refuses a table with a total column and no indicator row", () => {
    const grid = buildGrid({
      rows: [
        ["Nội dung", "Năm 2023", "Năm 2024", "Tổng cộng"],
        ["Hội báo xuân", 1, 1, 2],
        ["Giải báo chí tỉnh", 1, 1, 2],
      ],
    });
    expect(recogniseAppendixTables(grid).rejected.map((t) => t.reasons)).toEqual([["no_indicator_row", "total_column"]]);
  });

  it("refuses a budget table in tỷ đồng with small figures and a row like an indicator (version 2: at most one info)", () => {
    const r = recogniseAppendixTables(budgetSmall.grid);
    expect(r.tables).toEqual([]);
    expect(r.rejected.map((t) => [t.range, t.reasons])).toEqual([["A2:D4", ["money_words"]]]);
  });

  it("gives an ambiguous money table no warning on its figures and no comparison with the target table", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.training, pct(0.7), pct(1)],
        [],
        ["Kinh phí thực hiện (tỷ đồng)"],
        [null, "Nội dung", "Năm 2024", "Năm 2025"],
        [null, "Tập huấn chuyển đổi số cho phóng viên", 0.5, "0,4"],
      ],
    });
    // Version 2: a money table is refused whole; the validate use case gives it one table.not_target info.
    expect(brief(grid)).toEqual([]);
    expect(recogniseAppendixTables(grid).rejected.map((t) => [t.range, t.reasons])).toEqual([["B5:D6", ["money_words"]]]);
  });

  it("does not let a budget table just above make the target table under it ambiguous", () => {
    const grid = buildGrid({
      rows: [
        [null, "Nội dung", "Năm 2024", "Năm 2025"],
        [null, "Kinh phí tập huấn (triệu đồng)", 150, 200],
        [],
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.training, pct(0.7), pct(1.2)],
      ],
    });
    const r = recogniseAppendixTables(grid);
    expect(r.tables.map((t) => [t.range, t.recognition?.confidence])).toEqual([["A4:D5", "target"]]);
    expect(brief(grid)).toEqual(["error D5 figure.out_of_range"]);
  });

  it("reads a table without any recognised row as ambiguous: its out-of-range figure is no error", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024"],
        [1, "Tỷ lệ độc giả trả phí", pct(0.05), pct(1.5)],
      ],
    });
    expect(recogniseAppendixTables(grid).tables.map((t) => t.recognition)).toEqual([{ confidence: "ambiguous", reasons: ["no_indicator_row"] }]);
    expect(brief(grid)).toEqual(["info A1 table.ambiguous", "info B2 indicator.unknown"]);
  });

  it("says in a finding why an ambiguous table raises no error", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024"],
        [1, "Tỷ lệ độc giả trả phí", pct(0.05), pct(1.5)],
      ],
    });
    const f = findings(grid).find((x) => x.code === "table.ambiguous");
    expect(f && [f.cell, renderMessage(f, "vi"), renderMessage(f, "en")]).toEqual([
      "A1",
      "Bảng A1:D2 có thể không phải bảng chỉ tiêu (không dòng nào khớp với chỉ tiêu chuẩn của Chiến lược): bảng vẫn được kiểm tra nhưng không báo lỗi.",
      "The table A1:D2 may not be a target table (no row matches a standard indicator of the strategy): it is still checked, but raises no error.",
    ]);
  });

  it("keeps a target table with a total row of agency counts as a target table", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024"],
        [1, LABEL.platforms, pct(0.67), pct(1.2)],
        [null, "Tổng cộng", 3, 3],
      ],
    });
    expect(recogniseAppendixTables(grid).tables.map((t) => t.recognition)).toEqual([{ confidence: "target", reasons: ["indicator_rows", "total_row"] }]);
    expect(brief(grid)).toEqual(["error D2 figure.out_of_range"]);
  });
});

describe("group headings", () => {
  it("are structure: no blank or unknown finding for them, the rows under them still checked", () => {
    expect(brief(groupHeadings.grid)).toEqual([
      "warning C4 target.below_national",
      "warning D6 target.below_national",
      "warning E6 target.below_national",
    ]);
  });

  it("are known by “Nhóm” after an Arabic number too, even when they name an indicator's subject", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024"],
        [1, "Nhóm chỉ tiêu về nền tảng số", null, null],
        [null, LABEL.platforms, pct(0.67), pct(1)],
      ],
    });
    expect(recogniseAppendixTables(grid).tables.map((t) => t.rows.map((r) => [r.labelCell, r.indicator]))).toEqual([[["B3", "platforms"]]]);
    expect(brief(grid)).toEqual([]);
  });

  it("tell “PHẦN I” from an indicator row that starts with “Phân tích” and has no figures yet", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024"],
        [null, "PHẦN I. CHỈ TIÊU CHUNG", null, null],
        [1, LABEL.platforms, pct(0.67), pct(1)],
        [2, "Phân tích dữ liệu, ứng dụng AI", null, null],
      ],
    });
    expect(brief(grid)).toEqual(["info B4 indicator.label_differs", "warning C4 figure.blank", "warning D4 figure.blank"]);
  });

  it("do not end a table when the next rows are indicators, and a heading with nothing after it ends it", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024"],
        ["I", "NHÓM CHỈ TIÊU VỀ NỀN TẢNG SỐ"],
        [1, LABEL.platforms, pct(0.67), pct(1)],
        ["II", "NHÓM CHỈ TIÊU KHÁC"],
        [],
        ["Ghi chú: số liệu dự kiến"],
      ],
    });
    expect(recogniseAppendixTables(grid).tables.map((t) => [t.range, t.rows.map((r) => r.labelCell)])).toEqual([["A1:D3", ["B3"]]]);
  });
});

describe("the revenue indicator split over rows", () => {
  it("reads a parent row with a) share and b) threshold as one compound figure per year", () => {
    const [table] = recogniseAppendixTables(revenueSplit.grid).tables;
    expect(table && readTargets(table).filter((t) => t.indicator === "revenue")).toEqual([
      { indicator: "revenue", year: 2023, cell: "C4", share: 0, threshold: null },
      { indicator: "revenue", year: 2024, cell: "D4", share: 0.33, threshold: 0.1 },
    ]);
  });

  it("finds revenue.incomplete only for the year that lacks its threshold, on the threshold's cell", () => {
    expect(brief(revenueSplit.grid)).toEqual(["warning C4 target.below_national", "error E5 revenue.incomplete"]);
    const incomplete = findings(revenueSplit.grid).find((f) => f.code === "revenue.incomplete");
    expect(incomplete && renderMessage(incomplete, "vi")).toBe(
      "Tăng doanh thu năm 2025: (trống) thiếu mức tăng doanh thu tối thiểu (ví dụ: “33% cơ quan báo chí tăng doanh thu 20%”).",
    );
  });

  it("finds the missing share on the share's cell", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, "a) Tỷ lệ cơ quan báo chí tăng doanh thu", pct(0.33), null],
        [null, "b) Mức tăng doanh thu tối thiểu", pct(0.1), pct(0.2)],
      ],
    });
    expect(brief(grid)).toEqual(["info B2 indicator.label_differs", "error D2 revenue.incomplete"]);
    expect(findings(grid).find((f) => f.code === "revenue.incomplete")?.operands).toEqual({ missing: "share" });
  });

  it("reads the two facts as two adjacent rows without a parent, typed as text", () => {
    const [table] = recogniseAppendixTables(revenueTwoRows.grid).tables;
    expect(table && readTargets(table).filter((t) => t.indicator === "revenue")).toEqual([
      { indicator: "revenue", year: 2026, cell: "C3", share: 0.33, threshold: 0.2 },
      { indicator: "revenue", year: 2027, cell: "D3", share: 0.33, threshold: 0.2 },
      { indicator: "revenue", year: 2028, cell: "E3", share: 0.67, threshold: 0.25 },
    ]);
    expect(brief(revenueTwoRows.grid).filter((f) => f.includes("revenue") || f.includes(" C3 ") || f.includes(" C4 "))).toEqual([]);
  });

  it("reads the two facts in two adjacent columns per year, and flags the year without its threshold", () => {
    const [table] = recogniseAppendixTables(revenueColumns.grid).tables;
    expect(table && readTargets(table).filter((t) => t.indicator === "revenue")).toEqual([
      { indicator: "revenue", year: 2024, cell: "C4", share: 0.33, threshold: 0.1 },
    ]);
    expect(brief(revenueColumns.grid)).toEqual(["error F4 revenue.incomplete"]);
  });

  it("flags an unreadable threshold on its own cell", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024"],
        [1, "Tỷ lệ cơ quan báo chí tăng doanh thu", pct(0.33)],
        [2, "Mức tăng doanh thu tối thiểu", "chưa xác định"],
      ],
    });
    expect(brief(grid)).toContain("error C3 figure.not_a_number");
  });
});

describe("label matching needs distinctive evidence", () => {
  it("leaves rows about other subjects unknown, named by their own label", () => {
    const unknown = findings(sharedWords.grid).filter((f) => f.code === "indicator.unknown");
    expect(unknown.map((f) => f.cell)).toEqual(["B3", "B4", "B5", "B7"]);
    expect(unknown[0] && renderMessage(unknown[0], "vi")).toBe(
      "Dòng “Tỷ lệ cơ quan báo chí thực hiện đúng tôn chỉ, mục đích” không khớp với chỉ tiêu chuẩn nào của Chiến lược; số liệu vẫn được kiểm tra khoảng giá trị.",
    );
  });

  it("does not match an indicator a second time by a weaker row", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024"],
        [1, "Tòa soạn hội tụ", pct(0.33), pct(0.67)],
        [2, LABEL.converged_newsroom, pct(0.33), pct(0.67)],
      ],
    });
    const [table] = recogniseAppendixTables(grid).tables;
    expect(table?.rows.map((r) => [r.labelCell, r.indicator])).toEqual([["B2", null], ["B3", "converged_newsroom"]]);
  });
});

describe("messages never start with an empty indicator name", () => {
  const grid = buildGrid({
    rows: [
      ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024"],
      [1, LABEL.platforms, pct(0.67), pct(1)],
      [2, "Tỷ lệ độc giả trả phí đọc báo điện tử", pct(1.5), "4O%"],
      [3, null, pct(-0.1), pct(0.2)],
    ],
  });

  it("names an unknown row by its label, in both languages", () => {
    const f = findings(grid).filter((x) => x.cell === "C3" || x.cell === "D3");
    expect(f.map((x) => renderMessage(x, "vi"))).toEqual([
      "Dòng “Tỷ lệ độc giả trả phí đọc báo điện tử” năm 2023: tỷ lệ 150% nằm ngoài khoảng 0%–100%.",
      "Dòng “Tỷ lệ độc giả trả phí đọc báo điện tử” năm 2024: “4O%” không phải là một số liệu đọc được (ví dụ hợp lệ: 67%, 0,67, trên 65%).",
    ]);
    expect(f.map((x) => renderMessage(x, "en"))).toEqual([
      "Row “Tỷ lệ độc giả trả phí đọc báo điện tử” 2023: the share 150% is outside 0%–100%.",
      "Row “Tỷ lệ độc giả trả phí đọc báo điện tử” 2024: “4O%” is not a readable figure (valid examples: 67%, 0.67, trên 65%).",
    ]);
  });

  it("names a row without a label by its row number", () => {
    const f = findings(grid).find((x) => x.cell === "C4");
    expect(f && renderMessage(f, "vi")).toBe("Dòng 4 năm 2023: tỷ lệ -10% nằm ngoài khoảng 0%–100%.");
    expect(f && renderMessage(f, "en")).toBe("Row 4 2023: the share -10% is outside 0%–100%.");
  });
});

describe("a single table spanning 2023–2030", () => {
  it("is valid: no table.period_years, and the years are read in order", () => {
    expect(brief(span.grid).filter((f) => f.includes("period_years"))).toEqual([]);
    expect(recogniseAppendixTables(span.grid).tables[0]?.yearColumns.map((y) => y.cell)).toEqual(["C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1"]);
  });

  it("puts table.period_years on the offending header cell only", () => {
    const grid = buildGrid({
      rows: [
        ["Nội dung chỉ tiêu", "Năm 2023", "Năm 2024", "Năm 2026", "Năm 2027"],
        [LABEL.platforms, pct(0.33), pct(0.67), pct(1), pct(1)],
      ],
    });
    expect(brief(grid)).toEqual(["error D1 table.period_years"]);
  });
});

describe("tables in English", () => {
  it("reads the English revenue phrasing as the compound figure", () => {
    const [table] = recogniseAppendixTables(english.grid).tables;
    expect(table && readTargets(table).filter((t) => t.indicator === "revenue")).toEqual([
      { indicator: "revenue", year: 2023, cell: "C6", share: 0.05, threshold: 0.05 },
      { indicator: "revenue", year: 2024, cell: "D6", share: 0.15, threshold: 0.1 },
      { indicator: "revenue", year: 2025, cell: "E6", share: 0.33, threshold: 0.2 },
    ]);
  });

  it("raises no error and takes the catalogue's English names as standard", () => {
    expect(brief(english.grid)).toEqual([
      "info B4 indicator.label_differs",
      "info B6 indicator.label_differs",
      "info B7 indicator.label_differs",
      "info B8 indicator.label_differs",
      "info B9 indicator.unknown",
    ]);
  });
});
