/**
 * The review sheet ("Kiểm tra"): every finding on its own row with a link to its cell, so a reviewer
 * without the add-in can work through them in any spreadsheet.
 */
import type { Finding, FindingSummary } from "../../domain/findings";
import { indicator } from "../../domain/indicators";
import { renderMessage } from "../../domain/messages";
import type { CellStyle, CellWrite, SheetPatch } from "../patch";
import { a1 } from "../a1";
import { HEADER_FILL, SEVERITY_FILL, SEVERITY_FONT, SEVERITY_LABEL_VI } from "./palette";
import { heightFor } from "./rowHeight";

export const REVIEW_SHEET_NAME = "Kiểm tra";

/** One column of the review sheet: its header, width and what it shows of a finding. */
interface Column {
  readonly header: string;
  readonly width: number;
  readonly cell: (f: Finding, i: number) => Omit<CellWrite, "address" | "style"> & { style?: CellStyle };
}

const BODY: CellStyle = { border: true, vertical: "top" };
const WRAPPED: CellStyle = { ...BODY, wrap: true };
const LINK: CellStyle = { ...BODY, font: { color: "0563C1", underline: true } };

const col = (header: string, width: number, value: (f: Finding) => string | number, style?: CellStyle): Column => ({
  header,
  width,
  cell: (f) => ({ value: value(f), ...(style ? { style } : {}) }),
});

const NUMBER: Column = { header: "STT", width: 6, cell: (_f, i) => ({ value: i + 1 }) };
const SEVERITY: Column = {
  header: "Mức độ",
  width: 11,
  cell: (f) => ({
    value: SEVERITY_LABEL_VI[f.severity],
    style: { ...BODY, fill: SEVERITY_FILL[f.severity], font: { color: SEVERITY_FONT[f.severity], bold: true } },
  }),
};
const FILE = col("Tệp", 24, (f) => f.file ?? "", WRAPPED);
const SHEET = col("Trang tính", 18, (f) => f.sheet);
const INDICATOR = col("Chỉ tiêu", 28, (f) => (f.indicator ? indicator(f.indicator).shortVi : ""), WRAPPED);
const AGENCY = col("Cơ quan báo chí", 28, (f) => f.agency ?? "", WRAPPED);
const YEAR = col("Năm", 7, (f) => f.year ?? "");
const VALUE = col("Giá trị", 22, (f) => (f.value === null ? "" : String(f.value)), WRAPPED);
const CODE = col("Mã quy tắc", 28, (f) => f.code);
const MESSAGE = col("Nội dung", 90, (f) => renderMessage(f, "vi"), WRAPPED);

/** What the sheet reviews: a plan's target tables (one workbook), or agency reports merged from many files. */
export type ReviewVariant = "validation" | "consolidation";

const TEXTS: Readonly<Record<ReviewVariant, { title: string; empty: string; when: string }>> = {
  validation: {
    title: "KẾT QUẢ KIỂM TRA CHỈ TIÊU CHUYỂN ĐỔI SỐ BÁO CHÍ",
    empty: "Không có phát hiện nào: mọi chỉ tiêu đều hợp lệ.",
    when: "Kiểm tra lúc",
  },
  consolidation: {
    title: "KẾT QUẢ KIỂM TRA BÁO CÁO CỦA CÁC CƠ QUAN BÁO CHÍ",
    empty: "Không có phát hiện nào: mọi báo cáo đều hợp lệ và không trùng lặp.",
    when: "Tổng hợp lúc",
  },
};

/** A name for the review sheet that no existing sheet uses ("Kiểm tra", then "Kiểm tra (2)", ...). */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export interface ReviewSheetOptions {
  readonly sheet: string;
  /** Named on the second line ("Tệp: …"); for a consolidation, the files read. */
  readonly file: string;
  readonly findings: readonly Finding[];
  readonly summary: FindingSummary;
  readonly checkedAt: string;
  /**
   * "consolidation" adds the "Tệp" and "Cơ quan báo chí" columns (findings come from many files) and, by default,
   * links nothing: the cells are in the source files, not in this workbook. Default "validation".
   */
  readonly variant?: ReviewVariant;
  /** Which findings' cells are in this workbook and get a link; default: every finding with a cell (validation). */
  readonly linkable?: (f: Finding) => boolean;
}

export function layoutReviewSheet(opts: ReviewSheetOptions): SheetPatch {
  const variant = opts.variant ?? "validation";
  const texts = TEXTS[variant];
  const linkable = opts.linkable ?? ((f: Finding) => variant === "validation" && f.cell !== "");
  const place: Column = {
    header: "Ô",
    width: 8,
    cell: (f) => (f.cell && linkable(f) ? { value: f.cell, style: LINK, link: { sheet: f.sheet, cell: f.cell } } : { value: f.cell }),
  };
  const columns =
    variant === "validation"
      ? [NUMBER, SEVERITY, SHEET, place, INDICATOR, YEAR, VALUE, CODE, MESSAGE]
      : [NUMBER, SEVERITY, FILE, SHEET, place, AGENCY, YEAR, INDICATOR, VALUE, CODE, MESSAGE];

  const cells: CellWrite[] = [
    { address: "A1", value: texts.title, style: { font: { bold: true, size: 14 } } },
    {
      address: "A2",
      value: `Tệp: ${opts.file} · ${texts.when} ${opts.checkedAt} · ${opts.summary.errors} lỗi, ${opts.summary.warnings} cảnh báo, ${opts.summary.infos} lưu ý`,
      style: { font: { italic: true } },
    },
  ];
  const headerRow = 3;
  columns.forEach((c, i) =>
    cells.push({
      address: a1(headerRow, i),
      value: c.header,
      style: { font: { bold: true }, fill: HEADER_FILL, border: true, horizontal: "center", vertical: "middle", wrap: true },
    }),
  );
  const rowHeights: Array<{ row: number; points: number }> = [];
  opts.findings.forEach((f, k) => {
    const r = headerRow + 1 + k;
    const texts: Array<{ text: string; width: number }> = [];
    columns.forEach((c, i) => {
      const { style, ...rest } = c.cell(f, k);
      cells.push({ address: a1(r, i), ...rest, style: style ?? BODY });
      if (typeof rest.value === "string") texts.push({ text: rest.value, width: c.width });
    });
    rowHeights.push({ row: r, points: heightFor(texts) });
  });
  if (opts.findings.length === 0) {
    cells.push({ address: a1(headerRow + 1, 0), value: texts.empty });
  }
  return {
    sheet: opts.sheet,
    createSheet: true,
    print: { landscape: true, fitToWidth: true },
    cells,
    columnWidths: columns.map((c, i) => ({ col: i, chars: c.width })),
    rowHeights,
  };
}
