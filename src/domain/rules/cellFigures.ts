/**
 * Rules about one cell on its own: figure.not_a_number, figure.out_of_range, revenue.incomplete,
 * figure.stored_as_text and figure.blank. A cell with an error gets that error only.
 */
import { FINDING_CODES, NO_FINDINGS, type Finding, type FindingCode, type Operand } from "../findings";
import type { Figure } from "../figures";
import { rawOperand, type ReadCell } from "./reading";

export function checkCell(rc: ReadCell): readonly Finding[] {
  const a = rc.assessment;
  // Most cells are fine: decide that before building anything (thousands of cells per workbook).
  if (a.status === "ok" && !(rc.figure.kind === "share" && rc.figure.asText)) return NO_FINDINGS;
  if (a.status === "blank" && rc.row.indicator === null) return NO_FINDINGS;
  switch (a.status) {
    case "invalid":
      return [cellFinding(rc, "figure.not_a_number", dateOperands(rc))];
    case "out_of_range":
      // A row that is none of the strategy's indicators may qualify its own figures freely ("tăng 150%").
      if (rc.row.indicator === null && qualified(rc)) return NO_FINDINGS;
      return [cellFinding(rc, "figure.out_of_range", { share: a.share })];
    case "incomplete":
      return [cellFinding(rc, "revenue.incomplete", { missing: a.missing })];
    case "blank":
      // Only a recognised row must be filled in; an unknown row may legitimately leave years empty.
      return rc.row.indicator === null ? [] : [cellFinding(rc, "figure.blank")];
    case "ok":
      // The compound revenue form can only be text, so only plain shares are worth retyping as numbers.
      return rc.figure.kind === "share" && rc.figure.asText
        ? [cellFinding(rc, "figure.stored_as_text", storedOperands(rc.figure, a.share))]
        : NO_FINDINGS;
  }
}

function qualified(rc: ReadCell): boolean {
  const f = rc.figure;
  return (f.kind === "share" || f.kind === "compound") && (f.qualifier !== "exact" || (f.kind === "share" && f.upper !== undefined));
}

/** A qualified figure or a range keeps its words in the message: "trên 65%" is not simply 65%. */
function storedOperands(f: Extract<Figure, { kind: "share" }>, share: number): Readonly<Record<string, Operand>> {
  if (f.upper !== undefined) return { share, upper: f.upper, qualifier: "range" };
  return f.qualifier === "exact" ? { share } : { share, qualifier: f.qualifier };
}

/**
 * A share cell holding a date says what happened: the date as the cell shows it and, when it reads back as one,
 * the fraction typed to make it and the share that was meant (never a fraction to type again).
 */
function dateOperands(rc: ReadCell): Readonly<Record<string, Operand>> | undefined {
  const f = rc.figure;
  if (f.kind !== "invalid" || !f.date) return undefined;
  const d = f.date;
  const date = `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
  if (d.typed === null) return { reason: "date", date };
  return d.share === null ? { reason: "date", date, typed: d.typed } : { reason: "date", date, typed: d.typed, meant: d.share };
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
