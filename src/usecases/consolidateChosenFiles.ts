/**
 * The pane's "choose report files": the agencies' workbooks the user picked, read one at a time as the command line
 * reads them (each checked, then read; one that cannot be read is listed with why and the rest go on; a snapshot is
 * dropped once its rows are taken), merged with the report tables of this workbook into its consolidation sheet.
 */
import type { WorkbookPort } from "../ports/workbookPort";
import type { WorkbookSnapshot } from "../sheet/grid";
import { findAgencyTables } from "../sheet/agencyForm";
import { type AgencyConsolidation, ConsolidationBuilder } from "./consolidateAgencies";
import { type ConsolidationSettings, mergeSettings, settingsFromWorkbook } from "./consolidationSettings";
import { OWNED_SHEET_NAMES, ownedSheet } from "./owned";
import { fail, ok, type Result } from "./result";
import { planConsolidation, type WrittenConsolidation } from "./writeConsolidation";
import { updating } from "./writing";

/** A file the user chose: its name (provenance) and how to read it into a snapshot; a read that fails throws. */
export interface ChosenFile {
  readonly name: string;
  read(): Promise<WorkbookSnapshot>;
}

export interface ChosenFilesRequest {
  /** This workbook's name, in provenance and findings. */
  readonly file: string;
  readonly checkedAt: string;
  readonly files: readonly ChosenFile[];
  /** Why a file could not be read, in the user's language; null when the error is not a file's (it is rethrown). */
  readonly reason: (e: unknown) => string | null;
  /** Before each file is read (1-based), and after the last with `done` = total. */
  readonly progress?: (done: number, total: number) => void;
  /** Called between files: throws to stop before anything is written. */
  readonly pace?: () => Promise<void>;
  readonly settings?: ConsolidationSettings;
}

export type ChosenFilesOutcome = WrittenConsolidation & { readonly consolidation: AgencyConsolidation };

export async function consolidateChosenFiles(port: WorkbookPort, req: ChosenFilesRequest): Promise<Result<ChosenFilesOutcome>> {
  // The command line's order: by name, so "the first file" of a conflict is the same one both ways.
  const files = [...req.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const merge = new ConsolidationBuilder();
  for (const [i, file] of files.entries()) {
    await req.pace?.();
    req.progress?.(i + 1, files.length);
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = await file.read();
    } catch (e) {
      const why = req.reason(e);
      if (why === null) throw e;
      merge.add({ file: file.name, error: why });
      continue;
    }
    merge.add({ file: file.name, snapshot, skipOwnSheets: true });
  }
  await req.pace?.();
  return updating(port, (snapshot) => {
    // This workbook's own report tables join the files (after them); a workbook without any adds nothing, not a note.
    if (hasReportTables(snapshot, req.file)) merge.add({ file: req.file, snapshot, skipOwnSheets: true });
    const settings = mergeSettings(settingsFromWorkbook(snapshot, req.file), req.settings ?? {});
    const consolidation = merge.consolidate(settings);
    if (consolidation.reports.length === 0) return { patches: [], result: fail("consolidate.no_agency_table") };
    const plan = planConsolidation(snapshot, consolidation, req);
    return { patches: plan.patches, result: plan.result.ok ? ok({ ...plan.result.value, consolidation }) : plan.result };
  });
}

function hasReportTables(snapshot: WorkbookSnapshot, file: string): boolean {
  const own = ownedSheet(snapshot, OWNED_SHEET_NAMES.mergedTable);
  return snapshot.sheets.some((g) => g.sheet !== own && findAgencyTables(g, file).length > 0);
}
