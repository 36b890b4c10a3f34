/**
 * The lineage table (the 2025 mergers): a form the tool inserts and reads back wherever it sits. One row per former
 * province or press agency: its kind, its name before, the name after, and the date the merger took effect.
 *
 *   title · one line of instructions · blank · header (Loại | Tên trước sáp nhập | Tên sau sáp nhập | Từ ngày)
 *   · an example row ("Ví dụ", never read) · blank input rows
 *
 * Reading: the header is matched by its words in any column order; the kind may be left blank (a known province's
 * name is a province, anything else an agency); a date is an Excel date, "01/07/2025", "1/7/2025" or "2025-07-01",
 * and a row without one takes 1 July 2025, the date of the provinces' mergers.
 */
import { type LineageDate, type LineageEntry, lineageKindOf } from "../domain/agency/lineage";
import { PROVINCE_MERGER_DATE_2025, knownProvince, provinceKey } from "../domain/agency/provinces";
import { tidyName } from "../domain/agency/text";
import { memoByText } from "../domain/memo";
import { fold } from "../domain/text";
import { a1, rangeA1 } from "./a1";
import { type Grid, cellAt, cellText, gridBottom, gridRight } from "./grid";
import { HEADER_FILL } from "./layout/palette";
import type { CellStyle, CellWrite, SheetPatch } from "./patch";

export const LINEAGE_SHEET_NAME = "Sáp nhập";
export const LINEAGE_HEADERS = ["Loại", "Tên trước sáp nhập", "Tên sau sáp nhập", "Từ ngày"] as const;
export const LINEAGE_KINDS = ["Tỉnh", "Cơ quan báo chí"] as const;
/** Blank input rows of an inserted table. */
export const LINEAGE_ROWS = 20;

type Column = "kind" | "former" | "successor" | "date";

const PATTERNS: ReadonlyArray<readonly [Column, RegExp]> = [
  ["kind", /^(loai|kind|cap)\b/],
  ["former", /truoc sap nhap|\bten cu\b|\bcu\b|former/],
  ["successor", /sau sap nhap|\bten moi\b|\bmoi\b|successor|new/],
  ["date", /tu ngay|hieu luc|ngay|date|from/],
];

/** Every text of every sheet is tried as a lineage header: each distinct text is matched once. */
const matchColumn = memoByText((text: string): Column | null => {
  const key = fold(text);
  if (key === "" || key.length > 60) return null;
  return PATTERNS.find(([, re]) => re.test(key))?.[0] ?? null;
});

export interface LineageTable {
  readonly sheet: string;
  readonly headerRow: number;
  readonly entries: LineageEntry[];
}

/** Every lineage table of a sheet; `file` goes into each entry's place. */
export function findLineageTables(grid: Grid, file = ""): LineageTable[] {
  const tables: LineageTable[] = [];
  const bottom = gridBottom(grid);
  const right = gridRight(grid);
  for (let row = grid.top; row <= bottom; row++) {
    const cols: Partial<Record<Column, number>> = {};
    for (let col = grid.left; col <= right; col++) {
      const v = cellAt(grid, row, col)?.value;
      const c = typeof v === "string" ? matchColumn(v) : null;
      if (c && cols[c] === undefined) cols[c] = col;
    }
    if (cols.former === undefined || cols.successor === undefined || cols.date === undefined) continue;
    const entries: LineageEntry[] = [];
    let r = row + 1;
    for (; r <= bottom; r++) {
      const text = (c: number | undefined): string => (c === undefined ? "" : cellText(cellAt(grid, r, c)));
      const former = tidyName(text(cols.former));
      const successor = tidyName(text(cols.successor));
      if (/^(vi du|vd|example)\b/.test(fold(text(cols.kind))) || /^(vi du|vd|example)\b/.test(fold(former))) continue;
      if (former === "" || successor === "") continue;
      const kind = lineageKindOf(text(cols.kind)) ?? (knownProvince(provinceKey(former)) ? "province" : "agency");
      const from = parseLineageDate(cols.date === undefined ? null : (cellAt(grid, r, cols.date)?.value ?? null)) ?? PROVINCE_MERGER_DATE_2025;
      entries.push({ kind, former, successor, from, at: { file, sheet: grid.sheet, cell: a1(r, cols.former) } });
    }
    tables.push({ sheet: grid.sheet, headerRow: row, entries });
    row = r;
  }
  return tables;
}

/** Excel's day 0 is 30 December 1899 (its 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as Excel holds it (a serial number) or as people type it; null when it is none. */
export function parseLineageDate(v: unknown): LineageDate | null {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) {
    const d = new Date(EXCEL_EPOCH + Math.floor(v) * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  if (typeof v !== "string") return null;
  const t = v.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  if (!Number.isInteger(date.year) || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return null;
  return date;
}

const BODY: CellStyle = { border: true, vertical: "middle" };
const HEADER: CellStyle = { ...BODY, fill: HEADER_FILL, font: { bold: true }, horizontal: "center", wrap: true };
const EXAMPLE: CellStyle = { ...BODY, font: { italic: true, color: "7F7F7F" } };
const DATE: CellStyle = { ...BODY, numberFormat: "dd/mm/yyyy", horizontal: "center" };

/** The lineage table as a patch on a sheet of its own, the header on row 4. */
export function layoutLineageForm(opts: { readonly sheet: string; readonly createSheet?: boolean }): SheetPatch {
  const top = 3;
  const cells: CellWrite[] = [
    { address: "A1", value: "SÁP NHẬP TỈNH VÀ CƠ QUAN BÁO CHÍ", style: { font: { bold: true, size: 14 } } },
    {
      address: "A2",
      value:
        "Mỗi dòng một tỉnh hoặc cơ quan báo chí trước sáp nhập: báo cáo của tên cũ được tổng hợp vào tên mới, mỗi năm tính trên các cơ quan có trong năm đó. Các tỉnh sáp nhập ngày 01/07/2025 đã có sẵn, không cần nhập.",
      style: { font: { italic: true } },
    },
  ];
  LINEAGE_HEADERS.forEach((h, i) => cells.push({ address: a1(top, i), value: h, style: HEADER }));
  const example = ["Ví dụ: Cơ quan báo chí", "Báo Thái Bình", "Báo và Phát thanh, Truyền hình Hưng Yên", "01/07/2025"];
  example.forEach((v, i) => cells.push({ address: a1(top + 1, i), value: v, style: EXAMPLE }));
  for (let r = top + 2; r < top + 2 + LINEAGE_ROWS; r++) {
    for (let c = 0; c < LINEAGE_HEADERS.length; c++) cells.push({ address: a1(r, c), style: c === 3 ? DATE : BODY });
  }
  const first = top + 2;
  const last = top + 1 + LINEAGE_ROWS;
  return {
    sheet: opts.sheet,
    ...(opts.createSheet ? { createSheet: true } : {}),
    cells,
    columnWidths: [
      { col: 0, chars: 18 },
      { col: 1, chars: 36 },
      { col: 2, chars: 40 },
      { col: 3, chars: 12 },
    ],
    rowHeights: [{ row: 1, points: 33 }],
    validations: [
      {
        range: rangeA1({ top: first, left: 0, bottom: last, right: 0 }),
        type: "list",
        list: LINEAGE_KINDS,
        allowBlank: true,
        prompt: { title: "Loại", message: "Tỉnh hoặc Cơ quan báo chí." },
      },
      {
        range: rangeA1({ top: first, left: 1, bottom: last, right: 2 }),
        type: "any",
        allowBlank: true,
        prompt: { title: "Tên", message: "Tên như trong báo cáo của cơ quan (không phân biệt hoa thường, dấu)." },
      },
      {
        range: rangeA1({ top: first, left: 3, bottom: last, right: 3 }),
        type: "any",
        allowBlank: true,
        prompt: { title: "Từ ngày", message: "Ngày sáp nhập có hiệu lực, ví dụ 01/07/2025." },
      },
    ],
  };
}
