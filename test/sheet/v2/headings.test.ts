// RULES.md version 2: a row with a label and no figures that names no indicator is a heading, in any case; the table
// continues below it. A numbered indicator row without figures is not a heading.
import { buildGrid, pct } from "../gridBuilder";
import { LABEL } from "../gridFixture";
import { brief, tablesOf } from "./support";

const rowsOf = (grid: Parameters<typeof tablesOf>[0]) =>
  tablesOf(grid).map((t) => [t.range, t.rows.map((r) => `${r.labelCell} ${r.indicator ?? "unknown"}`)]);

describe("headings inside a table", () => {
  it("reads past “3. Nguồn nhân lực, an toàn thông tin” and checks the rows below it", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024", "Năm 2025"],
        ["1", "Nền tảng số", null, null, null],
        ["1.1", LABEL.platforms, pct(0.67), pct(0.67), pct(1)],
        ["3", "Nguồn nhân lực, an toàn thông tin", null, null, null],
        ["3.1", LABEL.training, pct(0.4), pct(0.5), pct(1)],
        ["3.2", LABEL.security_level3, pct(1), pct(1.2), pct(1)],
      ],
    });
    expect(rowsOf(grid)).toEqual([["A1:E6", ["B3 platforms", "B5 training", "B6 security_level3"]]]);
    expect(brief(grid)).toEqual(["warning D5 target.below_national", "error D6 figure.out_of_range"]);
    const explained = tablesOf(grid)[0]?.explanation?.rows.filter((r) => r.read === "heading").map((r) => r.cell);
    expect(explained).toEqual(["B2", "B4"]);
  });

  it.each([
    "3. nguồn nhân lực, an toàn thông tin",
    "II. PHÁT TRIỂN NGUỒN NHÂN LỰC",
    "Hạ tầng số và an toàn thông tin",
    "b) Nhóm chỉ tiêu về doanh thu",
    "Chỉ tiêu riêng của tỉnh",
  ])("takes “%s” for a heading, whatever its case or numbering", (heading) => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.platforms, pct(0.67), pct(1)],
        [null, heading, null, null],
        [2, LABEL.training, pct(0.7), pct(1)],
      ],
    });
    expect(rowsOf(grid)).toEqual([["A1:D4", ["B2 platforms", "B4 training"]]]);
    expect(brief(grid)).toEqual([]);
  });

  it("keeps a numbered indicator row without figures as an indicator, not a heading (negative)", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.platforms, pct(0.67), pct(1)],
        [2, LABEL.analytics_ai, null, null],
        [3, LABEL.training, pct(0.7), pct(1)],
      ],
    });
    expect(rowsOf(grid)).toEqual([["A1:D4", ["B2 platforms", "B3 analytics_ai", "B4 training"]]]);
    expect(brief(grid)).toEqual(["warning C3 figure.blank", "warning D3 figure.blank"]);
  });

  it("takes a weaker row without figures above the indicator's own row for a heading (“3. An toàn thông tin”)", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.platforms, pct(0.67), pct(1)],
        ["3", "An toàn thông tin", null, null],
        ["3.1", LABEL.security_level3, pct(1), pct(1)],
      ],
    });
    expect(rowsOf(grid)).toEqual([["A1:D4", ["B2 platforms", "B4 security_level3"]]]);
    expect(brief(grid)).toEqual([]);
  });

  it("ends the table at a heading with nothing of the table after it, and at a paragraph (negatives)", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.platforms, pct(0.67), pct(1)],
        [null, "Nguồn nhân lực"],
        [],
        [null, "UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì, theo dõi, đôn đốc thực hiện", null, "Ngày 24/11/2023"],
        [null, "Tổ chức thực hiện"],
      ],
    });
    expect(rowsOf(grid)).toEqual([["A1:D2", ["B2 platforms"]]]);
    expect(tablesOf(grid)[0]?.explanation?.end).toEqual({ row: 3, reason: "text_row" });
    expect(brief(grid)).toEqual([]);
  });

  it("reads a row with words in its year cells under a heading as a row, not a heading", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.platforms, pct(0.67), pct(1)],
        [2, "Tỷ lệ độc giả trả phí", "chưa xác định", "5%"],
      ],
    });
    expect(rowsOf(grid)).toEqual([["A1:D3", ["B2 platforms", "B3 unknown"]]]);
    expect(brief(grid)).toEqual(["info B3 indicator.unknown", "error C3 figure.not_a_number", "warning D3 figure.stored_as_text"]);
  });
});

describe("what lies under a table after a blank line (negatives from the keep corpus)", () => {
  it("does not carry the table past blank lines to a summary block of label, formula and date", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Kế hoạch năm 2023", "Kế hoạch năm 2024"],
        [1, LABEL.platforms, pct(0.33), pct(0.67)],
        [],
        [],
        ["Số chỉ tiêu", null, 4],
        ["Ngày lập", null, { v: 46006, f: "dd/mm/yyyy" }],
        ["Kinh phí (triệu đồng)", null, { v: 1234.5, f: "#,##0.0" }],
      ],
    });
    expect(tablesOf(grid).map((t) => [t.range, t.explanation?.end])).toEqual([["A1:D2", { row: 3, reason: "blank_row" }]]);
    expect(brief(grid)).toEqual([]);
  });
});
