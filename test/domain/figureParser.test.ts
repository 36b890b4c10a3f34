import type { RawFigure } from "../../src/domain/appendix";
import { numbersArePercentIn, parseFigure } from "../../src/domain/figureParser";
import type { Figure, FigureContext } from "../../src/domain/figures";

const plain: FigureContext = { numbersArePercent: false, compound: false };
const plainPercent: FigureContext = { numbersArePercent: true, compound: false };
const revenue: FigureContext = { numbersArePercent: false, compound: true };

const num = (value: number, percentFormat = false): RawFigure => ({ value, percentFormat });
const txt = (value: string): RawFigure => ({ value, percentFormat: false });

const share = (s: number, asText: boolean, extra: Partial<Extract<Figure, { kind: "share" }>> = {}): Figure => ({
  kind: "share",
  share: s,
  qualifier: "exact",
  asText,
  ...extra,
});
const compound = (s: number | null, threshold: number | null, extra: Partial<Extract<Figure, { kind: "compound" }>> = {}): Figure => ({
  kind: "compound",
  share: s,
  threshold,
  qualifier: "exact",
  asText: true,
  ...extra,
});

/** Figures compared with a tolerance, so 66.7/100 and 0.667 are equal. */
function expectFigure(actual: Figure, expected: Figure): void {
  expect(actual.kind).toBe(expected.kind);
  const round = (f: Figure): unknown =>
    JSON.parse(JSON.stringify(f, (_k, v: unknown) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v)));
  expect(round(actual)).toEqual(round(expected));
}

describe("reading a figure", () => {
  const cases: ReadonlyArray<readonly [string, RawFigure, FigureContext, Figure]> = [
    ["a number shown as a percentage", num(0.67, true), plain, share(0.67, false)],
    ["a bare fraction in a table of fractions", num(0.67), plain, share(0.67, false)],
    ["a bare number in a table of percents", num(67), plainPercent, share(0.67, false)],
    ["a percent-formatted number whatever the table", num(0.5, true), plainPercent, share(0.5, false)],
    ["“67%”", txt("67%"), plain, share(0.67, true)],
    ["“67 %” with a space", txt("67 %"), plain, share(0.67, true)],
    ["“66,7%” with a comma decimal", txt("66,7%"), plain, share(0.667, true)],
    ["“66.7%” with a dot decimal", txt("66.7%"), plain, share(0.667, true)],
    ["“33,5%”", txt("33,5%"), plain, share(0.335, true)],
    ["non-breaking and stray spaces", txt("\u00a0 67\u00a0% "), plain, share(0.67, true)],
    ["a line break inside", txt("67\n%"), plain, share(0.67, true)],
    ["“2/3” as a fraction", txt("2/3"), plain, share(2 / 3, true, { fraction: { k: 2, n: 3 } })],
    ["“2 / 3” with spaces", txt("2 / 3"), plain, share(2 / 3, true, { fraction: { k: 2, n: 3 } })],
    ["“trên 65%” as more than", txt("trên 65%"), plain, share(0.65, true, { qualifier: "more_than" })],
    ["“Trên 65%” in any case", txt("Trên 65%"), plain, share(0.65, true, { qualifier: "more_than" })],
    ["“tối thiểu 20%” as at least", txt("tối thiểu 20%"), plain, share(0.2, true, { qualifier: "at_least" })],
    ["“ít nhất 20%” as at least", txt("ít nhất 20%"), plain, share(0.2, true, { qualifier: "at_least" })],
    ["“phấn đấu 100%” as an aim", txt("phấn đấu 100%"), plain, share(1, true, { qualifier: "aim" })],
    ["“phấn đấu đạt trên 65%”: more than wins", txt("phấn đấu đạt trên 65%"), plain, share(0.65, true, { qualifier: "more_than" })],
    ["“từ 30-70%” as at least its lower bound", txt("từ 30-70%"), plain, share(0.3, true, { qualifier: "at_least", upper: 0.7 })],
    ["“30% - 70%” as at least its lower bound", txt("30% - 70%"), plain, share(0.3, true, { qualifier: "at_least", upper: 0.7 })],
    ["“từ 30% đến 70%”", txt("từ 30% đến 70%"), plain, share(0.3, true, { qualifier: "at_least", upper: 0.7 })],
    ["“100% cơ quan báo chí” with descriptive words", txt("100% cơ quan báo chí"), plain, share(1, true)],
    ["number text “0,67” in a table of fractions", txt("0,67"), plain, share(0.67, true)],
    ["number text “67” in a table of percents", txt("67"), plainPercent, share(0.67, true)],
    ["“1.187” with Vietnamese thousands", txt("1.187"), plainPercent, share(11.87, true)],
    ["a negative share, kept for the range check", txt("-5%"), plain, share(-0.05, true)],
    ["a share above 100%, kept for the range check", txt("120%"), plain, share(1.2, true)],
    ["a full-width percent sign", txt("67％"), plain, share(0.67, true)],
  ];
  it.each(cases)("reads %s", (_name, raw, ctx, expected) => {
    expectFigure(parseFigure(raw, ctx), expected);
  });
});

describe("reading the compound revenue figure", () => {
  const cases: ReadonlyArray<readonly [string, RawFigure, FigureContext, Figure]> = [
    ["the full form", txt("33% cơ quan báo chí tăng doanh thu 20%"), revenue, compound(0.33, 0.2)],
    ["“tăng doanh thu tối thiểu 20%”", txt("33,5% cơ quan báo chí tỉnh tăng doanh thu tối thiểu 20%"), revenue, compound(0.335, 0.2)],
    ["OCR line breaks and debris", txt("67% cơ ■'\nquan báo\nchí tăng'\n\ndoanh thù\n20% ■\""), revenue, compound(0.67, 0.2)],
    ["a wrapped cell", txt("33% cơ\nquan báo\nchí tăng\ndoanh\nthu 20%"), revenue, compound(0.33, 0.2)],
    ["the full form outside the revenue row", txt("33% cơ quan báo chí tăng doanh thu 20%"), plain, compound(0.33, 0.2)],
    ["a qualifier on the share", txt("phấn đấu 50% cơ quan báo chí trên địa bàn tăng doanh thu 20%"), revenue, compound(0.5, 0.2, { qualifier: "aim" })],
    ["a fraction share", txt("2/3 cơ quan báo chí tăng doanh thu 20%"), revenue, compound(2 / 3, 0.2)],
    ["a threshold range, read as its lower bound", txt("33% cơ quan báo chí tăng doanh thu 5-10%"), revenue, compound(0.33, 0.05)],
    ["a bare “0%” as a zero share", txt("0%"), revenue, share(0, true)],
    ["a zero number as a zero share", num(0, true), revenue, share(0, false)],
    ["a share with no threshold", txt("33%"), revenue, compound(0.33, null)],
    ["a percent-formatted share with no threshold", num(0.33, true), revenue, compound(0.33, null, { asText: false })],
    ["a bare number share with no threshold", num(33), { numbersArePercent: true, compound: true }, compound(0.33, null, { asText: false })],
    ["a threshold with no share", txt("tăng doanh thu 20%"), revenue, compound(null, 0.2)],
  ];
  it.each(cases)("reads %s", (_name, raw, ctx, expected) => {
    expectFigure(parseFigure(raw, ctx), expected);
  });
});

describe("what is not a figure", () => {
  const invalid: ReadonlyArray<readonly [string, RawFigure, FigureContext]> = [
    ["a letter O for a zero", txt("4O%"), plain],
    ["“chưa xác định”", txt("chưa xác định"), plain],
    ["named agencies", txt("Báo Thái Bình và Đài Phát thanh - Truyền hình"), plain],
    ["an Excel error value", { value: { error: "#DIV/0!" }, percentFormat: true }, plain],
    ["a boolean", { value: true, percentFormat: false }, plain],
    ["a count of agencies", txt("2 cơ quan"), plain],
    ["a fraction over zero", txt("1/0"), plain],
    ["a dash", txt("-"), plain],
    ["an unreadable compound share", txt("4O% cơ quan báo chí tăng doanh thu 20%"), revenue],
    ["growth words without figures", txt("Các cơ quan báo chí tăng doanh thu"), revenue],
  ];
  it.each(invalid)("rejects %s", (_name, raw, ctx) => {
    expect(parseFigure(raw, ctx).kind).toBe("invalid");
  });

  it("keeps the Excel error text", () => {
    expect(parseFigure({ value: { error: "#DIV/0!" }, percentFormat: false }, plain)).toEqual({ kind: "invalid", text: "#DIV/0!" });
  });

  it.each([
    ["null", null],
    ["an empty string", ""],
    ["spaces", "   "],
    ["non-breaking spaces", "\u00a0\u00a0"],
  ] as const)("reads %s as blank", (_name, value) => {
    expect(parseFigure({ value, percentFormat: false }, plain)).toEqual({ kind: "blank" });
  });
});

describe("deciding whether a table's bare numbers are percents", () => {
  it("reads numbers as fractions when all are at most 1", () => {
    expect(numbersArePercentIn([num(0.67), num(1), num(0), txt("67%")])).toBe(false);
  });
  it("reads numbers as percents when one is above 1", () => {
    expect(numbersArePercentIn([num(0.67), num(67)])).toBe(true);
  });
  it("counts number text without a percent sign", () => {
    expect(numbersArePercentIn([txt("67"), num(0.5)])).toBe(true);
  });
  it("ignores percent-formatted numbers and percent text", () => {
    expect(numbersArePercentIn([num(67, true), txt("120%"), num(0.5)])).toBe(false);
  });
});
