/**
 * figure.year_blank (RULES.md version 2): a year column left entirely blank in a table — the planner has not set
 * that year yet, as the national preset leaves 2026–2029 — is one warning on its header cell, not one per cell.
 * A blank cell in a year that has other figures stays `figure.blank`.
 */
import type { AppendixTable } from "../appendix";
import { finding, type Finding } from "../findings";
import type { TargetRowReading } from "./reading";

/** The year columns (by position) blank in every row of a table that has at least one recognised row. */
export function blankYearColumns(table: AppendixTable, rows: readonly TargetRowReading[]): ReadonlySet<number> {
  const blank = new Set<number>();
  if (!rows.some((r) => r.row.indicator !== null)) return blank;
  table.yearColumns.forEach((_, col) => {
    if (rows.every((r) => r.cells[col]?.assessment.status === "blank")) blank.add(col);
  });
  return blank;
}

export function checkBlankYears(table: AppendixTable, rows: readonly TargetRowReading[], blank: ReadonlySet<number>): Finding[] {
  const indicatorRows = rows.filter((r) => r.row.indicator !== null).length;
  return [...blank].map((col) => {
    const header = table.yearColumns[col];
    return finding({
      code: "figure.year_blank",
      sheet: table.sheet,
      cell: header?.cell ?? "",
      indicator: null,
      year: header?.year ?? null,
      value: header?.text ?? null,
      operands: { rows: indicatorRows },
    });
  });
}
