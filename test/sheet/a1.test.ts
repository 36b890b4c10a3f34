import { a1, parseA1, parseRange, rangeA1 } from "../../src/sheet/a1";

describe("A1 addresses", () => {
  it("reads plain, absolute and lower-case addresses, and a padded one", () => {
    expect(parseA1("C6")).toEqual({ row: 5, col: 2 });
    expect(parseA1("$AB$120")).toEqual({ row: 119, col: 27 });
    expect(parseA1("xfd1048576")).toEqual({ row: 1_048_575, col: 16_383 });
    expect(parseA1(" B2 ")).toEqual({ row: 1, col: 1 });
  });

  it("refuses what is not a cell", () => {
    for (const bad of ["A0", "A01", "AAAA1", "1A", "A", "", "A1:B2", "A-1", "Ä1"]) expect(() => parseA1(bad)).toThrow(/not an A1 cell address/);
  });

  it("round-trips every address a sheet can hold at its edges", () => {
    for (const [row, col] of [[0, 0], [0, 25], [0, 26], [9, 701], [9, 702], [1_048_575, 16_383]] as const) {
      expect(parseA1(a1(row, col))).toEqual({ row, col });
    }
    expect(rangeA1(parseRange("C3:A1"))).toBe("A1:C3");
  });
});
