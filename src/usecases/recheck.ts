/**
 * A re-check after the user's edits (the pane's "validate again when I edit"): only the tables the edits touched are
 * read and checked — with the tables of the same sheet, which one plan's rules compare across periods — and their
 * findings replace theirs in the previous check's outcome; the highlights of the other tables are not touched, and
 * unchanged findings write nothing (checkWorkbook). When the edits are anything else (rows or columns inserted or
 * deleted, edits on several sheets, a cell outside every table), there is no re-check to make so narrowly: the
 * caller checks the whole workbook again.
 */
import { sortFindings, type Finding } from "../domain/findings";
import { type FindingReview, isOpen, OPEN } from "../domain/review";
import type { UserEdit } from "../ports/userEdit";
import type { WorkbookPort } from "../ports/workbookPort";
import { parseA1, parseRange, rangeA1, type RangeRef } from "../sheet/a1";
import { highlightRules } from "../sheet/layout/highlights";
import { checkWorkbook, type CheckOutcome, type CheckRequest } from "./checkWorkbook";
import { ok, type Result } from "./result";

export type { UserEdit };

/** Rows above a table read with it: its title and unit lines, which recognition reads too. */
const ROWS_ABOVE = 4;

/** The part of the sheet the edits call for, or null when they call for a whole check. */
export function recheckScope(previous: CheckOutcome, edits: readonly UserEdit[]): { sheet: string; range: string } | null {
  const first = edits[0];
  if (!first || edits.some((e) => !e.cellsOnly || e.sheet.toLowerCase() !== first.sheet.toLowerCase())) return null;
  const tables = previous.report.tables.filter((t) => t.sheet.toLowerCase() === first.sheet.toLowerCase()).map((t) => parseRange(t.range));
  if (tables.length === 0) return null;
  const touched = edits.every((e) => {
    const r = addressRange(e.address);
    return r !== null && tables.some((t) => meets(t, r));
  });
  if (!touched) return null;
  const box = tables.reduce((a, b) => ({ top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) }));
  return { sheet: previous.report.tables.find((t) => t.sheet.toLowerCase() === first.sheet.toLowerCase())?.sheet ?? first.sheet, range: rangeA1({ ...box, top: Math.max(0, box.top - ROWS_ABOVE), left: 0 }) };
}

/**
 * The outcome of checking the edited tables again, merged into the previous one; null when the edits call for a
 * whole check. `req` is the previous check's request (its counts are kept: the workbook's own are not read again).
 */
export async function recheckAfterEdits(port: WorkbookPort, previous: CheckOutcome, edits: readonly UserEdit[], req: CheckRequest): Promise<Result<CheckOutcome> | null> {
  const scope = recheckScope(previous, edits);
  if (!scope) return null;
  const { review: _review, ...check } = req;
  // No decisions are made and nothing is recorded by a re-check; the store read by the previous check keeps the
  // reviewer's decisions in force (the scope read does not reach the store's sheet).
  const { decide: _decide, record: _record, ...plain } = check;
  const r = await checkWorkbook(port, { ...plain, counts: { ...previous.report.counts, ...(req.counts ?? {}) }, scope, readOnlyScope: true, store: previous.store });
  // The edits unmade the tables (no table left where they were): a whole check finds out what the sheet is now.
  if (!r.ok && r.error.code === "validate.selection_not_a_table") return null;
  if (!r.ok) return r;
  return ok(merged(previous, r.value, scope));
}

function merged(previous: CheckOutcome, now: CheckOutcome, scope: { sheet: string; range: string }): CheckOutcome {
  const area = parseRange(scope.range);
  const sheet = scope.sheet.toLowerCase();
  const inScope = (s: string, cell: string): boolean => {
    if (s.toLowerCase() !== sheet) return false;
    const r = addressRange(cell);
    return r !== null && meets(area, r);
  };
  // Findings and their reviews travel together: the reviews are one per finding, in the findings' order.
  const reviewOf = new Map<Finding, FindingReview>();
  previous.report.findings.forEach((f, i) => reviewOf.set(f, previous.report.reviews[i] ?? OPEN));
  now.report.findings.forEach((f, i) => reviewOf.set(f, now.report.reviews[i] ?? OPEN));
  const findings: Finding[] = sortFindings([...previous.report.findings.filter((f) => !inScope(f.sheet, f.cell)), ...now.report.findings]);
  const reviews = findings.map((f) => reviewOf.get(f) ?? OPEN);
  const tables = [...previous.report.tables.filter((t) => t.sheet.toLowerCase() !== sheet), ...now.report.tables];
  const unhighlighted = [...new Set([...previous.unhighlighted.filter((s) => s.toLowerCase() !== sheet), ...now.unhighlighted])];
  const plan = highlightRules(
    findings.filter((_f, i) => isOpen(reviews[i])),
    { tables },
  );
  let highlighted = 0;
  for (const [s, cells] of plan.cellsBySheet) if (!unhighlighted.some((u) => u.toLowerCase() === s.toLowerCase())) highlighted += cells;
  return { report: { ...previous.report, tables, findings, reviews }, highlighted, reviewSheet: null, unhighlighted, recorded: false, store: previous.store };
}

function addressRange(address: string): RangeRef | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  try {
    if (local.includes(":")) return parseRange(local);
    const { row, col } = parseA1(local);
    return { top: row, left: col, bottom: row, right: col };
  } catch {
    return null;
  }
}

function meets(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
