/**
 * target.unreachable_share: with N agencies (or people, or electronic-press agencies) only k/N can happen.
 * A share within half a percentage point of some k/N passes (67%, 66,7% and 2/3 for N = 3). Bounds
 * ("trên 65%", "tối thiểu 20%", ranges) are not points and are not checked. For revenue, the share is checked.
 */
import type { PlanCounts } from "../appendix";
import { finding, NO_FINDINGS, type Finding } from "../findings";
import { indicator, type Denominator } from "../indicators";
import { HALF_POINT, rawOperand, type ReadCell } from "./reading";

function countFor(denominator: Denominator, counts: PlanCounts): number | undefined {
  switch (denominator) {
    case "agencies":
      return counts.agencies;
    case "electronic_agencies":
      return counts.electronicAgencies;
    case "people":
      return counts.people;
    case "universities":
      return undefined;
  }
}

export function checkReachable(rc: ReadCell, counts: PlanCounts): readonly Finding[] {
  const a = rc.assessment;
  const id = rc.row.indicator;
  if (a.status !== "ok" || id === null) return NO_FINDINGS;
  if (a.qualifier === "more_than" || a.qualifier === "at_least" || a.qualifier === "increase") return NO_FINDINGS;
  const denominator = indicator(id).denominator;
  const n = countFor(denominator, counts);
  if (n === undefined || !Number.isInteger(n) || n <= 0) return NO_FINDINGS;
  const nearest = Math.round(a.share * n);
  if (Math.abs(a.share - nearest / n) <= HALF_POINT) return NO_FINDINGS;
  const lowerK = Math.max(0, Math.floor(a.share * n));
  const upperK = Math.min(n, Math.ceil(a.share * n));
  return [
    finding({
      code: "target.unreachable_share",
      sheet: rc.table.sheet,
      cell: rc.cell.cell,
      indicator: id,
      year: rc.cell.year,
      value: rawOperand(rc.cell.raw),
      operands: { share: a.share, agencies: n, lowerK, lower: lowerK / n, upperK, upper: upperK / n, denominator },
    }),
  ];
}
