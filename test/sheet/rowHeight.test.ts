import { finding, summarise } from "../../src/domain/findings";
import { heightFor, linesFor, rowHeight } from "../../src/sheet/layout/rowHeight";
import { layoutReviewSheet } from "../../src/sheet/layout/reviewSheet";

// A line is 15 points and a row has 3 points of padding; a column of width w holds about 0.95 × w characters.

describe("row heights for wrapped text", () => {
  it("counts the lines a text needs in its column, line breaks included", () => {
    expect(linesFor("", 10)).toBe(1);
    expect(linesFor("a".repeat(9), 10)).toBe(1);
    expect(linesFor("a".repeat(30), 10)).toBe(4);
    expect(linesFor("một\nhai", 40)).toBe(2);
  });

  it("gives a row of n lines n × 15 + 3 points", () => {
    expect([rowHeight(1), rowHeight(2), rowHeight(6)]).toEqual([18, 33, 93]);
  });

  it("never asks for more than Excel's 409 points, however long the text", () => {
    expect(heightFor([{ text: "x".repeat(20_000), width: 30 }])).toBe(409);
    expect(rowHeight(27)).toBe(408);
    expect(rowHeight(28)).toBe(409);
  });

  it("makes a row as tall as its tallest text", () => {
    // 100 characters in a column of 20 (19 a line): 6 lines.
    expect(heightFor([{ text: "ngắn", width: 20 }, { text: "x".repeat(100), width: 20 }])).toBe(93);
  });

  it("gives a review row with a long message room for every line", () => {
    const short = finding({ code: "figure.blank", sheet: "Phụ lục", cell: "C9", indicator: "platforms", year: 2024, value: null });
    const long = finding({ code: "indicator.unknown", sheet: "Phụ lục", cell: "B14", indicator: null, year: null, value: "x".repeat(300) });
    const patch = layoutReviewSheet({ sheet: "Kiểm tra", file: "a.xlsx", findings: [short, long], summary: summarise([short, long]), checkedAt: "" });
    // Row 5: "Đưa nội dung lên nền tảng số" (28 characters) in the indicator column of width 28: 2 lines.
    // Row 6: the 300-character value in the value column of width 22 (20.9 a line): 15 lines, taller than the
    // 399-character message in its column of 90 (5 lines).
    expect(patch.rowHeights).toEqual([
      { row: 4, points: 33 },
      { row: 5, points: 228 },
    ]);
  });
});
