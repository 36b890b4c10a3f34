/**
 * What the task pane may ask of the workbook. Components never call Excel or Office: the composition root hands
 * them an object of this shape (the real use cases over the Office adapter; a fake in tests).
 */
import type { AttainRow } from "../usecases/writeAttainment";
import type { RecognitionReason, TableExplanation } from "../domain/appendix";
import type { RemovalOutcome } from "../usecases/removeInserted";
import type { Finding } from "../domain/findings";
import type { ChangeSummary, FindingReview } from "../domain/review";
import type { LogEntry } from "../sheet/store/reviewStore";
import type { Lang } from "../domain/messages";
import type { PresetId } from "../domain/presetNames";
import type { Period } from "../domain/units";
import type { UserEdit } from "../ports/userEdit";

export type { UserEdit };

/** A failure, already rendered in the pane's language; `nothingChanged` says the workbook was left as it was. */
export interface PaneError { readonly code: string; readonly message: string; readonly nothingChanged: boolean }
/** `notices`: what Excel could not do that the command went on without, in the pane's language. */
export type Outcome<T> = { readonly ok: true; readonly value: T; readonly notices?: readonly string[] } | { readonly ok: false; readonly error: PaneError };
export type Where = "new_sheet" | "selection";

export interface PaneSettings {
  readonly lang: Lang;
  /** Number of press agencies in the province, when known (for reachable-share checks). */
  readonly agencies: number | null;
  readonly defaultPreset: PresetId;
  readonly revalidateOnEdit: boolean;
  /** Notes on flagged cells saying why they are coloured (where Excel has notes); absent: off. */
  readonly cellNotes?: boolean;
  /** The first-run card was dismissed (or used) in this workbook. */
  readonly introDone: boolean;
}

export interface ValidationView {
  readonly tables: ReadonlyArray<{ readonly sheet: string; readonly range: string; readonly title: string | null; readonly years: readonly number[] }>;
  readonly findings: readonly Finding[];
  /** Cells now highlighted in the workbook. */
  readonly highlighted: number;
  /** Protected sheets: their findings are listed, but Excel refuses the highlights there. */
  readonly unhighlighted: readonly string[];
  /**
   * How each block with year columns was read, for a "why" on request: the tables checked and those refused, each
   * with why (RULES.md version 2: recognition explains itself).
   */
  readonly readings?: readonly TableReading[];
  /** The reviewer's decision on each finding, in the findings' order (stored in the workbook); none: all open. */
  readonly reviews?: readonly FindingReview[];
  /** Against the previous check of this workbook; null or absent when there was none, or for a check of the selection. */
  readonly changes?: ChangeSummary | null;
}

export interface TableReading {
  readonly sheet: string;
  readonly range: string;
  readonly taken: "target" | "ambiguous" | "refused";
  readonly reasons: readonly RecognitionReason[];
  readonly explanation?: TableExplanation;
}

export interface ValidateRequest {
  readonly scope: "workbook" | "selection";
  readonly highlight: boolean;
  readonly agencies: number | null;
  /** With highlights, a note on each flagged cell (the cellNotes setting); ignored where Excel has no notes. */
  readonly notes?: boolean;
  /** The user's edits since the last check, for a re-check while typing. */
  readonly edits?: readonly UserEdit[];
}

/** A decision the reviewer makes in the pane; each is stored in the workbook and answered with the check after it. */
export type DecisionRequest =
  | { readonly accept: Finding; readonly reason: string }
  | { readonly reopen: Finding }
  | { readonly resetAll: true };

/** Something the tool inserted that "remove what was inserted" takes away (or keeps, saying why). */
export type { InsertedItem } from "../usecases/removeInserted";

export interface AttainmentView {
  readonly tables: ReadonlyArray<{ readonly sheet: string; readonly range: string; readonly block: string; readonly chartYear: number | null; readonly rows: readonly AttainRow[] }>;
  readonly findings: readonly Finding[];
  /** The years some agency reported (absent: unknown); a row of another year is empty because nobody reported it. */
  readonly reportedYears?: readonly number[];
}

/** What the last command cost Excel: round trips counted, bytes estimated (the wire is not visible to the pane). */
export interface CommandMeasure {
  readonly command: string;
  readonly ok: boolean;
  readonly ms: number;
  readonly syncs: number;
  readonly bytesRead: number;
  readonly bytesWritten: number;
  readonly largestWrite: number;
}

/** Which Excel the pane runs in and what the last command cost: what a first user sends back. */
export interface Diagnostics {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  /** ExcelApi requirement sets, from the pane's floor (1.14) up. */
  readonly apiSets: ReadonlyArray<{ readonly version: string; readonly supported: boolean }>;
  readonly lastCommand: CommandMeasure | null;
}

/** A file the user chose (a DOM File is one): read only when its turn comes, and only within the size limit. */
export interface ChosenReportFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FilesConsolidation {
  readonly sheet: string;
  readonly reports: number;
  /** Files read (this workbook's own tables not counted). */
  readonly files: number;
  readonly findings: readonly Finding[];
  /** The files that could not be read, each with why, in the pane's language. */
  readonly unreadable: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
  /** The figures that differ between reports, as the workbook's own consolidation gives them. */
  readonly conflicts: readonly ConflictView[];
  /** Who has reported, per year (the tracker on the consolidation sheet). */
  readonly tracker: TrackerView;
}

/**
 * The collection tracker as the pane shows it: per year, how many of the agencies expected that year reported, and
 * who has not (or gave figures that differ). The sheet has the whole table (agencies × years).
 */
export interface TrackerView {
  readonly years: ReadonlyArray<{
    readonly year: number;
    /** Agencies expected that year (those that did not exist then are not counted). */
    readonly expected: number;
    /** Of those, the agencies that reported (with or without conflicting figures). */
    readonly reported: number;
    readonly missing: readonly string[];
    readonly conflicting: readonly string[];
  }>;
}

export interface PaneServices {
  readonly host: { readonly platform: string; readonly notesSupported: boolean };
  insertAppendix(req: { preset: PresetId; periods: readonly Period[]; where: Where }, lang: Lang): Promise<Outcome<{ sheet: string; range: string }>>;
  /**
   * Checks the tables; with `edits` (the user's since the last check, for a re-check while typing) only the tables
   * they touched are read and checked again where that is enough. Aborting `signal` cancels the check before it
   * writes anything (an outcome with code "cancelled").
   */
  validate(req: ValidateRequest, lang: Lang, signal?: AbortSignal): Promise<Outcome<ValidationView>>;
  /** Accepts a finding with a reason, reopens one, or reopens all ("reset accepted"); then checks as `req` says. */
  decide(req: ValidateRequest & { readonly decision: DecisionRequest }, lang: Lang): Promise<Outcome<ValidationView>>;
  /** What each command wrote, newest first, as the workbook keeps it. */
  commandLog(lang: Lang): Promise<Outcome<readonly LogEntry[]>>;
  /**
   * Removes the tool's tables, blocks, sheets and highlights; lists what went and what stayed, and why. With
   * `dryRun`, only says so (the pane asks before removing).
   */
  removeInserted(req: { readonly dryRun: boolean }, lang: Lang): Promise<Outcome<RemovalOutcome>>;
  /** The worked example of the first run: the national tables on a new sheet with three typed mistakes. */
  insertExample(lang: Lang): Promise<Outcome<{ sheet: string; range: string }>>;
  /** `cleared`: the sheets whose highlights were removed. */
  clearHighlights(lang: Lang): Promise<Outcome<{ cleared: number }>>;
  writeReviewSheet(req: { agencies: number | null }, lang: Lang): Promise<Outcome<{ sheet: string }>>;
  selectCell(sheet: string, cell: string): Promise<void>;
  insertAgencyForm(req: { where: Where }, lang: Lang): Promise<Outcome<{ sheet: string; range: string }>>;
  /**
   * Consolidates the agency tables of this workbook. With `choice`, the merged table keeps that source's figure for
   * that conflict, and the choice is stored in the workbook (the conflicts table) for every later consolidation.
   */
  consolidate(lang: Lang, choice?: ConflictChoice): Promise<Outcome<ConsolidationView>>;
  /**
   * Reads the report files the user chose (one at a time, in the pane, as `pressdx consolidate` reads them) and merges
   * them with this workbook's report tables into its consolidation sheet. `progress` hears of each file before it is
   * read; aborting `signal` stops between files, before anything is written (code "cancelled"). With `choice`, the
   * merged table keeps that source's figure and the choice is stored, as `consolidate` does.
   */
  consolidateFiles(
    files: readonly ChosenReportFile[],
    lang: Lang,
    progress: (file: number, total: number) => void,
    signal?: AbortSignal,
    choice?: ConflictChoice,
  ): Promise<Outcome<FilesConsolidation>>;
  writeAttainment(lang: Lang): Promise<Outcome<AttainmentView>>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(s: PaneSettings): Promise<void>;
  /**
   * Calls `listener` after the user (not the add-in) changes the workbook, with where; `failed` if Excel refuses to
   * tell (the registration is tried again at the next subscription). Returns an unsubscribe function.
   */
  onUserEdit(listener: (edit: UserEdit) => void, failed?: (message: string) => void): () => void;
  diagnostics(): Diagnostics;
}

/** A figure two reports of one agency and year give differently, as the pane shows it (issue 17, item 3). */
export interface ConflictView {
  /** The key a choice is stored under. */
  readonly key: string;
  readonly agency: string;
  readonly year: number;
  /** The column's header in the report. */
  readonly column: string;
  /** Every source ("file › sheet › dòng N") with its figure written as its field is (never a percentage). */
  readonly candidates: ReadonlyArray<{ readonly source: string; readonly figure: string }>;
  /** The source whose figure the merged table holds. */
  readonly kept: string;
  /** The first report by file name; the user's choice; or the first because a stored choice names no row now. */
  readonly by: "default" | "choice" | "stale_choice";
}

/** The user keeps `source`'s figure for the conflict `key`. */
export interface ConflictChoice {
  readonly key: string;
  readonly source: string;
}

export interface ConsolidationView {
  readonly sheet: string;
  readonly reports: number;
  readonly findings: readonly Finding[];
  /** Absent from services that do not say (nothing conflicting is an empty list). */
  readonly conflicts?: readonly ConflictView[];
  /** Absent from services that do not say. */
  readonly tracker?: TrackerView;
}
