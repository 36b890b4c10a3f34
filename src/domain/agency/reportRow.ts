/**
 * One row of an agency form as read from a sheet, and the per-cell rules (RULES.md "Agency reports") that turn it
 * into an AgencyReport. Each finding sits on the cell it is about and quotes the column's header.
 */
import type { RawValue } from "../appendix";
import { type Finding, type FindingCode, type Operand, finding } from "../findings";
import type { IndicatorId } from "../indicators";
import { toYear } from "../units";
import {
  type AgencyField,
  type AgencyReport,
  INDICATOR_FIELDS,
  type NumberField,
  type YesNoField,
  parseNumberCell,
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

export interface ReportRow {
  readonly source: Source;
  /** One entry per form column the table has; a column the table lacks is absent. */
  readonly cells: Partial<Record<AgencyField, ReportCell>>;
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

export interface ReadRow {
  /** null when the row is not a report: blank, only pre-filled (name and year without figures), or unusable. */
  readonly report: AgencyReport | null;
  readonly findings: Finding[];
}

/**
 * Applies the per-cell rules to one row. A cell that breaks a rule reads as blank, so a bad figure never reaches the
 * arithmetic. A row whose figures are all blank is a form not yet filled in, not a report.
 */
export function readReportRow(row: ReportRow): ReadRow {
  const { cells, source } = row;
  if (!INDICATOR_FIELDS.some((f) => !isBlankValue(cells[f]?.value))) return { report: null, findings: [] };

  const agencyRaw = cells.agency?.value;
  const agency = isBlankValue(agencyRaw) ? "" : tidyName(String(asOperand(agencyRaw ?? null)));
  const yearCell = parseNumberCell(cells.year?.value);
  const year = typeof yearCell === "number" ? toYear(yearCell) : null;

  const findings: Finding[] = [];
  const flag = (code: FindingCode, field: AgencyField, extra: Partial<Finding> = {}): void => {
    const cell = cells[field];
    findings.push(
      finding({
        code,
        sheet: source.sheet,
        cell: cell?.address ?? "",
        indicator: FIELD_INDICATOR[field],
        year,
        value: asOperand(cell?.value),
        operands: { column: cell?.header ?? "" },
        file: source.file,
        ...(agency ? { agency } : {}),
        ...extra,
      }),
    );
  };

  if (!agency) flag("report.agency_missing", "agency");
  if (year === null) flag("report.not_a_number", "year");

  const yesNo = (f: YesNoField): boolean | null => {
    const v = parseYesNo(cells[f]?.value);
    if (v === "invalid") flag("report.not_yes_no", f);
    return v === "invalid" ? null : v;
  };
  const amount = (f: NumberField): number | null => {
    const v = parseNumberCell(cells[f]?.value);
    if (v === "invalid") flag("report.not_a_number", f);
    else if (v !== null && v < 0) flag("report.negative", f);
    return v === "invalid" || (v !== null && v < 0) ? null : v;
  };
  const level = (v: ReturnType<typeof parseNumberCell>): number | null => {
    if (v === "invalid") flag("report.not_a_number", "securityLevel");
    else if (v !== null && !(Number.isInteger(v) && v >= 1 && v <= 5)) flag("report.security_level_range", "securityLevel");
    return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5 ? v : null;
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
    securityLevel: level(parseNumberCell(cells.securityLevel?.value)),
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

