/**
 * Validates the appendix tables of one workbook against the strategy's rules (RULES.md, "Target tables").
 * Each rule lives in its own file; this one reads every table once and runs them.
 */
import type { AppendixTable, PlanCounts } from "../appendix";
import { sortFindings, type Finding } from "../findings";
import { checkCell } from "./cellFigures";
import { blankYearColumns, checkBlankYears } from "./blankYears";
import { checkDecreasing, type PlanTable } from "./decreasing";
import { checkAmbiguous, checkLabels } from "./labels";
import { checkNational } from "./national";
import { checkPeriodYears, yearProblems } from "./periodYears";
import { groupPlans } from "./plans";
import { checkReachable } from "./reachable";
import { readTable, type TargetRowReading } from "./reading";

export { readTargets, type TargetReading } from "./targets";

export function validateAppendix(tables: readonly AppendixTable[], counts: PlanCounts): Finding[] {
  const read: TargetRowReading[][] = tables.map(readTable);
  const out: Finding[] = [];

  tables.forEach((table, i) => {
    if (isAmbiguous(table)) {
      append(out, checkAmbiguousTable(table, read[i] ?? []));
      return;
    }
    append(out, checkPeriodYears(table));
    append(out, checkLabels(table));
    const rows = read[i] ?? [];
    const blankYears = blankYearColumns(table, rows);
    append(out, checkBlankYears(table, rows, blankYears));
    const typos = new Set(table.yearColumns.flatMap((c, col) => (c.typo ? [col] : [])));
    for (const { cells } of rows) {
      cells.forEach((rc, col) => {
        // A year left blank in every row is one finding on its header, not one per cell.
        if (blankYears.has(col)) return;
        append(out, checkCell(rc));
        // Unknown rows are range-checked only: without an indicator there is no national figure or denominator.
        if (rc.row.indicator !== null) {
          // A header that is not a year as typed ("2O25") is flagged on itself; its column is compared with nothing.
          if (!typos.has(col)) append(out, checkNational(rc));
          append(out, checkReachable(rc, counts));
        }
      });
    }
  });

  for (const plan of groupPlans(tables)) {
    const planTables: PlanTable[] = plan.flatMap((i) => {
      const table = tables[i];
      const rows = read[i];
      // An ambiguous table's figures may be money: never compared with a target table's years.
      if (!table || !rows || isAmbiguous(table)) return [];
      const misplaced = new Set<number>();
      yearProblems(table).forEach((p, col) => {
        if (p === "out_of_span" || p === "duplicate" || p === "not_a_year") misplaced.add(col);
      });
      return [{ rows, misplacedColumns: misplaced }];
    });
    out.push(...checkDecreasing(planTables));
  }

  return sortFindings(out);
}

function isAmbiguous(table: AppendixTable): boolean {
  return table.recognition?.confidence === "ambiguous";
}

/**
 * A table that may not be a target table at all (money words, or no indicator row): the finding that says why,
 * the label notes, and the figures typed as text; no error, no blank, and no comparison with national figures,
 * agency counts or other years, all of which assume shares of a target table. A false error or warning on a
 * budget figure would cost every other finding the reviewer's trust.
 */
function checkAmbiguousTable(table: AppendixTable, rows: readonly TargetRowReading[]): Finding[] {
  const out = [...checkAmbiguous(table), ...checkLabels(table)];
  for (const { cells } of rows) {
    for (const rc of cells) {
      for (const f of checkCell(rc)) if (f.code === "figure.stored_as_text") out.push(f);
    }
  }
  return out;
}

/** Most checks find nothing: a plain loop skips the empty lists that `push(...list)` would still spread (cold code). */
function append(out: Finding[], found: readonly Finding[]): void {
  // An index, not for…of: called three times per cell, mostly with no finding, and the iterator was allocated.
  for (let i = 0; i < found.length; i++) out.push(found[i] as Finding);
}
