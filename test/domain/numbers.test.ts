// One number reader for target figures and report amounts: both read "1,234,567" alike.
import { parseNumberText } from "../../src/domain/numbers";
import { parseNumberCell } from "../../src/domain/agency/report";
import { parseFigure } from "../../src/domain/figureParser";

describe("parseNumberText", () => {
  it.each([
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.500", 1500],
    ["33,5", 33.5],
    ["66.7", 66.7],
    ["-12", -12],
    [" 2 500 ", 2500],
  ] as const)("reads “%s” as %d", (text, n) => {
    expect(parseNumberText(text)).toBe(n);
  });

  it.each(["", "12a", "1,2,3.4.5", "67%", "2/3"])("refuses “%s”", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it("reads a lone dot before three digits as a decimal point in a percentage", () => {
    expect(parseNumberText("66.700", true)).toBe(66.7);
  });

  it("agrees with the report reader and the figure reader on thousands", () => {
    expect(parseNumberCell("1,234,567")).toBe(1234567);
    expect(parseNumberCell("1.234.567")).toBe(1234567);
    expect(parseFigure({ value: "1,234,567", percentFormat: false }, { numbersArePercent: false, compound: false })).toEqual({
      kind: "share",
      share: 1234567,
      qualifier: "exact",
      asText: true,
    });
  });
});
