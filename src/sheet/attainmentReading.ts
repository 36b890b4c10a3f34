/**
 * The agency tables read exactly as the attainment formulas (./layout/attainmentFormulas) read them, so the
 * engine's actual figures — computeActual over these reports — equal what Excel or LibreOffice compute.
 *
 * - A cell the engine reads but the formulas cannot (a number typed as text "1.500", a yes spelled "cò" or with a
 *   no-break space, a year typed "2023.0") reads as the formulas read it (not yes, blank, no year) and gets an
 *   `attain.formula_unreadable` finding, so the user knows to retype it.
 * - What the two spreadsheet engines would not compute alike, or a formula cannot settle, blocks the write: an error
 *   value in a column the formulas read, TRUE/FALSE in an amount column (a number in LibreOffice, not in Excel),
 *   and the same agency and year counted twice (the formulas cannot merge rows; consolidate first).
 */
import type { AgencyReport } from "../domain/agency/report";
import { type AgencyField, type NumberCell, parseNumberCell, parseYesNo } from "../domain/agency/report";
import { agencyKey } from "../domain/agency/consolidate";
import { FIELD_INDICATOR, type ReportRow, asOperand } from "../domain/agency/reportRow";
import type { RawValue } from "../domain/appendix";
import { type Finding, finding } from "../domain/findings";
import { toYear } from "../domain/units";
import type { AgencyTable } from "./agencyFormRead";
import { FIGURE_FIELDS, FORMULA_YES } from "./layout/attainmentFormulas";

/** A cell that stops attainment from being written, with what the caller's message needs. */
export type Blocker =
  | { readonly code: "cell_error"; readonly sheet: string; readonly cell: string; readonly error: string }
  | { readonly code: "cell_boolean"; readonly sheet: string; readonly cell: string; readonly value: "TRUE" | "FALSE" }
  | { readonly code: "duplicate_row"; readonly sheet: string; readonly cell: string; readonly agency: string; readonly year: number; readonly other: string };

export interface FormulaReading {
  /** One report per row the formulas count, in table order. */
  readonly reports: AgencyReport[];
  readonly findings: Finding[];
  readonly blockers: Blocker[];
}

const YES = new Set(FORMULA_YES);
const AMOUNT_FIELDS: readonly AgencyField[] = ["baseRevenue", "revenue", "staff", "trained", "securityLevel"];
const READ_FIELDS: readonly AgencyField[] = ["year", "agency", ...FIGURE_FIELDS];

/** TRIM(x)&"" as text: spaces only (Excel's TRIM leaves tabs and no-break spaces). Booleans never matter here. */
function trimmed(v: RawValue | undefined): string {
  if (v === null || v === undefined || typeof v === "object") return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.replace(/ +/g, " ").replace(/^ | $/g, "");
}

/** SUBSTITUTE(LOWER(x)," ","") is in the list (Excel lowers TRUE to "true", LibreOffice to "1": both yes). */
export function formulaYes(v: RawValue | undefined): boolean {
  if (v === null || v === undefined || typeof v === "object") return false;
  if (typeof v === "boolean") return v;
  return YES.has(String(v).toLowerCase().replace(/ /g, ""));
}

/** ISNUMBER(x)*(x>=0): real numbers only. */
function formulaAmount(v: RawValue | undefined): number | null {
  return typeof v === "number" && v >= 0 ? v : null;
}

/** The year a row counts for: TRIM(year)&"" equal to the year's four digits. */
function formulaYear(v: RawValue | undefined): number | null {
  const t = trimmed(v);
  return typeof v !== "boolean" && /^\d{4}$/.test(t) ? Number(t) : null;
}

const canonicalAmount = (c: NumberCell): number | null => (typeof c === "number" && c >= 0 ? c : null);

export function readAsFormulas(tables: readonly AgencyTable[]): FormulaReading {
  const reports: AgencyReport[] = [];
  const findings: Finding[] = [];
  const blockers: Blocker[] = [];
  const seen = new Map<string, string>();

  for (const table of tables) {
    for (const row of table.rows) {
      const v = (f: AgencyField): RawValue | undefined => row.cells[f]?.value;
      const at = (f: AgencyField): string => row.cells[f]?.address ?? "";
      for (const f of READ_FIELDS) {
        const value = v(f);
        if (value !== null && typeof value === "object") {
          blockers.push({ code: "cell_error", sheet: row.source.sheet, cell: at(f), error: value.error });
        }
        if (typeof value === "boolean" && AMOUNT_FIELDS.includes(f)) {
          blockers.push({ code: "cell_boolean", sheet: row.source.sheet, cell: at(f), value: value ? "TRUE" : "FALSE" });
        }
      }
      const year = formulaYear(v("year"));
      const agency = trimmed(v("agency"));
      const hasFigure = FIGURE_FIELDS.some((f) => trimmed(v(f)) !== "");
      findings.push(...differences(row, year, agency));
      if (year === null || agency === "" || !hasFigure) continue;

      const key = `${agencyKey(agency)}|${year}`;
      const other = seen.get(key);
      if (other !== undefined) {
        blockers.push({ code: "duplicate_row", sheet: row.source.sheet, cell: at("agency"), agency, year, other });
        continue;
      }
      seen.set(key, `${row.source.sheet}!${at("agency")}`);
      reports.push({
        year,
        agency,
        electronic: formulaYes(v("electronic")),
        mediaTypes: formulaAmount(v("mediaTypes")),
        platforms: formulaYes(v("platforms")),
        analyticsAi: formulaYes(v("analyticsAi")),
        convergedNewsroom: formulaYes(v("convergedNewsroom")),
        baseRevenue: formulaAmount(v("baseRevenue")),
        revenue: formulaAmount(v("revenue")),
        staff: formulaAmount(v("staff")),
        trained: formulaAmount(v("trained")),
        securityLevel: formulaAmount(v("securityLevel")),
      });
    }
  }
  return { reports, findings, blockers };
}

/** Cells the engine reads one way and the formulas another; cells the engine cannot read at all are left to its own findings. */
function differences(row: ReportRow, year: number | null, agency: string): Finding[] {
  const out: Finding[] = [];
  const canonicalYear = (() => {
    const c = parseNumberCell(row.cells.year?.value);
    return typeof c === "number" ? toYear(c) : null;
  })();
  const flag = (f: AgencyField): void => {
    const cell = row.cells[f];
    out.push(
      finding({
        code: "attain.formula_unreadable",
        sheet: row.source.sheet,
        cell: cell?.address ?? "",
        indicator: FIELD_INDICATOR[f],
        year: year ?? canonicalYear,
        value: asOperand(cell?.value),
        operands: { column: cell?.header ?? "" },
        ...(row.source.file ? { file: row.source.file } : {}),
        ...(agency ? { agency } : {}),
      }),
    );
  };
  if (canonicalYear !== null && canonicalYear !== year) flag("year");
  for (const f of ["electronic", "platforms", "analyticsAi", "convergedNewsroom"] as const) {
    const value = row.cells[f]?.value;
    if (parseYesNo(value) === true && !formulaYes(value)) flag(f);
  }
  for (const f of ["baseRevenue", "revenue", "staff", "trained", "securityLevel"] as const) {
    const value = row.cells[f]?.value;
    if (canonicalAmount(parseNumberCell(value)) !== null && formulaAmount(value) === null) flag(f);
  }
  return out;
}
