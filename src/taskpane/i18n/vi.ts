/**
 * The first screen's texts and those several tabs share, in Vietnamese (the default); en.ts has the same keys, which
 * the type checker holds it to. Terms are Excel's own vi-VN ones (docs/glossary.md; a test reads it).
 */
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

  // validate (the composition root's, when a check is cancelled)
  checkCancelled: "Đã hủy kiểm tra.",

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
  // Each tab's own texts load with it, in both languages, not with the first screen, which has a size budget
  // (docs/decisions.md): the Check tab's (validate/checkTexts.ts, readingTexts.ts, reviewTexts.ts), the Reports
  // tab's (i18n/reports.ts, reports/reportFilesTexts.ts), Settings' diagnostics (settings/diagnosticsTexts.ts).
};

export type Texts = typeof vi;
