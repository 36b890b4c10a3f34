// Precision at the table level: tables that sit near the appendix with year columns but are not target tables
// (budgets, funding, revenue in money, activity counts). None may raise an error; each is refused or read as
// ambiguous (or not even a candidate: bare years and no recognised row), as listed. Figures pinned: 8 tables, 0
// with an error, 5 refused, 1 ambiguous, 2 not candidates (version 2 refuses money tables whole).
import { validateAppendix } from "../../src/domain/rules";
import { recogniseAppendixTables } from "../../src/sheet/recogniseAppendix";
import type { Grid } from "../../src/sheet/grid";
import { buildGrid } from "./gridBuilder";

type Verdict = "refused" | "ambiguous" | "target" | "none";

const NEGATIVE_TABLES: readonly (readonly [string, Grid, Verdict])[] = [
  [
    "budget in million đồng with a total column and row",
    buildGrid({
      rows: [
        ["Dự toán kinh phí (triệu đồng)"],
        ["STT", "Nội dung", "Năm 2023", "Năm 2024", "Năm 2025", "Tổng cộng"],
        [1, "Nâng cấp hạ tầng, nền tảng số của Báo tỉnh", 1500, 2000, 2500, 6000],
        [2, "Đào tạo, bồi dưỡng phóng viên, biên tập viên", 150, 200, 250, 600],
        [null, "Tổng cộng", 1650, 2200, 2750, 6600],
      ],
    }),
    "refused",
  ],
  [
    "funding by source with bare years",
    buildGrid({
      rows: [
        ["TT", "Nguồn vốn", 2023, 2024, 2025],
        [1, "Ngân sách tỉnh", 1200, 1500, 1800],
        [2, "Xã hội hóa", 300, 350, 400],
      ],
    }),
    "none",
  ],
  [
    "budget in billion đồng, small figures, rows like indicators",
    buildGrid({
      rows: [
        ["Kinh phí thực hiện (tỷ đồng)"],
        ["Nội dung", "Năm 2023", "Năm 2024", "Năm 2025"],
        ["Tập huấn chuyển đổi số cho phóng viên", "1,5", 2, "2,5"],
        ["Ứng dụng trí tuệ nhân tạo, phân tích dữ liệu", 3, "-1", 120],
      ],
    }),
    "refused",
  ],
  [
    "the agencies' revenue in million đồng",
    buildGrid({
      rows: [
        ["Cơ quan báo chí", "Năm 2023", "Năm 2024", "Năm 2025"],
        ["Báo Minh Sơn", "18.500", "20.100", "23.400"],
        ["Đài PT-TH Minh Sơn", "42.000", "44.300", "46.800"],
      ],
    }),
    "refused",
  ],
  [
    "activities with a total column, small counts",
    buildGrid({
      rows: [
        ["Nội dung", "Năm 2023", "Năm 2024", "Tổng cộng"],
        ["Hội báo xuân", 1, 1, 2],
        ["Giải báo chí tỉnh", 1, 1, 2],
      ],
    }),
    "refused",
  ],
  [
    "an English budget with a total row",
    buildGrid({
      rows: [
        ["Budget (million VND)"],
        ["No.", "Item", "2024", "2025"],
        [1, "Digital platforms for the provincial newspaper", 900, 1100],
        [2, "Training of reporters and editors", 120, 150],
        [null, "Total", 1020, 1250],
      ],
    }),
    // Bare years, no named label column and no row about content on platforms: not even a candidate.
    "none",
  ],
  [
    "a table of visits in thousands",
    buildGrid({
      rows: [
        ["Nội dung", "Năm 2023", "Năm 2024", "Năm 2025"],
        ["Số lượt truy cập báo điện tử (nghìn lượt)", 350, 420, 510],
        ["Số tin, bài đưa lên nền tảng số", 1200, 1500, 1800],
      ],
    }),
    "refused",
  ],
  [
    "a table of other shares without any indicator row",
    buildGrid({
      rows: [
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", "80%", "120%"],
        [2, "Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số", "chưa xác định", "90%"],
      ],
    }),
    "ambiguous",
  ],
];

function verdict(grid: Grid): Verdict {
  const r = recogniseAppendixTables(grid);
  if (r.tables.length === 0) return r.rejected.length > 0 ? "refused" : "none";
  return r.tables.every((t) => t.recognition?.confidence === "ambiguous") ? "ambiguous" : "target";
}

const errorsOf = (grid: Grid) =>
  validateAppendix(recogniseAppendixTables(grid).tables, { agencies: 3 }).filter((f) => f.severity === "error");

describe("tables that are not target tables", () => {
  it.each(NEGATIVE_TABLES.map(([name, grid, expected]) => [name, expected, grid] as const))("%s: no error, %s", (_name, expected, grid) => {
    expect(errorsOf(grid)).toEqual([]);
    expect(verdict(grid)).toBe(expected);
  });

  it("counts 8 tables, none with an error, 5 refused, 1 ambiguous, 2 not candidates", () => {
    const verdicts = NEGATIVE_TABLES.map(([, grid]) => verdict(grid));
    expect({
      tables: NEGATIVE_TABLES.length,
      withErrors: NEGATIVE_TABLES.filter(([, grid]) => errorsOf(grid).length > 0).length,
      refused: verdicts.filter((v) => v === "refused").length,
      ambiguous: verdicts.filter((v) => v === "ambiguous").length,
      none: verdicts.filter((v) => v === "none").length,
    }).toEqual({ tables: 8, withErrors: 0, refused: 5, ambiguous: 1, none: 2 });
  });
});
