/**
 * table.period_years: a table's year columns must be consecutive distinct years within 2023–2030 (RULES.md); one
 * table may span both periods (2023–2030). The strategy's two milestones, 2025 then 2030, may also follow each
 * other: plans set their 2025 and 2030 goals side by side in one table.
 * The finding sits on the offending header cell only: each one that breaks the sequence, and each header that looks
 * like a year but is not one as typed ("2O25").
 */
import type { AppendixTable } from "../appendix";
import { finding, type Finding } from "../findings";
import { isPlanYear } from "../units";

export type YearProblem = "not_a_year" | "out_of_span" | "duplicate" | "not_consecutive";

/** The strategy's milestone years (Decision 348): a 2025 goal column may be followed by the 2030 one. */
const MILESTONE_STEP: readonly [number, number] = [2025, 2030];

/** The problem of each year column, in the columns' order (null when the column is fine). */
export function yearProblems(table: AppendixTable): (YearProblem | null)[] {
  const seen = new Set<number>();
  let previous: number | null = null;
  return table.yearColumns.map((col) => {
    let problem: YearProblem | null = null;
    const follows = previous === null || col.year === previous + 1 || (previous === MILESTONE_STEP[0] && col.year === MILESTONE_STEP[1]);
    if (col.typo) problem = "not_a_year";
    else if (!isPlanYear(col.year)) problem = "out_of_span";
    else if (seen.has(col.year)) problem = "duplicate";
    else if (!follows) problem = "not_consecutive";
    seen.add(col.year);
    // A year outside the span is flagged on its own cell; the next column follows the last year within it.
    if (problem !== "out_of_span") previous = col.year;
    return problem;
  });
}

export function checkPeriodYears(table: AppendixTable): Finding[] {
  const years = table.yearColumns.map((c) => c.year).join(", ");
  const problems = yearProblems(table);
  return table.yearColumns.flatMap((col, i) => {
    const reason = problems[i];
    if (!reason) return [];
    return [
      finding({
        code: "table.period_years",
        sheet: table.sheet,
        cell: col.cell,
        indicator: null,
        year: col.year,
        value: col.text,
        operands: { reason, years },
      }),
    ];
  });
}
