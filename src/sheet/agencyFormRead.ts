/**
 * Recognising agency report forms in a sheet, wherever they sit, by their header row: any column order, tolerant of
 * case, spacing, missing diacritics and small rewordings ("Tên cơ quan báo chí", "Doanh thu năm gốc",
 * "Cấp độ ATTT (1-5)"). Columns the form does not know (STT, Ghi chú) are ignored; a "Tỉnh" column names each row's
 * province. Two forms side by side on the same header row are read as one; forms one above the other are read apart.
 *
 * Read as agencies fill them (RULES.md version 2):
 * - blank rows never end a table: it runs to the next form header or target-table header, or the sheet's data end,
 *   less the rows after its last row with a readable figure or year (a signature block, notes);
 * - title rows above the header are fine, and labelled cells there ("Tỉnh/thành phố: Nam Định", "Cơ quan báo chí:",
 *   "Năm báo cáo: 2026") give the province, and the agency and year of rows that leave theirs blank; a title naming
 *   "tỉnh X" gives the province too, and without either, an agency's name ending in a province's name does;
 * - the example row of the tool's form ("Ví dụ" in its year or agency cell) is not read;
 * - a number formatted as a percentage is marked, so a "100%" typed into a count is an error, not the count 1.
 */
import type { ProvinceMark, ReportCell, ReportRow, TableValue } from "../domain/agency/reportRow";
import { type AgencyField, INDICATOR_FIELDS, parseNumberCell, parseReportYear, parseYesNo } from "../domain/agency/report";
import { provinceEndingName, provinceInText } from "../domain/agency/provinces";
import { memoByText } from "../domain/memo";
import { fold } from "../domain/text";
import { a1, rangeA1 } from "./a1";
import { type Grid, type GridCell, cellAt, cellText, gridBottom, gridRight, isEmptyCell, isPercentFormat } from "./grid";
import { mayBeYearHeader, parseYearHeader } from "./yearHeader";

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
  /** 0-based sheet row of the last row read (the header row when there is none). */
  readonly lastRow: number;
  readonly columns: Partial<Record<AgencyField, AgencyColumn>>;
  /** Every row with something in the form's columns, blank rows and the example row left out, in sheet order. */
  readonly rows: ReportRow[];
  /** The province the table names above its header or in a "Tỉnh" column (the first one), if any. */
  readonly province?: ProvinceMark;
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

/** A column naming each row's province. */
const PROVINCE_HEADER = /^(tinh|tinh thanh pho|tinh tp|thanh pho|dia phuong|province)$/;

/** Headers are short; a long text is a title or a note, not a column header. */
const MAX_HEADER_LENGTH = 80;
/** Besides Năm and the agency's name, a form has at least this many indicator columns. */
const MIN_INDICATOR_COLUMNS = 2;
/** How far above a header its title, instructions and labelled cells may sit. */
const LABEL_ROWS = 8;

/** The field a header names, or null. */
export function matchAgencyHeader(text: string): AgencyField | null {
  const key = fold(text);
  if (key === "" || key.length > MAX_HEADER_LENGTH) return null;
  for (const [field, re] of HEADER_PATTERNS) if (re.test(key)) return field;
  return null;
}

interface HeaderColumns {
  readonly columns: Partial<Record<AgencyField, AgencyColumn>>;
  readonly province?: AgencyColumn;
}

/**
 * What a cell's text would name in a header row. Every row of every sheet is looked at for a header, and its texts
 * (agency names, Có/Không) recur across rows and files: each distinct text is matched once.
 */
const headerOf = memoByText((text: string): { readonly province: boolean; readonly field: AgencyField | null } => ({
  province: PROVINCE_HEADER.test(fold(text)),
  field: matchAgencyHeader(text),
}));

/** The form columns a row names, first column winning when a field appears twice. */
function headerColumns(grid: Grid, row: number, right: number): HeaderColumns {
  const columns: Partial<Record<AgencyField, AgencyColumn>> = {};
  let province: AgencyColumn | undefined;
  for (let col = grid.left; col <= right; col++) {
    const cell = cellAt(grid, row, col);
    if (typeof cell?.value !== "string") continue;
    const named = headerOf(cell.value);
    if (!province && named.province) {
      province = { col, header: cellText(cell) };
      continue;
    }
    const field = named.field;
    if (field && !columns[field]) columns[field] = { col, header: cellText(cell) };
  }
  return province ? { columns, province } : { columns };
}

function isFormHeader(columns: Partial<Record<AgencyField, AgencyColumn>>): boolean {
  const fields = Object.keys(columns);
  return columns.year !== undefined && columns.agency !== undefined && fields.length - 2 >= MIN_INDICATOR_COLUMNS;
}

/** A target table's header row: two year headers typed as text, or bare years beside an indicator column's title. */
function isTargetHeader(grid: Grid, row: number, right: number): boolean {
  let texts = 0;
  let numbers = 0;
  for (let col = grid.left; col <= right; col++) {
    const v = cellAt(grid, row, col)?.value;
    // Most cells of a report row are no year at all: the cheap test first.
    if (!mayBeYearHeader(v ?? null) || parseYearHeader(v ?? null) === null) continue;
    if (typeof v === "string") texts++;
    else numbers++;
  }
  if (texts >= 2) return true;
  if (numbers < 2) return false;
  for (let col = grid.left; col <= right; col++) {
    const v = cellAt(grid, row, col)?.value;
    if (typeof v === "string" && /chi tieu|noi dung|nhiem vu/.test(fold(v))) return true;
  }
  return false;
}

/** Every agency form on the sheet, top to bottom. `file` goes into each row's source. */
export function findAgencyTables(grid: Grid, file = ""): AgencyTable[] {
  const bottom = gridBottom(grid);
  const right = gridRight(grid);
  const headers: Array<{ row: number; h: HeaderColumns }> = [];
  const stops: number[] = [];
  for (let row = grid.top; row <= bottom; row++) {
    const h = headerColumns(grid, row, right);
    if (isFormHeader(h.columns)) headers.push({ row, h });
    else if (isTargetHeader(grid, row, right)) stops.push(row);
  }
  const tables: AgencyTable[] = [];
  let previousEnd = grid.top - 1;
  for (const [i, { row, h }] of headers.entries()) {
    const nextHeader = Math.min(headers[i + 1]?.row ?? bottom + 1, ...stops.filter((s) => s > row)) - 1;
    const table = readTable(grid, file, row, h, Math.min(nextHeader, bottom), previousEnd);
    tables.push(table);
    previousEnd = table.lastRow;
  }
  return tables;
}

function readTable(grid: Grid, file: string, headerRow: number, h: HeaderColumns, end: number, above: number): AgencyTable {
  const entries = Object.entries(h.columns) as Array<[AgencyField, AgencyColumn]>;
  const cols = entries.map(([, c]) => c.col);
  const at = (r: number, c: AgencyColumn): GridCell | undefined => cellAt(grid, r, c.col);
  let last = headerRow;
  for (let r = end; r > headerRow; r--) {
    if (readableRow(grid, r, h.columns)) {
      last = r;
      break;
    }
  }
  const labels = labelsAbove(grid, headerRow, Math.max(above + 1, headerRow - LABEL_ROWS, grid.top));
  const defaults = labels.agency || labels.year ? { ...(labels.agency ? { agency: labels.agency } : {}), ...(labels.year ? { year: labels.year } : {}) } : undefined;
  const yearCol = h.columns.year?.col ?? -1;
  const agencyCol = h.columns.agency?.col ?? -1;
  const rows: ReportRow[] = [];
  for (let r = headerRow + 1; r <= last; r++) {
    if (entries.every(([, c]) => isEmptyCell(at(r, c)))) continue;
    if (isExampleRow(cellAt(grid, r, yearCol), cellAt(grid, r, agencyCol))) continue;
    const cells: Partial<Record<AgencyField, ReportCell>> = {};
    let percent: AgencyField[] | undefined;
    for (const [field, c] of entries) {
      const g = at(r, c);
      const value = g?.value ?? null;
      cells[field] = { address: a1(r, c.col), header: c.header, value };
      if (typeof value === "number" && isPercentFormat(g?.numberFormat)) (percent ??= []).push(field);
    }
    // One shape for every row (a consolidation reads tens of thousands): V8 then shares one hidden class.
    rows.push({ source: { file, sheet: grid.sheet, row: r + 1 }, cells, defaults, province: rowProvince(grid, r, h.province, labels.province, cells), percent });
  }
  const province = labels.province ?? rows.find((r) => r.province)?.province;
  return {
    sheet: grid.sheet,
    range: rangeA1({ top: headerRow, left: Math.min(...cols), bottom: last, right: Math.max(...cols) }),
    headerRow,
    lastRow: last,
    columns: h.columns,
    rows,
    ...(province ? { province } : {}),
  };
}

/** A row with a readable year, or a readable figure (a number, a yes/no), in the form's columns. */
function readableRow(grid: Grid, r: number, columns: Partial<Record<AgencyField, AgencyColumn>>): boolean {
  if (columns.year && typeof parseReportYear(cellAt(grid, r, columns.year.col)?.value) === "number") return true;
  return INDICATOR_FIELDS.some((f) => {
    const c = columns[f];
    if (!c) return false;
    const v = cellAt(grid, r, c.col)?.value;
    if (v === null || v === undefined) return false;
    return typeof parseNumberCell(v) === "number" || typeof parseYesNo(v) === "boolean";
  });
}

const EXAMPLE = /^(vi du|vd|example)\b/;

/** The tool's example row: "Ví dụ" in its year or agency cell. */
function isExampleRow(year: GridCell | undefined, agency: GridCell | undefined): boolean {
  return [year, agency].some((c) => typeof c?.value === "string" && EXAMPLE.test(fold(c.value)));
}

interface Labels {
  readonly province?: ProvinceMark;
  readonly agency?: TableValue;
  readonly year?: TableValue;
}

const LABEL_PATTERNS: ReadonlyArray<readonly ["province" | "agency" | "year", RegExp]> = [
  ["province", /^(tinh|thanh pho|tinh thanh pho|tinh tp|dia phuong|province)$/],
  ["agency", /^(co quan bao chi|ten co quan( bao chi)?|co quan|don vi bao cao|ten don vi|don vi|agency)$/],
  ["year", /^(nam bao cao|nam|ky bao cao|year)$/],
];

/** Labelled cells ("Tỉnh: X", or "Tỉnh" then X in a cell to its right) and titles naming a province, above a header. */
function labelsAbove(grid: Grid, headerRow: number, top: number): Labels {
  const found: { province?: ProvinceMark; agency?: TableValue; year?: TableValue } = {};
  let title: ProvinceMark | undefined;
  const right = gridRight(grid);
  for (let r = top; r < headerRow; r++) {
    for (let col = grid.left; col <= right; col++) {
      const v = cellAt(grid, r, col)?.value;
      if (typeof v !== "string") continue;
      const colon = v.indexOf(":");
      const label = fold(colon >= 0 ? v.slice(0, colon) : v);
      const kind = LABEL_PATTERNS.find(([, re]) => re.test(label))?.[0];
      if (kind) {
        const inline = colon >= 0 ? v.slice(colon + 1).trim() : "";
        const value = inline !== "" ? { value: inline, address: a1(r, col) } : valueRightOf(grid, r, col, right);
        if (value && !found[kind]) {
          if (kind === "province") found.province = { name: String(value.value).trim(), address: value.address, from: "label" };
          else found[kind] = value;
        }
        continue;
      }
      const named = title ? null : provinceInText(v);
      if (named) title = { name: named, address: a1(r, col), from: "title" };
    }
  }
  const province = found.province ?? title;
  return { ...(province ? { province } : {}), ...(found.agency ? { agency: found.agency } : {}), ...(found.year ? { year: found.year } : {}) };
}

/** The first non-empty cell in the three to the right of a label; none when that cell is another label. */
function valueRightOf(grid: Grid, row: number, col: number, right: number): TableValue | undefined {
  for (let c = col + 1; c <= Math.min(right, col + 3); c++) {
    const cell = cellAt(grid, row, c);
    if (isEmptyCell(cell) || cell?.value === null || cell?.value === undefined) continue;
    const v = cell.value;
    if (typeof v === "string" && (v.trim().endsWith(":") || LABEL_PATTERNS.some(([, re]) => re.test(fold(v))))) return undefined;
    return { value: v, address: a1(row, c) };
  }
  return undefined;
}

/** A row's province: its own "Tỉnh" cell, else the table's, else the province its agency's name ends with. */
function rowProvince(
  grid: Grid,
  r: number,
  column: AgencyColumn | undefined,
  table: ProvinceMark | undefined,
  cells: Partial<Record<AgencyField, ReportCell>>,
): ProvinceMark | undefined {
  const own = column ? cellText(cellAt(grid, r, column.col)) : "";
  if (own !== "") return { name: own, address: a1(r, column?.col ?? 0), from: "column" };
  if (table) return table;
  const agency = cells.agency;
  const named = typeof agency?.value === "string" ? provinceEndingName(agency.value) : null;
  return named && agency ? { name: named, address: agency.address, from: "agency" } : undefined;
}
