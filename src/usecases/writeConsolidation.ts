/**
 * Write a consolidation into a workbook: the merged agency table on a new sheet ("Tổng hợp báo cáo", named
 * PressDX_Agencies_Table) and a review sheet of the consolidation findings, in one batch. Existing sheets are not
 * touched; sheet names already taken get a number.
 */
import { summarise } from "../domain/findings";
import type { WorkbookPort } from "../ports/workbookPort";
import { layoutMergedTable, MERGED_SHEET_NAME, MERGED_TABLE_NAME } from "../sheet/layout/mergedTable";
import { freeSheetName, layoutReviewSheet } from "../sheet/layout/reviewSheet";
import type { AgencyConsolidation } from "./consolidateAgencies";

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
): Promise<WrittenConsolidation> {
  const existing = (await port.read()).sheets.map((g) => g.sheet);
  const mergedSheet = freeSheetName(MERGED_SHEET_NAME, existing);
  const reviewSheet = freeSheetName(CONSOLIDATION_REVIEW_SHEET, [...existing, mergedSheet]);
  const files = consolidation.sources.map((s) => s.file);
  const fileList = `${files.length} tệp (${files.join(", ")})`;
  await port.apply([
    layoutMergedTable({
      sheet: mergedSheet,
      reports: consolidation.reports,
      subtitle: `Tổng hợp từ ${fileList} lúc ${opts.checkedAt} · ${consolidation.reports.length} báo cáo (cơ quan × năm)`,
    }),
    layoutReviewSheet({
      sheet: reviewSheet,
      file: fileList,
      findings: consolidation.findings,
      summary: summarise(consolidation.findings),
      checkedAt: opts.checkedAt,
      variant: "consolidation",
    }),
  ]);
  return { mergedSheet, reviewSheet, tableName: MERGED_TABLE_NAME };
}
