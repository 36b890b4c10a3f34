/**
 * Whether a block with year columns is a target table, decided from the table itself: its header, its rows and
 * its figures (RULES.md version 2), not from a sheet title above it that also mentions money. Budget, resources
 * and assignment tables sit near the appendix with the same year headers; they are refused, which gives them at
 * most one info and never an error.
 */
import type { AppendixRow, RecognitionReason } from "../domain/appendix";
import { memoByText } from "../domain/memo";
import { parseNumberText } from "../domain/numbers";
import { fold } from "../domain/text";
import type { TableHeader } from "./appendixHeader";
import { isFigureLike } from "./appendixBody";
import { cellAt, cellText, isPercentFormat, type GridCell } from "./grid";
import type { SheetView } from "./sheetView";

/** Money as a unit: it says the figures are amounts, wherever it is written (a unit note above the table too). */
const MONEY_UNITS = /\b(trieu dong|ty dong|nghin dong|ngan dong|dvt dong|don vi tinh dong|vnd|vnđ|million|billion)\b/;
/** Money as a subject: it makes a table a budget only in the table's own header, unit column or row labels. */
const MONEY_SUBJECTS = /\b(kinh phi|ngan sach|du toan|nguon von|von dau tu|budget|funding)\b/;
/** What fills the year columns of a resources table: funding sources, not targets. */
const RESOURCES = /\b(long ghep|xa hoi hoa|ngan sach|nsnn|nstw|nsdp|nguon von|nguon kinh phi|nguon khac|von dau tu|von su nghiep|kinh phi|tu chu|huy dong|tai tro)\b/;
/** A mark or a dash instead of a figure ("-", "x", "✓"): what assignment and resources tables hold. */
const MARK = /^[-–—xX✓✔.…]+$/;
const TOTAL = /^(tong cong|tong|cong|tong so|total|grand total|tong kinh phi)$/;
/** A share is never far above 100 (even typed as a percent number); money nearly always is. */
const LARGE = 100;
/** Rows above a header searched for a unit note. */
const TITLE_ROWS = 4;

export interface Verdict {
  readonly confidence: "target" | "ambiguous" | "rejected";
  readonly reasons: RecognitionReason[];
}

/**
 * - figures mostly far above 100, funding sources or dashes in the year columns, or only text there: refused;
 * - money (units anywhere near, or money named in the header, unit column or labels): a target table only with
 *   indicator rows and figures that are percentages; otherwise refused;
 * - a "Tổng cộng" column or row and no indicator row: refused;
 * - no indicator row and nothing else: ambiguous (read, no error);
 * - indicator rows: a target table.
 */
export function judge(view: SheetView, h: TableHeader, rows: readonly AppendixRow[], bottom: number): Verdict {
  const matched = rows.some((r) => r.indicator !== null);
  const reasons: RecognitionReason[] = [matched ? "indicator_rows" : "no_indicator_row"];
  const money = hasMoney(view, h, rows, bottom);
  if (money) reasons.push("money_words");
  if (hasTotalColumn(view, h)) reasons.push("total_column");
  if (hasTotalRow(view, h, bottom)) reasons.push("total_row");
  if (mostlyLarge(rows)) reasons.push("large_values");
  const cells = yearCellKinds(view, h, bottom);
  if (cells.resources > 0 || cells.marks > cells.figures) reasons.push("resource_texts");
  else if (cells.figures === 0 && cells.texts > 0) reasons.push("no_figures");
  const shares = cells.shares > 0 && cells.shares * 2 >= cells.figures;

  const against = reasons.some((r) => r === "large_values" || r === "resource_texts" || r === "no_figures");
  if (against || (money && !(matched && shares)) || (!matched && reasons.some((r) => r === "total_column" || r === "total_row"))) {
    // The reasons against: that a budget row reads like an indicator ("Đào tạo phóng viên") is not one.
    return { confidence: "rejected", reasons: reasons.filter((r) => r !== "indicator_rows") };
  }
  if (money) reasons.push("share_figures");
  return { confidence: matched ? "target" : "ambiguous", reasons };
}

function hasMoney(view: SheetView, h: TableHeader, rows: readonly AppendixRow[], bottom: number): boolean {
  const { grid } = view;
  // Unit notes often start a column or two left of the table ("ĐVT: triệu đồng" in A). Upwards, only text lines:
  // a row with a number belongs to something else (a budget table just above).
  const left = Math.max(grid.left, h.left - 2);
  const right = h.right + 2;
  const textsOf = (r: number): string[] | null => {
    const out: string[] = [];
    for (let c = left; c <= right; c++) {
      const v = cellAt(grid, r, c)?.value;
      if (typeof v === "number") return null;
      if (typeof v === "string") out.push(v);
    }
    return out;
  };
  for (let r = h.top - 1; r >= Math.max(grid.top, h.top - TITLE_ROWS); r--) {
    const line = textsOf(r);
    if (line === null) break;
    // A title about money alone ("Dự kiến kinh phí thực hiện") names the table under it; one that also names the
    // targets ("Chỉ tiêu và kinh phí thực hiện") is the sheet's, and says nothing of this table.
    if (line.some((t) => namesMoneyUnit(t) || (namesMoney(t) && !namesTargets(t)))) return true;
  }
  for (let r = h.top; r <= (h.subRow ?? h.row); r++) if ((textsOf(r) ?? []).some(namesMoney)) return true;
  if (h.unitCol !== null) {
    for (let r = h.row + 1; r <= bottom; r++) {
      const v = cellAt(grid, r, h.unitCol)?.value;
      if (typeof v === "string" && namesMoney(v)) return true;
    }
  }
  // Row labels: a unit in any ("Kinh phí (triệu đồng)"), or money as the subject of most of them.
  const labels = rows.map((r) => r.label).filter((l) => l !== "");
  const subjects = labels.filter(namesMoney).length;
  return labels.some(namesMoneyUnit) || (subjects > 0 && subjects * 2 >= labels.length);
}

// Units and titles recur on every table of a workbook: each text is judged once.
const namesMoneyUnit = memoByText((text) => MONEY_UNITS.test(fold(text)));
const namesMoney = memoByText((text) => {
  const f = fold(text);
  return MONEY_UNITS.test(f) || MONEY_SUBJECTS.test(f);
});
const namesResource = memoByText((text) => RESOURCES.test(fold(text)));
const namesTargets = memoByText((text) => /\b(chi tieu|muc tieu|ty le|targets?|indicators?)\b/.test(fold(text)));

interface CellKinds {
  /** Numbers, error values, text with a digit or "%". */
  figures: number;
  /** Of those, percentages: a percent format or a "%". */
  shares: number;
  resources: number;
  marks: number;
  /** Other text without any figure ("chưa xác định", an agency's name). */
  texts: number;
}

/** What the year columns of the table's rows hold (never the rows of another block under it). */
function yearCellKinds(view: SheetView, h: TableHeader, bottom: number): CellKinds {
  const kinds: CellKinds = { figures: 0, shares: 0, resources: 0, marks: 0, texts: 0 };
  const cols = h.years.flatMap((y) => {
    const t = h.thresholds.get(y.col);
    return t?.named ? [y.col, t.col] : [y.col];
  });
  for (let r = (h.subRow ?? h.row) + 1; r <= bottom; r++) {
    for (const c of cols) {
      const cell = cellAt(view.grid, r, c);
      if (cell === undefined || cell.value === null) continue;
      // Most cells of a plan are numbers: counted without turning them into text.
      if (typeof cell.value === "number") {
        kinds.figures++;
        if (isPercentFormat(cell.numberFormat)) kinds.shares++;
        continue;
      }
      const text = cellText(cell);
      if (text !== "") count(kinds, cell, text);
    }
  }
  return kinds;
}

function count(kinds: CellKinds, cell: GridCell | undefined, text: string): void {
  if (isFigureLike(cell)) {
    kinds.figures++;
    if ((typeof cell?.value === "number" && isPercentFormat(cell.numberFormat)) || text.includes("%")) kinds.shares++;
  } else if (MARK.test(text)) kinds.marks++;
  else if (namesResource(text)) kinds.resources++;
  else kinds.texts++;
}

/** "Tổng cộng" in the header row, just right of the year columns (or of the unit column). */
function hasTotalColumn(view: SheetView, h: TableHeader): boolean {
  const last = h.years[h.years.length - 1]?.col ?? h.right;
  for (let c = last + 1; c <= h.right + 1; c++) {
    for (let r = h.top; r <= h.row; r++) if (TOTAL.test(fold(cellText(cellAt(view.grid, r, c))))) return true;
  }
  return false;
}

/** A "Tổng cộng" row right under the figures (the body stops at it). */
function hasTotalRow(view: SheetView, h: TableHeader, bottom: number): boolean {
  for (let r = bottom + 1; r <= bottom + 2; r++) {
    for (let c = h.left; c < (h.years[0]?.col ?? h.left); c++) {
      if (TOTAL.test(fold(cellText(cellAt(view.grid, r, c))))) return true;
    }
  }
  return false;
}

/** At least two figures, and half of the numbers, are numbers far above 100 ("1.500", 2500). */
function mostlyLarge(rows: readonly AppendixRow[]): boolean {
  let numbers = 0;
  let large = 0;
  for (const row of rows) {
    for (const c of row.cells) {
      const v = c.raw.value;
      const n = typeof v === "number" && !c.raw.percentFormat && c.raw.dateFormat === undefined ? v : typeof v === "string" ? parseNumberText(v) : null;
      if (n === null) continue;
      numbers++;
      if (Math.abs(n) > LARGE) large++;
    }
  }
  return large >= 2 && large * 2 >= numbers;
}
