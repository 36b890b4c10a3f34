import { finding, summarise } from "../../src/domain/findings";
import { heightFor, linesFor, rowHeight } from "../../src/sheet/layout/rowHeight";
import { layoutReviewSheet } from "../../src/sheet/layout/reviewSheet";

describe("row heights for wrapped text", () => {
  it("counts the lines a text needs in its column, line breaks included", () => {
    expect(linesFor("", 10)).toBe(1);
    expect(linesFor("a".repeat(9), 10)).toBe(1);
    expect(linesFor("a".repeat(30), 10)).toBe(4);
    expect(linesFor("một\nhai", 40)).toBe(2);
  });

  it("makes a row as tall as its tallest text", () => {
    expect(heightFor([{ text: "ngắn", width: 20 }, { text: "x".repeat(100), width: 20 }])).toBe(rowHeight(6));
  });

  it("gives a review row with a long message room for every line", () => {
    const short = finding({ code: "figure.blank", sheet: "Phụ lục", cell: "C9", indicator: "platforms", year: 2024, value: null });
    const long = finding({ code: "indicator.unknown", sheet: "Phụ lục", cell: "B14", indicator: null, year: null, value: "x".repeat(300) });
    const patch = layoutReviewSheet({ sheet: "Kiểm tra", file: "a.xlsx", findings: [short, long], summary: summarise([short, long]), checkedAt: "" });
    const heights = patch.rowHeights ?? [];
    expect(heights).toHaveLength(2);
    expect(heights[1]?.points ?? 0).toBeGreaterThan(heights[0]?.points ?? 0);
  });
});
