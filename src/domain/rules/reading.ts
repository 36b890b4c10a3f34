/**
 * The rules' shared view of a table: every target cell read into a figure, and judged once as "usable" or not.
 * A cell with an error (unreadable, out of range, incomplete revenue) or a blank is not usable: it gets its own
 * finding only, and no comparison (national, year on year, k of N) is made with it, so one bad cell never
 * causes findings elsewhere (RULES.md: "Findings that follow from one bad cell stay on that cell").
 */
import type { AppendixCell, AppendixRow, AppendixTable, RawFigure } from "../appendix";
import { numbersArePercentIn, parseFigure } from "../figureParser";
import type { Figure, Qualifier } from "../figures";
import type { Operand } from "../findings";
import { indicator, type IndicatorId } from "../indicators";

/** Shares are compared with a tolerance of half a percentage point: 67%, 66,7% and 2/3 are the same target. */
export const HALF_POINT = 0.005;
/** Comparisons with the national figures, which are round, need only absorb floating-point noise. */
export const EPSILON = 1e-9;

export type Assessment =
  | { readonly status: "blank" }
  | { readonly status: "invalid" }
  | { readonly status: "out_of_range"; readonly share: number }
  | { readonly status: "incomplete"; readonly missing: "share" | "threshold" }
  | {
      readonly status: "ok";
      readonly share: number;
      /** Revenue growth threshold; null for plain shares and for a zero revenue share. */
      readonly threshold: number | null;
      readonly qualifier: Qualifier;
    };

export interface ReadCell {
  readonly table: AppendixTable;
  readonly row: AppendixRow;
  readonly cell: AppendixCell;
  readonly figure: Figure;
  readonly assessment: Assessment;
}

export interface ReadRow {
  readonly row: AppendixRow;
  readonly cells: readonly ReadCell[];
}

/** Reads every target cell of a table; bare numbers are read as percents or fractions for the whole table. */
export function readTable(table: AppendixTable): ReadRow[] {
  const raws: RawFigure[] = table.rows.flatMap((r) => r.cells.map((c) => c.raw));
  const numbersArePercent = numbersArePercentIn(raws);
  return table.rows.map((row) => {
    const compound = row.indicator !== null && indicator(row.indicator).compound;
    const cells = row.cells.map((cell) => {
      const figure = parseFigure(cell.raw, { numbersArePercent, compound });
      return { table, row, cell, figure, assessment: assess(figure, row.indicator) };
    });
    return { row, cells };
  });
}

// Shared, as they carry nothing of their own: most cells of a plan are blank.
const BLANK: Assessment = { status: "blank" };
const INVALID: Assessment = { status: "invalid" };

function assess(figure: Figure, id: IndicatorId | null): Assessment {
  switch (figure.kind) {
    case "blank":
      return BLANK;
    case "invalid":
      return INVALID;
    case "share":
      if (figure.share < 0 || figure.share > 1) return { status: "out_of_range", share: figure.share };
      return { status: "ok", share: figure.share, threshold: null, qualifier: figure.qualifier };
    case "compound": {
      if (figure.share !== null && (figure.share < 0 || figure.share > 1)) {
        return { status: "out_of_range", share: figure.share };
      }
      const revenueRow = id !== null && indicator(id).compound;
      if (figure.share === null) return revenueRow ? { status: "incomplete", missing: "share" } : INVALID;
      if (figure.threshold === null && figure.share !== 0 && revenueRow) {
        return { status: "incomplete", missing: "threshold" };
      }
      return { status: "ok", share: figure.share, threshold: figure.threshold, qualifier: figure.qualifier };
    }
  }
}

/** The cell's content as a finding quotes it: number or text, null when blank. */
export function rawOperand(raw: RawFigure): Operand | null {
  const v = raw.value;
  if (v === null) return null;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object") return v.error;
  if (typeof v === "string" && v.trim() === "") return null;
  return v;
}
