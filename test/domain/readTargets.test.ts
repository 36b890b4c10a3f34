import { readTargets } from "../../src/domain/rules/targets";
import { EARLY, general, table, text } from "./builders";

describe("reading the targets of a table", () => {
  const t = table({
    years: EARLY,
    rows: [
      { indicator: "platforms", values: [general(67), text("4O%"), null] },
      { indicator: "revenue", values: [text("0%"), text("33% cơ quan báo chí tăng doanh thu 10%"), text("33%")] },
      { indicator: null, values: [0.1, 0.2, 0.3] },
      { indicator: "training", values: [0.4, text("trên 70%"), 1.5] },
    ],
  });

  it("returns every usable target of a recognised row, with the revenue threshold", () => {
    expect(readTargets(t)).toEqual([
      { indicator: "platforms", year: 2023, cell: "C5", share: 0.67, threshold: null },
      { indicator: "revenue", year: 2023, cell: "C6", share: 0, threshold: null },
      { indicator: "revenue", year: 2024, cell: "D6", share: 0.33, threshold: 0.1 },
      { indicator: "training", year: 2023, cell: "C8", share: 0.4, threshold: null },
      { indicator: "training", year: 2024, cell: "D8", share: 0.7, threshold: null },
    ]);
  });
});
