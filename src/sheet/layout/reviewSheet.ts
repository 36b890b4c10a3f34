/**
 * The review sheet ("Kiểm tra"): every finding on its own row with a link to its cell, so a reviewer
 * without the add-in can work through them in any spreadsheet.
 */
import type { Finding, FindingSummary } from "../../domain/findings";
import { indicator } from "../../domain/indicators";
import { renderMessage } from "../../domain/messages";
import type { CellWrite, SheetPatch } from "../patch";
import { a1 } from "../a1";
import { HEADER_FILL, SEVERITY_FILL, SEVERITY_FONT, SEVERITY_LABEL_VI } from "./palette";

export const REVIEW_SHEET_NAME = "Kiểm tra";

const HEADERS = ["STT", "Mức độ", "Trang tính", "Ô", "Chỉ tiêu", "Năm", "Giá trị", "Mã quy tắc", "Nội dung"] as const;
const WIDTHS = [6, 11, 18, 8, 28, 7, 22, 28, 90];

/** A name for the review sheet that no existing sheet uses ("Kiểm tra", then "Kiểm tra (2)", ...). */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function layoutReviewSheet(opts: {
  sheet: string;
  file: string;
  findings: readonly Finding[];
  summary: FindingSummary;
  checkedAt: string;
}): SheetPatch {
  const cells: CellWrite[] = [
    { address: "A1", value: "KẾT QUẢ KIỂM TRA CHỈ TIÊU CHUYỂN ĐỔI SỐ BÁO CHÍ", style: { font: { bold: true, size: 14 } } },
    {
      address: "A2",
      value: `Tệp: ${opts.file} · Kiểm tra lúc ${opts.checkedAt} · ${opts.summary.errors} lỗi, ${opts.summary.warnings} cảnh báo, ${opts.summary.infos} lưu ý`,
      style: { font: { italic: true } },
    },
  ];
  const headerRow = 3;
  HEADERS.forEach((h, c) =>
    cells.push({
      address: a1(headerRow, c),
      value: h,
      style: { font: { bold: true }, fill: HEADER_FILL, border: true, horizontal: "center", vertical: "middle", wrap: true },
    }),
  );
  opts.findings.forEach((f, i) => {
    const r = headerRow + 1 + i;
    const body = { border: true, vertical: "top" as const };
    const row: CellWrite[] = [
      { address: a1(r, 0), value: i + 1, style: body },
      {
        address: a1(r, 1),
        value: SEVERITY_LABEL_VI[f.severity],
        style: { ...body, fill: SEVERITY_FILL[f.severity], font: { color: SEVERITY_FONT[f.severity], bold: true } },
      },
      { address: a1(r, 2), value: f.sheet, style: body },
      f.cell
        ? { address: a1(r, 3), value: f.cell, style: { ...body, font: { color: "0563C1", underline: true } }, link: { sheet: f.sheet, cell: f.cell } }
        : { address: a1(r, 3), value: "", style: body },
      { address: a1(r, 4), value: f.indicator ? indicator(f.indicator).shortVi : "", style: { ...body, wrap: true } },
      { address: a1(r, 5), value: f.year ?? "", style: body },
      { address: a1(r, 6), value: f.value === null ? "" : String(f.value), style: { ...body, wrap: true } },
      { address: a1(r, 7), value: f.code, style: body },
      { address: a1(r, 8), value: renderMessage(f, "vi"), style: { ...body, wrap: true } },
    ];
    cells.push(...row);
  });
  if (opts.findings.length === 0) {
    cells.push({ address: a1(headerRow + 1, 0), value: "Không có phát hiện nào: mọi chỉ tiêu đều hợp lệ." });
  }
  return {
    sheet: opts.sheet,
    createSheet: true,
    cells,
    columnWidths: WIDTHS.map((width, col) => ({ col, width })),
  };
}
