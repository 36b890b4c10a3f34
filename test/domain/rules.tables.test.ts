import { validateAppendix } from "../../src/domain/rules";
import type { AppendixTable } from "../../src/domain/appendix";
import { indicator } from "../../src/domain/indicators";
import { EARLY, table } from "./builders";
import { only } from "./ruleFixtures";

function withYears(years: number[]): AppendixTable {
  return table({ years, rows: [{ indicator: "platforms", values: years.map(() => 1) }] });
}
const periodFindings = (years: number[]) => only(validateAppendix([withYears(years)], {}), "table.period_years");

describe("period rule", () => {
  it.each([
    [[2023, 2024, 2025]],
    [[2026, 2027, 2028, 2029, 2030]],
    [[2024, 2025]],
    [[2024, 2025, 2026]],
    [[2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]],
    [[2025, 2030]],
    [[2023, 2024, 2025, 2030]],
  ])("accepts %j", (years) => {
    expect(periodFindings(years)).toEqual([]);
  });
  it.each([
    [[2026, 2027, 2029], "E4", "not_consecutive"],
    [[2023, 2024, 2024], "E4", "duplicate"],
    [[2022, 2023, 2024], "C4", "out_of_span"],
    [[2029, 2030, 2031], "E4", "out_of_span"],
    [[2023, 2024, 2026], "E4", "not_consecutive"],
    [[2023, 2024, 2030], "E4", "not_consecutive"],
  ] as const)("flags %j on the offending header cell", (years, cell, reason) => {
    const f = periodFindings([...years]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", cell, value: `Kế hoạch năm ${years[cell === "C4" ? 0 : 2]}`, operands: { reason, years: years.join(", ") } });
  });
});

describe("label rules", () => {
  it("notes a row that matches no standard indicator, on its label cell", () => {
    const f = only(validateAppendix([table({ years: EARLY, rows: [{ indicator: null, label: "Tỷ lệ thu phí nội dung", values: [0.1, 0.2, 0.3] }] })], {}), "indicator.unknown");
    expect(f).toEqual([expect.objectContaining({ severity: "info", cell: "B5", value: "Tỷ lệ thu phí nội dung", indicator: null })]);
  });
  it("still range-checks the figures of an unknown row", () => {
    const f = validateAppendix([table({ years: EARLY, rows: [{ indicator: null, values: [1.5, "4O%", "50%"] }] })], {});
    expect(f.map((x) => x.code)).toEqual(["indicator.unknown", "figure.out_of_range", "figure.not_a_number", "figure.stored_as_text"]);
  });
  it("notes a reworded label with the standard wording", () => {
    const f = only(validateAppendix([table({ years: EARLY, rows: [{ indicator: "platforms", label: "Đưa nội dung lên nền tảng số", values: [0.3, 0.5, 0.7] }] })], {}), "indicator.label_differs");
    expect(f).toEqual([expect.objectContaining({ severity: "info", cell: "B5", indicator: "platforms", expected: indicator("platforms").labelVi })]);
  });
  it("says nothing of a standard label", () => {
    expect(validateAppendix([table({ years: EARLY, rows: [{ indicator: "platforms", values: [0.3, 0.5, 0.7] }] })], {})).toEqual([]);
  });
});

describe("finding order", () => {
  it("sorts findings by sheet, row and column", () => {
    const f = validateAppendix(
      [
        table({ sheet: "B", years: EARLY, rows: [{ indicator: "platforms", values: [null, 0.5, 0.7] }] }),
        table({ sheet: "A", years: EARLY, rows: [{ indicator: "platforms", values: [0.3, 0.5, null] }, { indicator: "training", values: [null, 0.7, 1] }] }),
      ],
      {},
    );
    // B has one row: its blank 2023 is the whole column, one figure.year_blank on the header (C4).
    expect(f.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["A!E5", "A!C6", "B!C4"]);
  });
});
