/**
 * Rules about one cell on its own: figure.not_a_number, figure.out_of_range, revenue.incomplete,
 * figure.stored_as_text and figure.blank. A cell with an error gets that error only.
 */
import { FINDING_CODES, NO_FINDINGS, type Finding, type FindingCode, type Operand } from "../findings";
import { rawOperand, type ReadCell } from "./reading";

export function checkCell(rc: ReadCell): readonly Finding[] {
  const a = rc.assessment;
  // Most cells are fine: decide that before building anything (thousands of cells per workbook).
  if (a.status === "ok" && !(rc.figure.kind === "share" && rc.figure.asText)) return NO_FINDINGS;
  if (a.status === "blank" && rc.row.indicator === null) return NO_FINDINGS;
  switch (a.status) {
    case "invalid":
      return [cellFinding(rc, "figure.not_a_number")];
    case "out_of_range":
      return [cellFinding(rc, "figure.out_of_range", { share: a.share })];
    case "incomplete":
      return [cellFinding(rc, "revenue.incomplete", { missing: a.missing })];
    case "blank":
      // Only a recognised row must be filled in; an unknown row may legitimately leave years empty.
      return rc.row.indicator === null ? [] : [cellFinding(rc, "figure.blank")];
    case "ok":
      // The compound revenue form can only be text, so only plain shares are worth retyping as numbers.
      return rc.figure.kind === "share" && rc.figure.asText
        ? [cellFinding(rc, "figure.stored_as_text", { share: a.share })]
        : NO_FINDINGS;
  }
}

/**
 * The finding on the cell itself. Most cells of a plan get one (figure.blank), so it is built as one literal with
 * the severity of its code, the same fields in the same order as `finding()` gives, without its two spreads.
 */
function cellFinding(rc: ReadCell, code: FindingCode, operands?: Readonly<Record<string, Operand>>): Finding {
  const sheet = rc.table.sheet;
  const at = rc.at ?? rc.cell;
  const cell = at.cell;
  const indicator = rc.row.indicator;
  const year = rc.cell.year;
  const value = rawOperand(at.raw);
  const severity = FINDING_CODES[code];
  // An unknown row is named by its own label in the message (there is no indicator name to start it with).
  const named = indicator === null ? { ...operands, label: rc.row.label } : operands;
  return named
    ? { code, sheet, cell, indicator, year, value, operands: named, severity }
    : { code, sheet, cell, indicator, year, value, severity };
}
