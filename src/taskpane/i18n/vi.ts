/**
 * Every text of the task pane in Vietnamese (the default); en.ts has the same keys, which the type checker holds it
 * to. Terms are Excel's own vi-VN ones (docs/glossary.md; a test reads it).
 */
import { num, percent } from "../../domain/messages/format";
import { yearSpan } from "./years";

const n = (v: number): string => num(v, "vi");

/** Short names of a rule, for the line that folds its repeated findings ("31 ô chưa có chỉ tiêu, 2026–2029"). */
const RULE_LINES: Readonly<Record<string, (count: string) => string>> = {
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

export const vi = {
  productName: "PressDX Planner",
  productTagline: "Chỉ tiêu chuyển đổi số báo chí (Quyết định 348/QĐ-TTg)",
  languageLabel: "Ngôn ngữ",
  tabsLabel: "Chức năng",
  loading: "Đang tải…",

  tabInsert: "Chèn",
  tabValidate: "Kiểm tra",
  tabReports: "Báo cáo",
  tabSettings: "Cài đặt",

  // shared
  whereLabel: "Vị trí",
  whereNewSheet: "Trang tính mới",
  whereSelection: "Tại ô đang chọn",
  whereHint: "Chỉ ghi vào ô trống: không bao giờ ghi đè lên dữ liệu có sẵn.",
  dismiss: "Đóng",
  dismissHint: "Đóng (Esc)",
  cancel: "Hủy",
  nothingChanged: "Không có gì trong sổ làm việc bị thay đổi.",
  unexpectedError: (message: string) => `Đã có lỗi không lường trước: ${message}`,
  excelError: (detail: string) => `Excel báo lỗi: ${detail}`,
  selectFailed: (where: string) => `Không chọn được ô ${where}.`,
  done: "Xong",
  failed: "Không thực hiện được",
  otherGroup: "Khác",

  // first run
  introHeading: "Bắt đầu",
  introWhat: "PressDX giúp lập và kiểm tra chỉ tiêu chuyển đổi số báo chí của tỉnh theo Quyết định 348/QĐ-TTg.",
  introStepInsert: "Chèn bảng chỉ tiêu chuẩn (hoặc dùng bảng bạn đã gõ).",
  introStepType: "Gõ chỉ tiêu của tỉnh vào các cột năm.",
  introStepCheck: "Bấm Kiểm tra: ô sai được tô màu và giải thích.",
  tryExample: "Thử với ví dụ",
  introDone: "Đã hiểu, ẩn hướng dẫn",
  insertingExample: "Đang chèn ví dụ…",

  // insert
  insertHeading: "Chèn bảng chỉ tiêu",
  presetLabel: "Bộ chỉ tiêu",
  presetSource: (source: string) => `Theo ${source}`,
  periodsLabel: "Giai đoạn",
  periodsNeeded: "Chọn ít nhất một giai đoạn.",
  insertButton: "Chèn bảng",
  inserting: "Đang chèn bảng chỉ tiêu…",
  inserted: (sheet: string, range: string) => `Đã chèn bảng chỉ tiêu vào trang “${sheet}” (${range}).`,

  // validate
  scopeLabel: "Phạm vi",
  scopeWorkbook: "Toàn bộ sổ làm việc",
  scopeSelection: "Bảng đang chọn",
  highlightLabel: "Tô màu các ô có vấn đề",
  revalidateLabel: "Tự động kiểm tra lại khi sửa số liệu",
  validateButton: "Kiểm tra",
  validating: "Đang kiểm tra các bảng chỉ tiêu…",
  checkCancelled: "Đã hủy kiểm tra.",
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
    const line = RULE_LINES[code]?.(n(count)) ?? `${n(count)} vấn đề cùng loại`;
    return years.length > 0 ? `${line}, ${yearSpan(years)}` : line;
  },
  showMore: (next: number, left: number) => `Hiện thêm ${n(next)} (còn ${n(left)})`,
  valueLabel: "Giá trị",
  expectedLabel: "Mong đợi",
  goToCell: (where: string) => `Chọn ô ${where}`,

  // reports & attainment
  agencyFormHeading: "Mẫu báo cáo của cơ quan báo chí",
  agencyFormHint: "Chèn mẫu báo cáo để gửi các cơ quan báo chí điền số liệu hằng năm.",
  insertFormButton: "Chèn mẫu báo cáo",
  insertingForm: "Đang chèn mẫu báo cáo…",
  formInserted: (sheet: string, range: string) => `Đã chèn mẫu báo cáo vào trang “${sheet}” (${range}).`,
  consolidateHeading: "Tổng hợp báo cáo",
  consolidateHint: "Gộp mọi bảng báo cáo của cơ quan báo chí trong sổ làm việc này thành một bảng, ghi rõ nguồn từng dòng.",
  consolidateButton: "Tổng hợp báo cáo",
  consolidating: "Đang tổng hợp báo cáo…",
  consolidated: (reports: number, sheet: string) => `Đã tổng hợp ${n(reports)} báo cáo vào trang “${sheet}”.`,
  reportsCount: (reports: number) => `${n(reports)} báo cáo được tổng hợp.`,
  consolidateFindingsLabel: "Vấn đề trong các báo cáo",
  reportGroup: (sheet: string, agency: string) => `${agency} · trang “${sheet}”`,
  attainHeading: "Đánh giá kết quả thực hiện",
  attainHint: "Ghi mục tiêu, thực hiện, tỷ lệ đạt và đánh giá bên cạnh mỗi bảng chỉ tiêu, bằng công thức tự cập nhật.",
  attainButton: "Đánh giá kết quả",
  attaining: "Đang tính kết quả thực hiện…",
  attained: (tables: number) => `Đã ghi kết quả thực hiện cho ${n(tables)} bảng chỉ tiêu.`,
  attainTableCaption: (sheet: string, block: string) => `Kết quả thực hiện: trang “${sheet}”, ${block}`,
  attainFindingsLabel: "Vấn đề trong số liệu thực hiện",
  colTarget: "Mục tiêu",
  colActual: "Thực hiện",
  colRatio: "Tỷ lệ đạt",
  statusMet: "Đạt",
  statusNotMet: "Chưa đạt",
  statusNone: "Chưa có số liệu",
  targetWithThreshold: (share: number, threshold: number) => `${percent(share, "vi")} (tăng ${percent(threshold, "vi")})`,
  noValue: "—",

  // settings
  agenciesLabel: "Số cơ quan báo chí của tỉnh",
  agenciesHint: "Dùng để xét tỷ lệ có đạt được với số cơ quan này không. Để trống nếu chưa biết.",
  agenciesInvalid: "Nhập một số nguyên dương, hoặc để trống.",
  defaultPresetLabel: "Bộ chỉ tiêu mặc định",
  revalidateDefaultLabel: "Tự động kiểm tra lại khi sửa số liệu (mặc định của sổ làm việc này)",
  saveSettings: "Lưu cài đặt",
  savingSettings: "Đang lưu cài đặt…",
  settingsSaved: "Đã lưu cài đặt vào sổ làm việc; đồng nghiệp mở tệp này sẽ có cùng cài đặt.",
  settingsNotSaved: (message: string) => `Không lưu được cài đặt: ${message}`,
  settingsNotLoaded: (message: string) => `Không đọc được cài đặt đã lưu trong sổ làm việc (${message}); đang dùng cài đặt mặc định.`,
  // The Check tab's reviewer texts (validate/reviewTexts.ts), Settings' diagnostics and host lines
  // (settings/diagnosticsTexts.ts) and the Reports tab's (i18n/reports.ts, reports/reportFilesTexts.ts) load with
  // their tabs, in both languages: not with the first screen, which has a size budget (docs/decisions.md).
};

export type Texts = typeof vi;
