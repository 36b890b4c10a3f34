/**
 * table.period_years: a table's year columns must be consecutive distinct years of one period within 2023–2030.
 * The finding sits on the first header cell that breaks the sequence, and on each later one that does.
 */
import type { AppendixTable } from "../appendix";
import { finding, type Finding } from "../findings";
import { isPlanYear, periodOf } from "../units";

export type YearProblem = "out_of_span" | "duplicate" | "mixed_periods" | "not_consecutive";

/** The problem of each year column, in the columns' order (null when the column is fine). */
export function yearProblems(table: AppendixTable): (YearProblem | null)[] {
  const seen = new Set<number>();
  const firstPeriod = table.yearColumns.map((c) => periodOf(c.year)).find((p) => p !== null) ?? null;
  let previous: number | null = null;
  return table.yearColumns.map((col) => {
    let problem: YearProblem | null = null;
    if (!isPlanYear(col.year)) problem = "out_of_span";
    else if (seen.has(col.year)) problem = "duplicate";
    else if (periodOf(col.year) !== firstPeriod) problem = "mixed_periods";
    else if (previous !== null && col.year !== previous + 1) problem = "not_consecutive";
    seen.add(col.year);
    previous = col.year;
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
