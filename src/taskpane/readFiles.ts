/**
 * The pane's "choose report files" command, in the engine chunk: the chosen files read by the command line's reader
 * (browserReader.ts), merged by consolidateChosenFiles, and why a file cannot be read said as the command line says it,
 * in the pane's language (kept here, not in i18n/vi.ts, so the first screen does not carry them).
 */
import { readChosenFile } from "../adapters/xlsx/browserReader";
import { readErrorDetail, WorkbookReadError, type WorkbookReadErrorKind } from "../adapters/xlsx/readError";
import type { Lang } from "../domain/messages";
import type { WorkbookPort } from "../ports/workbookPort";
import { consolidateChosenFiles } from "../usecases/consolidateChosenFiles";
import type { Result } from "../usecases/result";
import { conflictViews } from "./conflictViews";
import type { ChosenReportFile, FilesConsolidation } from "./services";
import { trackerView } from "./trackerView";

const REASONS: Record<Lang, Record<WorkbookReadErrorKind, string>> = {
  vi: {
    missing: "không tìm thấy tệp",
    not_xlsx: "không phải sổ làm việc Excel .xlsx; hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
    corrupted: "tệp bị hỏng hoặc không đầy đủ; hãy sao chép hoặc tải lại",
    password_protected: "tệp có mật khẩu; hãy gỡ mật khẩu trong Excel (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại",
    too_large: "tệp vượt giới hạn đọc",
    old_excel: "tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
  },
  en: {
    missing: "file not found",
    not_xlsx: "not an .xlsx workbook; open it in Excel and save it as .xlsx",
    corrupted: "the file is damaged or incomplete; copy or download it again",
    password_protected: "the file is password-protected; remove the password in Excel (File > Info > Protect Workbook) and save again",
    too_large: "the file is over the reading limits",
    old_excel: "an old Excel 97–2003 (.xls) file; open it in Excel and save it as .xlsx",
  },
};

export const FILES_CANCELLED: Record<Lang, string> = {
  vi: "Đã hủy đọc tệp; sổ làm việc không thay đổi.",
  en: "Reading the files was cancelled; the workbook is unchanged.",
};

/** Why a file cannot be read: the kind in words, the reader's detail where it helps (as `pressdx consolidate`). */
export function readReason(e: WorkbookReadError, lang: Lang): string {
  return REASONS[lang][e.kind] + readErrorDetail(e, lang);
}

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
    reason: (e) => (e instanceof WorkbookReadError ? readReason(e, req.lang) : null),
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
