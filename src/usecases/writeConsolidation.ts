/**
 * Write a consolidation into a workbook: the consolidation sheet ("Tổng hợp báo cáo": the merged agency table, its
 * rows named PressDX_Agencies_Table, the province, the collection tracker and the conflicts table that stores the
 * user's choices) and a review sheet of the consolidation findings, in one batch. Sheets an earlier run wrote are
 * replaced in place (formulas elsewhere keep pointing at them); a user's sheet is never touched: a name already
 * taken gets a number. The choices stored in the workbook were read before the merge (consolidationSettings) and
 * are written back with the conflicts they still decide.
 */
import { summarise } from "../domain/findings";
import type { Plan, WorkbookPort } from "../ports/workbookPort";
import type { WorkbookSnapshot } from "../sheet/grid";
import { layoutMergedTable, MERGED_SHEET_NAME, MERGED_TABLE_NAME } from "../sheet/layout/mergedTable";
import { readReviewSheet } from "../sheet/layout/reviewerColumns";
import { EMPTY_TEXTS, layoutReviewSheet } from "../sheet/layout/reviewSheet";
import { ownSheet } from "./checkWorkbook";
import { type AgencyConsolidation, consolidateSnapshot } from "./consolidateAgencies";
import { type ConsolidationSettings, mergeSettings, settingsFromWorkbook } from "./consolidationSettings";
import { OWNED_SHEET_NAMES, ownedSheetTarget } from "./owned";
import { fail, ok, type Result } from "./result";
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
  return updating(port, (snapshot) => planConsolidation(snapshot, consolidation, opts));
}

/**
 * Consolidate the agency tables of the workbook itself and write the result into it, in one read and one write (the
 * pane's "Tổng hợp báo cáo"). The merged table an earlier run wrote is not read as a report.
 */
export async function consolidateWorkbook(
  port: WorkbookPort,
  opts: { readonly file: string; readonly checkedAt: string; readonly settings?: ConsolidationSettings },
): Promise<Result<WrittenConsolidation & { readonly consolidation: AgencyConsolidation }>> {
  return updating(port, (snapshot) => {
    const settings = mergeSettings(settingsFromWorkbook(snapshot, opts.file), opts.settings ?? {});
    const consolidation = consolidateSnapshot(opts.file, snapshot, true, settings);
    if (consolidation.reports.length === 0) return { patches: [], result: fail("consolidate.no_agency_table") };
    const plan = planConsolidation(snapshot, consolidation, opts);
    return { patches: plan.patches, result: plan.result.ok ? ok({ ...plan.result.value, consolidation }) : plan.result };
  });
}

/** The pure part: the merged table and its review sheet, on the sheets an earlier run made or on new ones. */
export function planConsolidation(
  snapshot: WorkbookSnapshot,
  consolidation: AgencyConsolidation,
  opts: { readonly checkedAt: string },
): Plan<Result<WrittenConsolidation>> {
  const merged = ownedSheetTarget(snapshot, OWNED_SHEET_NAMES.mergedTable, MERGED_SHEET_NAME);
  const review = ownedSheetTarget(snapshot, OWNED_SHEET_NAMES.consolidationReview, CONSOLIDATION_REVIEW_SHEET, [merged.sheet]);
  // What a reviewer added to the review sheet an earlier run wrote comes back beside the same findings.
  const oldReview = review.replace ? snapshot.sheets.find((g) => g.sheet === review.sheet) : undefined;
  const files = consolidation.sources.map((s) => s.file);
  const fileList = `${files.length} tệp (${files.join(", ")})`;
  // After mergers, say how each year is counted: over the agencies that existed that year, under their own names.
  const perYear = consolidation.lineage.hasAgencyMergers ? " · mỗi năm tính trên các cơ quan báo chí có trong năm đó (xem cột “Sau sáp nhập thuộc”)" : "";
  const patches = [
    ownSheet(
      layoutMergedTable({
        sheet: merged.sheet,
        reports: consolidation.reports,
        subtitle: `Tổng hợp từ ${fileList} lúc ${opts.checkedAt} · ${consolidation.reports.length} báo cáo (cơ quan × năm)${perYear}`,
        province: consolidation.province?.name ?? null,
        tracker: consolidation.tracker,
        conflicts: consolidation.conflicts,
        lineage: consolidation.lineage,
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
        ...(oldReview ? { kept: readReviewSheet(oldReview, EMPTY_TEXTS) } : {}),
      }),
      review.replace,
      OWNED_SHEET_NAMES.consolidationReview,
    ),
  ];
  return { patches, result: ok({ mergedSheet: merged.sheet, reviewSheet: review.sheet, tableName: MERGED_TABLE_NAME }) };
}
