/**
 * Recognising agency report forms in a sheet, wherever they sit, by their header row: any column order, tolerant of
 * case, spacing, missing diacritics and small rewordings ("Tên cơ quan báo chí", "Doanh thu năm gốc",
 * "Cấp độ ATTT (1-5)"). Columns the form does not know (STT, Ghi chú) are ignored.
 * Two forms side by side on the same header row are read as one; forms one above the other are read apart.
 */
import type { ReportCell, ReportRow } from "../domain/agency/consolidate";
import type { AgencyField } from "../domain/agency/report";
import { fold } from "../domain/text";
import { a1, rangeA1 } from "./a1";
import { type Grid, cellAt, cellText, gridBottom, gridRight, isEmptyCell } from "./grid";

export interface AgencyColumn {
  /** 0-based sheet column. */
  readonly col: number;
  /** The header as found. */
  readonly header: string;
}

export interface AgencyTable {
  readonly sheet: string;
  /** Header row to last data row, first to last recognised column ("B3:M12"). */
  readonly range: string;
  /** 0-based sheet row of the header. */
  readonly headerRow: number;
  readonly columns: Partial<Record<AgencyField, AgencyColumn>>;
  /** Data rows down to the first blank one, in the shape consolidateReports takes. */
  readonly rows: ReportRow[];
}

/**
 * Header patterns on folded text (lower case, no diacritics, punctuation as spaces). Tried in this order, so the
 * more specific come first: "Số người được đào tạo" is training before it could be a head count, "Doanh thu năm
 * gốc" is the base before it could be the report-year revenue.
 */
const HEADER_PATTERNS: ReadonlyArray<readonly [AgencyField, RegExp]> = [
  ["year", /^(nam|year)( bao cao)?( \d{4} \d{4})?$/],
  ["trained", /dao tao|boi duong/],
  ["securityLevel", /\battt\b|\ban toan\b|\ban ninh\b|\bcap do\b/],
  ["electronic", /dien tu/],
  ["mediaTypes", /loai hinh/],
  ["analyticsAi", /phan tich|\bai\b|tri tue nhan tao/],
  ["platforms", /nen tang so|dua noi dung|noi dung len/],
  ["convergedNewsroom", /hoi tu/],
  ["baseRevenue", /(doanh thu|nguon thu).*(goc|2022|co so)/],
  ["revenue", /doanh thu|nguon thu/],
  ["staff", /tong so|lanh dao|phong vien|\bpv\b|\bbtv\b|nhan su|so nguoi/],
  ["agency", /^(ten )?(co quan|don vi)|^ten\b|co quan bao chi/],
];

/** Headers are short; a long text is a title or a note, not a column header. */
const MAX_HEADER_LENGTH = 80;
/** Besides Năm and the agency's name, a form has at least this many indicator columns. */
const MIN_INDICATOR_COLUMNS = 2;

/** The field a header names, or null. */
export function matchAgencyHeader(text: string): AgencyField | null {
  const key = fold(text);
  if (key === "" || key.length > MAX_HEADER_LENGTH) return null;
  for (const [field, re] of HEADER_PATTERNS) if (re.test(key)) return field;
  return null;
}

/** The form columns a row names, first column winning when a field appears twice. */
function headerColumns(grid: Grid, row: number, right: number): Partial<Record<AgencyField, AgencyColumn>> {
  const columns: Partial<Record<AgencyField, AgencyColumn>> = {};
  for (let col = grid.left; col <= right; col++) {
    const cell = cellAt(grid, row, col);
    if (typeof cell?.value !== "string") continue;
    const field = matchAgencyHeader(cell.value);
    if (field && !columns[field]) columns[field] = { col, header: cellText(cell) };
  }
  return columns;
}

function isFormHeader(columns: Partial<Record<AgencyField, AgencyColumn>>): boolean {
  const fields = Object.keys(columns);
  return columns.year !== undefined && columns.agency !== undefined && fields.length - 2 >= MIN_INDICATOR_COLUMNS;
}

/** Every agency form on the sheet, top to bottom. `file` goes into each row's source. */
export function findAgencyTables(grid: Grid, file = ""): AgencyTable[] {
  const tables: AgencyTable[] = [];
  const bottom = gridBottom(grid);
  const right = gridRight(grid);
  for (let row = grid.top; row <= bottom; row++) {
    const columns = headerColumns(grid, row, right);
    if (!isFormHeader(columns)) continue;
    const entries = Object.entries(columns) as Array<[AgencyField, AgencyColumn]>;
    const rows: ReportRow[] = [];
    let r = row + 1;
    for (; r <= bottom; r++) {
      if (entries.every(([, c]) => isEmptyCell(cellAt(grid, r, c.col)))) break;
      const cells: Partial<Record<AgencyField, ReportCell>> = {};
      for (const [field, c] of entries) {
        cells[field] = { address: a1(r, c.col), header: c.header, value: cellAt(grid, r, c.col)?.value ?? null };
      }
      rows.push({ source: { file, sheet: grid.sheet, row: r + 1 }, cells });
    }
    const cols = entries.map(([, c]) => c.col);
    tables.push({
      sheet: grid.sheet,
      range: rangeA1({ top: row, left: Math.min(...cols), bottom: r - 1, right: Math.max(...cols) }),
      headerRow: row,
      columns,
      rows,
    });
    row = r; // the blank row that ended this table (or past the end)
  }
  return tables;
}
