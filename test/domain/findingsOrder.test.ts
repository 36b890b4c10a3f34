import { compareFindings, finding, type Finding, sortFindings } from "../../src/domain/findings";

/** A small deterministic generator, so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("sortFindings", () => {
  it("gives the order of a stable sort by compareFindings: sheet, row, column, severity, then as found", () => {
    const random = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const cells = ["", "A1", "B2", "C10", "Z9", "AA1", "AB12", "XFD1048576", "C6", "C7", "D6"];
    const codes = ["figure.blank", "figure.not_a_number", "indicator.unknown", "target.decreasing"] as const;
    for (let round = 0; round < 20; round++) {
      const findings: Finding[] = Array.from({ length: 200 }, (_, i) =>
        finding({ code: pick(codes), sheet: pick(["Tỉnh 01", "Tỉnh 02", "A", "a", "Sheet1"]), cell: pick(cells), indicator: null, year: i, value: null }),
      );
      const expected = [...findings].sort(compareFindings);
      expect(sortFindings([...findings]).map((f) => f.year)).toEqual(expected.map((f) => f.year));
    }
  });
});
