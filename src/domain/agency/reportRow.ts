/**
 * One row of an agency form as read from a sheet, and the per-cell rules (RULES.md "Agency reports", version 2)
 * that turn it into an AgencyReport. Each finding sits on the cell it is about and quotes the column's header.
 */
import type { RawValue } from "../appendix";
import { type Finding, type FindingCode, type Operand, finding } from "../findings";
import type { IndicatorId } from "../indicators";
import { fold } from "../text";
import { isPlanYear } from "../units";
import {
  type AgencyField,
  type AgencyReport,
  INDICATOR_FIELDS,
  type NumberField,
  type YesNoField,
  parseNumberCell,
  parseReportYear,
  parseSecurityLevel,
  parseYesNo,
} from "./report";
import { tidyName } from "./text";

/** Where a row came from; `row` is the 1-based sheet row. */
export interface Source {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

export interface ReportCell {
  /** Plain A1 address on the source sheet. */
  readonly address: string;
  /** The column's header as found, quoted by messages. */
  readonly header: string;
  readonly value: RawValue;
}

/** A value given once for the whole table, in a labelled cell above its header ("Năm báo cáo: 2026"). */
export interface TableValue {
  readonly value: RawValue;
  readonly address: string;
}

/** The province a report names, and where: a column, a label cell, a title, or the agency's name. */
export interface ProvinceMark {
  readonly name: string;
  readonly address: string;
  readonly from: "column" | "label" | "title" | "agency";
}

export interface ReportRow {
  readonly source: Source;
  /** One entry per form column the table has; a column the table lacks is absent. */
  readonly cells: Partial<Record<AgencyField, ReportCell>>;
  /** The table's agency and year, for a row that leaves its own blank (the form's cells above its header). */
  readonly defaults?: { readonly agency?: TableValue; readonly year?: TableValue } | undefined;
  readonly province?: ProvinceMark | undefined;
  /**
   * The fields whose cell shows its number as a percentage (Excel turns "100%" typed into 1 formatted 0%); kept on
   * the row, usually absent, rather than a flag on every cell of tens of thousands of rows.
   */
  readonly percent?: readonly AgencyField[] | undefined;
}

/** The indicator a column feeds, so a finding can name it. */
export const FIELD_INDICATOR: Readonly<Record<AgencyField, IndicatorId | null>> = {
  year: null,
  agency: null,
  electronic: "security_level3",
  mediaTypes: "converged_newsroom",
  platforms: "platforms",
  analyticsAi: "analytics_ai",
  convergedNewsroom: "converged_newsroom",
  baseRevenue: "revenue",
  revenue: "revenue",
  staff: "training",
  trained: "training",
  securityLevel: "security_level3",
};

/** A raw cell value as a finding quotes it. */
export function asOperand(v: RawValue | undefined): Operand | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

export function isBlankValue(v: RawValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Whether any of the row's figure cells holds something. */
export function hasFigures(row: ReportRow): boolean {
  return INDICATOR_FIELDS.some((f) => !isBlankValue(row.cells[f]?.value));
}

/** A row's agency: its own cell, else the table's. Empty when neither names one. */
export function rowAgency(row: ReportRow): string {
  const own = row.cells.agency?.value;
  const v = isBlankValue(own) ? row.defaults?.agency?.value : own;
  return isBlankValue(v) ? "" : tidyName(String(asOperand(v ?? null)));
}

export interface ReadRow {
  /** null when the row is not a report: blank, only pre-filled, a total, or unusable (the findings say why). */
  readonly report: AgencyReport | null;
  readonly findings: Finding[];
  /** A row naming an agency (and maybe a year) without figures: a form not filled in. */
  readonly prefilled?: { readonly agency: string; readonly year: number | null };
}

/** Words a total row carries in its name or year cell. */
const TOTAL = /^(tong cong|cong|tong|tong so|total|sum)$/;

/** A percentage as the cell shows it ("100%"), for a number formatted as one. */
function shownPercent(v: number): string {
  return `${Math.round(v * 10000) / 100}%`;
}

/**
 * Applies the per-cell rules to one row. A cell that breaks a rule reads as blank, so a bad figure never reaches the
 * arithmetic. A row whose figures are all blank is a form not yet filled in, not a report.
 */
export function readReportRow(row: ReportRow): ReadRow {
  const { cells, source } = row;
  const agency = rowAgency(row);
  const yearCell = isBlankValue(cells.year?.value) && row.defaults?.year ? row.defaults.year : cells.year;
  const yearRead = parseReportYear(yearCell?.value);
  const year = typeof yearRead === "number" && isPlanYear(yearRead) ? yearRead : null;

  if (!hasFigures(row)) return agency ? { report: null, findings: [], prefilled: { agency, year } } : { report: null, findings: [] };

  const findings: Finding[] = [];
  const flag = (code: FindingCode, field: AgencyField, extra: Partial<Finding> = {}, at: TableValue | undefined = cells[field]): void => {
    findings.push(
      finding({
        code,
        sheet: source.sheet,
        cell: at?.address ?? cells.agency?.address ?? "",
        indicator: FIELD_INDICATOR[field],
        year,
        value: asOperand(at?.value),
        operands: { column: cells[field]?.header ?? "" },
        file: source.file,
        ...(agency ? { agency } : {}),
        ...extra,
      }),
    );
  };

  const nameOrYear = fold(String(asOperand(cells.agency?.value ?? null) ?? "")) || fold(String(asOperand(cells.year?.value ?? null) ?? ""));
  if (TOTAL.test(nameOrYear)) {
    flag("report.row_skipped", "agency", { operands: { reason: "total", row: source.row } });
    return { report: null, findings };
  }

  if (!agency) flag("report.agency_missing", "agency");
  if (yearRead === "invalid" || yearRead === null) flag("report.not_a_number", "year", {}, yearCell ?? cells.year);
  else if (year === null) flag("report.year_out_of_range", "year", { value: yearRead }, yearCell);

  const yesNo = (f: YesNoField): boolean | null => {
    const v = parseYesNo(cells[f]?.value);
    if (v === "invalid") flag("report.not_yes_no", f);
    return v === "invalid" ? null : v;
  };
  const amount = (f: NumberField): number | null => {
    const cell = cells[f];
    const v = parseNumberCell(cell?.value);
    if (typeof v === "number" && cell && row.percent?.includes(f)) {
      // "100%" typed where a count is asked: Excel stored 1. Neither 1 nor 100 is what the agency meant to report.
      flag("report.not_a_number", f, { value: shownPercent(v), operands: { column: cell.header, reason: "percent" } });
      return null;
    }
    if (v === "invalid") {
      const percent = typeof cell?.value === "string" && cell.value.trim().endsWith("%");
      flag("report.not_a_number", f, percent ? { operands: { column: cell.header, reason: "percent" } } : {});
    } else if (v !== null && v < 0) flag("report.negative", f);
    return v === "invalid" || (v !== null && v < 0) ? null : v;
  };
  const level = (): number | null => {
    const v = parseSecurityLevel(cells.securityLevel?.value);
    const ok = typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5 && !row.percent?.includes("securityLevel");
    if (v !== null && !ok) flag("report.security_level_range", "securityLevel");
    return ok ? v : null;
  };
  const figures = {
    electronic: yesNo("electronic") === true,
    mediaTypes: amount("mediaTypes"),
    platforms: yesNo("platforms"),
    analyticsAi: yesNo("analyticsAi"),
    convergedNewsroom: yesNo("convergedNewsroom"),
    baseRevenue: amount("baseRevenue"),
    revenue: amount("revenue"),
    staff: amount("staff"),
    trained: amount("trained"),
    securityLevel: level(),
  };

  const { staff, trained } = figures;
  // Both figures are kept: the error asks for a correction, and dropping either would hide the agency from training.
  if (staff !== null && trained !== null && trained > staff) {
    const column = cells.trained?.header ?? "";
    flag("report.trained_exceeds_staff", "trained", { operands: { trained, staff, column } });
  }

  if (!agency || year === null) return { report: null, findings };
  const report: AgencyReport = { year, agency, ...figures };
  return { report, findings };
}
