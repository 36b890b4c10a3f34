/**
 * Why a file cannot be read, in the user's language: the words `pressdx consolidate` and the pane's "choose report
 * files" both say (one map, so the two never drift apart), then the reader's detail where it helps.
 */
import type { WorkbookReadError, WorkbookReadErrorKind } from "./readError";

type Lang = "vi" | "en";

const WORDS: Readonly<Record<Lang, Readonly<Record<WorkbookReadErrorKind, string>>>> = {
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

/** The kind in words, and the reader's detail for a damaged or oversized file. */
export function readErrorText(e: WorkbookReadError, lang: Lang): string {
  return WORDS[lang][e.kind] + readErrorDetail(e, lang);
}

/**
 * What a damaged or oversized file's message adds after the kind's words, in the user's language. The reader words
 * its details in English: an English message quotes the detail whole; a Vietnamese one names only the part it is
 * about (a file name, the same in every language), so no English stands inside a Vietnamese sentence.
 */
export function readErrorDetail(e: WorkbookReadError, lang: Lang): string {
  if (e.kind !== "corrupted" && e.kind !== "too_large") return "";
  if (lang === "en") return ` (${e.reason})`;
  const part = /\bpart (\S+)/.exec(e.reason)?.[1]?.replace(/[:;,]$/, "");
  if (!part) return "";
  return e.kind === "corrupted" ? ` (phần bị hỏng: ${part})` : ` (phần vượt giới hạn: ${part})`;
}
