// RULES.md version 2: whether a table is a target table is decided from the table itself, not from a sheet title
// above it that also mentions money; tables of resources, budgets or assignments never get errors, at most one info.
import { buildGrid, buildSheet, pct } from "../gridBuilder";
import { LABEL } from "../gridFixture";
import { recogniseAppendixTables } from "../../../src/sheet/recogniseAppendix";
import { brief, briefWorkbook, tablesOf } from "./support";

describe("a target table under a sheet title that also mentions money", () => {
  const grid = buildGrid({
    sheet: "Phụ lục",
    rows: [
      ["PHỤ LỤC: CHỈ TIÊU VÀ KINH PHÍ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ BÁO CHÍ"],
      ["Số cơ quan báo chí của tỉnh:", 3],
      ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
      [1, LABEL.platforms, pct(0.6), pct(0.4)],
      [2, LABEL.converged_newsroom, pct(0.5), pct(1.3)],
    ],
  });

  it("is a target table: its errors are reported", () => {
    expect(tablesOf(grid).map((t) => t.recognition)).toEqual([{ confidence: "target", reasons: ["indicator_rows"] }]);
    expect(brief(grid).filter((f) => f.startsWith("error"))).toEqual(["error D5 figure.out_of_range"]);
  });

  it("uses the number of agencies stated above it", () => {
    // 60%, 40% and 50% are no k/3; without N nothing is said of them (negative).
    expect(briefWorkbook([grid]).filter((f) => f.includes("unreachable"))).toEqual([
      "warning C4 target.unreachable_share",
      "warning D4 target.unreachable_share",
      "warning C5 target.unreachable_share",
    ]);
    expect(brief(grid).filter((f) => f.includes("unreachable"))).toEqual([]);
  });

  it("still refuses a table under a unit note in money (“ĐVT: triệu đồng”) (negative)", () => {
    const budget = buildGrid({
      rows: [
        ["ĐVT: triệu đồng"],
        ["STT", "Nội dung", "Năm 2024", "Năm 2025"],
        [1, "Xây dựng tòa soạn hội tụ", 0.5, 0.8],
        [2, "Đào tạo phóng viên", 0.2, 0.3],
      ],
    });
    expect(recogniseAppendixTables(budget).rejected.map((t) => t.reasons)).toEqual([["money_words"]]);
  });
});

describe("a title about money alone names the table under it", () => {
  it("refuses a small-figure budget under “DỰ KIẾN KINH PHÍ THỰC HIỆN” (no unit, no total, no indicator row)", () => {
    const grid = buildGrid({
      rows: [
        ["DỰ KIẾN KINH PHÍ THỰC HIỆN"],
        ["STT", "Nội dung", "Năm 2024", "Năm 2025"],
        [1, "Thuê hạ tầng lưu trữ", "1,5", 2],
        [2, "Mua bản quyền phần mềm", "0,8", 1],
      ],
    });
    expect(recogniseAppendixTables(grid).rejected.map((t) => t.reasons)).toEqual([["no_indicator_row", "money_words"]]);
  });

  it("keeps a target table right above a resources table a target table (the other block's cells are not its own)", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.platforms, pct(0.5), pct(1.2)],
        ["STT", "Nguồn lực", "Năm 2024", "Năm 2025"],
        [1, "Kinh phí", "Lồng ghép", "-"],
      ],
    });
    const r = recogniseAppendixTables(grid);
    expect(r.tables.map((t) => [t.range, t.recognition?.confidence])).toEqual([["A1:D2", "target"]]);
    expect(brief(grid)).toEqual(["error D2 figure.out_of_range"]);
  });
});

describe("money in the table's own header", () => {
  it("refuses a budget table with shares and no indicator row", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chi", "Cơ cấu kinh phí", null],
        [null, null, "Năm 2024", "Năm 2025"],
        [1, "Chi thường xuyên", "40%", "45%"],
        [2, "Chi đầu tư", "60%", "55%"],
      ],
      merges: ["C1:D1", "A1:A2", "B1:B2"],
    });
    const r = recogniseAppendixTables(grid);
    expect([r.tables.length, r.rejected.map((t) => t.reasons)]).toEqual([0, [["no_indicator_row", "money_words"]]]);
  });

  it("takes a table whose rows are indicators and whose figures are percentages, even with money in its header", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Kế hoạch năm 2024", "Kế hoạch năm 2025", "Nguồn kinh phí"],
        [1, LABEL.platforms, pct(0.5), pct(0.7), "Ngân sách tỉnh"],
        [2, LABEL.training, pct(0.7), pct(1), "Lồng ghép"],
      ],
    });
    expect(tablesOf(grid).map((t) => t.recognition)).toEqual([{ confidence: "target", reasons: ["indicator_rows", "money_words", "share_figures"] }]);
    expect(brief(grid)).toEqual([]);
  });
});

describe("resources, budgets and assignments: no error, one info at most", () => {
  const targets = [
    ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
    [1, LABEL.platforms, pct(0.5), pct(0.7)],
    [2, LABEL.training, pct(0.7), pct(1)],
  ];

  it("refuses a resources table beside the targets (“Lồng ghép”, “-”), whose rows read like indicators", () => {
    const grid = buildSheet("Phụ lục", [
      { origin: "A1", rows: targets },
      {
        origin: "G1",
        rows: [
          ["Nội dung", "Năm 2024", "Năm 2025"],
          [LABEL.platforms, "Lồng ghép", "-"],
          [LABEL.training, "-", "Lồng ghép"],
          [LABEL.converged_newsroom, "Xã hội hóa", "-"],
        ],
      },
    ]);
    const r = recogniseAppendixTables(grid);
    expect(r.tables.map((t) => t.range)).toEqual(["A1:D3"]);
    expect(r.rejected.map((t) => [t.range, t.reasons])).toEqual([["G1:I4", ["resource_texts"]]]);
    expect(briefWorkbook([grid])).toEqual(["info G1 table.not_target"]);
  });

  it("refuses an assignment table marked with “x” and agencies' names", () => {
    const grid = buildSheet("Phụ lục", [
      { origin: "A1", rows: targets },
      {
        origin: "A6",
        rows: [
          ["STT", "Nhiệm vụ", "Năm 2024", "Năm 2025", "Cơ quan chủ trì"],
          [1, "Ứng dụng nền tảng số cho các cơ quan báo chí", "x", "x", "Sở TT&TT"],
          [2, "Đào tạo, bồi dưỡng phóng viên về chuyển đổi số", "x", null, "Hội Nhà báo"],
        ],
      },
    ]);
    expect(recogniseAppendixTables(grid).rejected.map((t) => t.reasons)).toEqual([["resource_texts"]]);
    expect(briefWorkbook([grid])).toEqual(["info A6 table.not_target"]);
  });

  it("refuses a schedule whose year columns hold only words", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nhiệm vụ", "Năm 2024", "Năm 2025"],
        [1, "Đưa nội dung lên các nền tảng số", "Báo tỉnh", "Báo tỉnh, Đài tỉnh"],
        [2, "Vận hành tòa soạn hội tụ", "Đài tỉnh", "Thường xuyên"],
      ],
    });
    expect(recogniseAppendixTables(grid).rejected.map((t) => t.reasons)).toEqual([["no_figures"]]);
  });

  it("keeps a target table with one dash and one unreadable word a target table with its errors (negative)", () => {
    const grid = buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2023", "Năm 2024", "Năm 2025"],
        [1, LABEL.platforms, pct(0.3), "-", pct(0.7)],
        [2, LABEL.training, pct(0.4), "chưa xác định", pct(1)],
      ],
    });
    expect(tablesOf(grid).map((t) => t.recognition?.confidence)).toEqual(["target"]);
    expect(brief(grid)).toEqual(["error D2 figure.not_a_number", "error D3 figure.not_a_number"]);
  });
});
