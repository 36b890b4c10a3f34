/**
 * Builds AppendixTable objects for rule tests, laid out like the Thái Bình appendix: header in row 4,
 * labels in column B, one column per year from C, one row per indicator from row 5.
 */
import type { AppendixRow, AppendixTable, RawFigure, RawValue } from "../../src/domain/appendix";
import { indicator, type IndicatorId } from "../../src/domain/indicators";
import { colName } from "../../src/sheet/a1";

/** A cell value: a bare JS number is a percent-formatted number (0.67 shown as 67%). */
export type CellSpec = RawFigure | RawValue;

/** A number without a percent format ("General"). */
export const general = (value: number): RawFigure => ({ value, percentFormat: false });
/** Text as typed. */
export const text = (value: string): RawFigure => ({ value, percentFormat: false });

export interface RowSpec {
  readonly indicator: IndicatorId | null;
  /** Defaults to the standard label (or "Chỉ tiêu khác" for unknown rows). */
  readonly label?: string;
  readonly values: readonly CellSpec[];
}

export interface TableSpec {
  readonly sheet?: string;
  readonly years: readonly number[];
  readonly rows: readonly RowSpec[];
  /** Header row number; rows follow it. */
  readonly headerRow?: number;
  readonly title?: string;
}


function toRaw(spec: CellSpec): RawFigure {
  if (spec !== null && typeof spec === "object" && "percentFormat" in spec) return spec;
  return { value: spec, percentFormat: typeof spec === "number" };
}

export function table(spec: TableSpec): AppendixTable {
  const header = spec.headerRow ?? 4;
  const firstYearCol = 2; // column C
  const yearColumns = spec.years.map((year, i) => ({
    year,
    cell: `${colName(firstYearCol + i)}${header}`,
    text: `Kế hoạch năm ${year}`,
  }));
  const rows: AppendixRow[] = spec.rows.map((r, ri) => {
    const rowNumber = header + 1 + ri;
    const standard = r.indicator === null ? "Chỉ tiêu khác" : indicator(r.indicator).labelVi;
    const label = r.label ?? standard;
    return {
      indicator: r.indicator,
      label,
      labelCell: `B${rowNumber}`,
      labelIsStandard: r.indicator !== null && label === standard,
      cells: spec.years.map((year, i) => ({
        year,
        cell: `${colName(firstYearCol + i)}${rowNumber}`,
        raw: toRaw(r.values[i] ?? null),
      })),
    };
  });
  const lastCol = colName(firstYearCol + spec.years.length - 1);
  return {
    sheet: spec.sheet ?? "Phụ lục",
    range: `A${header}:${lastCol}${header + rows.length}`,
    title: spec.title ?? null,
    yearColumns,
    rows,
  };
}

export const EARLY = [2023, 2024, 2025] as const;
export const LATE = [2026, 2027, 2028, 2029, 2030] as const;
