/** Builds agency-form rows for tests the way the sheet layer would read them. */
import type { RawValue } from "../../src/domain/appendix";
import type { ReportRow } from "../../src/domain/agency/consolidate";
import { AGENCY_FIELDS, type AgencyField } from "../../src/domain/agency/report";
import { fullReport } from "../support/fullReport";

const COLS = "ABCDEFGHIJKL";

export const HEADERS: Record<AgencyField, string> = {
  year: "Năm",
  agency: "Cơ quan báo chí",
  electronic: "Báo điện tử",
  mediaTypes: "Số loại hình báo chí",
  platforms: "Đưa nội dung lên nền tảng số",
  analyticsAi: "Dùng nền tảng phân tích dữ liệu, AI",
  convergedNewsroom: "Tòa soạn hội tụ",
  baseRevenue: "Doanh thu năm gốc (triệu đồng)",
  revenue: "Doanh thu năm báo cáo (triệu đồng)",
  staff: "Tổng số lãnh đạo, PV, BTV",
  trained: "Số người được đào tạo CĐS",
  securityLevel: "Cấp độ ATTT",
};

/** A complete, valid report row; `over` replaces some cells. */
export function row(
  file: string,
  sheet: string,
  sheetRow: number,
  over: Partial<Record<AgencyField, RawValue>> = {},
): ReportRow {
  const values: Record<AgencyField, RawValue> = { ...fullReport("Báo Thái Bình", 2023), ...over };
  const cells: ReportRow["cells"] = {};
  AGENCY_FIELDS.forEach((f, i) => {
    cells[f] = { address: `${COLS[i]}${sheetRow}`, header: HEADERS[f], value: values[f] };
  });
  return { source: { file, sheet, row: sheetRow }, cells };
}
