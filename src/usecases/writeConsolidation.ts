/**
 * Write a consolidation into a workbook: the merged agency table ("Tổng hợp báo cáo", its rows named
 * PressDX_Agencies_Table) and a review sheet of the consolidation findings, in one batch. Sheets an earlier run
 * wrote are replaced in place (formulas elsewhere keep pointing at them); a user's sheet is never touched: a name
 * already taken gets a number.
 */
import { summarise } from "../domain/findings";
import type { WorkbookPort } from "../ports/workbookPort";
import { layoutMergedTable, MERGED_SHEET_NAME, MERGED_TABLE_NAME } from "../sheet/layout/mergedTable";
import { layoutReviewSheet } from "../sheet/layout/reviewSheet";
import { ownSheet } from "./checkWorkbook";
import type { AgencyConsolidation } from "./consolidateAgencies";
import { OWNED_SHEET_NAMES, ownedSheetTarget } from "./owned";
import { ok, type Result } from "./result";
import { updating } from "./writing";

export const CONSOLIDATION_REVIEW_SHEET = "Kiểm tra báo cáo";

export interface WrittenConsolidation {
  readonly mergedSheet: string;
  readonly reviewSheet: string;
  /** The defined name over the merged table (header row and data rows). */
  readonly tableName: string;
}

export async function writeConsolidation(
  port: WorkbookPort,
  consolidation: AgencyConsolidation,
  opts: { readonly checkedAt: string },
): Promise<Result<WrittenConsolidation>> {
  return updating(port, (snapshot) => {
    const merged = ownedSheetTarget(snapshot, OWNED_SHEET_NAMES.mergedTable, MERGED_SHEET_NAME);
    const review = ownedSheetTarget(snapshot, OWNED_SHEET_NAMES.consolidationReview, CONSOLIDATION_REVIEW_SHEET, [merged.sheet]);
    const files = consolidation.sources.map((s) => s.file);
    const fileList = `${files.length} tệp (${files.join(", ")})`;
    const patches = [
      ownSheet(
        layoutMergedTable({
          sheet: merged.sheet,
          reports: consolidation.reports,
          subtitle: `Tổng hợp từ ${fileList} lúc ${opts.checkedAt} · ${consolidation.reports.length} báo cáo (cơ quan × năm)`,
        }),
        merged.replace,
        OWNED_SHEET_NAMES.mergedTable,
      ),
      ownSheet(
        layoutReviewSheet({
          sheet: review.sheet,
          file: fileList,
          findings: consolidation.findings,
          summary: summarise(consolidation.findings),
          checkedAt: opts.checkedAt,
          variant: "consolidation",
        }),
        review.replace,
        OWNED_SHEET_NAMES.consolidationReview,
      ),
    ];
    return { patches, result: ok({ mergedSheet: merged.sheet, reviewSheet: review.sheet, tableName: MERGED_TABLE_NAME }) };
  });
}
