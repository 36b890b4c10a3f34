/**
 * The words of "Vì sao?" (how each table was read), in both languages. They load with the Check tab, not with the
 * first screen (src/taskpane/i18n/vi.ts does), which keeps the first screen within its budget. Reasons are the
 * engine's own (describeRecognition); these only frame them.
 */
import type { Lang } from "../../domain/messages/format";

const vi = {
  whyButton: "Vì sao? Cách đọc từng bảng",
  whyHeading: "Cách công cụ đọc các bảng",
  whyTable: (sheet: string, range: string) => `Trang tính “${sheet}”, ${range}`,
  whyTaken: {
    target: "Được kiểm tra.",
    ambiguous:
      "Được kiểm tra nhưng không báo lỗi: có thể không phải bảng chỉ tiêu.",
    refused: "Không được kiểm tra: không phải bảng chỉ tiêu.",
  } as Readonly<Record<string, string>>,
  whyBecause: (why: string) => `Vì ${why}.`,
  whyLabelNamed: (cell: string) => `Cột nhãn: ${cell}, theo tiêu đề cột.`,
  whyLabelFound: (cell: string) =>
    `Cột nhãn: ${cell}, nhận ra từ nội dung các ô.`,
  whyYears: (list: string) => `Cột năm: ${list}.`,
  whyNoYear: "Cột năm: không có.",
  whyYear: (cell: string, text: string, year: number) =>
    `${cell} “${text}” là năm ${String(year)}`,
  whyNotAYear: (cell: string, text: string) =>
    `${cell} “${text}” không phải là một năm (được báo lỗi)`,
  whyThreshold: (cell: string) => `ngưỡng tăng doanh thu ở cột ${cell}`,
  whyNotRead: (list: string) => `Không kiểm tra các cột: ${list}.`,
  whyRow: (row: number, what: string) => `Dòng ${String(row)}: ${what}`,
  whyIndicator: (name: string) => `chỉ tiêu “${name}”`,
  whyTypedAs: (label: string) => `ghi là “${label}”`,
  whyMatched: (words: string) => `khớp với ${words}`,
  whyRowKinds: {
    unknown: "không khớp chỉ tiêu chuẩn nào",
    revenue_share: "tỷ lệ cơ quan đạt chỉ tiêu doanh thu",
    revenue_threshold: "ngưỡng tăng doanh thu",
    revenue_parent: "tên chỉ tiêu doanh thu (số liệu ở các dòng dưới)",
    heading: "tiêu đề mục, bảng vẫn tiếp tục",
    numbering: "dòng đánh số cột",
    subheader: "dòng tiêu đề phụ dưới các năm",
    blank: "dòng trống trong bảng",
    continuation: "phần tiếp của nhãn dòng trên",
  } as Readonly<Record<string, string>>,
  whyEnd: (row: number, why: string) =>
    `Bảng dừng trước dòng ${String(row)}: ${why}.`,
  whyEndSheet: "Bảng chạy đến hết trang tính.",
  whyEnds: {
    blank_row: "dòng trống",
    note: "dòng ghi chú",
    total_row: "dòng “Tổng cộng”",
    new_header: "tiêu đề của bảng tiếp theo",
    text_row: "dòng chữ không phải chỉ tiêu, sau nó không còn chỉ tiêu",
    unlabelled_row: "dòng có số liệu nhưng không có nhãn",
    sheet_end: "hết trang tính",
  } as Readonly<Record<string, string>>,
};

export type ReadingTexts = typeof vi;

const en: ReadingTexts = {
  whyButton: "Why? How was this read?",
  whyHeading: "How the tool read the tables",
  whyTable: (sheet: string, range: string) => `Sheet “${sheet}”, ${range}`,
  whyTaken: {
    target: "Checked.",
    ambiguous: "Checked, but raises no error: it may not be a target table.",
    refused: "Not checked: not a target table.",
  },
  whyBecause: (why: string) => `Because ${why}.`,
  whyLabelNamed: (cell: string) => `Label column: ${cell}, by its header.`,
  whyLabelFound: (cell: string) =>
    `Label column: ${cell}, found from its cells.`,
  whyYears: (list: string) => `Year columns: ${list}.`,
  whyNoYear: "Year columns: none.",
  whyYear: (cell: string, text: string, year: number) =>
    `${cell} “${text}” is ${String(year)}`,
  whyNotAYear: (cell: string, text: string) =>
    `${cell} “${text}” is not a year (flagged)`,
  whyThreshold: (cell: string) => `revenue growth threshold in column ${cell}`,
  whyNotRead: (list: string) => `Columns not checked: ${list}.`,
  whyRow: (row: number, what: string) => `Row ${String(row)}: ${what}`,
  whyIndicator: (name: string) => `indicator “${name}”`,
  whyTypedAs: (label: string) => `typed as “${label}”`,
  whyMatched: (words: string) => `matched on ${words}`,
  whyRowKinds: {
    unknown: "matches no standard indicator",
    revenue_share: "share of agencies reaching the revenue target",
    revenue_threshold: "revenue growth threshold",
    revenue_parent:
      "revenue indicator's name (its figures are on the rows below)",
    heading: "a section heading; the table goes on",
    numbering: "the columns' numbering",
    subheader: "a subheader under the years",
    blank: "a blank line inside the table",
    continuation: "continues the label above",
  },
  whyEnd: (row: number, why: string) =>
    `The table stops before row ${String(row)}: ${why}.`,
  whyEndSheet: "The table runs to the end of the sheet.",
  whyEnds: {
    blank_row: "a blank line",
    note: "a note",
    total_row: "a “Tổng cộng” (total) row",
    new_header: "the next table's header",
    text_row: "a line of text that is no indicator, with no indicator after it",
    unlabelled_row: "a row with figures but no label",
    sheet_end: "the end of the sheet",
  },
};

export const READING_TEXTS: Readonly<Record<Lang, ReadingTexts>> = { vi, en };
