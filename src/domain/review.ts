/**
 * The reviewer's side of findings: a key that names a finding across checks, what the reviewer decided about it
 * (accepted with a reason, or reopened because its cell changed since), and what changed between two checks.
 */
import type { Finding, FindingSummary } from "./findings";

/**
 * A finding's identity across checks: its sheet (as Excel compares names, case-insensitively), cell, code,
 * indicator and year. Two checks of an unchanged workbook give the same keys; fixing the cell removes its key.
 */
export function findingKey(f: Pick<Finding, "sheet" | "cell" | "code" | "indicator" | "year">): string {
  return JSON.stringify([f.sheet.toLowerCase(), f.cell, f.code, f.indicator, f.year]);
}

/**
 * open: nobody decided about it; accepted: the reviewer accepted it with a reason and the cell still holds what it
 * held then; reopened: accepted once, but the cell has changed since, so it needs a look again.
 */
export type ReviewStatus = "open" | "accepted" | "reopened";

export interface FindingReview {
  readonly status: ReviewStatus;
  /** The reviewer's reason, when the finding was ever accepted. */
  readonly reason?: string;
  /** When it was accepted ("07/12/2026 06:18"). */
  readonly at?: string;
}

export const OPEN: FindingReview = Object.freeze({ status: "open" });

/** Whether a finding still asks for attention (open or reopened). */
export function isOpen(r: FindingReview | undefined): boolean {
  return r === undefined || r.status !== "accepted";
}

/** Only the findings that still ask for attention, counted by severity: what a batch run's exit status counts. */
export function summariseOpen(findings: readonly Finding[], reviews: readonly (FindingReview | undefined)[]): FindingSummary {
  const s = { errors: 0, warnings: 0, infos: 0 };
  findings.forEach((f, i) => {
    if (!isOpen(reviews[i])) return;
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
  });
  return s;
}

/** "2 fixed, 1 new, 45 unchanged" against the previous check of the same workbook. */
export interface ChangeSummary {
  readonly fixed: number;
  readonly added: number;
  readonly unchanged: number;
}

export function compareChecks(previousKeys: readonly string[], findings: readonly Finding[]): ChangeSummary {
  const before = new Set(previousKeys);
  const now = new Set(findings.map(findingKey));
  let unchanged = 0;
  for (const k of now) if (before.has(k)) unchanged++;
  return { fixed: before.size - unchanged, added: now.size - unchanged, unchanged };
}
