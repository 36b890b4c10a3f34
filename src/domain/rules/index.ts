/**
 * Validates the appendix tables of one workbook against the strategy's rules (RULES.md, "Target tables").
 * Each rule lives in its own file; this one reads every table once and runs them.
 */
import type { AppendixTable, PlanCounts } from "../appendix";
import { sortFindings, type Finding } from "../findings";
import { checkCell } from "./cellFigures";
import { checkDecreasing, type PlanTable } from "./decreasing";
import { checkAmbiguous, checkLabels } from "./labels";
import { checkNational } from "./national";
import { checkPeriodYears, yearProblems } from "./periodYears";
import { groupPlans } from "./plans";
import { checkReachable } from "./reachable";
import { readTable, type ReadRow } from "./reading";

export { readTargets, type TargetReading } from "./targets";

export function validateAppendix(tables: readonly AppendixTable[], counts: PlanCounts): Finding[] {
  const read: ReadRow[][] = tables.map(readTable);
  const out: Finding[] = [];

  tables.forEach((table, i) => {
    // A table that may not be a target table at all (no indicator row, or money words) gets no error: a false
    // error on a budget figure would cost every other finding the reviewer's trust.
    const errorsToo = table.recognition?.confidence !== "ambiguous";
    const sink = (found: readonly Finding[]): void => append(out, found, errorsToo);
    sink(checkAmbiguous(table));
    sink(checkPeriodYears(table));
    sink(checkLabels(table));
    for (const { cells } of read[i] ?? []) {
      for (const rc of cells) {
        sink(checkCell(rc));
        // Unknown rows are range-checked only: without an indicator there is no national figure or denominator.
        if (rc.row.indicator !== null) {
          sink(checkNational(rc));
          sink(checkReachable(rc, counts));
        }
      }
    }
  });

  for (const plan of groupPlans(tables)) {
    const planTables: PlanTable[] = plan.flatMap((i) => {
      const table = tables[i];
      const rows = read[i];
      if (!table || !rows) return [];
      const misplaced = new Set<number>();
      yearProblems(table).forEach((p, col) => {
        if (p === "out_of_span" || p === "duplicate") misplaced.add(col);
      });
      return [{ rows, misplacedColumns: misplaced }];
    });
    out.push(...checkDecreasing(planTables));
  }

  return sortFindings(out);
}

/** Most checks find nothing: a plain loop skips the empty lists that `push(...list)` would still spread (cold code). */
function append(out: Finding[], found: readonly Finding[], errorsToo = true): void {
  for (const f of found) if (errorsToo || f.severity !== "error") out.push(f);
}
