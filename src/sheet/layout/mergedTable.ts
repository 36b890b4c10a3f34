/**
 * The consolidation sheet ("Tổng hợp báo cáo"). The merged agency table: one row per agency and year, in the agency
 * form's columns (so findAgencyTables recognises it again and attainment can be computed over it), plus a column
 * naming every source row and, after mergers, one naming the agency each became. Values are normalised: Có/Không as
 * text, plain numbers, blanks left blank. Above it, the province consolidated (a labelled cell, defined name
 * PressDX_Province); beside it, the collection tracker and the conflicts table that stores the user's choices.
 */
import type { Conflict } from "../../domain/agency/conflicts";
import { describeSource, type SourcedReport } from "../../domain/agency/consolidate";
import { viOrder } from "../../domain/text";
import type { Lineage } from "../../domain/agency/lineage";
import type { Tracker } from "../../domain/agency/tracker";
import type { AgencyField } from "../../domain/agency/report";
import { a1, rangeA1 } from "../a1";
import { AGENCY_FORM_COLUMNS, AGENCY_HEADER_STYLE, agencyBodyStyle } from "../agencyForm";
import type { CellStyle, CellWrite, DataValidationSpec, SheetPatch } from "../patch";
import { CHOICES_NAME, layoutChoices } from "./choicesTable";
import { heightFor } from "./rowHeight";
import { layoutTracker } from "./trackerLayout";

export const MERGED_SHEET_NAME = "Tổng hợp báo cáo";
/** Workbook name over the merged table, header row included, so formulas can find columns by header. */
export const MERGED_TABLE_NAME = "PressDX_Agencies_Table";
export const PROVENANCE_HEADER = "Nguồn (tệp › trang › dòng)";
export const SUCCESSOR_HEADER = "Sau sáp nhập thuộc";
/** Workbook name over the cell holding the province consolidated. */
export const PROVINCE_NAME = "PressDX_Province";
export const PROVINCE_LABEL = "Tỉnh/thành phố:";
/** 0-based row of the header: a title and a subtitle sit above it, then a blank row. */
export const MERGED_HEADER_ROW = 3;

const PROVENANCE_WIDTH = 48;

/** Year, then agency name in Vietnamese alphabetical order. */
export function sortReports(reports: readonly SourcedReport[]): SourcedReport[] {
  return [...reports].sort((a, b) => a.year - b.year || viOrder(a.agency, b.agency));
}

/** A report's figure as the merged table writes it. */
export function mergedValue(report: SourcedReport, field: AgencyField): string | number | null {
  const v = report[field];
  if (typeof v === "boolean") return v ? "Có" : "Không";
  return v;
}

export interface MergedTableOptions {
  readonly sheet: string;
  readonly reports: readonly SourcedReport[];
  /** The line under the title ("Tổng hợp từ 3 tệp lúc …"). */
  readonly subtitle?: string;
  /** The province consolidated, written above the table. */
  readonly province?: string | null;
  readonly tracker?: Tracker;
  readonly conflicts?: readonly Conflict[];
  /** Names the agency a former one became, in a column of its own. */
  readonly lineage?: Lineage;
}

/** One style object for every provenance cell: writers recognise a style they have seen by identity. */
const PROVENANCE_STYLE: CellStyle = { border: true, vertical: "middle", wrap: true };

export function layoutMergedTable(opts: MergedTableOptions): SheetPatch {
  const top = MERGED_HEADER_ROW;
  const reports = sortReports(opts.reports);
  const cells: CellWrite[] = [
    { address: "A1", value: "TỔNG HỢP BÁO CÁO CHUYỂN ĐỔI SỐ CỦA CÁC CƠ QUAN BÁO CHÍ", style: { font: { bold: true, size: 14 } } },
  ];
  if (opts.subtitle) cells.push({ address: "A2", value: opts.subtitle, style: { font: { italic: true } } });
  const names: Array<{ name: string; range: string }> = [];
  if (opts.province) {
    cells.push({ address: "A3", value: PROVINCE_LABEL, style: { font: { bold: true } } }, { address: "B3", value: opts.province, style: { font: { bold: true } } });
    names.push({ name: PROVINCE_NAME, range: "B3" });
  }

  const provenanceCol = AGENCY_FORM_COLUMNS.length;
  const successor = (r: SourcedReport): string | null => {
    const now = opts.lineage?.current("agency", r.agency) ?? r.agency;
    return now === r.agency ? null : now;
  };
  const successorCol = reports.some((r) => successor(r) !== null) ? provenanceCol + 1 : null;
  AGENCY_FORM_COLUMNS.forEach((c, i) => cells.push({ address: a1(top, i), value: c.header, style: AGENCY_HEADER_STYLE }));
  cells.push({ address: a1(top, provenanceCol), value: PROVENANCE_HEADER, style: AGENCY_HEADER_STYLE });
  if (successorCol !== null) cells.push({ address: a1(top, successorCol), value: SUCCESSOR_HEADER, style: AGENCY_HEADER_STYLE });

  const rowHeights = [{ row: top, points: 48 }];
  // The body as one block of rows (tens of thousands of them): values in arrays, one style per column.
  const fields = AGENCY_FORM_COLUMNS.map((c) => c.field);
  const rows = reports.map((r, k) => {
    const provenance = r.sources.map(describeSource).join("; ");
    rowHeights.push({ row: top + 1 + k, points: heightFor([{ text: provenance, width: PROVENANCE_WIDTH }]) });
    // A blank stays blank (null): only the border and format are written.
    const values: Array<string | number | null> = fields.map((field) => mergedValue(r, field));
    values.push(provenance);
    if (successorCol !== null) values.push(successor(r));
    return values;
  });
  const styles = [...fields.map((field) => agencyBodyStyle(field)), PROVENANCE_STYLE, ...(successorCol === null ? [] : [PROVENANCE_STYLE])];
  const blocks = reports.length === 0 ? [] : [{ top: top + 1, left: 0, styles, rows }];

  const range = rangeA1({ top, left: 0, bottom: top + reports.length, right: provenanceCol });
  const columnWidths = [
    // Agency names are long ("Đài Phát thanh và Truyền hình ..."): fit the longest, within reason.
    ...AGENCY_FORM_COLUMNS.map((c, i) => ({ col: i, chars: c.field === "agency" ? agencyWidth(reports, c.width) : c.width })),
    { col: provenanceCol, chars: PROVENANCE_WIDTH },
    ...(successorCol === null ? [] : [{ col: successorCol, chars: 36 }]),
  ];
  const validations: DataValidationSpec[] = [];
  // Beside the table, one blank column apart: the tracker, then the conflicts and choices.
  let left = (successorCol ?? provenanceCol) + 2;
  if (opts.tracker) {
    const t = layoutTracker(opts.tracker, { left, titleRow: top - 1, headerRow: top });
    cells.push(...t.cells);
    columnWidths.push(...t.widths);
    left += t.cols + 1;
  }
  if (opts.conflicts) {
    const c = layoutChoices(opts.conflicts, { left, titleRow: top - 1, headerRow: top });
    cells.push(...c.cells);
    columnWidths.push(...c.widths);
    validations.push(...c.validations);
    names.push({ name: CHOICES_NAME, range: c.range });
  }
  return {
    sheet: opts.sheet,
    createSheet: true,
    blocks,
    // Without a province this time, an earlier run's name must not point at whatever B3 now holds.
    ...(opts.province ? {} : { removeNames: [PROVINCE_NAME] }),
    print: { landscape: true, fitToWidth: true },
    cells,
    columnWidths,
    rowHeights,
    ...(validations.length > 0 ? { validations } : {}),
    names: [{ name: MERGED_TABLE_NAME, range }, ...names],
  };
}

function agencyWidth(reports: readonly SourcedReport[], formWidth: number): number {
  return Math.min(45, Math.max(formWidth, ...reports.map((r) => r.agency.length + 2)));
}
