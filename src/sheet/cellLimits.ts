/**
 * Excel's limit on a cell's text, and the finding for texts over it. Excel holds at most 32,767 characters in a
 * cell (UTF-16 code units, as `String.length` counts them): a file with a longer text opens only after Excel
 * "repairs" it, cutting the text. Other producers (scripts, LibreOffice) write such files; the tool never does.
 */
import type { AppendixTable } from "../domain/appendix";
import { finding, type Finding } from "../domain/findings";
import { a1, parseRange, type RangeRef } from "./a1";
import type { Grid } from "./grid";

export const MAX_CELL_TEXT = 32_767;

/**
 * A text the tool writes, cut to fit a cell: the first 32,766 characters and "…" when it is longer. The cut never
 * splits a surrogate pair (an emoji in an agency name), which would leave a broken character in the file.
 *
 * @example fitCellText("x".repeat(40_000)).length === 32_767
 */
export function fitCellText(text: string, max: number = MAX_CELL_TEXT): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * A finding for every cell of the sheet whose text is longer than Excel keeps: an error inside a target table
 * (what Excel would keep is not what was checked), a warning anywhere else (the file opens only after a repair
 * that cuts the text; the plan's figures are unaffected). An ambiguous table raises no error, so its cells get the
 * warning. The finding's value is null: the operand `length` says how long the text is, and a report never
 * repeats a text of tens of thousands of characters.
 */
export function longTextFindings(grid: Grid, tables: readonly AppendixTable[], where: "everywhere" | "tables"): Finding[] {
  // The tables' areas only once a long text is found: nearly every sheet has none.
  let areas: RangeRef[] | null = null;
  const out: Finding[] = [];
  grid.rows.forEach((cells, r) => {
    cells.forEach((c, k) => {
      const v = c?.value;
      if (typeof v !== "string" || v.length <= MAX_CELL_TEXT) return;
      const row = grid.top + r;
      const col = grid.left + k;
      areas ??= tables
        .filter((t) => t.sheet === grid.sheet && t.recognition?.confidence !== "ambiguous")
        .map((t) => parseRange(t.range));
      const inTable = areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
      if (!inTable && where === "tables") return;
      out.push(
        finding({
          code: inTable ? "table.text_too_long" : "cell.text_too_long",
          sheet: grid.sheet,
          cell: a1(row, col),
          indicator: null,
          year: null,
          value: null,
          operands: { length: v.length, limit: MAX_CELL_TEXT },
        }),
      );
    });
  });
  return out;
}
