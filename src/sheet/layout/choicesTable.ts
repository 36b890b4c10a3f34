/**
 * The conflicts table on the consolidation sheet, which is also where the user's choices are stored: one row per
 * conflicting figure (agency, year, column), with every source's figure, the source kept and how it was chosen.
 * The tool owns it (defined name PressDX_Choices) and reads it back before each consolidation: the key column and
 * "Giữ số liệu của" are the stored choice, whatever wrote them — the pane, another adapter, or a user picking the
 * other source from the cell's list. Reading is from the grid alone, so every adapter sees the same choices.
 */
import type { Conflict, ConflictChoices } from "../../domain/agency/conflicts";
import { describeSource } from "../../domain/agency/consolidate";
import { formatFigure } from "../../domain/agency/figureText";
import { fold } from "../../domain/text";
import { a1, rangeA1 } from "../a1";
import { type Grid, cellAt, cellText, gridBottom, gridRight } from "../grid";
import type { CellStyle, CellWrite, DataValidationSpec } from "../patch";
import { HEADER_FILL } from "./palette";

export const CHOICES_NAME = "PressDX_Choices";
export const CHOICES_TITLE = "SỐ LIỆU KHÁC NHAU GIỮA CÁC BÁO CÁO VÀ SỐ LIỆU ĐƯỢC GIỮ";
export const CHOICES_HEADERS = ["Mã xung đột", "Cơ quan báo chí", "Năm", "Cột", "Số liệu các nguồn", "Giữ số liệu của", "Cách chọn"] as const;
export const CHOICE_BY_TEXT: Readonly<Record<Conflict["by"], string>> = {
  default: "Mặc định: tệp đứng trước theo tên",
  choice: "Đã chọn",
  stale_choice: "Lựa chọn cũ không còn khớp; giữ tệp đứng trước",
};

const KEY_COL = 0;
const FIGURES_COL = 4;
const KEPT_COL = 5;
const BY_COL = 6;
const BODY: CellStyle = { border: true, vertical: "middle", wrap: true };
const HEADER: CellStyle = { ...BODY, fill: HEADER_FILL, font: { bold: true }, horizontal: "center" };
const KEY: CellStyle = { ...BODY, font: { color: "7F7F7F", size: 9 } };
const KEPT: CellStyle = { ...BODY, fill: "FFF2CC" };
const WIDTHS = [22, 30, 7, 22, 48, 34, 20];

export interface ChoicesBlock {
  readonly cells: CellWrite[];
  readonly validations: DataValidationSpec[];
  readonly widths: Array<{ col: number; chars: number }>;
  /** The table's range (header and rows), for its defined name. */
  readonly range: string;
}

/** The table with its title on `titleRow` and header on `headerRow`, from column `left`. */
export function layoutChoices(conflicts: readonly Conflict[], opts: { readonly left: number; readonly titleRow: number; readonly headerRow: number }): ChoicesBlock {
  const { left, headerRow } = opts;
  const cells: CellWrite[] = [{ address: a1(opts.titleRow, left), value: CHOICES_TITLE, style: { font: { bold: true, size: 12 } } }];
  const validations: DataValidationSpec[] = [];
  CHOICES_HEADERS.forEach((h, i) => cells.push({ address: a1(headerRow, left + i), value: h, style: HEADER }));
  conflicts.forEach((c, k) => {
    const row = headerRow + 1 + k;
    const sources = c.candidates.map((x) => describeSource(x.source));
    const figures = c.candidates.map((x, i) => `${sources[i] ?? ""}: ${formatFigure(c.field, x.value, "vi")}`).join("\n");
    const values: Array<[string | number, CellStyle]> = [
      [c.key, KEY],
      [c.agency, BODY],
      [c.year, BODY],
      [c.column, BODY],
      [figures, BODY],
      [describeSource(c.kept), KEPT],
      [CHOICE_BY_TEXT[c.by], BODY],
    ];
    values.forEach(([value, style], i) => cells.push({ address: a1(row, left + i), value, style }));
    // The cell's list offers the sources, when Excel can hold them (a list is comma-separated, 255 characters at most).
    const unique = [...new Set(sources)];
    if (unique.every((s) => !s.includes(",")) && unique.join(",").length <= 255) {
      validations.push({
        range: a1(row, left + KEPT_COL),
        type: "list",
        list: unique,
        allowBlank: false,
        prompt: { title: "Giữ số liệu của", message: "Chọn báo cáo có số liệu đúng; lần tổng hợp sau sẽ giữ số liệu của báo cáo này." },
      });
    }
  });
  const bottom = headerRow + Math.max(1, conflicts.length);
  return {
    cells,
    validations,
    widths: WIDTHS.map((chars, i) => ({ col: left + i, chars })),
    range: rangeA1({ top: headerRow, left, bottom, right: left + CHOICES_HEADERS.length - 1 }),
  };
}

/**
 * The stored choices of a sheet: for each row of a conflicts table, its key → the source in "Giữ số liệu của".
 * A row the tool wrote with the default (the first source, "Mặc định" in "Cách chọn") is no choice, so a report
 * added later that comes first by name becomes the default; a row whose kept source was changed, or marked chosen,
 * is one. A row without a key or a source is none.
 */
export function readChoices(grid: Grid): Map<string, string> {
  const out = new Map<string, string>();
  const bottom = gridBottom(grid);
  const right = gridRight(grid);
  const keyHeader = fold(CHOICES_HEADERS[KEY_COL]);
  const keptHeader = fold(CHOICES_HEADERS[KEPT_COL]);
  for (let row = grid.top; row <= bottom; row++) {
    for (let col = grid.left; col <= right; col++) {
      if (fold(cellText(cellAt(grid, row, col))) !== keyHeader) continue;
      if (fold(cellText(cellAt(grid, row, col + KEPT_COL))) !== keptHeader) continue;
      for (let r = row + 1; r <= bottom; r++) {
        const key = cellText(cellAt(grid, r, col));
        if (key === "") break;
        const kept = cellText(cellAt(grid, r, col + KEPT_COL));
        const firstLine = cellText(cellAt(grid, r, col + FIGURES_COL)).split("\n")[0] ?? "";
        const first = firstLine.slice(0, Math.max(0, firstLine.lastIndexOf(": ")));
        const byDefault = cellText(cellAt(grid, r, col + BY_COL)) === CHOICE_BY_TEXT.default && kept === first;
        if (kept !== "" && !byDefault) out.set(key, kept);
      }
    }
  }
  return out;
}

/** Every choice a workbook stores, in tab order (a key met twice keeps its first). */
export function readWorkbookChoices(sheets: readonly Grid[]): ConflictChoices {
  const out = new Map<string, string>();
  for (const g of sheets) for (const [k, v] of readChoices(g)) if (!out.has(k)) out.set(k, v);
  return out;
}
