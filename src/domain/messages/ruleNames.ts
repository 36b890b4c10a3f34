/**
 * Each rule's short name, for the review sheet's "Quy tắc" column and the pane: what a reviewer filters on. The code
 * stays in a column of its own for tools; the name is what people read. A code without a name fails type-checking.
 */
import type { FindingCode } from "../findings";
import type { Lang } from "./format";

export const RULE_NAMES: Readonly<Record<FindingCode, Readonly<Record<Lang, string>>>> = {
  "table.period_years": { vi: "Năm ngoài giai đoạn", en: "Year outside the period" },
  "figure.not_a_number": { vi: "Không đọc được thành số", en: "Not a number" },
  "figure.out_of_range": { vi: "Ngoài khoảng 0–100%", en: "Outside 0–100%" },
  "revenue.incomplete": { vi: "Chỉ tiêu doanh thu thiếu phần", en: "Revenue target incomplete" },
  "figure.stored_as_text": { vi: "Số lưu dạng văn bản", en: "Number stored as text" },
  "figure.blank": { vi: "Chưa có chỉ tiêu", en: "No target yet" },
  "target.decreasing": { vi: "Chỉ tiêu giảm so với năm trước", en: "Target lower than the year before" },
  "target.below_national": { vi: "Thấp hơn chỉ tiêu quốc gia", en: "Below the national target" },
  "revenue.threshold_below_national": { vi: "Ngưỡng doanh thu thấp hơn quốc gia", en: "Revenue threshold below the national one" },
  "target.unreachable_share": { vi: "Tỷ lệ không đạt được với số cơ quan", en: "Share no count of agencies gives" },
  "indicator.unknown": { vi: "Chỉ tiêu không nhận ra", en: "Indicator not recognised" },
  "indicator.label_differs": { vi: "Tên chỉ tiêu khác tên chuẩn", en: "Label differs from the standard" },
  "table.ambiguous": { vi: "Có thể không phải bảng chỉ tiêu", en: "Maybe not a target table" },
  "table.not_target": { vi: "Không coi là bảng chỉ tiêu", en: "Not taken as a target table" },
  "table.text_too_long": { vi: "Văn bản quá dài trong bảng", en: "Text too long in a table" },
  "cell.text_too_long": { vi: "Văn bản quá dài", en: "Text too long" },
  "report.not_yes_no": { vi: "Không phải Có/Không", en: "Not yes or no" },
  "report.not_a_number": { vi: "Báo cáo: không phải số", en: "Report: not a number" },
  "report.negative": { vi: "Số âm", en: "Negative number" },
  "report.trained_exceeds_staff": { vi: "Số được đào tạo vượt số nhân sự", en: "More trained than staff" },
  "report.security_level_range": { vi: "Cấp độ an toàn thông tin sai", en: "Security level out of range" },
  "report.conflict": { vi: "Số liệu hai báo cáo khác nhau", en: "Reports disagree" },
  "report.duplicate": { vi: "Báo cáo trùng", en: "Duplicate report" },
  "report.missing_year": { vi: "Thiếu năm báo cáo", en: "Year not reported" },
  "report.revenue_base_missing": { vi: "Thiếu doanh thu năm gốc", en: "Base-year revenue missing" },
  "report.agency_missing": { vi: "Thiếu tên cơ quan báo chí", en: "Agency name missing" },
  "attain.formula_unreadable": { vi: "Công thức không đọc được ô", en: "Cell formulas cannot read" },
  "workbook.no_target_table": { vi: "Không có bảng chỉ tiêu", en: "No target table" },
  "source.unreadable": { vi: "Không đọc được tệp", en: "File unreadable" },
  "source.not_a_report": { vi: "Không phải báo cáo", en: "Not a report" },
  "figure.year_blank": { vi: "Năm chưa có chỉ tiêu", en: "Year left blank" },
  "report.year_out_of_range": { vi: "Năm báo cáo ngoài kỳ", en: "Year outside the plan" },
  "report.other_province": { vi: "Báo cáo của tỉnh khác", en: "Another province's report" },
  "report.row_skipped": { vi: "Dòng tổng cộng không được tính", en: "Total row not counted" },
};

export function ruleName(code: FindingCode, lang: Lang): string {
  return RULE_NAMES[code][lang];
}
