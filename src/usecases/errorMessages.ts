/**
 * The use cases' error messages, in Vietnamese and English, for the two surfaces that show them. A test fails
 * when a code lacks a message in either language.
 */
import type { Lang } from "../domain/messages";
import type { UseCaseError, UseCaseErrorCode } from "./result";

/** Where the message is shown: hints name the pane's buttons or the command line's commands. */
export type Surface = "pane" | "cli";

type Ops = Readonly<Record<string, string | number>>;
type Render = (o: Ops, surface: Surface) => string;

const s = (o: Ops, k: string): string => String(o[k] ?? "");

const VI: Readonly<Record<UseCaseErrorCode, Render>> = {
  "insert.no_space": (o) => `Trang tính “${s(o, "sheet")}”: vùng ${s(o, "range")} không trống; không chèn để khỏi ghi đè dữ liệu.`,
  "insert.no_selection": () => "Chưa chọn ô nào để chèn bảng; hãy chọn ô góc trên bên trái của vùng trống.",
  "write.sheet_protected": (o) => `Trang tính “${s(o, "sheet")}” đang được bảo vệ; hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`,
  "write.structure_protected": (o) =>
    `Sổ làm việc đang khóa cấu trúc nên không thêm được trang “${s(o, "sheet")}”; hãy bỏ bảo vệ sổ làm việc (Xem lại › Bảo vệ Sổ làm việc) rồi thử lại.`,
  "write.failed": (o) =>
    `Không ghi được vào trang tính “${s(o, "sheet")}”${o.cell ? `, ô ${s(o, "cell")}` : ""} (${s(o, "detail")}).`,
  "write.engine_failed": (o) =>
    o["written"] === "yes"
      ? `Excel từ chối lệnh ghi giữa chừng (${s(o, "detail")}); một phần thay đổi đã được ghi — hãy kiểm tra trang “${s(o, "sheet")}” (có thể hoàn tác bằng Ctrl+Z nếu Excel cho phép) rồi chạy lại lệnh: lần chạy sau sẽ thay thế những gì công cụ đã ghi.`
      : `Excel từ chối lệnh ghi (${s(o, "detail")}); sổ làm việc chưa bị thay đổi.`,
  "write.too_large": (o, surface) =>
    `Excel trên web từ chối thay đổi vì một yêu cầu vượt giới hạn kích thước (${s(o, "detail")}); chạy lại cũng sẽ bị từ chối như vậy${
      o["written"] === "yes" ? `, và một phần đã được ghi — hãy kiểm tra trang “${s(o, "sheet")}”` : "; sổ làm việc chưa bị thay đổi"
    }. ${surface === "cli" ? "" : "Với sổ làm việc này, hãy dùng Excel cho Windows hoặc Mac (không có giới hạn đó)."}`.trim(),
  "validate.selection_not_a_table": (o) =>
    `Vùng đang chọn (${s(o, "sheet")}!${s(o, "range")}) không nằm trong bảng chỉ tiêu nào; chọn một ô của bảng, hoặc kiểm tra cả sổ làm việc.`,
  "attain.no_target_table": () => "Không tìm thấy bảng chỉ tiêu (phụ lục kế hoạch) nào trong sổ làm việc.",
  "attain.no_agency_table": (_o, surface) =>
    surface === "cli"
      ? "Không tìm thấy bảng báo cáo của cơ quan báo chí (cần các cột “Năm”, “Cơ quan báo chí”, ...); thêm báo cáo vào kế hoạch bằng: pressdx consolidate <thư mục báo cáo> --into <kế hoạch.xlsx> -o <tệp mới.xlsx>."
      : "Không tìm thấy bảng báo cáo của cơ quan báo chí (cần các cột “Năm”, “Cơ quan báo chí”, ...); chèn mẫu báo cáo (thẻ Số liệu & đánh giá) và dán số liệu của các cơ quan vào đó.",
  "attain.cell_error": (o) => `Trang tính “${s(o, "sheet")}”: ô ${s(o, "cell")} chứa lỗi ${s(o, "error")}; sửa ô này trước khi tính kết quả thực hiện.`,
  "attain.cell_boolean": (o) => `Trang tính “${s(o, "sheet")}”: ô ${s(o, "cell")} chứa ${s(o, "value")} thay cho một số; nhập số.`,
  "attain.duplicate_row": (o, surface) =>
    `Trang tính “${s(o, "sheet")}”: “${s(o, "agency")}” năm ${s(o, "year")} có hai dòng (${s(o, "other")} và ${s(o, "sheet")}!${s(o, "cell")}); công thức sẽ tính hai lần — ${
      surface === "cli" ? "hãy gộp các báo cáo (pressdx consolidate) trước." : "hãy tổng hợp báo cáo (nút Tổng hợp báo cáo) trước."
    }`,
  "attain.no_targets": () => "Các bảng chỉ tiêu không có chỉ tiêu nào đọc được để so sánh.",
  "attain.formula_too_long": (o, surface) =>
    `Trang tính “${s(o, "sheet")}”: công thức của ô ${s(o, "cell")} dài ${s(o, "length")} ký tự, quá giới hạn ${s(o, "limit")} ký tự của Excel, vì phải cộng ${s(o, "tables")} bảng báo cáo; ${
      surface === "cli" ? "gộp các bảng thành một bằng pressdx consolidate rồi chạy lại." : "tổng hợp các bảng thành một (nút Tổng hợp báo cáo) rồi chạy lại."
    }`,
  "consolidate.no_agency_table": () => "Không tìm thấy bảng báo cáo của cơ quan báo chí nào để tổng hợp.",
  "review.structure_protected": () =>
    "Sổ làm việc đang khóa cấu trúc nên không lưu được quyết định của người kiểm tra (công cụ lưu chúng trong một trang tính ẩn); hãy bỏ bảo vệ sổ làm việc (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.",
  "review.finding_changed": (o) =>
    `Ô ${s(o, "sheet")}!${s(o, "cell")} đã thay đổi từ lần kiểm tra trước nên phát hiện này không còn; hãy kiểm tra lại rồi quyết định.`,
  "remove.nothing": () => "Không còn gì do công cụ chèn để gỡ bỏ.",
};

const EN: Readonly<Record<UseCaseErrorCode, Render>> = {
  "insert.no_space": (o) => `Sheet “${s(o, "sheet")}”: range ${s(o, "range")} is not empty; nothing inserted, so no data is overwritten.`,
  "insert.no_selection": () => "No cell is selected to insert the tables at; select the top-left cell of an empty area.",
  "write.sheet_protected": (o) => `Sheet “${s(o, "sheet")}” is protected; unprotect it (Review › Unprotect Sheet) and try again.`,
  "write.structure_protected": (o) =>
    `The workbook's structure is protected, so sheet “${s(o, "sheet")}” cannot be added; unprotect the workbook (Review › Protect Workbook) and try again.`,
  "write.failed": (o) => `Could not write to sheet “${s(o, "sheet")}”${o.cell ? `, cell ${s(o, "cell")}` : ""} (${s(o, "detail")}).`,
  "write.engine_failed": (o) =>
    o["written"] === "yes"
      ? `Excel refused the write part-way (${s(o, "detail")}); part of the change was written — look at sheet “${s(o, "sheet")}” (Ctrl+Z may undo it where Excel allows) and run the command again: the next run replaces what the tool wrote.`
      : `Excel refused the write (${s(o, "detail")}); the workbook was not changed.`,
  "write.too_large": (o, surface) =>
    `Excel on the web refused the change because a request was over its size limit (${s(o, "detail")}); running again would be refused the same way${
      o["written"] === "yes" ? `, and part of it was written — look at sheet “${s(o, "sheet")}”` : "; the workbook was not changed"
    }. ${surface === "cli" ? "" : "For this workbook, use Excel for Windows or Mac (which have no such limit)."}`.trim(),
  "validate.selection_not_a_table": (o) =>
    `The selection (${s(o, "sheet")}!${s(o, "range")}) is not inside a target table; select a cell of a table, or check the whole workbook.`,
  "attain.no_target_table": () => "No target table (plan appendix) was found in the workbook.",
  "attain.no_agency_table": (_o, surface) =>
    surface === "cli"
      ? "No press agency report table was found (it needs columns “Năm”, “Cơ quan báo chí”, ...); bring the reports into the plan with: pressdx consolidate <reports folder> --into <plan.xlsx> -o <new.xlsx>."
      : "No press agency report table was found (it needs columns “Năm”, “Cơ quan báo chí”, ...); insert the report form (Reports & attainment tab) and paste the agencies' figures into it.",
  "attain.cell_error": (o) => `Sheet “${s(o, "sheet")}”: cell ${s(o, "cell")} holds the error ${s(o, "error")}; fix it before computing attainment.`,
  "attain.cell_boolean": (o) => `Sheet “${s(o, "sheet")}”: cell ${s(o, "cell")} holds ${s(o, "value")} instead of a number; type a number.`,
  "attain.duplicate_row": (o, surface) =>
    `Sheet “${s(o, "sheet")}”: “${s(o, "agency")}” ${s(o, "year")} is reported on two rows (${s(o, "other")} and ${s(o, "sheet")}!${s(o, "cell")}); the formulas would count it twice — ${
      surface === "cli" ? "merge the reports first (pressdx consolidate)." : "consolidate the reports first (Consolidate reports button)."
    }`,
  "attain.no_targets": () => "The target tables have no readable target to compare with.",
  "attain.formula_too_long": (o, surface) =>
    `Sheet “${s(o, "sheet")}”: the formula of cell ${s(o, "cell")} would be ${s(o, "length")} characters long, over Excel's limit of ${s(o, "limit")}, because it adds up ${s(o, "tables")} report tables; ${
      surface === "cli" ? "merge them into one with pressdx consolidate and run again." : "consolidate them into one table (Consolidate reports button) and run again."
    }`,
  "consolidate.no_agency_table": () => "No press agency report table was found to consolidate.",
  "review.structure_protected": () =>
    "The workbook's structure is protected, so the reviewer's decisions cannot be stored (the tool keeps them on a hidden sheet); unprotect the workbook (Review › Protect Workbook) and try again.",
  "review.finding_changed": (o) => `Cell ${s(o, "sheet")}!${s(o, "cell")} has changed since the check, so this finding is gone; check again, then decide.`,
  "remove.nothing": () => "Nothing the tool inserted is left to remove.",
};

export const ERROR_MESSAGES: Readonly<Record<Lang, Readonly<Record<UseCaseErrorCode, Render>>>> = { vi: VI, en: EN };

export function renderError(e: UseCaseError, lang: Lang, surface: Surface): string {
  return ERROR_MESSAGES[lang][e.code](e.operands, surface);
}
