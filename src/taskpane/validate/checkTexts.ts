/**
 * The Check tab's texts: the check's options and commands, its summary, the findings list and its navigation. In
 * both languages, loaded with the tab rather than with the first screen (its budget: test/e2e/pane.e2e.ts,
 * docs/decisions.md "Bundle size"); "Vì sao?" is in readingTexts.ts, the reviewer's work in reviewTexts.ts.
 */
import type { Lang } from "../../domain/messages";
import { num } from "../../domain/messages/format";
import { yearSpan } from "../i18n/years";

const n = (v: number): string => num(v, "vi");
const e = (v: number): string => num(v, "en");
const plural = (c: number, one: string, many: string): string => `${e(c)} ${c === 1 ? one : many}`;

/** Short names of a rule, for the line that folds its repeated findings ("31 ô chưa có chỉ tiêu, 2026–2029"). */
const RULE_LINES_VI: Readonly<Record<string, (count: string) => string>> = {
  "figure.blank": (c) => `${c} ô chưa có chỉ tiêu`,
  "figure.year_blank": (c) => `${c} năm còn để trống cả cột: cần điền`,
  "figure.stored_as_text": (c) => `${c} ô số liệu nhập dạng văn bản`,
  "figure.not_a_number": (c) => `${c} ô không đọc được thành số`,
  "figure.out_of_range": (c) => `${c} tỷ lệ ngoài khoảng 0%–100%`,
  "target.decreasing": (c) => `${c} chỉ tiêu giảm so với năm trước`,
  "target.below_national": (c) => `${c} chỉ tiêu thấp hơn chỉ tiêu quốc gia`,
  "target.unreachable_share": (c) => `${c} tỷ lệ không đạt được với số cơ quan báo chí`,
  "indicator.label_differs": (c) => `${c} tên chỉ tiêu khác cách ghi chuẩn`,
  "indicator.unknown": (c) => `${c} dòng không nhận ra chỉ tiêu`,
  "cell.text_too_long": (c) => `${c} ô có chữ quá dài`,
  "report.missing_year": (c) => `${c} năm chưa có báo cáo`,
  "report.not_a_number": (c) => `${c} ô báo cáo không đọc được thành số`,
  "report.not_yes_no": (c) => `${c} ô cần ghi Có hoặc Không`,
};

const vi = {
  scopeLabel: "Phạm vi",
  scopeWorkbook: "Toàn bộ sổ làm việc",
  scopeSelection: "Bảng đang chọn",
  highlightLabel: "Tô màu các ô có vấn đề",
  revalidateLabel: "Tự động kiểm tra lại khi sửa số liệu",
  validateButton: "Kiểm tra",
  validating: "Đang kiểm tra các bảng chỉ tiêu…",
  checkSummary: (tables: number, errors: number, warnings: number, infos: number, highlighted: number | null) =>
    `Đã kiểm tra ${n(tables)} bảng chỉ tiêu: ${n(errors)} lỗi, ${n(warnings)} cảnh báo, ${n(infos)} lưu ý.` +
    (highlighted === null ? "" : ` Đã tô màu ${n(highlighted)} ô.`),
  noTableSummary: "Chưa có bảng chỉ tiêu nào trong sổ làm việc.",
  noTableYet: "Hãy chèn bảng chỉ tiêu chuẩn, hoặc gõ bảng của bạn với các cột năm (ví dụ “Kế hoạch năm 2026”), rồi kiểm tra lại.",
  goInsert: "Chèn bảng chỉ tiêu",
  resultsStale: "Sổ làm việc đã thay đổi sau lần kiểm tra: kết quả có thể đã cũ.",
  recheck: "Kiểm tra lại",
  unhighlighted: (sheets: string) => `Không tô màu được trên trang đang bảo vệ: ${sheets} (các vấn đề vẫn được liệt kê dưới đây).`,
  editsNotHeard: (message: string) => `Excel không báo được các thay đổi của bạn (${message}), nên chưa thể tự kiểm tra lại; hãy bấm “Kiểm tra”.`,
  clearButton: "Xóa đánh dấu",
  clearing: "Đang xóa đánh dấu…",
  cleared: (sheets: number) => `Đã xóa đánh dấu trên ${n(sheets)} trang tính: các ô trở lại đúng như cũ.`,
  reviewButton: "Tạo trang kết quả kiểm tra",
  writingReview: "Đang tạo trang kết quả kiểm tra…",
  reviewWritten: (sheet: string) => `Đã ghi kết quả kiểm tra vào trang “${sheet}”.`,
  notValidatedYet: "Chưa kiểm tra. Bấm “Kiểm tra” để kiểm tra mọi bảng chỉ tiêu trong sổ làm việc.",
  noFindings: "Không có vấn đề nào: các chỉ tiêu đều hợp lệ.",
  allFilteredOut: "Không có vấn đề nào ở các mức đang hiện.",
  filterLabel: "Hiện",
  findingsLabel: "Kết quả kiểm tra",
  sevError: "Lỗi",
  sevWarning: "Cảnh báo",
  sevInfo: "Lưu ý",
  countErrors: (c: number) => `${n(c)} lỗi`,
  countWarnings: (c: number) => `${n(c)} cảnh báo`,
  countInfos: (c: number) => `${n(c)} lưu ý`,
  findingCount: (c: number) => n(c),
  navLabel: "Đi qua từng ô có vấn đề",
  previousFinding: "‹ Trước",
  nextFinding: "Tiếp ›",
  navPosition: (at: number | null, total: number) => (at === null ? `${n(total)} ô cần xem` : `${n(at)}/${n(total)}`),
  tableFallback: (years: string) => `Bảng chỉ tiêu ${years}`,
  tableWhere: (sheet: string, range: string, years: string) => `Trang “${sheet}”, ${range}${years ? ` · ${years}` : ""}`,
  bundleLabel: (code: string, count: number, years: readonly number[]) => {
    const line = RULE_LINES_VI[code]?.(n(count)) ?? `${n(count)} vấn đề cùng loại`;
    return years.length > 0 ? `${line}, ${yearSpan(years)}` : line;
  },
  showMore: (next: number, left: number) => `Hiện thêm ${n(next)} (còn ${n(left)})`,
  valueLabel: "Giá trị",
  expectedLabel: "Mong đợi",
  goToCell: (where: string) => `Chọn ô ${where}`,
};

export type CheckTexts = typeof vi;

const RULE_LINES_EN: Readonly<Record<string, (count: number) => string>> = {
  "figure.blank": (c) => plural(c, "cell with no target", "cells with no target"),
  "figure.year_blank": (c) => plural(c, "year left blank in every row: to fill", "years left blank in every row: to fill"),
  "figure.stored_as_text": (c) => plural(c, "figure typed as text", "figures typed as text"),
  "figure.not_a_number": (c) => plural(c, "cell that is not a figure", "cells that are not figures"),
  "figure.out_of_range": (c) => plural(c, "share outside 0%–100%", "shares outside 0%–100%"),
  "target.decreasing": (c) => plural(c, "target below the year before", "targets below the year before"),
  "target.below_national": (c) => plural(c, "target below the national one", "targets below the national ones"),
  "target.unreachable_share": (c) => plural(c, "share no number of agencies can reach", "shares no number of agencies can reach"),
  "indicator.label_differs": (c) => plural(c, "indicator worded differently", "indicators worded differently"),
  "indicator.unknown": (c) => plural(c, "row with no known indicator", "rows with no known indicator"),
  "cell.text_too_long": (c) => plural(c, "cell with too long a text", "cells with too long a text"),
  "report.missing_year": (c) => plural(c, "year not reported", "years not reported"),
  "report.not_a_number": (c) => plural(c, "report cell that is not a figure", "report cells that are not figures"),
  "report.not_yes_no": (c) => plural(c, "cell that needs Có or Không", "cells that need Có or Không"),
};

const en: CheckTexts = {
  scopeLabel: "Scope",
  scopeWorkbook: "The whole workbook",
  scopeSelection: "The selected table",
  highlightLabel: "Highlight cells with problems",
  revalidateLabel: "Check again automatically when figures change",
  validateButton: "Check",
  validating: "Checking the target tables…",
  checkSummary: (tables: number, errors: number, warnings: number, infos: number, highlighted: number | null) =>
    `Checked ${plural(tables, "target table", "target tables")}: ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(infos, "note", "notes")}.` +
    (highlighted === null ? "" : ` Highlighted ${plural(highlighted, "cell", "cells")}.`),
  noTableSummary: "The workbook has no target table yet.",
  noTableYet: "Insert the standard target tables, or type your own with year columns (such as “Kế hoạch năm 2026”), then check again.",
  goInsert: "Insert target tables",
  resultsStale: "The workbook changed after the check: these results may be out of date.",
  recheck: "Check again",
  unhighlighted: (sheets: string) => `Not highlighted on protected sheets: ${sheets} (their findings are still listed below).`,
  editsNotHeard: (message: string) => `Excel could not report your edits (${message}), so the pane cannot check again by itself; press “Check”.`,
  clearButton: "Clear highlights",
  clearing: "Clearing highlights…",
  cleared: (sheets: number) => `Cleared the highlights on ${plural(sheets, "worksheet", "worksheets")}: the cells look exactly as before.`,
  reviewButton: "Create the results sheet",
  writingReview: "Creating the results sheet…",
  reviewWritten: (sheet: string) => `Wrote the check's results to worksheet “${sheet}”.`,
  notValidatedYet: "Not checked yet. Press “Check” to check every target table in the workbook.",
  noFindings: "No problems: every target is valid.",
  allFilteredOut: "No problems at the severities shown.",
  filterLabel: "Show",
  findingsLabel: "Results",
  sevError: "Error",
  sevWarning: "Warning",
  sevInfo: "Note",
  countErrors: (c: number) => plural(c, "error", "errors"),
  countWarnings: (c: number) => plural(c, "warning", "warnings"),
  countInfos: (c: number) => plural(c, "note", "notes"),
  findingCount: (c: number) => e(c),
  navLabel: "Go through the cells with problems",
  previousFinding: "‹ Previous",
  nextFinding: "Next ›",
  navPosition: (at: number | null, total: number) => (at === null ? plural(total, "cell to review", "cells to review") : `${e(at)} of ${e(total)}`),
  tableFallback: (years: string) => `Target table ${years}`,
  tableWhere: (sheet: string, range: string, years: string) => `Worksheet “${sheet}”, ${range}${years ? ` · ${years}` : ""}`,
  bundleLabel: (code: string, count: number, years: readonly number[]) => {
    const line = RULE_LINES_EN[code]?.(count) ?? plural(count, "problem of one kind", "problems of one kind");
    return years.length > 0 ? `${line}, ${yearSpan(years)}` : line;
  },
  showMore: (next: number, left: number) => `Show ${e(next)} more (${e(left)} left)`,
  valueLabel: "Value",
  expectedLabel: "Expected",
  goToCell: (where: string) => `Select cell ${where}`,
};

export const CHECK_TEXTS: Readonly<Record<Lang, CheckTexts>> = { vi, en };
