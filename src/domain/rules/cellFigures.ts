/**
 * Rules about one cell on its own: figure.not_a_number, figure.out_of_range, revenue.incomplete,
 * figure.stored_as_text and figure.blank. A cell with an error gets that error only.
 */
import { finding, type Finding, type FindingInit } from "../findings";
import { rawOperand, type ReadCell } from "./reading";

export function checkCell(rc: ReadCell): Finding[] {
  const a = rc.assessment;
  // Most cells are fine: decide that before building anything (thousands of cells per workbook).
  if (a.status === "ok" && !(rc.figure.kind === "share" && rc.figure.asText)) return [];
  if (a.status === "blank" && rc.row.indicator === null) return [];
  const at: Omit<FindingInit, "code"> = {
    sheet: rc.table.sheet,
    cell: rc.cell.cell,
    indicator: rc.row.indicator,
    year: rc.cell.year,
    value: rawOperand(rc.cell.raw),
  };
  switch (a.status) {
    case "invalid":
      return [finding({ code: "figure.not_a_number", ...at })];
    case "out_of_range":
      return [finding({ code: "figure.out_of_range", ...at, operands: { share: a.share } })];
    case "incomplete":
      return [finding({ code: "revenue.incomplete", ...at, operands: { missing: a.missing } })];
    case "blank":
      // Only a recognised row must be filled in; an unknown row may legitimately leave years empty.
      return rc.row.indicator === null ? [] : [finding({ code: "figure.blank", ...at })];
    case "ok":
      // The compound revenue form can only be text, so only plain shares are worth retyping as numbers.
      return rc.figure.kind === "share" && rc.figure.asText
        ? [finding({ code: "figure.stored_as_text", ...at, operands: { share: a.share } })]
        : [];
  }
}
