/**
 * An appendix table as read from a sheet: its year columns and its indicator rows, each cell kept raw
 * (value plus whether it is shown as a percentage) so the rules can tell "67%" typed as text from 0.67.
 * The sheet layer builds these; the rules read them. Addresses are plain A1 ("C6").
 */
import type { IndicatorId } from "./indicators";

export type RawValue = number | string | boolean | null | { readonly error: string };

export interface RawFigure {
  readonly value: RawValue;
  /** The cell's number format shows a percentage ("0%", "0.0%"). */
  readonly percentFormat: boolean;
  /** The cell's number format when it shows a date ("d/m/yyyy"): its number is a date, not a figure. */
  readonly dateFormat?: string;
}

export interface YearColumn {
  /** The year the header names. */
  readonly year: number;
  /** The header cell. */
  readonly cell: string;
  /** The header text as found ("Kế hoạch năm 2023", "2027"). */
  readonly text: string;
  /**
   * The header is not a year as typed ("2O25", a letter O for a zero): `year` is its nearest reading, and the rules
   * flag the header (table.period_years) and compare nothing of the column with other years or national figures.
   */
  readonly typo?: boolean;
}

export interface AppendixCell {
  readonly year: number;
  readonly cell: string;
  readonly raw: RawFigure;
  /**
   * The revenue indicator split over two rows (or two columns): `raw` holds the share of agencies and this the
   * growth threshold of the same year, read together as one compound figure.
   */
  readonly threshold?: { readonly cell: string; readonly raw: RawFigure };
}

export interface AppendixRow {
  /** The standard indicator the label matched, or null for a row the catalogue does not know. */
  readonly indicator: IndicatorId | null;
  readonly label: string;
  readonly labelCell: string;
  /** The label is the standard wording (ignoring case, spacing and punctuation). */
  readonly labelIsStandard: boolean;
  /** One cell per year column, in the columns' order. */
  readonly cells: readonly AppendixCell[];
}

/**
 * Why a table was or was not taken as a target table (language-neutral; messages/recognition.ts words them):
 * - indicator_rows: rows match standard indicators (the evidence for a target table);
 * - no_indicator_row: no row matches a standard indicator;
 * - money_words: the title, headers or unit name money or funding ("triệu đồng", "kinh phí", "budget");
 * - total_column / total_row: a "Tổng cộng" column beside the years, or row under the figures;
 * - large_values: most figures are numbers far above 100, which no share is.
 */
export type RecognitionReason =
  | "indicator_rows"
  | "no_indicator_row"
  | "money_words"
  | "total_column"
  | "total_row"
  | "large_values";

/**
 * "target": read and checked in full. "ambiguous": read and checked, but without error-level findings, since the
 * table may not be a target table at all (a false error on a budget figure costs the reviewer's trust).
 */
export type TableConfidence = "target" | "ambiguous";

export interface TableRecognition {
  readonly confidence: TableConfidence;
  readonly reasons: readonly RecognitionReason[];
}

/** A block with year columns that was not taken as a target table, and why. */
export interface RejectedTable {
  readonly sheet: string;
  readonly range: string;
  readonly title: string | null;
  readonly reasons: readonly RecognitionReason[];
}

export interface AppendixTable {
  readonly sheet: string;
  /** The table's extent, header row to last indicator row ("A4:G11"). */
  readonly range: string;
  /** The title line above the table, when there is one. */
  readonly title: string | null;
  readonly yearColumns: readonly YearColumn[];
  readonly rows: readonly AppendixRow[];
  /** How sure recognition is that this is a target table, and why; absent means a target table. */
  readonly recognition?: TableRecognition;
}

/** Counts that make "k of N" checks possible. Missing counts switch the matching checks off. */
export interface PlanCounts {
  /** All press agencies of the province. */
  readonly agencies?: number;
  /** Electronic-press agencies only (security_level3). */
  readonly electronicAgencies?: number;
  /** Leaders, staff, reporters and editors (training). */
  readonly people?: number;
}
