// RULES.md version 2, "Reading figures": qualified figures and ranges are readable, a date in a share cell says what
// Excel did, and rows that are not indicators never get an error for a readable qualified figure.
import type { RawFigure } from "../../src/domain/appendix";
import { numbersArePercentIn, parseFigure } from "../../src/domain/figureParser";
import type { FigureContext } from "../../src/domain/figures";
import { renderMessage } from "../../src/domain/messages";
import { validateAppendix } from "../../src/domain/rules";
import { EARLY, general, table, text } from "./builders";
import { only } from "./ruleFixtures";

const plain: FigureContext = { numbersArePercent: false, compound: false };
const revenue: FigureContext = { numbersArePercent: false, compound: true };
const txt = (value: string): RawFigure => ({ value, percentFormat: false });
const date = (value: number, dateFormat: string): RawFigure => ({ value, percentFormat: false, dateFormat });

describe("qualified figures and ranges are readable", () => {
  it.each([
    ["trên 65%", 0.65, "more_than", undefined],
    ["tối thiểu 20%", 0.2, "at_least", undefined],
    ["phấn đấu 100%", 1, "aim", undefined],
    ["tăng 5%", 0.05, "increase", undefined],
    ["Tăng 5%", 0.05, "increase", undefined],
    ["ít nhất 1/3", 1 / 3, "at_least", undefined],
    ["5-10%", 0.05, "at_least", 0.1],
    ["từ 30-70%", 0.3, "at_least", 0.7],
    ["từ 30% đến 70%", 0.3, "at_least", 0.7],
    ["tăng 5-10%", 0.05, "increase", 0.1],
    ["67% (2 cơ quan)", 0.67, "exact", undefined],
    ["100% (3/3)", 1, "exact", undefined],
    ["tăng 5% so với năm 2020", 0.05, "increase", undefined],
  ] as const)("reads “%s”", (value, share, qualifier, upper) => {
    const f = parseFigure(txt(value), plain);
    expect(f.kind).toBe("share");
    if (f.kind !== "share") return;
    expect(f.share).toBeCloseTo(share, 6);
    expect([f.qualifier, f.upper]).toEqual([qualifier, upper]);
  });

  it("keeps figures that are not qualified figures unreadable (close negatives)", () => {
    for (const v of ["4O%", "tăng", "tăng nhiều", "2 cơ quan", "67% năm 2025 và 80% năm 2026", "tăng 5% (4O)"]) {
      expect([v, parseFigure(txt(v), plain).kind]).toEqual([v, v === "tăng 5% (4O)" ? "share" : "invalid"]);
    }
  });

  it("reads the revenue figure with its base year as description", () => {
    expect(parseFigure(txt("33% cơ quan báo chí tăng doanh thu 20% (so với năm 2022)"), revenue)).toEqual({
      kind: "compound",
      share: 0.33,
      threshold: 0.2,
      qualifier: "exact",
      asText: true,
    });
  });
});

describe("ranges are checked by their lower bound, and by their upper bound against 100%", () => {
  const check = (values: Parameters<typeof table>[0]["rows"][number]["values"], id: "platforms" | null = "platforms") =>
    validateAppendix([table({ years: EARLY, rows: [{ indicator: id, label: id === null ? "Thu phí nội dung số" : undefined, values }] })], { agencies: 3 });

  it("flags a range whose upper bound passes 100% as out of range, on the upper bound", () => {
    const f = only(check([0.3, text("50-120%"), 0.7]), "figure.out_of_range");
    expect(f.map((x) => [x.cell, x.operands?.["share"]])).toEqual([["D5", 1.2]]);
  });

  it("compares the lower bound with the national figure (30% in 2023)", () => {
    expect(only(check([text("20-40%"), 0.5, 0.7]), "target.below_national").map((x) => [x.cell, x.operands?.["share"]])).toEqual([["C5", 0.2]]);
    expect(only(check([text("30-40%"), 0.5, 0.7]), "target.below_national")).toEqual([]);
  });

  it("compares the lower bound with the year before", () => {
    const f = only(check([0.5, text("40-90%"), 0.9]), "target.decreasing");
    expect(f.map((x) => [x.cell, x.operands?.["current"]])).toEqual([["D5", 0.4]]);
  });

  it("does not hold a range or a bound to k of N", () => {
    expect(only(check([text("30-40%"), text("trên 50%"), text("tối thiểu 70%")]), "target.unreachable_share")).toEqual([]);
  });

  it("words a range and a qualifier as read, never suggesting to drop the words", () => {
    const f = only(check([text("30-40%"), text("trên 50%"), 0.7]), "figure.stored_as_text");
    expect(f.map((x) => renderMessage(x, "vi"))).toEqual([
      "Đưa nội dung lên nền tảng số năm 2023: “30-40%” được đọc là từ 30% đến 40%, nhưng là văn bản nên Excel không tính toán được với nó.",
      "Đưa nội dung lên nền tảng số năm 2024: “trên 50%” được đọc là trên 50%, nhưng là văn bản nên Excel không tính toán được với nó.",
    ]);
    expect(f.map((x) => renderMessage(x, "en"))).toEqual([
      "Agencies publishing on digital platforms 2023: “30-40%” is read as 30% to 40%, but as text Excel cannot compute with it.",
      "Agencies publishing on digital platforms 2024: “trên 50%” is read as more than 50%, but as text Excel cannot compute with it.",
    ]);
  });
});

describe("an increase (“tăng 5%”) is a change, not a level", () => {
  const check = (values: Parameters<typeof table>[0]["rows"][number]["values"], id: "platforms" | null) =>
    validateAppendix([table({ years: EARLY, rows: [{ indicator: id, label: id === null ? "Mô hình báo chí điện tử thu phí nội dung" : undefined, values }] })], { agencies: 3 });

  it("is a stored-as-text warning in a province's own row, never unreadable", () => {
    expect(check([text("Tăng 5%"), text("tăng 5-10%"), text("Tăng 10%")], null).map((f) => `${f.severity} ${f.cell} ${f.code}`)).toEqual([
      "info B5 indicator.unknown",
      "warning C5 figure.stored_as_text",
      "warning D5 figure.stored_as_text",
      "warning E5 figure.stored_as_text",
    ]);
  });

  it("gives an unknown row no error for a readable qualified figure, even above 100%", () => {
    expect(check([text("tăng 150%"), text("trên 120%"), general(0.2)], null).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("still gives an unknown row an error for an unreadable or unqualified figure (negative)", () => {
    expect(check([text("4O%"), text("150%"), general(0.2)], null).filter((f) => f.severity === "error").map((f) => [f.cell, f.code])).toEqual([
      ["C5", "figure.not_a_number"],
      ["D5", "figure.out_of_range"],
    ]);
  });

  it("is not compared with the national figure, the year before or k of N in an indicator row", () => {
    const f = check([text("tăng 5%"), 0.1, text("tăng 10%")], "platforms");
    expect(f.map((x) => `${x.cell} ${x.code}`)).toEqual(["C5 figure.stored_as_text", "D5 target.below_national", "D5 target.unreachable_share", "E5 figure.stored_as_text"]);
  });
});

describe("a date in a share cell", () => {
  // 2 March 2026 (serial 46083): "2/3" typed in a Vietnamese Excel (day first); 3 February in an English one.
  const MARCH_2 = 46083;

  it("reads the date and the fraction that was typed, in the format's order", () => {
    expect(parseFigure(date(MARCH_2, "dd/mm/yyyy"), plain)).toEqual({
      kind: "invalid",
      text: "46083",
      date: { day: 2, month: 3, year: 2026, typed: "2/3", share: 2 / 3 },
    });
    expect(parseFigure(date(MARCH_2, "m/d/yyyy"), plain)).toMatchObject({ date: { typed: "3/2", share: null } });
    expect(parseFigure(date(MARCH_2, "mmm-yy"), plain)).toMatchObject({ date: { typed: null, share: null } });
  });

  it("is an error that says what Excel did, and suggests a percentage, never a fraction", () => {
    const f = validateAppendix([table({ years: EARLY, rows: [{ indicator: "platforms", values: [0.3, date(MARCH_2, "d/m/yyyy"), 0.7] }] })], {});
    expect(f.map((x) => `${x.severity} ${x.cell} ${x.code}`)).toEqual(["error D5 figure.not_a_number"]);
    const [only1] = f;
    expect(only1 && renderMessage(only1, "vi")).toBe(
      "Đưa nội dung lên nền tảng số năm 2024: ô chứa ngày 02/03/2026, không phải tỷ lệ (Excel đã đổi “2/3” gõ vào ô thành ngày). Hãy nhập tỷ lệ dưới dạng phần trăm, ví dụ 66,7%.",
    );
    expect(only1 && renderMessage(only1, "en")).toBe(
      "Agencies publishing on digital platforms 2024: the cell holds the date 02/03/2026, not a share (Excel turned “2/3” typed into the cell into a date). Enter the share as a percentage, e.g. 66.7%.",
    );
  });

  it("does not make the table's bare numbers percents (a date serial is no figure)", () => {
    expect(numbersArePercentIn([{ value: 0.67, percentFormat: false }, date(MARCH_2, "d/m/yyyy")])).toBe(false);
  });

  it("leaves the same number without a date format an ordinary (out-of-range) figure (negative)", () => {
    const f = validateAppendix([table({ years: EARLY, rows: [{ indicator: "platforms", values: [0.3, general(MARCH_2), 0.7] }] })], {});
    expect(f.map((x) => x.code)).toContain("figure.out_of_range");
    expect(f.map((x) => x.code)).not.toContain("figure.not_a_number");
  });
});
