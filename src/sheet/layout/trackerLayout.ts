/**
 * The collection tracker on the consolidation sheet, beside the merged table: agencies × years, each cell
 * "Đã báo cáo", "Số liệu khác nhau", "Chưa báo cáo" or "—" (the agency did not exist that year), coloured; a last
 * row counts the agencies not heard from per year. Static cells: the sheet is the tool's and is rewritten whole by
 * each consolidation.
 */
import type { Tracker, TrackState } from "../../domain/agency/tracker";
import { a1 } from "../a1";
import type { CellStyle, CellWrite } from "../patch";
import { HEADER_FILL } from "./palette";

export const TRACKER_TITLE = "THEO DÕI THU NHẬN BÁO CÁO";
export const TRACKER_AGENCY_HEADER = "Cơ quan (theo dõi)";
export const TRACKER_SUCCESSOR_HEADER = "Sau sáp nhập thuộc";

export const TRACK_TEXT: Readonly<Record<TrackState, string>> = {
  reported: "Đã báo cáo",
  conflict: "Số liệu khác nhau",
  missing: "Chưa báo cáo",
  not_expected: "—",
};

const BODY: CellStyle = { border: true, vertical: "middle" };
const HEADER: CellStyle = { ...BODY, fill: HEADER_FILL, font: { bold: true }, horizontal: "center", wrap: true };
const STATE_STYLE: Readonly<Record<TrackState, CellStyle>> = {
  reported: { ...BODY, horizontal: "center", fill: "C6EFCE", font: { color: "006100" } },
  conflict: { ...BODY, horizontal: "center", fill: "FFEB9C", font: { color: "9C5700" } },
  missing: { ...BODY, horizontal: "center", fill: "FFC7CE", font: { color: "9C0006" } },
  not_expected: { ...BODY, horizontal: "center", fill: "EDEDED", font: { color: "595959" } },
};
const TOTAL: CellStyle = { ...BODY, font: { bold: true } };
const TOTAL_NUMBER: CellStyle = { ...TOTAL, horizontal: "center", numberFormat: "0" };

export interface TrackerBlock {
  readonly cells: CellWrite[];
  readonly widths: Array<{ col: number; chars: number }>;
  /** Columns used, from `left`. */
  readonly cols: number;
  readonly bottom: number;
}

/** The tracker with its title on `titleRow` and its header on `headerRow`, from column `left`. */
export function layoutTracker(tracker: Tracker, opts: { readonly left: number; readonly titleRow: number; readonly headerRow: number }): TrackerBlock {
  const { left, headerRow } = opts;
  const withSuccessor = tracker.rows.some((r) => r.successor !== null);
  const first = left + (withSuccessor ? 2 : 1);
  const cells: CellWrite[] = [{ address: a1(opts.titleRow, left), value: TRACKER_TITLE, style: { font: { bold: true, size: 12 } } }];
  cells.push({ address: a1(headerRow, left), value: TRACKER_AGENCY_HEADER, style: HEADER });
  if (withSuccessor) cells.push({ address: a1(headerRow, left + 1), value: TRACKER_SUCCESSOR_HEADER, style: HEADER });
  tracker.years.forEach((y, i) => cells.push({ address: a1(headerRow, first + i), value: `Năm ${y}`, style: HEADER }));
  tracker.rows.forEach((r, k) => {
    const row = headerRow + 1 + k;
    cells.push({ address: a1(row, left), value: r.agency, style: BODY });
    if (withSuccessor) cells.push(r.successor === null ? { address: a1(row, left + 1), style: BODY } : { address: a1(row, left + 1), value: r.successor, style: BODY });
    r.states.forEach((s, i) => cells.push({ address: a1(row, first + i), value: TRACK_TEXT[s], style: STATE_STYLE[s] }));
  });
  const totalRow = headerRow + 1 + tracker.rows.length;
  cells.push({ address: a1(totalRow, left), value: "Số cơ quan chưa báo cáo", style: TOTAL });
  if (withSuccessor) cells.push({ address: a1(totalRow, left + 1), style: TOTAL });
  tracker.years.forEach((_, i) => {
    const missing = tracker.rows.filter((r) => r.states[i] === "missing").length;
    cells.push({ address: a1(totalRow, first + i), value: missing, style: TOTAL_NUMBER });
  });
  const longest = Math.max(TRACKER_AGENCY_HEADER.length, ...tracker.rows.map((r) => r.agency.length));
  const widths = [{ col: left, chars: Math.min(45, longest + 2) }];
  if (withSuccessor) widths.push({ col: left + 1, chars: Math.min(45, Math.max(18, ...tracker.rows.map((r) => (r.successor ?? "").length + 2))) });
  tracker.years.forEach((_, i) => widths.push({ col: first + i, chars: 16 }));
  return { cells, widths, cols: first - left + tracker.years.length, bottom: totalRow };
}
