import { validateAppendix } from "../../src/domain/rules";
import type { IndicatorId } from "../../src/domain/indicators";
import { EARLY, LATE, table, text, type CellSpec } from "./builders";
import { only } from "./ruleFixtures";

const decreasing = (...tables: Parameters<typeof validateAppendix>[0]) => only(validateAppendix(tables, {}), "target.decreasing");
const row = (indicator: IndicatorId, values: CellSpec[]) => [{ indicator, values }];

describe("growth rule", () => {
  it("flags a target that falls within a table, on the later year's cell", () => {
    const f = decreasing(table({ years: EARLY, rows: row("converged_newsroom", [0.5, 0.33, 0.8]) }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "warning",
      cell: "D5",
      year: 2024,
      operands: { part: "share", current: 0.33, previous: 0.5, previousYear: 2023 },
    });
  });

  it("flags a target that falls from 2025 to 2026", () => {
    const f = decreasing(
      table({ years: EARLY, rows: row("platforms", [0.3, 0.5, 1]) }),
      table({ years: LATE, rows: row("platforms", [0.67, 1, 1, 1, 1]), headerRow: 12 }),
    );
    expect(f.map((x) => [x.cell, x.year, x.operands?.["previousYear"]])).toEqual([["C13", 2026, 2025]]);
  });

  it("flags 2025 → 2026 across sheets when each sheet holds one period", () => {
    const f = decreasing(
      table({ sheet: "2023-2025", years: EARLY, rows: row("platforms", [0.3, 0.5, 1]) }),
      table({ sheet: "2026-2030", years: LATE, rows: row("platforms", [0.67, 1, 1, 1, 1]) }),
    );
    expect(f.map((x) => [x.sheet, x.cell])).toEqual([["2026-2030", "C5"]]);
  });

  it("keeps plans on separate sheets apart when a sheet holds both periods", () => {
    const f = decreasing(
      table({ sheet: "A", years: EARLY, rows: row("platforms", [0.3, 0.5, 1]) }),
      table({ sheet: "A", years: LATE, rows: row("platforms", [1, 1, 1, 1, 1]), headerRow: 12 }),
      table({ sheet: "B", years: LATE, rows: row("platforms", [0.5, 1, 1, 1, 1]) }),
    );
    expect(f).toEqual([]);
  });

  it("does not flag steady or rising targets, nor 66,7% after 67%", () => {
    const f = decreasing(
      table({ years: EARLY, rows: row("analytics_ai", [0, 0.33, 0.67]) }),
      table({ years: LATE, rows: row("analytics_ai", [text("66,7%"), text("2/3"), 0.67, 0.67, 1]), headerRow: 12 }),
    );
    expect(f).toEqual([]);
  });

  it("compares qualified figures as written", () => {
    const f = decreasing(table({ years: EARLY, rows: row("platforms", [0.7, text("trên 65%"), text("phấn đấu 100%")]) }));
    expect(f.map((x) => x.cell)).toEqual(["D5"]);
  });

  it("does not cascade from an unreadable year, and skips it as the previous year", () => {
    const f = validateAppendix([table({ years: EARLY, rows: row("platforms", [0.5, text("4O%"), 0.4]) })], {});
    expect(f.map((x) => [x.code, x.cell])).toEqual([
      ["figure.not_a_number", "D5"],
      ["target.below_national", "E5"],
      ["target.decreasing", "E5"],
    ]);
    expect(only(f, "target.decreasing")[0]?.operands?.["previousYear"]).toBe(2023);
  });

  it("does not flag the year after an unreadable one that would have been higher", () => {
    const f = decreasing(table({ years: EARLY, rows: row("platforms", [0.3, text("900%"), 0.7]) }));
    expect(f).toEqual([]);
  });

  it("skips a blank year", () => {
    const f = decreasing(table({ years: EARLY, rows: row("platforms", [0.8, null, 0.7]) }));
    expect(f.map((x) => [x.cell, x.operands?.["previousYear"]])).toEqual([["E5", 2023]]);
  });

  it("leaves unknown rows alone", () => {
    expect(decreasing(table({ years: EARLY, rows: [{ indicator: null, values: [1, 0.5, 0] }] }))).toEqual([]);
  });
});

describe("growth rule for revenue", () => {
  const revenue = (...values: CellSpec[]) => decreasing(table({ years: EARLY, rows: row("revenue", values) }));
  const rev = (share: number, threshold: number) => text(`${share}% cơ quan báo chí tăng doanh thu ${threshold}%`);

  it("flags a threshold that falls", () => {
    const f = revenue(rev(30, 20), rev(30, 10), rev(30, 20));
    expect(f.map((x) => [x.cell, x.operands?.["part"], x.operands?.["current"], x.operands?.["previous"]])).toEqual([["D5", "threshold", 0.1, 0.2]]);
  });
  it("flags a share that falls while the threshold stays", () => {
    const f = revenue(rev(33, 20), rev(30, 20), rev(30, 20));
    expect(f.map((x) => [x.cell, x.operands?.["part"]])).toEqual([["D5", "share"]]);
  });
  it("accepts a share that falls while the threshold rises", () => {
    expect(revenue(rev(33, 10), rev(30, 20), rev(30, 20))).toEqual([]);
  });
  it("flags a fall to a zero share", () => {
    expect(revenue(rev(33, 10), text("0%"), rev(33, 20)).map((x) => x.cell)).toEqual(["D5"]);
  });
  it("accepts Thái Bình's rise from 0% to 33% +10% to 33% +20%", () => {
    expect(revenue(text("0%"), rev(33, 10), rev(33, 20))).toEqual([]);
  });
  it("does not compare an incomplete revenue figure", () => {
    expect(revenue(rev(33, 20), text("20%"), rev(33, 20))).toEqual([]);
  });
});
