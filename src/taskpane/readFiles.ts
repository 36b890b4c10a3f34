/**
 * The pane's "choose report files" command, in the engine chunk: the chosen files read by the command line's reader
 * (browserReader.ts), merged by consolidateChosenFiles, and why a file cannot be read said in the command line's own
 * words (readErrorWords.ts, loaded with the engine, not the first screen), in the pane's language.
 */
import { readChosenFile } from "../adapters/xlsx/browserReader";
import { WorkbookReadError } from "../adapters/xlsx/readError";
import { readErrorText } from "../adapters/xlsx/readErrorWords";
import type { Lang } from "../domain/messages";
import type { WorkbookPort } from "../ports/workbookPort";
import { consolidateChosenFiles } from "../usecases/consolidateChosenFiles";
import type { Result } from "../usecases/result";
import { conflictViews } from "./conflictViews";
import type { ChosenReportFile, FilesConsolidation } from "./services";
import { trackerView } from "./trackerView";

export const FILES_CANCELLED: Record<Lang, string> = {
  vi: "Đã hủy đọc tệp; sổ làm việc không thay đổi.",
  en: "Reading the files was cancelled; the workbook is unchanged.",
};

export async function consolidateReportFiles(
  port: WorkbookPort,
  req: {
    readonly file: string;
    readonly checkedAt: string;
    readonly files: readonly ChosenReportFile[];
    readonly lang: Lang;
    readonly progress: (file: number, total: number) => void;
    readonly pace: () => Promise<void>;
    /** Conflict key → the source whose figure the user keeps (over those the workbook stores). */
    readonly choices?: ReadonlyMap<string, string>;
  },
): Promise<Result<FilesConsolidation>> {
  const r = await consolidateChosenFiles(port, {
    file: req.file,
    checkedAt: req.checkedAt,
    files: req.files.map((f) => ({ name: f.name, read: () => readChosenFile(f.name, f.size, () => f.arrayBuffer()) })),
    reason: (e) => (e instanceof WorkbookReadError ? readErrorText(e, req.lang) : null),
    progress: req.progress,
    pace: req.pace,
    ...(req.choices ? { settings: { choices: req.choices } } : {}),
  });
  if (!r.ok) return r;
  const { mergedSheet, consolidation } = r.value;
  return {
    ok: true,
    value: {
      sheet: mergedSheet,
      reports: consolidation.reports.length,
      files: req.files.length,
      findings: consolidation.findings,
      unreadable: consolidation.sources.flatMap((s) => ("error" in s ? [{ file: s.file, reason: s.error }] : [])),
      conflicts: conflictViews(consolidation.conflicts, req.lang),
      tracker: trackerView(consolidation.tracker),
    },
  };
}
