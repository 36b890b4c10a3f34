/**
 * Check a workbook for review, in one read and one write: validate its target tables (all, or those the selection
 * meets), highlight the flagged cells with the tool's own conditional formats (replacing the previous highlights,
 * never the user's formatting), and optionally write the review sheet (replacing the one an earlier run wrote).
 */
import { summarise } from "../domain/findings";
import type { WorkbookPort } from "../ports/workbookPort";
import { parseA1, rangeA1 } from "../sheet/a1";
import { highlightPatches, highlightRules, highlightTable } from "../sheet/layout/highlights";
import { layoutReviewSheet, REVIEW_SHEET_NAME } from "../sheet/layout/reviewSheet";
import type { SheetPatch } from "../sheet/patch";
import { highlightOwners, OWNED_SHEET_NAMES, ownedSheetTarget } from "./owned";
import { fail, ok, type Result } from "./result";
import { validateSnapshot, type ValidateRequest, type ValidationReport } from "./validateWorkbook";
import { updating } from "./writing";

export interface CheckRequest extends ValidateRequest {
  /** Highlight the flagged cells (warnings and errors). */
  readonly highlight: boolean;
  /** Write the review sheet, naming `file` and the time of the check. */
  readonly review?: { readonly file: string; readonly checkedAt: string };
  /**
   * Read only the scope's range (with the given `counts`: the workbook's own are not read then), for a re-check of
   * tables known from an earlier check. Without it the whole workbook is read, whatever the scope.
   */
  readonly readOnlyScope?: boolean;
}

export interface CheckOutcome {
  readonly report: ValidationReport;
  /** Cells highlighted by this check. */
  readonly highlighted: number;
  readonly reviewSheet: string | null;
  /** Protected sheets whose findings are reported but could not be highlighted (Excel refuses any write there). */
  readonly unhighlighted: readonly string[];
}

export async function checkWorkbook(port: WorkbookPort, req: CheckRequest): Promise<Result<CheckOutcome>> {
  return updating(port, (snapshot) => {
    const report = validateSnapshot(snapshot, req);
    if (req.scope && report.tables.length === 0) {
      return { patches: [], result: fail("validate.selection_not_a_table", { sheet: req.scope.sheet, range: req.scope.range }) };
    }
    const patches: SheetPatch[] = [];
    let highlighted = 0;
    const unhighlighted: string[] = [];
    if (req.highlight) {
      const plan = highlightRules(report.findings, { tables: report.tables });
      // A check of some tables replaces only their highlights; a check of the workbook replaces them all.
      const mine = req.scope ? new Set(report.tables.map((t) => `${t.sheet.toLowerCase()}!${t.range}`)) : null;
      const replaceable = (sheet: string, owner: string): boolean => !mine || mine.has(`${sheet.toLowerCase()}!${highlightTable(owner)}`);
      const isProtected = (sheet: string): boolean => snapshot.sheets.some((g) => g.protected === true && g.sheet.toLowerCase() === sheet.toLowerCase());
      for (const p of highlightPatches(plan, highlightOwners(snapshot), replaceable)) {
        // Excel refuses every write to a protected sheet: its findings stay in the report, unhighlighted, and the
        // pane says which sheets; the other sheets are highlighted as usual.
        if (isProtected(p.sheet)) unhighlighted.push(p.sheet);
        else patches.push(p);
      }
      for (const [sheet, cells] of plan.cellsBySheet) if (!isProtected(sheet)) highlighted += cells;
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
    return { patches, result: ok({ report, highlighted, reviewSheet, unhighlighted }) };
  }, req.readOnlyScope && req.scope ? { scope: req.scope } : undefined);
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
