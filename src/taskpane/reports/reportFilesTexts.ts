/**
 * The texts of "choose report files" (ReportFiles.tsx), in Vietnamese and English, loaded with the Reports tab rather
 * than with the first screen (its budget, test/e2e/pane.e2e.ts); the terms are Excel's vi-VN ones (docs/glossary.md).
 */
import { num } from "../../domain/messages/format";
import type { Lang } from "../../domain/messages";

const n = (v: number): string => num(v, "vi");
const e = (v: number): string => num(v, "en");
const plural = (c: number, one: string, many: string): string => `${e(c)} ${c === 1 ? one : many}`;

const vi = {
  filesHeading: "Báo cáo từ tệp",
  filesHint: "Chọn các sổ làm việc (.xlsx, .xlsm) các cơ quan báo chí gửi: công cụ đọc từng tệp ngay tại đây rồi gộp vào trang tổng hợp cùng các bảng báo cáo của sổ làm việc này, ghi nguồn tệp › trang tính › dòng.",
  filesButton: "Chọn tệp báo cáo…",
  filesInputLabel: "Tệp báo cáo của các cơ quan báo chí",
  filesActivity: "Đang đọc các tệp báo cáo…",
  filesReading: (file: number, total: number) => `Đang đọc tệp ${n(file)}/${n(total)}…`,
  filesMerged: (reports: number, files: number, sheet: string) => `Đã gộp ${n(reports)} báo cáo từ ${n(files)} tệp vào trang “${sheet}”.`,
  filesUnreadableLabel: (count: number) => `${n(count)} tệp không đọc được`,
  filesMergedUnreadable: (reports: number, files: number, sheet: string, unreadable: number) =>
    `Đã gộp ${n(reports)} báo cáo từ ${n(files)} tệp vào trang “${sheet}”; ${n(unreadable)} tệp không đọc được.`,
};

const en: typeof vi = {
  filesHeading: "Reports from files",
  filesHint: "Choose the workbooks (.xlsx, .xlsm) the press agencies sent: the tool reads each file right here and merges it, with this workbook's report tables, into the consolidation worksheet, noting file › worksheet › row.",
  filesButton: "Choose report files…",
  filesInputLabel: "The press agencies' report files",
  filesActivity: "Reading the report files…",
  filesReading: (file: number, total: number) => `Reading file ${e(file)} of ${e(total)}…`,
  filesMerged: (reports: number, files: number, sheet: string) => `Merged ${plural(reports, "report", "reports")} from ${plural(files, "file", "files")} into worksheet “${sheet}”.`,
  filesUnreadableLabel: (count: number) => `${plural(count, "file", "files")} could not be read`,
  filesMergedUnreadable: (reports: number, files: number, sheet: string, unreadable: number) =>
    `Merged ${plural(reports, "report", "reports")} from ${plural(files, "file", "files")} into worksheet “${sheet}”; ${plural(unreadable, "file", "files")} could not be read.`,
};

export const reportFilesTexts = (lang: Lang): typeof vi => (lang === "en" ? en : vi);
