/**
 * Merge agency report forms from many workbooks into one report per agency and year (AGENCY_FORM.md), with the
 * findings of RULES.md "Agency reports". The caller opens the files; one that could not be opened arrives as an
 * error, becomes a `source.unreadable` finding, and the others are still merged.
 */
import { consolidateReports, type ReportRow, type SourcedReport } from "../domain/agency/consolidate";
import { INDICATOR_FIELDS } from "../domain/agency/report";
import { isBlankValue } from "../domain/agency/reportRow";
import { compareFindings, finding, type Finding } from "../domain/findings";
import type { WorkbookPort } from "../ports/workbookPort";
import { findAgencyTables } from "../sheet/agencyForm";
import { OWNED_SHEET_NAMES, ownedSheet } from "./owned";

/** A workbook to read (`file` is the name provenance and findings show), or why it could not be opened. */
export type ConsolidationSource =
  | {
      readonly file: string;
      readonly port: WorkbookPort;
      /** Leave out the merged table an earlier consolidation wrote into this workbook (the pane's "this workbook"). */
      readonly skipOwnSheets?: boolean;
    }
  | { readonly file: string; readonly error: string };

/** What was read from one workbook: its sheets, the agency tables found, and the rows that carry figures. */
export interface SourceRead {
  readonly file: string;
  readonly sheets: number;
  readonly tables: number;
  readonly rows: number;
}

export interface SourceFailed {
  readonly file: string;
  readonly error: string;
}

export interface AgencyConsolidation {
  /** One report per agency and year, in the order first met, each with every source row that gave it. */
  readonly reports: readonly SourcedReport[];
  /** Ordered by source file (as given), then sheet (tab order), then cell. */
  readonly findings: readonly Finding[];
  /** One entry per source, in the order given. */
  readonly sources: ReadonlyArray<SourceRead | SourceFailed>;
}

export async function consolidateAgencies(sources: readonly ConsolidationSource[]): Promise<AgencyConsolidation> {
  const rows: ReportRow[] = [];
  const fileFindings: Finding[] = [];
  const summaries: Array<SourceRead | SourceFailed> = [];
  const sheetOrder = new Map<string, number>();

  for (const source of sources) {
    const { file } = source;
    if ("error" in source) {
      summaries.push({ file, error: source.error });
      fileFindings.push(wholeFile("source.unreadable", file, { reason: source.error }));
      continue;
    }
    const snapshot = await source.port.read();
    const own = source.skipOwnSheets ? ownedSheet(snapshot, OWNED_SHEET_NAMES.mergedTable) : null;
    let tables = 0;
    let filled = 0;
    snapshot.sheets.forEach((grid, i) => {
      if (own !== null && grid.sheet === own) return;
      sheetOrder.set(`${file}\u0000${grid.sheet}`, i);
      for (const table of findAgencyTables(grid, file)) {
        tables++;
        rows.push(...table.rows);
        filled += table.rows.filter((r) => INDICATOR_FIELDS.some((f) => !isBlankValue(r.cells[f]?.value))).length;
      }
    });
    if (tables === 0) fileFindings.push(wholeFile("workbook.no_agency_table", file));
    summaries.push({ file, sheets: snapshot.sheets.length, tables, rows: filled });
  }

  const merged = consolidateReports(rows);
  const fileOrder = new Map(sources.map((s, i) => [s.file, i] as const));
  const rank = (f: Finding): [number, number] => [
    fileOrder.get(f.file ?? "") ?? sources.length,
    f.sheet === "" ? -1 : (sheetOrder.get(`${f.file ?? ""}\u0000${f.sheet}`) ?? Number.MAX_SAFE_INTEGER),
  ];
  // Whole-file findings come first within their file (sheet rank -1); the sort is stable.
  const findings = [...fileFindings, ...merged.findings].sort((a, b) => {
    const [fa, sa] = rank(a);
    const [fb, sb] = rank(b);
    return fa - fb || sa - sb || (a.sheet === b.sheet ? compareFindings(a, b) : 0);
  });
  return { reports: merged.reports, findings, sources: summaries };
}

function wholeFile(code: "source.unreadable" | "workbook.no_agency_table", file: string, operands?: Record<string, string>): Finding {
  return finding({ code, sheet: "", cell: "", indicator: null, year: null, value: null, file, ...(operands ? { operands } : {}) });
}
