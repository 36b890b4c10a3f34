/**
 * Merge agency report forms from many workbooks into one report per agency and year (AGENCY_FORM.md), with the
 * findings of RULES.md "Agency reports". The caller opens the files; one that could not be opened arrives as an
 * error, becomes a `source.unreadable` finding, and the others are still merged. A workbook without a report table
 * is a `source.not_a_report` info and is skipped. Lineage tables found in any source add to the settings'.
 *
 * Everything here works on snapshots (grids), so the pane can feed files it read itself through
 * `ConsolidationBuilder` and get the same merged rows and findings as `pressdx consolidate`.
 */
import { type Consolidation, consolidateReports, type ReportRow } from "../domain/agency/consolidate";
import { Lineage, type LineageEntry } from "../domain/agency/lineage";
import { hasFigures } from "../domain/agency/reportRow";
import { compareFindings, finding, type Finding } from "../domain/findings";
import type { WorkbookPort } from "../ports/workbookPort";
import type { WorkbookSnapshot } from "../sheet/grid";
import { findAgencyTables } from "../sheet/agencyForm";
import { findLineageTables } from "../sheet/lineageForm";
import type { ConsolidationSettings } from "./consolidationSettings";
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
  /** Rows of lineage tables found in it. */
  readonly lineage?: number;
}

export interface SourceFailed {
  readonly file: string;
  readonly error: string;
}

export interface AgencyConsolidation extends Omit<Consolidation, "reports" | "findings"> {
  /** One report per agency and year, in file-name order first met, each with every source row that gave it. */
  readonly reports: Consolidation["reports"];
  /** Ordered by source file (as given), then sheet (tab order), then cell. */
  readonly findings: readonly Finding[];
  /** One entry per source, in the order given. */
  readonly sources: ReadonlyArray<SourceRead | SourceFailed>;
  /** The lineage used: the built-in province mergers, the settings' and the sources' tables. */
  readonly lineage: Lineage;
}

export async function consolidateAgencies(
  sources: readonly ConsolidationSource[],
  settings: ConsolidationSettings = {},
): Promise<AgencyConsolidation> {
  // One workbook at a time: each snapshot is dropped once its rows are taken.
  const gathered = new ConsolidationBuilder();
  for (const source of sources) {
    if ("error" in source) gathered.add({ file: source.file, error: source.error });
    else gathered.add({ file: source.file, snapshot: await source.port.read(), skipOwnSheets: source.skipOwnSheets ?? false });
  }
  return gathered.consolidate(settings);
}

/** The pure part, for one workbook already read (the pane consolidates the workbook it is in, in one update). */
export function consolidateSnapshot(
  file: string,
  snapshot: WorkbookSnapshot,
  skipOwnSheets: boolean,
  settings: ConsolidationSettings = {},
): AgencyConsolidation {
  const gathered = new ConsolidationBuilder();
  gathered.add({ file, snapshot, skipOwnSheets });
  return gathered.consolidate(settings);
}

/**
 * The agency rows of the workbooks read so far, with what each source gave and the whole-file findings. A caller
 * that reads the files itself (the command line, which lists a file it cannot read and goes on) feeds it directly.
 */
export class ConsolidationBuilder {
  private readonly rows: ReportRow[] = [];
  private readonly lineage: LineageEntry[] = [];
  private readonly fileFindings: Finding[] = [];
  private readonly summaries: Array<SourceRead | SourceFailed> = [];
  private readonly sheetOrder = new Map<string, number>();
  private readonly files: string[] = [];

  add(source: { file: string; snapshot: WorkbookSnapshot; skipOwnSheets: boolean } | { file: string; error: string }): void {
    const { file } = source;
    this.files.push(file);
    if ("error" in source) {
      this.summaries.push({ file, error: source.error });
      this.fileFindings.push(wholeFile("source.unreadable", file, { reason: source.error }));
      return;
    }
    const { snapshot } = source;
    const own = source.skipOwnSheets ? ownedSheet(snapshot, OWNED_SHEET_NAMES.mergedTable) : null;
    let tables = 0;
    let filled = 0;
    let lineage = 0;
    snapshot.sheets.forEach((grid, i) => {
      if (own !== null && grid.sheet === own) return;
      this.sheetOrder.set(`${file}\u0000${grid.sheet}`, i);
      for (const table of findAgencyTables(grid, file)) {
        tables++;
        this.rows.push(...table.rows);
        filled += table.rows.filter(hasFigures).length;
      }
      for (const t of findLineageTables(grid, file)) {
        lineage += t.entries.length;
        this.lineage.push(...t.entries);
      }
    });
    // A workbook holding only a lineage table is not a report, and not worth a finding either.
    if (tables === 0 && lineage === 0) this.fileFindings.push(wholeFile("source.not_a_report", file));
    this.summaries.push({ file, sheets: snapshot.sheets.length, tables, rows: filled, ...(lineage > 0 ? { lineage } : {}) });
  }

  consolidate(settings: ConsolidationSettings = {}): AgencyConsolidation {
    const { rows, fileFindings, summaries, sheetOrder, files } = this;
    const lineage = Lineage.of([...(settings.lineage ?? []), ...this.lineage]);
    const merged = consolidateReports(rows, {
      lineage,
      ...(settings.choices ? { choices: settings.choices } : {}),
      ...(settings.province ? { province: settings.province } : {}),
    });
    const fileOrder = new Map(files.map((file, i) => [file, i] as const));
    const rank = (f: Finding): [number, number] => [
      fileOrder.get(f.file ?? "") ?? files.length,
      f.sheet === "" ? -1 : (sheetOrder.get(`${f.file ?? ""}\u0000${f.sheet}`) ?? Number.MAX_SAFE_INTEGER),
    ];
    // Whole-file findings come first within their file (sheet rank -1); the sort is stable.
    const findings = [...fileFindings, ...merged.findings].sort((a, b) => {
      const [fa, sa] = rank(a);
      const [fb, sb] = rank(b);
      return fa - fb || sa - sb || (a.sheet === b.sheet ? compareFindings(a, b) : 0);
    });
    return { ...merged, findings, sources: summaries, lineage };
  }
}

function wholeFile(code: "source.unreadable" | "source.not_a_report", file: string, operands?: Record<string, string>): Finding {
  return finding({ code, sheet: "", cell: "", indicator: null, year: null, value: null, file, ...(operands ? { operands } : {}) });
}

/**
 * Whether a workbook holds only what a consolidation wrote: the merged table the tool marked as its own, and no
 * agency report rows besides it, so nothing in it would be read as a report. The command line writes over such
 * a file in a folder of reports (an earlier run's output), never over anything else there.
 */
export function isConsolidationOutput(snapshot: WorkbookSnapshot): boolean {
  const own = ownedSheet(snapshot, OWNED_SHEET_NAMES.mergedTable);
  return own !== null && snapshot.sheets.every((g) => g.sheet === own || findAgencyTables(g, "").every((t) => t.rows.length === 0));
}
