/**
 * target.below_national and revenue.threshold_below_national: a usable target of a recognised row compared with
 * the national figure of its year (781 for 2023–2024, 348 for 2025 and 2030; none for 2026–2029).
 * Qualified figures ("trên 65%") are compared as written; a range by its lower bound.
 */
import { finding, NO_FINDINGS, type Finding } from "../findings";
import { nationalTarget } from "../national";
import { EPSILON, rawOperand, type ReadCell } from "./reading";

export function checkNational(rc: ReadCell): readonly Finding[] {
  const a = rc.assessment;
  const id = rc.row.indicator;
  // An increase ("tăng 5%") is a change, not a level to compare with the national one.
  if (a.status !== "ok" || id === null || a.qualifier === "increase") return NO_FINDINGS;
  const national = nationalTarget(id, rc.cell.year);
  if (!national) return NO_FINDINGS;
  const below = a.share < national.share - EPSILON;
  const thresholdBelow = a.threshold !== null && national.threshold !== undefined && a.threshold < national.threshold - EPSILON;
  if (!below && !thresholdBelow) return NO_FINDINGS;
  const at = {
    sheet: rc.table.sheet,
    cell: rc.cell.cell,
    indicator: id,
    year: rc.cell.year,
    value: rawOperand(rc.cell.raw),
  };
  const out: Finding[] = [];
  if (below) {
    out.push(
      finding({
        code: "target.below_national",
        ...at,
        expected: national.share,
        operands: { share: a.share, national: national.share, decision: national.decision },
      }),
    );
  }
  if (thresholdBelow && a.threshold !== null && national.threshold !== undefined) {
    // Revenue on two rows or in two columns: the threshold's finding sits on the threshold's own cell.
    const where = rc.thresholdAt ? { cell: rc.thresholdAt.cell, value: rawOperand(rc.thresholdAt.raw) } : {};
    out.push(
      finding({
        code: "revenue.threshold_below_national",
        ...at,
        ...where,
        expected: national.threshold,
        operands: { threshold: a.threshold, national: national.threshold, decision: national.decision },
      }),
    );
  }
  return out;
}
