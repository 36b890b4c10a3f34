/**
 * The province's actual figure for an indicator and a year, from the agencies' reports (AGENCY_FORM.md), and its
 * attainment against the year's target. Always from counts over the reports of that year, never by averaging
 * percentages. Spreadsheet formulas written beside the targets must compute the same values; the rules below
 * say how.
 */
import type { IndicatorId } from "../indicators";
import type { AgencyReport } from "./report";

export interface ActualOptions {
  /** Revenue growth threshold of the year's target, as a fraction (0.1 = 10%). Missing means 0. */
  readonly threshold?: number;
}

export interface Actual {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator ÷ denominator; null when nobody reported for the year or the denominator is zero. */
  readonly actual: number | null;
}

/** What the arithmetic reads of a report: the year and the figures. */
export type AttainmentReport = Pick<
  AgencyReport,
  | "year"
  | "electronic"
  | "mediaTypes"
  | "platforms"
  | "analyticsAi"
  | "convergedNewsroom"
  | "baseRevenue"
  | "revenue"
  | "staff"
  | "trained"
  | "securityLevel"
>;

/**
 * Yes/no indicators count over every agency reporting for the year: a blank answer counts as "not yes" (the agency
 * is in the denominator, not in the numerator), as COUNTIFS(…, "Có") over the table would count it.
 */
export function computeActual(
  indicator: IndicatorId,
  year: number,
  reports: readonly AttainmentReport[],
  opts: ActualOptions = {},
): Actual {
  const ofYear = reports.filter((r) => r.year === year);
  const count = (list: readonly AttainmentReport[], yes: (r: AttainmentReport) => boolean): Actual =>
    ratio(list.filter(yes).length, list.length);
  switch (indicator) {
    case "platforms":
      return count(ofYear, (r) => r.platforms === true);
    case "analytics_ai":
      return count(ofYear, (r) => r.analyticsAi === true);
    case "converged_newsroom":
      return count(ofYear, (r) => r.convergedNewsroom === true);
    case "revenue": {
      const threshold = opts.threshold ?? 0;
      return count(
        ofYear.filter((r) => r.baseRevenue !== null),
        (r) => r.revenue !== null && r.baseRevenue !== null && revenueReaches(r.revenue, r.baseRevenue, threshold),
      );
    }
    case "training": {
      // Only agencies that gave both figures, so one agency's missing head count cannot inflate the share.
      const both = ofYear.filter((r) => r.staff !== null && r.trained !== null);
      return ratio(
        both.reduce((s, r) => s + (r.trained ?? 0), 0),
        both.reduce((s, r) => s + (r.staff ?? 0), 0),
      );
    }
    case "security_level3":
      return count(
        ofYear.filter((r) => r.electronic),
        (r) => r.securityLevel !== null && r.securityLevel >= 3,
      );
    case "university_curriculum":
      // Universities do not fill the agency form.
      return { numerator: 0, denominator: 0, actual: null };
  }
}

function ratio(numerator: number, denominator: number): Actual {
  return { numerator, denominator, actual: denominator > 0 ? numerator / denominator : null };
}

/**
 * Whether revenue grew by at least `threshold` over the base, decided exactly at the threshold.
 *
 * Rule (mirror it in a formula): with revenues rounded to hundredths of a million đồng and the threshold to
 * hundredths of a percent (basis points),
 *   ROUND(revenue*100,0) * 10000 >= ROUND(base*100,0) * (10000 + ROUND(threshold*10000,0))
 * compared in integers, so base 10000, revenue 11000, threshold 10% counts whatever 1.1 × 10000 gives in binary.
 * Rounding is half away from zero after taking the value to 15 significant digits, as Excel's ROUND does.
 */
export function revenueReaches(revenue: number, base: number, threshold: number): boolean {
  const r = BigInt(excelRound(revenue * 100));
  const b = BigInt(excelRound(base * 100));
  const t = BigInt(excelRound(threshold * 10000));
  return r * 10000n >= b * (10000n + t);
}

function excelRound(x: number): number {
  const v = Number(x.toPrecision(15));
  return Math.sign(v) * Math.round(Math.abs(v));
}

/** The attainment verdicts, as the sheet shows them and the formulas return them: the one Status of the project. */
export const STATUS = { met: "Đạt", notMet: "Chưa đạt", none: "—" } as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];

/** A target's attainment: the ratio and the verdict (rules/reading.ts's Assessment is a figure read from a cell). */
export interface AttainmentVerdict {
  /** actual ÷ target; null when the target is 0 or there is no actual figure. */
  readonly ratio: number | null;
  readonly status: Status;
}

/**
 * "Đạt" when actual ≥ target, "Chưa đạt" when below, "—" when there is no actual figure (no report, zero
 * denominator) or no target. Both sides are rounded to 9 decimals before comparing, so 2/3 meets a target typed as
 * 0.666666667 and floating-point noise cannot fail an exact hit; in a formula: ROUND(actual,9) >= ROUND(target,9).
 * A 0% target is therefore always met once there is an actual figure.
 */
export function judgeAttainment(actual: number | null, target: number | null): AttainmentVerdict {
  if (actual === null || target === null) return { ratio: null, status: STATUS.none };
  const ratio = target === 0 ? null : actual / target;
  return { ratio, status: round9(actual) >= round9(target) ? STATUS.met : STATUS.notMet };
}

function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
