import { judgeAttainment, computeActual, revenueReaches } from "../../src/domain/agency/attainment";
import type { AgencyReport } from "../../src/domain/agency/report";

const rep = (over: Partial<AgencyReport>): AgencyReport => ({
  year: 2024,
  agency: "A",
  electronic: false,
  mediaTypes: 1,
  platforms: null,
  analyticsAi: null,
  convergedNewsroom: null,
  baseRevenue: null,
  revenue: null,
  staff: null,
  trained: null,
  securityLevel: null,
  ...over,
});

const province: AgencyReport[] = [
  rep({ agency: "Báo", electronic: true, mediaTypes: 2, platforms: true, analyticsAi: true, convergedNewsroom: true,
    baseRevenue: 10000, revenue: 11000, staff: 100, trained: 30, securityLevel: 3 }),
  rep({ agency: "Đài", electronic: true, mediaTypes: 3, platforms: true, analyticsAi: false, convergedNewsroom: false,
    baseRevenue: 20000, revenue: 21000, staff: 200, trained: 20, securityLevel: 2 }),
  rep({ agency: "Tạp chí", electronic: false, mediaTypes: 1, platforms: null, analyticsAi: null, convergedNewsroom: null,
    baseRevenue: null, revenue: 500, staff: 10, trained: null, securityLevel: null }),
  // Another year: must never leak into 2024.
  rep({ year: 2023, agency: "Báo", electronic: true, platforms: false, staff: 1000, trained: 0, securityLevel: 1 }),
];

describe("computeActual", () => {
  it("platforms: agencies with Có over every agency reporting, a blank counting as not yes", () => {
    expect(computeActual("platforms", 2024, province)).toEqual({ numerator: 2, denominator: 3, actual: 2 / 3 });
  });

  it("analytics_ai: agencies with Có over every agency reporting", () => {
    expect(computeActual("analytics_ai", 2024, province)).toEqual({ numerator: 1, denominator: 3, actual: 1 / 3 });
  });

  it("converged_newsroom: over all agencies reporting (the formulas know no other denominator)", () => {
    expect(computeActual("converged_newsroom", 2024, province)).toEqual({ numerator: 1, denominator: 3, actual: 1 / 3 });
  });

  it("revenue: agencies reaching the year's threshold over agencies with a base revenue", () => {
    // Báo grows 10%, Đài 5%; Tạp chí has no base revenue and is left out.
    expect(computeActual("revenue", 2024, province, { threshold: 0.1 })).toEqual({ numerator: 1, denominator: 2, actual: 0.5 });
    expect(computeActual("revenue", 2024, province, { threshold: 0.05 })).toEqual({ numerator: 2, denominator: 2, actual: 1 });
    expect(computeActual("revenue", 2024, province, { threshold: 0.2 })).toEqual({ numerator: 0, denominator: 2, actual: 0 });
  });

  it("revenue: an agency with a base but no report-year revenue stays in the denominator only", () => {
    const reports = [rep({ baseRevenue: 100, revenue: null }), rep({ baseRevenue: 100, revenue: 150 })];
    expect(computeActual("revenue", 2024, reports, { threshold: 0.1 })).toEqual({ numerator: 1, denominator: 2, actual: 0.5 });
  });

  it("training: Σ trained ÷ Σ people over agencies that gave both, never an average of shares", () => {
    // (30 + 20) / (100 + 200); the average of 30% and 10% would be 20%.
    expect(computeActual("training", 2024, province)).toEqual({ numerator: 50, denominator: 300, actual: 50 / 300 });
  });

  it("security_level3: electronic agencies at level 3 or more over electronic agencies only", () => {
    const reports = [...province, rep({ agency: "Tạp chí 2", electronic: false, securityLevel: 4 })];
    expect(computeActual("security_level3", 2024, reports)).toEqual({ numerator: 1, denominator: 2, actual: 0.5 });
  });

  it("security_level3: a blank level counts as below 3", () => {
    const reports = [rep({ electronic: true, securityLevel: null }), rep({ electronic: true, securityLevel: 5 })];
    expect(computeActual("security_level3", 2024, reports).actual).toBe(0.5);
  });

  it.each(["platforms", "analytics_ai", "converged_newsroom", "revenue", "training", "security_level3"] as const)(
    "%s: no reports for the year gives no actual figure",
    (id) => expect(computeActual(id, 2026, province, { threshold: 0.1 })).toEqual({ numerator: 0, denominator: 0, actual: null }),
  );

  it("gives no actual figure when the denominator is zero", () => {
    const noElectronic = [rep({ electronic: false })];
    expect(computeActual("security_level3", 2024, noElectronic).actual).toBeNull();
    expect(computeActual("revenue", 2024, [rep({ revenue: 100 })], { threshold: 0.1 }).actual).toBeNull();
    expect(computeActual("training", 2024, [rep({ staff: 0, trained: 0 })]).actual).toBeNull();
    expect(computeActual("training", 2024, [rep({ staff: 10 })]).actual).toBeNull();
  });

  it("university_curriculum has no agency data", () => {
    expect(computeActual("university_curriculum", 2024, province)).toEqual({ numerator: 0, denominator: 0, actual: null });
  });
});

describe("the revenue threshold holds exactly at 'at least'", () => {
  it("counts base 10000, revenue 11000 at 10%", () => {
    expect(revenueReaches(11000, 10000, 0.1)).toBe(true);
    expect(computeActual("revenue", 2024, [rep({ baseRevenue: 10000, revenue: 11000 })], { threshold: 0.1 }).numerator).toBe(1);
  });
  it("does not count revenue 10999", () => {
    expect(revenueReaches(10999, 10000, 0.1)).toBe(false);
    expect(computeActual("revenue", 2024, [rep({ baseRevenue: 10000, revenue: 10999 })], { threshold: 0.1 }).numerator).toBe(0);
  });
  it("does not trust base × (1 + threshold) in floating point", () => {
    // The naive comparison gets these wrong in both directions.
    expect(3000 * (1 + 0.1)).toBeGreaterThan(3300);
    expect(100 * (1 + 0.15)).toBeLessThan(115);
    expect(revenueReaches(3300, 3000, 0.1)).toBe(true);
    expect(revenueReaches(114.99, 100, 0.15)).toBe(false);
  });
  it.each([
    [115, 100, 0.15, true],
    [107, 100, 0.07, true],
    [106.99, 100, 0.07, false],
    [1.2, 1, 0.2, true],
    [0, 0, 0.1, true],
    [3300, 3000, 0.1, true],
    [12.345, 10, 0.2345, true],
  ])("revenue %p over base %p at %p → %p", (revenue, base, t, ok) => expect(revenueReaches(revenue, base, t)).toBe(ok));
  it("with no threshold, holding revenue level counts as reaching it", () => {
    expect(revenueReaches(100, 100, 0)).toBe(true);
    expect(revenueReaches(99.99, 100, 0)).toBe(false);
  });
});

describe("judgeAttainment", () => {
  it("meets a target when actual ≥ target", () => {
    expect(judgeAttainment(0.7, 0.7)).toEqual({ ratio: 1, status: "Đạt" });
    expect(judgeAttainment(0.8, 0.5)).toEqual({ ratio: 1.6, status: "Đạt" });
    expect(judgeAttainment(0.4, 0.5)).toEqual({ ratio: 0.8, status: "Chưa đạt" });
  });
  it("ignores floating-point noise at an exact hit", () => {
    expect(judgeAttainment(0.1 + 0.2, 0.3).status).toBe("Đạt");
    expect(judgeAttainment(7 / 10, 0.7).status).toBe("Đạt");
    expect(judgeAttainment(2 / 3, 0.67).status).toBe("Chưa đạt");
  });
  it("always meets a 0% target, with no ratio", () => {
    expect(judgeAttainment(0, 0)).toEqual({ ratio: null, status: "Đạt" });
    expect(judgeAttainment(0.2, 0)).toEqual({ ratio: null, status: "Đạt" });
  });
  it("says — when there is no actual figure or no target", () => {
    expect(judgeAttainment(null, 0.5)).toEqual({ ratio: null, status: "—" });
    expect(judgeAttainment(null, 0)).toEqual({ ratio: null, status: "—" });
    expect(judgeAttainment(0.5, null)).toEqual({ ratio: null, status: "—" });
  });
});
