/**
 * The agency report form (AGENCY_FORM.md): its columns in order, and its layout as a SheetPatch — a header row and
 * one row per agency × year, with native data validation and a Vietnamese prompt on every input column.
 * Recognising the form in a sheet lives in ./agencyFormRead and is re-exported here.
 */
import type { AgencyField } from "../domain/agency/report";
import { a1, rangeA1 } from "./a1";
import type { CellStyle, CellWrite, DataValidationSpec, SheetPatch } from "./patch";
import { HEADER_FILL } from "./layout/palette";

export { findAgencyTables, matchAgencyHeader } from "./agencyFormRead";
export type { AgencyColumn, AgencyTable } from "./agencyFormRead";

type Rule = Omit<DataValidationSpec, "range">;

export interface AgencyFormColumn {
  readonly field: AgencyField;
  /** The header exactly as AGENCY_FORM.md writes it. */
  readonly header: string;
  /** Column width in characters. */
  readonly width: number;
  readonly validation: Rule;
}

const YES_NO = ["Có", "Không"] as const;

const yesNo = (message: string): Rule => ({
  type: "list",
  list: YES_NO,
  allowBlank: true,
  prompt: { title: "Có/Không", message },
  error: { title: "Chỉ nhập Có hoặc Không", message: "Chọn Có hoặc Không trong danh sách." },
});

const count = (title: string, message: string): Rule => ({
  type: "whole",
  min: 0,
  allowBlank: true,
  prompt: { title, message },
  error: { title: "Số không hợp lệ", message: "Nhập một số nguyên không âm." },
});

const revenue = (title: string, message: string): Rule => ({
  type: "decimal",
  min: 0,
  allowBlank: true,
  prompt: { title, message },
  error: { title: "Doanh thu không hợp lệ", message: "Nhập doanh thu bằng số không âm, đơn vị triệu đồng." },
});

/** The form's columns, in the order the form is inserted. */
export const AGENCY_FORM_COLUMNS: readonly AgencyFormColumn[] = [
  {
    field: "year",
    header: "Năm",
    width: 8,
    validation: {
      type: "whole",
      min: 2023,
      max: 2030,
      allowBlank: true,
      prompt: { title: "Năm báo cáo", message: "Năm của số liệu báo cáo, từ 2023 đến 2030." },
      error: { title: "Năm không hợp lệ", message: "Nhập năm từ 2023 đến 2030." },
    },
  },
  {
    field: "agency",
    header: "Cơ quan báo chí",
    width: 30,
    validation: {
      type: "any",
      allowBlank: true,
      prompt: { title: "Tên cơ quan báo chí", message: "Ghi tên cơ quan báo chí giống nhau ở mọi năm; mỗi năm một dòng." },
    },
  },
  { field: "electronic", header: "Báo điện tử", width: 11, validation: yesNo("Có nếu cơ quan là cơ quan báo chí điện tử.") },
  {
    field: "mediaTypes",
    header: "Số loại hình báo chí",
    width: 12,
    validation: count("Số loại hình báo chí", "Số loại hình cơ quan đang hoạt động: báo in, báo điện tử, phát thanh, truyền hình, tạp chí."),
  },
  {
    field: "platforms",
    header: "Đưa nội dung lên nền tảng số",
    width: 15,
    validation: yesNo("Có nếu cơ quan đưa nội dung lên các nền tảng số (ưu tiên nền tảng trong nước)."),
  },
  {
    field: "analyticsAi",
    header: "Dùng nền tảng phân tích dữ liệu, AI",
    width: 17,
    validation: yesNo("Có nếu cơ quan dùng nền tảng phân tích, xử lý dữ liệu tập trung, ứng dụng trí tuệ nhân tạo."),
  },
  {
    field: "convergedNewsroom",
    header: "Tòa soạn hội tụ",
    width: 12,
    validation: yesNo("Có nếu cơ quan vận hành mô hình tòa soạn hội tụ."),
  },
  {
    field: "baseRevenue",
    header: "Doanh thu năm gốc (triệu đồng)",
    width: 16,
    validation: revenue("Doanh thu năm gốc", "Doanh thu của năm gốc (mặc định năm 2022), đơn vị triệu đồng."),
  },
  {
    field: "revenue",
    header: "Doanh thu năm báo cáo (triệu đồng)",
    width: 16,
    validation: revenue("Doanh thu năm báo cáo", "Doanh thu của năm báo cáo, đơn vị triệu đồng."),
  },
  {
    field: "staff",
    header: "Tổng số lãnh đạo, PV, BTV",
    width: 14,
    validation: count("Tổng số người", "Tổng số lãnh đạo, cán bộ, phóng viên, biên tập viên của cơ quan."),
  },
  {
    field: "trained",
    header: "Số người được đào tạo CĐS",
    width: 14,
    validation: count("Số người được đào tạo", "Số người được đào tạo, bồi dưỡng về chuyển đổi số báo chí; không lớn hơn tổng số người."),
  },
  {
    field: "securityLevel",
    header: "Cấp độ ATTT",
    width: 10,
    validation: {
      type: "whole",
      min: 1,
      max: 5,
      allowBlank: true,
      prompt: { title: "Cấp độ an toàn thông tin", message: "Cấp độ đạt được, từ 1 đến 5; để trống nếu không phải báo điện tử." },
      error: { title: "Cấp độ không hợp lệ", message: "Nhập cấp độ từ 1 đến 5." },
    },
  },
];

/** Header text by field, exactly as AGENCY_FORM.md writes it. */
export const AGENCY_FORM_HEADERS = Object.fromEntries(AGENCY_FORM_COLUMNS.map((c) => [c.field, c.header])) as Readonly<
  Record<AgencyField, string>
>;

/** Blank rows of a form handed out without names. */
export const BLANK_FORM_ROWS = 20;

export interface AgencyFormLayoutOptions {
  readonly sheet: string;
  /** 0-based position of the header row's first cell. */
  readonly top: number;
  readonly left: number;
  /** Pre-fills one row per agency × year (agency by agency); without agencies, blank rows. */
  readonly agencies?: readonly string[];
  readonly years?: readonly number[];
  readonly createSheet?: boolean;
  /** An example row under the header, marked "Ví dụ" in its year cell: never read as a report. */
  readonly example?: boolean;
  /** The pre-filled agency and year stay locked on a protected sheet (a form handed to one agency). */
  readonly fixedNames?: boolean;
}

interface PrefilledRow {
  readonly agency: string | null;
  readonly year: number | null;
}

function formRows(opts: Pick<AgencyFormLayoutOptions, "agencies" | "years">): PrefilledRow[] {
  const years = opts.years ?? [];
  const agencies = opts.agencies ?? [];
  if (agencies.length > 0) {
    const ys = years.length > 0 ? years : [null];
    return agencies.flatMap((agency) => ys.map((year) => ({ agency, year })));
  }
  // A single year can still be pre-filled on blank rows: the usual "report for 2025" form.
  const year = years.length === 1 ? (years[0] ?? null) : null;
  return Array.from({ length: BLANK_FORM_ROWS }, () => ({ agency: null, year }));
}

/** How many rows and columns `layoutAgencyForm` writes, so a caller can look for free space first. */
export function agencyFormFootprint(opts: Pick<AgencyFormLayoutOptions, "agencies" | "years" | "example">): { rows: number; cols: number } {
  return { rows: 1 + (opts.example ? 1 : 0) + formRows(opts).length, cols: AGENCY_FORM_COLUMNS.length };
}

const BODY: CellStyle = { border: true, vertical: "middle" };
const HEADER: CellStyle = { ...BODY, fill: HEADER_FILL, font: { bold: true }, horizontal: "center", wrap: true };
const CENTRED: CellStyle = { ...BODY, horizontal: "center" };
const YEAR: CellStyle = { ...CENTRED, numberFormat: "0" };
const AMOUNT: CellStyle = { ...BODY, numberFormat: "#,##0" };

function bodyStyle(field: AgencyField): CellStyle {
  if (field === "year") return YEAR;
  if (field === "agency") return BODY;
  if (field === "baseRevenue" || field === "revenue" || field === "staff" || field === "trained") return AMOUNT;
  return CENTRED;
}

// One style object per kind of cell (adapters recognise a style they have seen by identity).
const INPUT = new Map(AGENCY_FORM_COLUMNS.map((c) => [c.field, { ...bodyStyle(c.field), locked: false }] as const));
const FIXED = new Map(AGENCY_FORM_COLUMNS.map((c) => [c.field, { ...bodyStyle(c.field), fill: "F2F2F2" }] as const));
const EXAMPLE_STYLE = new Map(AGENCY_FORM_COLUMNS.map((c) => [c.field, { ...bodyStyle(c.field), fill: "FFF2CC", font: { italic: true, color: "7F6000" } }] as const));

/** The example row: plausible figures of a fictional agency, "Ví dụ" in the year cell so no reader counts it. */
export const EXAMPLE_ROW: Readonly<Record<AgencyField, string | number>> = {
  year: "Ví dụ",
  agency: "Báo Minh Sơn (dòng ví dụ, không tổng hợp)",
  electronic: "Có",
  mediaTypes: 2,
  platforms: "Có",
  analyticsAi: "Không",
  convergedNewsroom: "Có",
  baseRevenue: 18500,
  revenue: 21350,
  staff: 86,
  trained: 30,
  securityLevel: 3,
};

/** The style of a data cell: an input (unlocked), or a pre-filled name or year the agency may not change. */
function rowStyle(field: AgencyField, fixed: boolean): CellStyle {
  const style = fixed ? FIXED.get(field) : INPUT.get(field);
  return style ?? bodyStyle(field);
}

export function layoutAgencyForm(opts: AgencyFormLayoutOptions): SheetPatch {
  const { top, left } = opts;
  const rows = formRows(opts);
  const cells: CellWrite[] = [];
  AGENCY_FORM_COLUMNS.forEach((c, i) => cells.push({ address: a1(top, left + i), value: c.header, style: HEADER }));
  const first = top + 1 + (opts.example ? 1 : 0);
  if (opts.example) {
    AGENCY_FORM_COLUMNS.forEach((c, i) => cells.push({ address: a1(top + 1, left + i), value: EXAMPLE_ROW[c.field], style: EXAMPLE_STYLE.get(c.field) ?? BODY }));
  }
  rows.forEach((r, k) => {
    AGENCY_FORM_COLUMNS.forEach((c, i) => {
      const address = a1(first + k, left + i);
      const value = c.field === "year" ? r.year : c.field === "agency" ? r.agency : null;
      const style = rowStyle(c.field, opts.fixedNames === true && value !== null);
      // Blank input cells get only their style, so the form never writes over anything but its own look.
      cells.push(value === null ? { address, style } : { address, value, style });
    });
  });
  const last = first + rows.length - 1;
  const validations: DataValidationSpec[] = AGENCY_FORM_COLUMNS.map((c, i) => ({
    ...c.validation,
    range: rangeA1({ top: first, left: left + i, bottom: last, right: left + i }),
  }));
  return {
    sheet: opts.sheet,
    ...(opts.createSheet ? { createSheet: true } : {}),
    cells,
    columnWidths: AGENCY_FORM_COLUMNS.map((c, i) => ({ col: left + i, chars: c.width })),
    // The longest header wraps to three lines at these widths.
    rowHeights: [{ row: top, points: 48 }],
    validations,
  };
}

/** The form's look, shared with the merged table so both read alike. */
export { HEADER as AGENCY_HEADER_STYLE, bodyStyle as agencyBodyStyle };
