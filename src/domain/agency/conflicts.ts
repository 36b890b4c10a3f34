/**
 * Conflicts decided in the open: the same agency, year and column reported with different figures. The merged table
 * keeps the first row's figure (file-name order) unless a choice — data the pane stores in the workbook, keyed by
 * `conflictKey` — names another row. Each differing row gets a `report.conflict` naming both sources, both figures
 * as their field is written, and the row kept.
 */
import { type Finding, finding } from "../findings";
import { type AgencyField, type AgencyReport } from "./report";
import { FIELD_INDICATOR, type ReportRow, type Source, asOperand } from "./reportRow";
import { agencyKey } from "./text";

/** The user's picks: conflict key → the chosen source as `describeSource` writes it. */
export type ConflictChoices = ReadonlyMap<string, string>;

/** One row of an agency-year, with the figures read from it. */
export interface ConflictRow {
  readonly row: ReportRow;
  readonly report: AgencyReport;
}

export interface Conflict {
  /** "<agency folded>|<year>|<field>": stable across runs, so a stored choice finds its conflict again. */
  readonly key: string;
  readonly agency: string;
  readonly year: number;
  readonly field: AgencyField;
  /** The column's header as the first row's table wrote it. */
  readonly column: string;
  /** Every row of the agency-year, in file-name order, with its cell's value as found. */
  readonly candidates: ReadonlyArray<{ readonly source: Source; readonly value: string | number | boolean | null }>;
  /** The row whose figure the merged table holds. */
  readonly kept: Source;
  /** How: the first row; the user's choice; or the first row because the stored choice names no row any more. */
  readonly by: "default" | "choice" | "stale_choice";
  /** The stored choice, when there is one. */
  readonly choice?: string;
}

export function conflictKey(agency: string, year: number, field: AgencyField): string {
  return `${agencyKey(agency)}|${year}|${field}`;
}

/** "file › sheet › dòng N" (the file is left out when unknown). */
function describe(s: Source): string {
  return [s.file, s.sheet, `dòng ${s.row}`].filter((p) => p !== "").join(" › ");
}

/** Same figure once read; revenues compare to a millionth of their size. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

export function resolveConflict(
  key: string,
  field: AgencyField,
  rows: readonly ConflictRow[],
  choices: ConflictChoices | undefined,
): Conflict & { readonly findings: Finding[] } {
  const first = rows[0] as ConflictRow;
  const choice = choices?.get(key);
  const chosen = choice === undefined ? undefined : rows.find((r) => describe(r.row.source) === choice.trim());
  const kept = chosen ?? first;
  const by = choice === undefined ? "default" : chosen ? "choice" : "stale_choice";
  const column = first.row.cells[field]?.header ?? rows.find((r) => r.row.cells[field])?.row.cells[field]?.header ?? "";
  const value = (r: ConflictRow) => {
    const v = asOperand(r.row.cells[field]?.value);
    return v === null ? null : typeof v === "number" || typeof v === "string" ? v : String(v);
  };
  const findings = rows.slice(1).flatMap((r) => {
    if (same(r.report[field], first.report[field])) return [];
    const here = r.row.cells[field];
    const expected = value(first);
    return [
      finding({
        code: "report.conflict",
        sheet: r.row.source.sheet,
        cell: here?.address ?? r.row.cells.agency?.address ?? "",
        indicator: FIELD_INDICATOR[field],
        year: first.report.year,
        value: value(r),
        ...(expected === null ? {} : { expected }),
        operands: {
          here: describe(r.row.source),
          other: describe(first.row.source),
          column,
          field,
          kept: describe(kept.row.source),
          by,
          ...(choice !== undefined && !chosen ? { choice } : {}),
        },
        file: r.row.source.file,
        agency: first.report.agency,
      }),
    ];
  });
  return {
    key,
    agency: first.report.agency,
    year: first.report.year,
    field,
    column,
    candidates: rows.map((r) => ({ source: r.row.source, value: value(r) })),
    kept: kept.row.source,
    by,
    ...(choice !== undefined ? { choice } : {}),
    findings,
  };
}
