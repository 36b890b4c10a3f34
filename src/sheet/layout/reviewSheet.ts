/**
 * The review sheet ("Kiểm tra"): every finding on its own row with a link to its cell, so a reviewer without the
 * add-in can work through them in any spreadsheet. Values are written as the cell shows them (a number in the
 * cell's own format), rules are named in Vietnamese (the code last, for tools), the header is frozen under an
 * AutoFilter, and the reviewer's decisions fill a status and a reason column. Columns a reviewer added, and text
 * typed under the table, come back on the next rewrite beside the same finding (./reviewerColumns).
 */
import type { Finding, FindingSummary } from "../../domain/findings";
import { indicator } from "../../domain/indicators";
import { renderMessage } from "../../domain/messages";
import { ruleName } from "../../domain/messages/ruleNames";
import type { FindingReview, ReviewStatus } from "../../domain/review";
import type { CellStyle, CellWrite, SheetPatch } from "../patch";
import { a1, rangeA1 } from "../a1";
import type { GridCell } from "../grid";
import { HEADER_FILL, SEVERITY_FILL, SEVERITY_FONT, SEVERITY_LABEL_VI } from "./palette";
import { keptCell, keptPlaces, type KeptReview, NOTHING_KEPT, type OldReviewRow, REVIEW_HEADER_ROW, reviewRowKey } from "./reviewerColumns";
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
const DIM: CellStyle = { ...BODY, font: { color: "595959" } };

const col = (header: string, width: number, value: (f: Finding) => string | number, style?: CellStyle): Column => ({
  header,
  width,
  cell: (f) => ({ value: value(f), ...(style ? { style } : {}) }),
});

export const STATUS_VI: Readonly<Record<ReviewStatus | "gone", string>> = {
  open: "Chưa xử lý",
  accepted: "Đã chấp nhận",
  reopened: "Mở lại: số liệu đã đổi",
  gone: "Không còn",
};

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
const RULE = col("Quy tắc", 26, (f) => ruleName(f.code, "vi"), WRAPPED);
const MESSAGE = col("Nội dung", 80, (f) => renderMessage(f, "vi"), WRAPPED);
const CODE = col("Mã quy tắc", 26, (f) => f.code, DIM);

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

/** The tool's own "no findings" lines: not something a reviewer typed. */
export const EMPTY_TEXTS: readonly string[] = Object.values(TEXTS).map((t) => t.empty);

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
  /** Local date and time as written in Vietnam ("07/12/2026 06:18"). */
  readonly checkedAt: string;
  /**
   * "consolidation" adds the "Tệp" and "Cơ quan báo chí" columns (findings come from many files) and, by default,
   * links nothing: the cells are in the source files, not in this workbook. Default "validation".
   */
  readonly variant?: ReviewVariant;
  /** Which findings' cells are in this workbook and get a link; default: every finding with a cell (validation). */
  readonly linkable?: (f: Finding) => boolean;
  /** The reviewer's decisions, one per finding: a validation sheet then has status and reason columns. */
  readonly reviews?: readonly FindingReview[];
  /** The number format of a finding's cell, so its value shows as in the cell (150%, not 1.5). */
  readonly formatOf?: (f: Finding) => string | undefined;
  /** What the reviewer added to the sheet this one replaces. */
  readonly kept?: KeptReview;
}

export function layoutReviewSheet(opts: ReviewSheetOptions): SheetPatch {
  const variant = opts.variant ?? "validation";
  const texts = TEXTS[variant];
  const columns = columnsOf(opts, variant);
  const kept = opts.kept ?? NOTHING_KEPT;
  const first = columns.length;
  const places = keptPlaces(kept.columns, first);

  const accepted = opts.reviews?.filter((r) => r.status === "accepted").length ?? 0;
  const counts = `${opts.summary.errors} lỗi, ${opts.summary.warnings} cảnh báo, ${opts.summary.infos} lưu ý${accepted > 0 ? ` cần xem · ${accepted} đã chấp nhận` : ""}`;
  const cells: CellWrite[] = [
    { address: "A1", value: texts.title, style: { font: { bold: true, size: 14 } } },
    { address: "A2", value: `Tệp: ${opts.file} · ${texts.when} ${opts.checkedAt} · ${counts}`, style: { font: { italic: true } } },
    ...kept.above.map((k) => keptCell(a1(k.row, k.col), k.cell)),
  ];
  const headerStyle: CellStyle = { font: { bold: true }, fill: HEADER_FILL, border: true, horizontal: "center", vertical: "middle", wrap: true };
  columns.forEach((c, i) => cells.push({ address: a1(REVIEW_HEADER_ROW, i), value: c.header, style: headerStyle }));
  kept.columns.forEach((k, j) => {
    const at = a1(REVIEW_HEADER_ROW, places[j] ?? first + j);
    cells.push(k.header ? keptCell(at, k.header, headerStyle) : { address: at, style: headerStyle });
  });

  const rowHeights: Array<{ row: number; points: number }> = [];
  const used = new Set<string>();
  let r = REVIEW_HEADER_ROW + 1;
  opts.findings.forEach((f, k) => {
    const key = reviewRowKey(f.sheet, f.cell, f.code, f.year);
    const old = kept.byKey.get(key);
    if (old) used.add(key);
    const texts: Array<{ text: string; width: number }> = [];
    columns.forEach((c, i) => {
      const { style, ...rest } = c.cell(f, k);
      // A reason typed into the sheet stays while the pane holds none for the finding.
      const typed = c.header === "Lý do" && rest.value === "" ? old?.tool.get("Lý do") : undefined;
      cells.push(typed ? keptCell(a1(r, i), typed, WRAPPED) : { address: a1(r, i), ...rest, style: style ?? BODY });
      if (typeof rest.value === "string") texts.push({ text: rest.value, width: c.width });
    });
    if (old) cells.push(...extraCells(old, r, places));
    rowHeights.push({ row: r, points: heightFor(texts) });
    r++;
  });
  if (opts.findings.length === 0) cells.push({ address: a1(r++, 0), value: texts.empty });
  // Rows of findings now gone that the reviewer wrote beside, then what was typed under the table.
  const gone = [...kept.byKey].filter(([key, row]) => !used.has(key) && row.extra.some((c) => c !== undefined)).map(([, row]) => row);
  for (const row of gone) cells.push(...oldRowCells(row, r++, columns, places, STATUS_VI.gone));
  for (const row of kept.loose) cells.push(...oldRowCells(row, r++, columns, places, null));

  const last = places[places.length - 1] ?? first - 1;
  return {
    sheet: opts.sheet,
    createSheet: true,
    print: { landscape: true, fitToWidth: true },
    cells,
    columnWidths: [
      ...columns.map((c, i) => ({ col: i, chars: c.width })),
      ...kept.columns.map((k, j) => ({ col: places[j] ?? first + j, chars: k.width ?? 24 })),
    ],
    rowHeights,
    freeze: { rows: REVIEW_HEADER_ROW + 1, cols: 0 },
    ...(r > REVIEW_HEADER_ROW + 1 ? { autoFilter: rangeA1({ top: REVIEW_HEADER_ROW, left: 0, bottom: r - 1, right: last }) } : {}),
  };
}

function columnsOf(opts: ReviewSheetOptions, variant: ReviewVariant): Column[] {
  const linkable = opts.linkable ?? ((f: Finding) => variant === "validation" && f.cell !== "");
  const place: Column = {
    header: "Ô",
    width: 8,
    cell: (f) => (f.cell && linkable(f) ? { value: f.cell, style: LINK, link: { sheet: f.sheet, cell: f.cell } } : { value: f.cell }),
  };
  const value: Column = {
    header: "Giá trị",
    width: 22,
    cell: (f) => {
      if (f.value === null) return { value: "" };
      if (typeof f.value === "string") return { value: f.value, style: WRAPPED };
      const format = opts.formatOf?.(f);
      return { value: f.value, style: format ? { ...BODY, numberFormat: format } : BODY };
    },
  };
  if (variant === "consolidation") return [NUMBER, SEVERITY, FILE, SHEET, place, AGENCY, YEAR, INDICATOR, value, RULE, MESSAGE, CODE];
  const reviews = opts.reviews;
  const statusCol: Column = { header: "Trạng thái", width: 14, cell: (_f, i) => ({ value: STATUS_VI[reviews?.[i]?.status ?? "open"], style: WRAPPED }) };
  const reasonCol: Column = { header: "Lý do", width: 30, cell: (_f, i) => ({ value: reviews?.[i]?.reason ?? "", style: WRAPPED }) };
  return [NUMBER, SEVERITY, statusCol, SHEET, place, INDICATOR, YEAR, value, RULE, MESSAGE, reasonCol, CODE];
}

/** The reviewer's cells of an old row, in the kept columns' places. */
function extraCells(old: OldReviewRow, row: number, places: readonly number[]): CellWrite[] {
  return old.extra.flatMap((c, j) => (c ? [keptCell(a1(row, places[j] ?? 0), c, BODY)] : []));
}

/** An old row written again below the findings: its tool cells under the same headers, its reviewer cells beside. */
function oldRowCells(old: OldReviewRow, row: number, columns: readonly Column[], places: readonly number[], status: string | null): CellWrite[] {
  const out: CellWrite[] = [];
  columns.forEach((c, i) => {
    const cell: GridCell | undefined = c.header === "Trạng thái" && status ? { value: status } : old.tool.get(c.header);
    if (cell) out.push(keptCell(a1(row, i), cell, BODY));
  });
  return [...out, ...extraCells(old, row, places)];
}
