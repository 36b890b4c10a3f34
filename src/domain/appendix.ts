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
}

export interface YearColumn {
  /** The year the header names. */
  readonly year: number;
  /** The header cell. */
  readonly cell: string;
  /** The header text as found ("Kế hoạch năm 2023", "2027"). */
  readonly text: string;
}

export interface AppendixCell {
  readonly year: number;
  readonly cell: string;
  readonly raw: RawFigure;
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

export interface AppendixTable {
  readonly sheet: string;
  /** The table's extent, header row to last indicator row ("A4:G11"). */
  readonly range: string;
  /** The title line above the table, when there is one. */
  readonly title: string | null;
  readonly yearColumns: readonly YearColumn[];
  readonly rows: readonly AppendixRow[];
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
