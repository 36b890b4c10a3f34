/**
 * Check a workbook for review, in one read and one write: validate its target tables (all, or those the selection
 * meets), carry out the reviewer's decisions, highlight the flagged cells that still ask for attention with the
 * tool's own conditional formats (replacing the previous highlights, never the user's formatting), record the
 * check's findings for the next "what changed", and optionally write the review sheet (replacing the one an earlier
 * run wrote, keeping what the reviewer added to it).
 */
import type { Finding } from "../domain/findings";
import { findingKey, isOpen, summariseOpen } from "../domain/review";
import type { WorkbookPort } from "../ports/workbookPort";
import { parseA1, rangeA1 } from "../sheet/a1";
import { cellAt, type WorkbookSnapshot } from "../sheet/grid";
import { highlightPatches, highlightRules, highlightTable } from "../sheet/layout/highlights";
import { notePatches } from "../sheet/layout/cellNotes";
import { readReviewSheet } from "../sheet/layout/reviewerColumns";
import { EMPTY_TEXTS, layoutReviewSheet, REVIEW_SHEET_NAME } from "../sheet/layout/reviewSheet";
import type { CellWrite, SheetPatch } from "../sheet/patch";
import { type DecisionChanges, planDecisions, reviewsAfter } from "../sheet/store/decisions";
import { lastCheckCells, readStore, type Store, withStoreCells } from "../sheet/store/reviewStore";
import { highlightOwners, OWNED_SHEET_NAMES, ownedSheetTarget } from "./owned";
import { fail, ok, type Result } from "./result";
import { validateSnapshot, validateSnapshotPaced, type ValidateRequest, type ValidationReport } from "./validateWorkbook";
import { updating } from "./writing";
import { blockArea } from "../sheet/patchCells";

export interface CheckRequest extends ValidateRequest {
  /** Highlight the flagged cells (warnings and errors) that are not accepted. */
  readonly highlight: boolean;
  /** Write the review sheet, naming `file` and the time of the check ("07/12/2026 06:18"). */
  readonly review?: { readonly file: string; readonly checkedAt: string };
  /**
   * Read only the scope's range (with the given `counts`: the workbook's own are not read then), for a re-check of
   * tables known from an earlier check. Without it the whole workbook is read, whatever the scope.
   */
  readonly readOnlyScope?: boolean;
  /** Keep this check's findings as "the previous check" of the next one; whole-workbook checks only. */
  readonly record?: { readonly at: string };
  /**
   * With highlights, a note on each flagged cell saying why, where the workbook's notes can be read (never over a
   * user's note); whole-workbook checks only. Without it, the tool's notes of an earlier check go.
   */
  readonly notes?: boolean;
  /** The reviewer's decisions to store before the findings are reported, stamped `at`. */
  readonly decide?: DecisionChanges & { readonly at: string };
  /**
   * Awaited between sheets and before writing (the pane gives one that yields to the page now and then); it may
   * throw to cancel the check, which then writes nothing.
   */
  readonly pace?: () => Promise<void>;
}

export interface CheckOutcome {
  readonly report: ValidationReport;
  /** Cells highlighted by this check. */
  readonly highlighted: number;
  readonly reviewSheet: string | null;
  /** Protected sheets whose findings are reported but could not be highlighted (Excel refuses any write there). */
  readonly unhighlighted: readonly string[];
  /** Whether the check was recorded for the next comparison (not when the workbook's structure is locked). */
  readonly recorded: boolean;
  /** The reviewer's store the check read (a later re-check of one scope, which does not read it, is given it). */
  readonly store: Store;
}

export async function checkWorkbook(port: WorkbookPort, req: CheckRequest): Promise<Result<CheckOutcome>> {
  const scoped = req.readOnlyScope === true && req.scope !== undefined;
  return updating(port, async (snapshot) => {
    const validated = req.pace ? await validateSnapshotPaced(snapshot, req, req.pace) : validateSnapshot(snapshot, req);
    if (req.scope && validated.tables.length === 0) {
      return { patches: [], result: fail("validate.selection_not_a_table", { sheet: req.scope.sheet, range: req.scope.range }) };
    }
    const store = req.store ?? readStore(snapshot);
    const storeCells: CellWrite[] = [];
    let report = validated;
    const isProtected = (sheet: string): boolean => snapshot.sheets.some((g) => g.protected === true && g.sheet.toLowerCase() === sheet.toLowerCase());
    if (req.decide && !scoped) {
      const plan = planDecisions(snapshot, validated.findings, store, req.decide, req.decide.at);
      const gone = plan.missing[0];
      if (gone !== undefined) return { patches: [], result: fail("review.finding_changed", changedCell(snapshot, gone)) };
      storeCells.push(...plan.cells);
      report = { ...validated, reviews: reviewsAfter(validated.findings, validated.reviews, req.decide, req.decide.at) };
    }
    const patches: SheetPatch[] = [];
    let highlighted = 0;
    const unhighlighted: string[] = [];
    if (req.highlight) {
      // An accepted finding is the reviewer's to keep: its cell is not coloured, as Excel's Ignore Error hides its mark.
      const flagged = report.findings.filter((_f, i) => isOpen(report.reviews[i]));
      const plan = highlightRules(flagged, { tables: report.tables });
      // A check of some tables replaces only their highlights; a check of the workbook replaces them all.
      const mine = req.scope ? new Set(report.tables.map((t) => `${t.sheet.toLowerCase()}!${t.range}`)) : null;
      const replaceable = (sheet: string, owner: string): boolean => !mine || mine.has(`${sheet.toLowerCase()}!${highlightTable(owner)}`);
      for (const p of highlightPatches(plan, highlightOwners(snapshot), replaceable)) {
        // Excel refuses every write to a protected sheet: its findings stay in the report, unhighlighted, and the
        // pane says which sheets; the other sheets are highlighted as usual.
        if (isProtected(p.sheet)) unhighlighted.push(p.sheet);
        else patches.push(p);
      }
      for (const [sheet, cells] of plan.cellsBySheet) if (!isProtected(sheet)) highlighted += cells;
      if (!req.scope) patches.push(...notePatches(snapshot, flagged, req.notes === true).filter((p) => !isProtected(p.sheet)));
    }
    const recording = req.record !== undefined && !req.scope && !scoped;
    if (req.record && recording) storeCells.push(...lastCheckCells(store, report.findings.map(findingKey), req.record.at));
    let reviewSheet: string | null = null;
    if (req.review) {
      const patch = reviewSheetPatch(snapshot, report, req.review);
      reviewSheet = patch.sheet;
      patches.push(patch);
    }
    // The last chance to cancel: nothing has been written yet.
    await req.pace?.();
    // A check that read only its scope has no store sheet in its snapshot: it records nothing and decides nothing.
    if (scoped) return { patches, result: ok({ report, highlighted, reviewSheet, unhighlighted, recorded: false, store }) };
    const withStore = withStoreCells(snapshot, patches, storeCells);
    if (withStore === null) {
      // No store, and none can be made: decisions cannot be kept; a check still runs, unrecorded.
      if (req.decide) return { patches: [], result: fail("review.structure_protected") };
      return { patches, result: ok({ report, highlighted, reviewSheet, unhighlighted, recorded: false, store }) };
    }
    return { patches: withStore, result: ok({ report, highlighted, reviewSheet, unhighlighted, recorded: recording, store }) };
  }, scoped && req.scope ? { scope: req.scope } : undefined);
}

/** The review sheet for this check, in place of the one an earlier run wrote, with what the reviewer added to it. */
function reviewSheetPatch(snapshot: WorkbookSnapshot, report: ValidationReport, review: NonNullable<CheckRequest["review"]>): SheetPatch {
  const target = ownedSheetTarget(snapshot, OWNED_SHEET_NAMES.review, REVIEW_SHEET_NAME);
  const old = target.replace ? snapshot.sheets.find((g) => g.sheet === target.sheet) : undefined;
  const sheet = layoutReviewSheet({
    sheet: target.sheet,
    file: review.file,
    findings: report.findings,
    summary: summariseOpen(report.findings, report.reviews),
    checkedAt: review.checkedAt,
    reviews: report.reviews,
    formatOf: (f) => formatAt(snapshot, f),
    ...(old ? { kept: readReviewSheet(old, EMPTY_TEXTS) } : {}),
  });
  return ownSheet(sheet, target.replace, OWNED_SHEET_NAMES.review);
}

/** The number format of a finding's cell, as the snapshot read it. */
function formatAt(snapshot: WorkbookSnapshot, f: Finding): string | undefined {
  const g = snapshot.sheets.find((x) => x.sheet === f.sheet);
  if (!g || !f.cell) return undefined;
  const { row, col } = parseA1(f.cell);
  return cellAt(g, row, col)?.numberFormat;
}

/** The sheet (as the workbook spells it) and cell a finding key names. */
function changedCell(snapshot: WorkbookSnapshot, key: string): { sheet: string; cell: string } {
  const [sheet = "", cell = ""] = JSON.parse(key) as [string?, string?];
  return { sheet: snapshot.sheets.find((g) => g.sheet.toLowerCase() === sheet)?.sheet ?? sheet, cell };
}

/** A layout of a sheet the tool owns: replaced in place when it exists, marked with its name over what was written. */
export function ownSheet(patch: SheetPatch, replace: boolean, name: string): SheetPatch {
  // A loop, not Math.max(...cells): a merged table of thousands of rows would overflow the call stack.
  let bottom = 0;
  let right = 0;
  for (const c of patch.cells) {
    const r = parseA1(c.address);
    if (r.row > bottom) bottom = r.row;
    if (r.col > right) right = r.col;
  }
  for (const b of patch.blocks ?? []) {
    const r = blockArea(b);
    if (r && r.bottom > bottom) bottom = r.bottom;
    if (r && r.right > right) right = r.right;
  }
  const area = { top: 0, left: 0, bottom, right };
  return {
    ...patch,
    ...(replace ? { replace: true, createSheet: false } : { createSheet: true }),
    names: [...(patch.names ?? []), { name, range: rangeA1(area) }],
  };
}
