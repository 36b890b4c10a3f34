/**
 * The reviewer's decisions against a check's findings: which findings are accepted (the cell still holds what it
 * held when accepted), which are reopened (it changed since), and the store writes that accept, reopen or reset.
 */
import type { Finding } from "../../domain/findings";
import { findingKey, type FindingReview, OPEN } from "../../domain/review";
import { parseA1 } from "../a1";
import { cellAt, type WorkbookSnapshot } from "../grid";
import type { CellWrite } from "../patch";
import { cellSignature, clearDecisionCells, decisionCells, type Store, type StoredDecision } from "./reviewStore";

/** The cell's current signature, or "" when the sheet or address is gone. */
export function currentSignature(snapshot: WorkbookSnapshot, sheet: string, cell: string): string {
  const g = snapshot.sheets.find((x) => x.sheet.toLowerCase() === sheet.toLowerCase());
  if (!g || cell === "") return "";
  try {
    const { row, col } = parseA1(cell);
    return cellSignature(cellAt(g, row, col));
  } catch {
    return "";
  }
}

const keyOf = (d: StoredDecision): string =>
  findingKey({ sheet: d.sheet, cell: d.cell, code: d.code as Finding["code"], indicator: d.indicator as Finding["indicator"], year: d.year });

/** Same rule, indicator and year on the same sheet: where a decision is looked for when its cell has moved. */
const looseKey = (sheet: string, code: string, indicator: string | null, year: number | null): string => JSON.stringify([sheet.toLowerCase(), code, indicator, year]);

/**
 * Each finding's review, in the findings' order. A decision matches a finding by key; when rows were inserted
 * above a table the cell moves, so a decision that matches no finding is also matched to the one finding of the same
 * sheet, rule, indicator and year whose cell holds the same value.
 */
export function reviewsOf(snapshot: WorkbookSnapshot, findings: readonly Finding[], store: Store): FindingReview[] {
  if (store.decisions.length === 0) return findings.map(() => OPEN);
  const byKey = new Map(store.decisions.map((d) => [keyOf(d), d] as const));
  const keys = findings.map(findingKey);
  const matched = new Set<StoredDecision>();
  for (const k of keys) {
    const d = byKey.get(k);
    if (d) matched.add(d);
  }
  const loose = new Map<string, StoredDecision[]>();
  for (const d of store.decisions) {
    if (matched.has(d) || d.indicator === null) continue;
    const k = looseKey(d.sheet, d.code, d.indicator, d.year);
    loose.set(k, [...(loose.get(k) ?? []), d]);
  }
  return findings.map((f, i) => {
    if (!f.cell) return OPEN;
    const now = currentSignature(snapshot, f.sheet, f.cell);
    let d = byKey.get(keys[i] ?? "");
    if (!d && f.indicator !== null) {
      const candidates = loose.get(looseKey(f.sheet, f.code, f.indicator, f.year)) ?? [];
      d = candidates.length === 1 && candidates[0]?.value === now ? candidates[0] : undefined;
    }
    if (!d) return OPEN;
    return { status: d.value === now ? "accepted" : "reopened", reason: d.reason, at: d.at };
  });
}

export interface DecisionChanges {
  /** Findings to accept, by key, each with its reason. */
  readonly accept?: ReadonlyArray<{ readonly key: string; readonly reason: string }>;
  /** Findings whose decision goes (open again), by key. */
  readonly reopen?: readonly string[];
  /** Every decision goes ("reset accepted", as Excel's Reset Ignored Errors). */
  readonly resetAll?: boolean;
}

export interface DecisionPlan {
  readonly cells: CellWrite[];
  /** Keys asked for that no finding of this check has (the cell changed or was fixed since): nothing done for them. */
  readonly missing: string[];
  /** Decisions removed. */
  readonly reopened: number;
}

/** The store writes that carry the changes out, against this check's findings and the cells as they are now. */
export function planDecisions(snapshot: WorkbookSnapshot, findings: readonly Finding[], store: Store, changes: DecisionChanges, at: string): DecisionPlan {
  const cells: CellWrite[] = [];
  const byKey = new Map(store.decisions.map((d) => [keyOf(d), d] as const));
  const findingByKey = new Map(findings.map((f) => [findingKey(f), f] as const));
  const gone = new Set<StoredDecision>();
  const missing: string[] = [];
  if (changes.resetAll) for (const d of store.decisions) gone.add(d);
  for (const k of changes.reopen ?? []) {
    const d = byKey.get(k);
    if (d) gone.add(d);
  }
  // Rows freed now are reused by the decisions of the same batch.
  const free = [...[...gone].map((d) => d.row), ...store.freeRows].sort((a, b) => a - b);
  let next = store.end;
  const rowFor = (): number => free.shift() ?? next++;
  const written = new Set<number>();
  for (const { key, reason } of changes.accept ?? []) {
    const f = findingByKey.get(key);
    if (!f || !f.cell) {
      missing.push(key);
      continue;
    }
    const old = byKey.get(key);
    const row = old && !gone.has(old) ? old.row : rowFor();
    written.add(row);
    const value = currentSignature(snapshot, f.sheet, f.cell);
    cells.push(...decisionCells(row, { sheet: f.sheet, cell: f.cell, code: f.code, indicator: f.indicator, year: f.year, value, reason, at }));
  }
  for (const d of gone) if (!written.has(d.row)) cells.push(...clearDecisionCells(d.row));
  return { cells, missing, reopened: [...gone].filter((d) => !written.has(d.row)).length };
}

/** The findings' reviews once `changes` are carried out (what the check reports in the same run). */
export function reviewsAfter(findings: readonly Finding[], reviews: readonly FindingReview[], changes: DecisionChanges, at: string): FindingReview[] {
  const reopen = new Set(changes.reopen ?? []);
  const accept = new Map((changes.accept ?? []).map((a) => [a.key, a.reason] as const));
  return findings.map((f, i) => {
    const key = findingKey(f);
    const reason = accept.get(key);
    if (reason !== undefined && f.cell) return { status: "accepted", reason, at };
    if (changes.resetAll || reopen.has(key)) return OPEN;
    return reviews[i] ?? OPEN;
  });
}
