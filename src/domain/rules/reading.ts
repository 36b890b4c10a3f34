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
  /**
   * Where a finding about this figure belongs when it is not `cell` itself: the threshold cell of a revenue row
   * split over two rows, when the threshold is what is missing or unreadable.
   */
  readonly at?: { readonly cell: string; readonly raw: RawFigure };
  /**
   * The cell the growth threshold was read from when it is not `cell` (revenue on two rows or in two columns):
   * findings about the threshold sit there (RULES.md version 2).
   */
  readonly thresholdAt?: { readonly cell: string; readonly raw: RawFigure };
}

/** One row of a target table with its target cells read (agency/reportRow's ReadRow is a report row read). */
export interface TargetRowReading {
  readonly row: AppendixRow;
  readonly cells: readonly ReadCell[];
}

/** Reads every target cell of a table; bare numbers are read as percents or fractions for the whole table. */
export function readTable(table: AppendixTable): TargetRowReading[] {
  // Loops rather than flatMap and one context per kind of row: every table of a workbook comes through here.
  const raws: RawFigure[] = [];
  for (const r of table.rows) {
    for (const c of r.cells) {
      raws.push(c.raw);
      if (c.threshold) raws.push(c.threshold.raw);
    }
  }
  const numbersArePercent = numbersArePercentIn(raws);
  const plain = { numbersArePercent, compound: false };
  const compounds = { numbersArePercent, compound: true };
  const out: TargetRowReading[] = [];
  for (const row of table.rows) {
    const ctx = row.indicator !== null && indicator(row.indicator).compound ? compounds : plain;
    const cells: ReadCell[] = [];
    for (const cell of row.cells) {
      if (cell.threshold) {
        cells.push(readSplit(table, row, cell, cell.threshold, numbersArePercent));
        continue;
      }
      const figure = parseFigure(cell.raw, ctx);
      cells.push({ table, row, cell, figure, assessment: assess(figure, row.indicator) });
    }
    out.push({ row, cells });
  }
  return out;
}

/**
 * A revenue figure split over two cells: the share of agencies and the growth threshold, each a plain figure,
 * read as one compound figure. Only a year that truly lacks one of the two is incomplete; a zero share needs no
 * threshold. A finding about the threshold sits on the threshold's cell.
 */
function readSplit(
  table: AppendixTable,
  row: AppendixRow,
  cell: AppendixCell,
  threshold: { readonly cell: string; readonly raw: RawFigure },
  numbersArePercent: boolean,
): ReadCell {
  const plain = { numbersArePercent, compound: false };
  const share = parseFigure(cell.raw, plain);
  const growth = parseFigure(threshold.raw, plain);
  const base = { table, row, cell };
  if (share.kind === "invalid") return { ...base, figure: share, assessment: INVALID };
  // The whole compound typed in the share row ("33% cơ quan báo chí tăng doanh thu 20%"): read as it stands.
  if (share.kind === "compound") return { ...base, figure: share, assessment: assess(share, row.indicator) };
  if (growth.kind === "invalid" || growth.kind === "compound") {
    return { ...base, figure: growth.kind === "invalid" ? growth : { kind: "invalid", text: "" }, assessment: INVALID, at: threshold };
  }
  if (share.kind === "blank" && growth.kind === "blank") return { ...base, figure: share, assessment: BLANK };
  const figure: Figure = {
    kind: "compound",
    share: share.kind === "share" ? share.share : null,
    threshold: growth.kind === "share" ? growth.share : null,
    qualifier: share.kind === "share" ? share.qualifier : "exact",
    asText: (share.kind === "share" && share.asText) || (growth.kind === "share" && growth.asText),
  };
  if (growth.kind === "share" && (growth.share < 0 || growth.share > 1)) {
    return { ...base, figure, assessment: { status: "out_of_range", share: growth.share }, at: threshold };
  }
  const assessment = assess(figure, row.indicator);
  const missesThreshold = assessment.status === "incomplete" && assessment.missing === "threshold";
  if (missesThreshold) return { ...base, figure, assessment, at: threshold };
  return growth.kind === "share" ? { ...base, figure, assessment, thresholdAt: threshold } : { ...base, figure, assessment };
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
      if (figure.share < 0) return { status: "out_of_range", share: figure.share };
      // A range is held to 100% by its upper bound ("50-120%" cannot be), to everything else by its lower one.
      if ((figure.upper ?? figure.share) > 1) return { status: "out_of_range", share: figure.upper ?? figure.share };
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
