/**
 * Check a workbook for review, in one read and one write: validate its target tables (all, or those the selection
 * meets), highlight the flagged cells with the tool's own conditional formats (replacing the previous highlights,
 * never the user's formatting), and optionally write the review sheet (replacing the one an earlier run wrote).
 */
import { summarise } from "../domain/findings";
import type { WorkbookPort } from "../ports/workbookPort";
import { parseA1, rangeA1 } from "../sheet/a1";
import { HIGHLIGHT_OWNER, highlightPatches, highlightRules } from "../sheet/layout/highlights";
import { layoutReviewSheet, REVIEW_SHEET_NAME } from "../sheet/layout/reviewSheet";
import type { SheetPatch } from "../sheet/patch";
import { highlightOwners, OWNED_SHEET_NAMES, ownedSheetTarget } from "./owned";
import { fail, ok, type Result } from "./result";
import { validateSnapshot, validateSnapshotPaced, type ValidateRequest, type ValidationReport } from "./validateWorkbook";
import { updating } from "./writing";

export interface CheckRequest extends ValidateRequest {
  /** Highlight the flagged cells (warnings and errors). */
  readonly highlight: boolean;
  /** Write the review sheet, naming `file` and the time of the check. */
  readonly review?: { readonly file: string; readonly checkedAt: string };
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
}

export async function checkWorkbook(port: WorkbookPort, req: CheckRequest): Promise<Result<CheckOutcome>> {
  return updating(port, async (snapshot) => {
    const report = req.pace ? await validateSnapshotPaced(snapshot, req, req.pace) : validateSnapshot(snapshot, req);
    if (req.scope && report.tables.length === 0) {
      return { patches: [], result: fail("validate.selection_not_a_table", { sheet: req.scope.sheet, range: req.scope.range }) };
    }
    const patches: SheetPatch[] = [];
    let highlighted = 0;
    if (req.highlight) {
      const plan = highlightRules(report.findings, { tables: report.tables });
      highlighted = plan.cells;
      const old = highlightOwners(snapshot);
      // A check of some tables replaces only their highlights; a check of the workbook replaces them all.
      const mine = req.scope ? new Set(report.tables.map((t) => `${HIGHLIGHT_OWNER}:${t.range}`)) : null;
      const stale = new Map([...old].map(([sheet, owners]) => [sheet, mine ? owners.filter((o) => mine.has(o)) : owners] as const));
      patches.push(...highlightPatches(plan, stale).filter((p) => (p.removeOwned?.length ?? 0) + (p.conditionalFormats?.length ?? 0) > 0));
    }
    let reviewSheet: string | null = null;
    if (req.review) {
      const target = ownedSheetTarget(snapshot, OWNED_SHEET_NAMES.review, REVIEW_SHEET_NAME);
      reviewSheet = target.sheet;
      const sheet = layoutReviewSheet({
        sheet: target.sheet,
        file: req.review.file,
        findings: report.findings,
        summary: summarise(report.findings),
        checkedAt: req.review.checkedAt,
      });
      patches.push(ownSheet(sheet, target.replace, OWNED_SHEET_NAMES.review));
    }
    await req.pace?.();
    return { patches, result: ok({ report, highlighted, reviewSheet }) };
  });
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
  const area = { top: 0, left: 0, bottom, right };
  return {
    ...patch,
    ...(replace ? { replace: true, createSheet: false } : { createSheet: true }),
    names: [...(patch.names ?? []), { name, range: rangeA1(area) }],
  };
}
