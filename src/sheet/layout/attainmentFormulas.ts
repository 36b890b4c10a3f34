/**
 * The live formulas of the attainment block (AGENCY_FORM.md), over the agency tables' column ranges.
 *
 * Constraints: English names, comma separators, no XLOOKUP / LET / FILTER / dynamic arrays, no IF or IFERROR
 * inside SUMPRODUCT (Excel 2019 would need Ctrl+Shift+Enter), so Office 2019 and LibreOffice 7.4 compute them alike.
 * What each formula counts is mirrored cell for cell by ../attainmentReading, which is how the engine's value
 * equals the spreadsheet's.
 *
 * A row of an agency table counts for year Y when (mask M):
 *   TRIM(year)&"" = "Y"  ·  LEN(TRIM(agency)) > 0  ·  LEN(TRIM(all indicator cells joined)) > 0
 * Yes/no: SUBSTITUTE(LOWER(cell)," ","") is one of FORMULA_YES. Amount: ISNUMBER(cell)*(cell>=0) (text is not
 * read). Revenue compares ROUND(x*100,0) of both revenues as integers (see revenueReaches) through
 * TEXT(x,"0%;-0%;0%;""0%""") — the text section turns any text into "0%", so a stray word cannot make the
 * whole SUMPRODUCT an error (the row is already masked out by ISNUMBER).
 */
import { type AgencyField, INDICATOR_FIELDS } from "../../domain/agency/report";
import type { IndicatorId } from "../../domain/indicators";
import { absoluteRange, quoteSheet } from "../a1";
import { STATUS } from "../../domain/agency/attainment";
import type { AgencyTable } from "../agencyFormRead";

/**
 * Yes spellings the formulas accept, after lower case and removing spaces. Every one is also a yes for
 * parseYesNo; other spellings the engine accepts ("cò", a no-break space) get a finding and read as "not yes".
 */
export const FORMULA_YES: readonly string[] = ["có", "co", "c", "x", "✓", "✔", "☑", "1", "yes", "y", "true", "đúng", "dung"];

/** Fields whose cells make a row a report (the form's indicator columns). */
export const FIGURE_FIELDS: readonly AgencyField[] = INDICATOR_FIELDS;

/** One agency table's data rows as absolute ranges: the formulas' view of it. */
export interface AgencyRanges {
  readonly sheet: string;
  /** 1-based first and last data row. */
  readonly first: number;
  readonly last: number;
  /** 0-based column per field the table has. */
  readonly columns: Partial<Record<AgencyField, number>>;
}

/** null when the table has no data row (nothing to count). */
export function agencyRanges(t: AgencyTable): AgencyRanges | null {
  if (t.rows.length === 0) return null;
  const columns: Partial<Record<AgencyField, number>> = {};
  for (const [f, c] of Object.entries(t.columns) as Array<[AgencyField, { col: number }]>) columns[f] = c.col;
  // Blank rows inside the table are in the ranges: the mask counts only rows with a year, a name and a figure.
  return { sheet: t.sheet, first: t.headerRow + 2, last: t.lastRow + 1, columns };
}

function range(t: AgencyRanges, field: AgencyField): string | null {
  const col = t.columns[field];
  if (col === undefined) return null;
  return `${quoteSheet(t.sheet)}!${absoluteRange({ top: t.first - 1, bottom: t.last - 1, left: col, right: col })}`;
}

const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const YES_LIST = `{${FORMULA_YES.map(str).join(",")}}`;

const yes = (r: string): string => `ISNUMBER(MATCH(SUBSTITUTE(LOWER(${r})," ",""),${YES_LIST},0))`;
const amount = (r: string): string => `ISNUMBER(${r})*(${r}>=0)`;
/** ROUND(r*100,0) element-wise, 0 for text (a number format's fourth section is for text). */
const hundredths = (r: string): string => `--SUBSTITUTE(TEXT(${r},"0%;-0%;0%;""0%"""),"%","")`;

/** The mask of rows reporting for `year`, as a product of 0/1 arrays (always at least two factors). */
function mask(t: AgencyRanges, year: number): string {
  const yearR = range(t, "year") ?? "";
  const agencyR = range(t, "agency") ?? "";
  const figures = FIGURE_FIELDS.map((f) => range(t, f)).filter((r): r is string => r !== null);
  const parts = [`(TRIM(${yearR})&""="${year}")`, `(LEN(TRIM(${agencyR}))>0)`];
  if (figures.length > 0) parts.push(`(LEN(TRIM(${figures.join("&")}))>0)`);
  return parts.join("*");
}

/** Σ over the tables of SUMPRODUCT(mask × factors); a table lacking a needed column contributes nothing. */
function countOver(tables: readonly AgencyRanges[], year: number, factors: (t: AgencyRanges) => string[] | null): string {
  const terms = tables.flatMap((t) => {
    const f = factors(t);
    return f === null ? [] : [`SUMPRODUCT(${[mask(t, year), ...f].join("*")})`];
  });
  return sum(terms);
}

/** Σ over the tables of SUMPRODUCT(mask × factors, values): text in `values` counts as 0 there. */
function sumOver(
  tables: readonly AgencyRanges[],
  year: number,
  field: AgencyField,
  factors: (t: AgencyRanges) => string[] | null,
): string {
  const terms = tables.flatMap((t) => {
    const f = factors(t);
    const values = range(t, field);
    return f === null || values === null ? [] : [`SUMPRODUCT(${[mask(t, year), ...f].join("*")},${values})`];
  });
  return sum(terms);
}

function sum(terms: readonly string[]): string {
  if (terms.length === 0) return "0";
  return terms.length === 1 ? (terms[0] ?? "0") : `(${terms.join("+")})`;
}

/** The factors of a column, or null (no contribution) when the table lacks the column. */
function withColumn(t: AgencyRanges, field: AgencyField, f: (r: string) => string[]): string[] | null {
  const r = range(t, field);
  return r === null ? null : f(r);
}

/**
 * The actual figure for an indicator and a year: numerator ÷ denominator, "" when the denominator is 0.
 * `thresholdRef` is the tool-owned cell holding the year's revenue growth threshold (revenue only).
 * null for an indicator agencies do not report (university_curriculum).
 */
export function actualFormula(
  indicator: IndicatorId,
  year: number,
  tables: readonly AgencyRanges[],
  thresholdRef: string | null = null,
): string | null {
  const fraction = (num: string, den: string): string => `IF(${den}=0,"",${num}/${den})`;
  const yesOf = (field: AgencyField) => (t: AgencyRanges) => withColumn(t, field, (r) => [yes(r)]);
  switch (indicator) {
    case "platforms":
    case "analytics_ai":
    case "converged_newsroom": {
      const field = indicator === "platforms" ? "platforms" : indicator === "analytics_ai" ? "analyticsAi" : "convergedNewsroom";
      return fraction(countOver(tables, year, yesOf(field)), countOver(tables, year, () => []));
    }
    case "revenue": {
      const t10000 = `(10000+ROUND(${thresholdRef ?? "0"}*10000,0))`;
      const base = (t: AgencyRanges) => withColumn(t, "baseRevenue", (r) => [amount(r)]);
      const reaches = (t: AgencyRanges): string[] | null => {
        const b = range(t, "baseRevenue");
        const r = range(t, "revenue");
        if (b === null || r === null) return null;
        return [amount(b), amount(r), `(${hundredths(r)}*10000>=${hundredths(b)}*${t10000})`];
      };
      return fraction(countOver(tables, year, reaches), countOver(tables, year, base));
    }
    case "training": {
      // Agencies that gave both figures, as computeActual counts them.
      const both = (t: AgencyRanges): string[] | null => {
        const s = range(t, "staff");
        const d = range(t, "trained");
        return s === null || d === null ? null : [amount(s), amount(d)];
      };
      return fraction(sumOver(tables, year, "trained", both), sumOver(tables, year, "staff", both));
    }
    case "security_level3": {
      const electronic = yesOf("electronic");
      const level3 = (t: AgencyRanges): string[] | null => {
        const e = electronic(t);
        const l = range(t, "securityLevel");
        return e === null || l === null ? null : [...e, amount(l), `(${l}>=3)`];
      };
      return fraction(countOver(tables, year, level3), countOver(tables, year, electronic));
    }
    case "university_curriculum":
      return null;
  }
}

/** How many agencies report for `year`: the rows the mask counts, the denominator of the yes/no shares. */
export function reportingFormula(year: number, tables: readonly AgencyRanges[]): string {
  return countOver(tables, year, () => []);
}

/** actual ÷ target; blank when there is no actual figure or the target is 0. */
export function ratioFormula(actualRef: string, targetRef: string): string {
  return `IF(OR(${actualRef}="",${targetRef}=0),"",${actualRef}/${targetRef})`;
}

/** As `judgeAttainment`: both sides rounded to 9 decimals, so an exact hit is never lost to floating-point noise. */
export function statusFormula(actualRef: string, targetRef: string): string {
  return `IF(${actualRef}="",${str(STATUS.none)},IF(ROUND(${actualRef},9)>=ROUND(${targetRef},9),${str(STATUS.met)},${str(STATUS.notMet)}))`;
}
