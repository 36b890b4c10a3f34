/**
 * Mark a validated workbook for review: fill flagged cells with their severity's colour and add a
 * review sheet that lists every finding with a link to its cell. Values, formulas and formats stay.
 */
import { summarise, type Finding } from "../domain/findings";
import type { WorkbookPort } from "../ports/workbookPort";
import { highlightPatches } from "../sheet/layout/highlights";
import { freeSheetName, layoutReviewSheet, REVIEW_SHEET_NAME } from "../sheet/layout/reviewSheet";

export interface ReviewRequest {
  readonly findings: readonly Finding[];
  readonly sheetNames: readonly string[];
  readonly file: string;
  readonly checkedAt: string;
}

export async function writeReview(port: WorkbookPort, req: ReviewRequest): Promise<{ reviewSheet: string }> {
  const reviewSheet = freeSheetName(REVIEW_SHEET_NAME, req.sheetNames);
  const located = req.findings.filter((f) => f.sheet !== "");
  await port.apply([
    ...highlightPatches(located),
    layoutReviewSheet({
      sheet: reviewSheet,
      file: req.file,
      findings: req.findings,
      summary: summarise(req.findings),
      checkedAt: req.checkedAt,
    }),
  ]);
  return { reviewSheet };
}
