/**
 * Findings are data: a stable code, a severity, a place and the figures involved.
 * Messages are rendered from the code through the locale maps in ./messages.
 */
import { memoByText } from "./memo";
import type { IndicatorId } from "./indicators";

export type Severity = "error" | "warning" | "info";

/** Every finding code with its fixed severity (RULES.md, version 1, plus the workbook-level codes). */
export const FINDING_CODES = {
  // target tables
  "table.period_years": "error",
  "figure.not_a_number": "error",
  "figure.out_of_range": "error",
  "revenue.incomplete": "error",
  "figure.stored_as_text": "warning",
  "figure.blank": "warning",
  "target.decreasing": "warning",
  "target.below_national": "warning",
  "revenue.threshold_below_national": "warning",
  "target.unreachable_share": "warning",
  "indicator.unknown": "info",
  "indicator.label_differs": "info",
  // a table read without errors, as it may not be a target table (money words, no indicator row)
  "table.ambiguous": "info",
  // a block with year columns that was not taken as a target table, and why (nothing of it is checked)
  "table.not_target": "info",
  // a text longer than Excel's 32,767 characters: in a target table, what Excel keeps is not what was checked;
  // anywhere else in the workbook, Excel opens the file only after a repair that cuts the text
  "table.text_too_long": "error",
  "cell.text_too_long": "warning",
  // RULES.md version 2 (target tables): a year column left entirely blank, one warning on its header cell
  "figure.year_blank": "warning",
  // agency reports
  "report.not_yes_no": "error",
  "report.not_a_number": "error",
  "report.negative": "error",
  "report.trained_exceeds_staff": "error",
  "report.security_level_range": "error",
  "report.conflict": "error",
  "report.duplicate": "info",
  "report.missing_year": "warning",
  "report.revenue_base_missing": "warning",
  "report.agency_missing": "error",
  // attainment: a cell the engine reads but the live formulas cannot (so both leave it out)
  "attain.formula_unreadable": "warning",
  // whole files
  "workbook.no_target_table": "error",
  "source.unreadable": "error",
  // agency reports as agencies fill them (RULES.md version 2, docs/consolidation-rules.md)
  "report.year_out_of_range": "error",
  "report.other_province": "warning",
  "report.row_skipped": "info",
  "source.not_a_report": "info",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;

export const ALL_FINDING_CODES = Object.keys(FINDING_CODES) as FindingCode[];

export type Operand = number | string;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** Plain A1 address ("C6"); "" when the finding is about a whole file. */
  readonly cell: string;
  readonly indicator: IndicatorId | null;
  readonly year: number | null;
  /** The cell's content as found (number, text, or null when blank). */
  readonly value: Operand | null;
  /** What the rule expected, when it is one figure or one wording (national target, standard label). */
  readonly expected?: Operand;
  /** Named figures the message quotes; each code documents its own in messages/vi.ts. Shares are fractions. */
  readonly operands?: Readonly<Record<string, Operand>>;
  /** Consolidation: where the row came from, and whose it is. */
  readonly file?: string;
  readonly agency?: string;
}

export type FindingInit = Omit<Finding, "severity">;

/** What a check returns when it finds nothing, shared: most checks of most cells find nothing. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** Builds a finding with the severity its code carries, so no rule can pick another. */
export function finding(init: FindingInit): Finding {
  // Not `{ ...init, severity }`: V8 (Node 20) gives each object built so a hidden class of its own, and a workbook
  // has thousands of findings. Object.assign keeps the same fields in the same order, sharing the class.
  return Object.assign({}, init, { severity: FINDING_CODES[init.code] });
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarise(findings: readonly Finding[]): FindingSummary {
  const s = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Reading order: sheet, then row, then column, then severity. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const pa = cellOrder(a.cell);
  const pb = cellOrder(b.cell);
  if (pa.row !== pb.row) return pa.row - pb.row;
  if (pa.col !== pb.col) return pa.col - pb.col;
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

/**
 * `findings.sort(compareFindings)`, in place, with each finding's address parsed once rather than at every
 * comparison (thousands of findings per workbook). Same order: the sort is stable and the keys are the same.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  // Row, column and severity in one number per finding (a column is below 2^15, a row below 2^21): positions are
  // sorted, not objects made for the purpose.
  const n = findings.length;
  const keys = new Float64Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i] as Finding;
    const at = parseCellOrder(f.cell);
    keys[i] = (at.row * 32768 + Math.min(at.col, 32767)) * 4 + SEVERITY_ORDER[f.severity];
    order[i] = i;
  }
  const copy = findings.slice();
  order.sort((a, b) => {
    const sa = (copy[a] as Finding).sheet;
    const sb = (copy[b] as Finding).sheet;
    return sa !== sb ? (sa < sb ? -1 : 1) : (keys[a] ?? 0) - (keys[b] ?? 0);
  });
  for (let i = 0; i < n; i++) findings[i] = copy[order[i] ?? i] as Finding;
  return findings;
}

// Sorting thousands of findings compares the same addresses many times: parse each once.
const cellOrder = memoByText(parseCellOrder);

/** "C6" → row 6, column 3; anything else (the "" of a whole-file finding) sorts first. Read by character codes, no regex. */
function parseCellOrder(a1: string): { row: number; col: number } {
  let i = 0;
  let col = 0;
  for (; i < a1.length && a1.charCodeAt(i) >= 65 && a1.charCodeAt(i) <= 90; i++) col = col * 26 + (a1.charCodeAt(i) - 64);
  let row = 0;
  const digitsFrom = i;
  for (; i < a1.length && a1.charCodeAt(i) >= 48 && a1.charCodeAt(i) <= 57; i++) row = row * 10 + (a1.charCodeAt(i) - 48);
  if (digitsFrom === 0 || i === digitsFrom || i !== a1.length) return { row: 0, col: 0 };
  return { row, col };
}
