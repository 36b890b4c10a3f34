/** Every text the command line prints, per language (vi.ts, en.ts); the compiler keeps the two in step. */
import type { Status } from "../../domain/agency/attainment";
import type { FindingSummary, Severity } from "../../domain/findings";
import type { IndicatorId } from "../../domain/indicators";
import type { ChangeSummary } from "../../domain/review";

export interface CliTexts {
  readonly severity: Readonly<Record<Severity, string>>;

  // validate
  validating(file: string): string;
  recognised(tables: number): string;
  noFindings: string;
  total(s: FindingSummary): string;
  accepted(count: number): string;
  changes(c: ChangeSummary): string;
  acceptedMark: string;
  reopenedMark: string;
  sheetSkipped(file: string, sheet: string, reason: string): string;
  highlightedWritten(out: string): string;

  // consolidate
  consolidating: string;
  filesRead(count: number): string;
  sourceRead(s: { readonly sheets: number; readonly tables: number; readonly rows: number }): string;
  unreadable: string;
  merged(reports: number, s: FindingSummary): string;
  mergedWritten(out: string, mergedSheet: string, reviewSheet: string): string;
  provinceConsolidated(name: string): string;
  trackerHeading: string;
  trackerYear(year: number, reported: number, missing: readonly string[], conflicting: readonly string[]): string;
  /** Why a report file cannot be read, as the list of sources and the review sheet say it. */

  // attain
  attainment(file: string): string;
  attainHeaders: readonly [string, string, string, string, string, string];
  writtenTo(where: string, name: string): string;
  /** Where a block went when the area beside its table holds data. */
  movedRight(column: string): string;
  ownSheet(sheet: string): string;
  indicator(id: IndicatorId): string;
  status(s: Status): string;
  noFiguresYet(years: string): string;
  agencyReports: string;
  written(out: string): string;

  // insert, help and demo (Vietnamese only: they have no --lang)
  inserted(preset: string, periods: string, sheet: string, range: string, out: string): string;
  helpTitle: string;
  demoSteps: readonly [string, string, string, string, string];
  demoOutcome(asExpected: boolean, folder: string): string;
  /** What each file the demo writes shows, by its role. */
  demoFiles: { readonly reviewed: string; readonly merged: string; readonly attained: string };
}
