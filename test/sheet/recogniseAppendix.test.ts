import { findAppendixTables } from "../../src/sheet/recogniseAppendix";
import { buildGrid } from "./gridBuilder";

describe("findAppendixTables", () => {
  // Speed is measured by `npm run bench`, not here: a time limit fails at random on a busy 2-core machine.
  it("finds no table in a 2,000 × 30 sheet of unrelated numbers", () => {
    const rows = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 30 }, (_, c) => ((r * 31 + c * 17) % 997) / 7));
    expect(findAppendixTables(buildGrid({ rows }))).toEqual([]);
  });

  it("keeps the header text and the label as found, whitespace collapsed", () => {
    const grid = buildGrid({
      rows: [
        ["Nội dung chỉ tiêu", "Kế hoạch\nnăm 2023", "Năm 2024"],
        ["Tòa soạn\nhội tụ", 0.3, 0.5],
      ],
    });
    const [table] = findAppendixTables(grid);
    expect(table?.yearColumns[0]).toEqual({ year: 2023, cell: "B1", text: "Kế hoạch\nnăm 2023" });
    expect(table?.rows[0]?.label).toBe("Tòa soạn hội tụ");
    expect(table?.rows[0]?.cells[1]).toEqual({ year: 2024, cell: "C2", raw: { value: 0.5, percentFormat: false } });
  });

  it("does not take an STT for the label", () => {
    const grid = buildGrid({ rows: [[null, null, 2023, 2024], [1, "Đào tạo, bồi dưỡng chuyển đổi số", 0.4, 0.7]] });
    expect(findAppendixTables(grid)[0]?.rows.map((r) => [r.indicator, r.labelCell])).toEqual([["training", "B2"]]);
  });
});
