import { validateAppendix } from "../../src/domain/rules";
import { EARLY, LATE, table, text } from "./builders";
import { only } from "./ruleFixtures";

describe("national rule: targets below the national figure", () => {
  it("flags 67% against the 70% of Decision 348 for 2025", () => {
    const f = only(validateAppendix([table({ years: EARLY, rows: [{ indicator: "platforms", values: [0.3, 0.5, 0.67] }] })], {}), "target.below_national");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "warning",
      cell: "E5",
      year: 2025,
      expected: 0.7,
      operands: { share: 0.67, national: 0.7, decision: "348/QĐ-TTg" },
    });
  });
  it("cites Decision 781 for 2023 and 2024", () => {
    const f = only(validateAppendix([table({ years: EARLY, rows: [{ indicator: "training", values: [0.3, 0.6, 1] }] })], {}), "target.below_national");
    expect(f.map((x) => [x.year, x.operands?.["decision"]])).toEqual([
      [2023, "781/QĐ-BTTTT"],
      [2024, "781/QĐ-BTTTT"],
    ]);
  });
  it("compares 2030 with Decision 348 and leaves 2026–2029 alone", () => {
    const f = only(validateAppendix([table({ years: LATE, rows: [{ indicator: "analytics_ai", values: [0.1, 0.1, 0.1, 0.1, 0.8] }] })], {}), "target.below_national");
    expect(f.map((x) => x.year)).toEqual([2030]);
  });
  it("compares a qualified figure as written", () => {
    const f = only(validateAppendix([table({ years: EARLY, rows: [{ indicator: "platforms", values: [0.3, 0.5, text("trên 65%")] }] })], {}), "target.below_national");
    expect(f.map((x) => x.cell)).toEqual(["E5"]);
  });
  it("does not flag targets at or above the national figure", () => {
    const f = validateAppendix([table({ years: EARLY, rows: [{ indicator: "converged_newsroom", values: [0.33, 0.5, 1] }] })], {});
    expect(only(f, "target.below_national")).toEqual([]);
  });
  it("does not compare unknown rows", () => {
    const f = validateAppendix([table({ years: EARLY, rows: [{ indicator: null, values: [0, 0, 0] }] })], {});
    expect(only(f, "target.below_national")).toEqual([]);
  });
  it("does not compare an unreadable cell", () => {
    const f = validateAppendix([table({ years: EARLY, rows: [{ indicator: "platforms", values: [0.3, text("chưa xác định"), 0.7] }] })], {});
    expect(only(f, "target.below_national")).toEqual([]);
  });
});

describe("national rule: revenue", () => {
  const revenue = (values: Parameters<typeof table>[0]["rows"][number]["values"]) =>
    validateAppendix([table({ years: EARLY, rows: [{ indicator: "revenue", values }] })], {});

  it("compares the share of agencies (Thái Bình's 0% in 2023 is below 5%)", () => {
    const f = only(revenue([text("0%"), text("33% cơ quan báo chí tăng doanh thu 10%"), text("33% cơ quan báo chí tăng doanh thu 20%")]), "target.below_national");
    expect(f.map((x) => [x.cell, x.operands?.["share"], x.operands?.["national"]])).toEqual([["C5", 0, 0.05]]);
  });
  it("flags a growth threshold below the national one", () => {
    const f = only(revenue([text("5% cơ quan báo chí tăng doanh thu 5%"), text("15% cơ quan báo chí tăng doanh thu 5%"), text("30% cơ quan báo chí tăng doanh thu 20%")]), "revenue.threshold_below_national");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "D5", severity: "warning", operands: { threshold: 0.05, national: 0.1, decision: "781/QĐ-BTTTT" } });
  });
  it("does not flag thresholds that meet the national ones", () => {
    const f = revenue([text("10% cơ quan báo chí tăng doanh thu 5%"), text("15% cơ quan báo chí tăng doanh thu 10%"), text("30% cơ quan báo chí tăng doanh thu tối thiểu 20%")]);
    expect(f).toEqual([]);
  });
});
