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
 * - large_values: most figures are numbers far above 100, which no share is;
 * - resource_texts: the year columns hold funding sources or dashes ("Lồng ghép", "Xã hội hóa", "-"), not targets;
 * - no_figures: the year columns hold text and no figure at all (an assignment or schedule table: "x", names);
 * - share_figures: the figures are percentages (a percent format or "%"), which money never is;
 * - transposed: the years run down the side and the indicators across: reported, not checked.
 */
export type RecognitionReason =
  | "indicator_rows"
  | "no_indicator_row"
  | "money_words"
  | "total_column"
  | "total_row"
  | "large_values"
  | "resource_texts"
  | "no_figures"
  | "share_figures"
  | "transposed";

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
  /** How its header and rows were read. */
  readonly explanation?: TableExplanation;
}

/**
 * How a row of a table was read (RULES.md version 2: recognition explains itself):
 * - indicator / unknown: a row of targets, matched to a standard indicator or to none;
 * - revenue_share / revenue_threshold: the two halves of the revenue indicator on rows of their own;
 * - revenue_parent: the revenue label above those two rows;
 * - heading: a label, no figures, no indicator ("3. Nguồn nhân lực, an toàn thông tin"); the table goes on;
 * - numbering: "(1) (2) (3)" under the header; subheader: "Tỷ lệ | Mức tăng" under the years;
 * - blank: an empty line inside the table; continuation: inside a label merged from the row above.
 */
export type RowReading =
  | "indicator"
  | "unknown"
  | "revenue_share"
  | "revenue_threshold"
  | "revenue_parent"
  | "heading"
  | "numbering"
  | "subheader"
  | "blank"
  | "continuation";

export interface RowExplanation {
  /** The sheet row, 1-based as Excel shows it. */
  readonly row: number;
  /** The label cell (A1), null for a row without one. */
  readonly cell: string | null;
  readonly label: string;
  readonly read: RowReading;
  readonly indicator?: IndicatorId;
  /** The words of the label that matched the indicator (folded: no diacritics). */
  readonly evidence?: readonly string[];
  /** The label is the standard wording. */
  readonly standard?: boolean;
}

/** A header cell read as a year column, and, for revenue typed in two columns per year, its threshold column. */
export interface HeaderExplanation {
  readonly cell: string;
  readonly text: string;
  readonly year: number;
  /** "year": a year as typed; "not_a_year": a year-like header ("2O25") kept so the rules flag it. */
  readonly read: "year" | "not_a_year";
  /** The cell heading the column that holds the revenue growth threshold of this year, when there is one. */
  readonly thresholdCell?: string;
}

/**
 * Why the table stops where it does: a blank line, a note ("Ghi chú", "(*)"), a "Tổng cộng" row, the next table's
 * header, a line of text that is neither an indicator nor followed by one, a row with figures but no label, or the
 * sheet's last row.
 */
export type TableEnd = "blank_row" | "note" | "total_row" | "new_header" | "text_row" | "unlabelled_row" | "sheet_end";

/**
 * What a column of a table was read as: its row numbers, its labels, a year, the revenue threshold of a year, its
 * unit, or nothing ("Thực hiện năm 2022", "Ghi chú"): the cells under a column not read are not checked.
 */
export type ColumnReading = "stt" | "label" | "year" | "threshold" | "unit" | "not_read";

/** What recognition saw in a table: every header cell it read as a year, every row and how, and where it ended. */
export interface TableExplanation {
  /** The column of row labels, and whether its header named it ("Nội dung chỉ tiêu") or its cells did. */
  readonly labelColumn: { readonly cell: string; readonly named: boolean };
  /** Every column of the table, by its header cell in the year row, and what it was read as. */
  readonly columns: readonly { readonly cell: string; readonly text: string; readonly read: ColumnReading }[];
  readonly years: readonly HeaderExplanation[];
  /** Every sheet row between the header and the end, in order. */
  readonly rows: readonly RowExplanation[];
  /** The first row not read as part of the table (null at the sheet's end) and why. */
  readonly end: { readonly row: number | null; readonly reason: TableEnd };
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
  /** How its header and rows were read (absent for tables built by hand, as in rule tests). */
  readonly explanation?: TableExplanation;
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
