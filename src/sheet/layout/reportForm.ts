/**
 * The report form an agency can fill alone (issue 17, item 4): the agency table (../agencyForm) under a title, one
 * line of instructions and the province, agency and year cells, with one example row. On a sheet of its own it is
 * protected: the headers, the labels and the example cannot be changed, only the input cells (and, in a form
 * handed to one agency, its name and year are fixed too).
 *
 *   top      title                                          (merged over the form's width)
 *   top+1    instructions                                   (merged, wrapped)
 *   top+2    Tỉnh/thành phố: [ ]  Cơ quan báo chí: [     ]  Năm báo cáo: [ ]
 *   top+3    (blank)
 *   top+4    header · example row · input rows
 *
 * Reading needs nothing of this: findAgencyTables takes the labelled cells as the table's province, agency and year,
 * skips the example row, and reads forms without any of it as before.
 */
import { a1, rangeA1 } from "../a1";
import { AGENCY_FORM_COLUMNS, agencyFormFootprint, layoutAgencyForm } from "../agencyForm";
import type { CellStyle, CellWrite, DataValidationSpec, SheetPatch } from "../patch";

export const REPORT_FORM_TITLE = "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ BÁO CHÍ";
export const REPORT_FORM_INSTRUCTIONS =
  "Điền số liệu vào các ô trắng, mỗi năm một dòng; chọn Có/Không trong danh sách; doanh thu tính bằng triệu đồng, số người và số loại hình là số nguyên. Dòng “Ví dụ” chỉ để tham khảo, không được tổng hợp. Lưu tệp dạng .xlsx và gửi lại.";
export const PROVINCE_LABEL = "Tỉnh/thành phố:";
export const AGENCY_LABEL = "Cơ quan báo chí:";
export const YEAR_LABEL = "Năm báo cáo:";
/** Rows above the header: title, instructions, labels, a blank row. */
export const FORM_HEADER_OFFSET = 4;

export interface ReportFormOptions {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly createSheet?: boolean;
  /** Protect the sheet (only on a sheet the form creates). */
  readonly protect?: boolean;
  readonly agencies?: readonly string[];
  readonly years?: readonly number[];
  readonly province?: string;
}

export function reportFormFootprint(opts: Pick<ReportFormOptions, "agencies" | "years">): { rows: number; cols: number } {
  const table = agencyFormFootprint({ ...opts, example: true });
  return { rows: FORM_HEADER_OFFSET + table.rows, cols: table.cols };
}

const TITLE: CellStyle = { font: { bold: true, size: 14 }, horizontal: "center", vertical: "middle" };
const NOTE: CellStyle = { font: { italic: true }, wrap: true, vertical: "top" };
const LABEL: CellStyle = { font: { bold: true }, horizontal: "right", vertical: "middle" };
const INPUT: CellStyle = { border: true, vertical: "middle", locked: false };
const FIXED: CellStyle = { border: true, vertical: "middle", fill: "F2F2F2", font: { bold: true } };
const YEAR_INPUT: CellStyle = { ...INPUT, horizontal: "center", numberFormat: "0" };
const YEAR_FIXED: CellStyle = { ...FIXED, horizontal: "center", numberFormat: "0" };

export function layoutReportForm(opts: ReportFormOptions): SheetPatch {
  const { top, left } = opts;
  const agencies = opts.agencies ?? [];
  const years = opts.years ?? [];
  const width = AGENCY_FORM_COLUMNS.length;
  const right = left + width - 1;
  const oneAgency = agencies.length === 1 ? (agencies[0] ?? null) : null;
  const oneYear = years.length === 1 ? (years[0] ?? null) : null;
  const fixed = agencies.length > 0;

  const table = layoutAgencyForm({
    sheet: opts.sheet,
    top: top + FORM_HEADER_OFFSET,
    left,
    ...(opts.agencies ? { agencies: opts.agencies } : {}),
    ...(opts.years ? { years: opts.years } : {}),
    example: true,
    fixedNames: fixed,
  });
  const labels = top + 2;
  // Labels right-aligned in the columns before their value: B, E and I of a form at A.
  const cell = (col: number, w: Omit<CellWrite, "address">): CellWrite => ({ address: a1(labels, left + col), ...w });
  const value = (v: string | number | null | undefined, style: CellStyle): Omit<CellWrite, "address"> => (v === null || v === undefined ? { style } : { value: v, style });
  const cells: CellWrite[] = [
    { address: a1(top, left), value: oneYear === null ? REPORT_FORM_TITLE : `${REPORT_FORM_TITLE} NĂM ${oneYear}`, style: TITLE },
    { address: a1(top + 1, left), value: REPORT_FORM_INSTRUCTIONS, style: NOTE },
    cell(1, { value: PROVINCE_LABEL, style: LABEL }),
    cell(2, value(opts.province, opts.province ? FIXED : INPUT)),
    cell(3, { style: opts.province ? FIXED : INPUT }),
    cell(4, { value: AGENCY_LABEL, style: LABEL }),
    cell(5, value(oneAgency, oneAgency !== null ? FIXED : INPUT)),
    cell(6, { style: oneAgency !== null ? FIXED : INPUT }),
    cell(7, { style: oneAgency !== null ? FIXED : INPUT }),
    cell(8, { value: YEAR_LABEL, style: LABEL }),
    cell(9, value(oneYear, fixed && oneYear !== null ? YEAR_FIXED : YEAR_INPUT)),
    ...table.cells,
  ];
  const merges = [
    rangeA1({ top, left, bottom: top, right }),
    rangeA1({ top: top + 1, left, bottom: top + 1, right }),
    rangeA1({ top: labels, left: left + 2, bottom: labels, right: left + 3 }),
    rangeA1({ top: labels, left: left + 5, bottom: labels, right: left + 7 }),
  ];
  const validations: DataValidationSpec[] = [
    ...(table.validations ?? []),
    ...(opts.province ? [] : [{ range: a1(labels, left + 2), type: "any" as const, allowBlank: true, prompt: { title: "Tỉnh/thành phố", message: "Tỉnh, thành phố nơi cơ quan báo chí hoạt động (sau sáp nhập nếu có)." } }]),
    ...(oneAgency !== null ? [] : [{ range: a1(labels, left + 5), type: "any" as const, allowBlank: true, prompt: { title: "Tên cơ quan báo chí", message: "Tên đầy đủ của cơ quan; dùng cho các dòng để trống tên." } }]),
    ...(fixed && oneYear !== null
      ? []
      : [{ range: a1(labels, left + 9), type: "whole" as const, min: 2023, max: 2030, allowBlank: true, prompt: { title: "Năm báo cáo", message: "Năm của số liệu, từ 2023 đến 2030; dùng cho các dòng để trống năm." }, error: { title: "Năm không hợp lệ", message: "Nhập năm từ 2023 đến 2030." } }]),
  ];
  return {
    ...table,
    ...(opts.createSheet ? { createSheet: true } : {}),
    ...(opts.protect ? { protect: true } : {}),
    cells,
    merges,
    validations,
    rowHeights: [{ row: top, points: 24 }, { row: top + 1, points: 33 }, ...(table.rowHeights ?? [])],
    ...(opts.createSheet ? { print: { landscape: true, fitToWidth: true } } : {}),
  };
}
