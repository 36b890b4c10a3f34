/** The command line's texts in Vietnamese (the default). */
import { indicator } from "../../domain/indicators";
import type { CliTexts } from "./types";

export const vi: CliTexts = {
  severity: { error: "LỖI", warning: "CẢNH BÁO", info: "LƯU Ý" },

  validating: (file) => `Kiểm tra ${file}`,
  recognised: (n) => `Nhận diện ${n} bảng chỉ tiêu.`,
  noFindings: "Không có phát hiện.",
  total: (s) => `Tổng cộng: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} lưu ý.`,
  accepted: (n) => `${n} phát hiện đã được người kiểm tra chấp nhận.`,
  changes: (c) => `So với lần kiểm tra trước: ${c.fixed} đã sửa, ${c.added} mới, ${c.unchanged} không đổi.`,
  acceptedMark: "— ĐÃ CHẤP NHẬN",
  reopenedMark: "— MỞ LẠI (số liệu đã đổi từ khi chấp nhận)",
  sheetSkipped: (file, sheet, reason) => `${file}: bỏ qua trang “${sheet}”, không kiểm tra: ${reason}`,
  highlightedWritten: (out) => `Đã ghi bản đánh dấu: ${out}`,

  consolidating: "Tổng hợp báo cáo của các cơ quan báo chí",
  filesRead: (n) => `Đã đọc ${n} tệp:`,
  sourceRead: (s) => `${s.sheets} trang tính, ${s.tables} bảng báo cáo, ${s.rows} dòng số liệu`,
  unreadable: "không đọc được",
  merged: (n, s) => `Tổng hợp ${n} báo cáo (cơ quan × năm): ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} lưu ý.`,
  mergedWritten: (out, merged, review) => `Đã ghi bảng tổng hợp: ${out} (trang “${merged}” và “${review}”)`,
  provinceConsolidated: (name) => `Tỉnh/thành phố tổng hợp: ${name}`,
  trackerHeading: "Theo dõi thu nhận báo cáo:",
  trackerYear: (year, reported, missing, conflicting) =>
    [`Năm ${year}: ${reported} đã báo cáo`, ...(missing.length > 0 ? [`chưa báo cáo: ${missing.join(", ")}`] : []), ...(conflicting.length > 0 ? [`số liệu khác nhau: ${conflicting.join(", ")}`] : [])].join(" · "),

  attainment: (file) => `Kết quả thực hiện: ${file}`,
  attainHeaders: ["Chỉ tiêu", "Năm", "Mục tiêu", "Thực hiện", "Tỷ lệ đạt", "Đánh giá"],
  writtenTo: (where, name) => `ghi vào ${where} (${name})`,
  movedRight: (column) => `bên phải dữ liệu sẵn có cạnh bảng, từ cột ${column}`,
  ownSheet: (sheet) => `trên trang riêng “${sheet}”, vì cạnh bảng không còn chỗ trống`,
  indicator: (id) => indicator(id).shortVi,
  status: (s) => s,
  noFiguresYet: (years) => `Chưa có số liệu báo cáo cho năm ${years}: các ô đã có công thức, sẽ tự tính khi bảng báo cáo có số liệu.`,
  agencyReports: "Báo cáo của cơ quan báo chí",
  written: (out) => `Đã ghi: ${out}`,

  inserted: (preset, periods, sheet, range, out) => `Đã chèn bảng chỉ tiêu (${preset}; ${periods}) vào “${sheet}”!${range} → ${out}`,
  helpTitle: "pressdx — chỉ tiêu chuyển đổi số báo chí (Quyết định 348/QĐ-TTg) trên tệp .xlsx",
  demoSteps: [
    "1. Chèn hai bảng chỉ tiêu chuẩn (preset national)",
    "2. Kiểm tra bảng vừa chèn",
    "3. Kiểm tra kế hoạch mẫu của tỉnh Minh Sơn (có lỗi cố ý)",
    "4. Tổng hợp báo cáo của 3 cơ quan báo chí vào kế hoạch",
    "5. Ghi kết quả thực hiện (công thức sống) bên cạnh bảng chỉ tiêu",
  ],
  demoOutcome: (ok, folder) => `${ok ? "Kết quả đúng như dự kiến." : "KẾT QUẢ KHÁC DỰ KIẾN."} Mở các tệp trong ${folder}/:`,
  demoFiles: {
    reviewed: "ô lỗi được tô màu, trang “Kiểm tra” liệt kê từng phát hiện",
    merged: "bảng “Tổng hợp báo cáo” có nguồn gốc từng dòng",
    attained: "“Thực hiện”, “Tỷ lệ đạt”, “Đánh giá” bằng công thức, và biểu đồ mục tiêu/thực hiện",
  },
};
