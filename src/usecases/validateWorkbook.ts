/** Validate every recognised target table of a workbook against the strategy's rules. */
import type { AppendixTable, PlanCounts, RejectedTable } from "../domain/appendix";
import { finding, type Finding, sortFindings } from "../domain/findings";
import { validateAppendix } from "../domain/rules";
import type { WorkbookPort } from "../ports/workbookPort";
import { a1, parseRange } from "../sheet/a1";
import { longTextFindings } from "../sheet/cellLimits";
import type { Grid, WorkbookSnapshot } from "../sheet/grid";
import { findPlanCounts } from "../sheet/planCounts";
import { recogniseAppendixTables } from "../sheet/recogniseAppendix";
import { compareChecks, type ChangeSummary, type FindingReview } from "../domain/review";
import { reviewsOf } from "../sheet/store/decisions";
import { readStore, type Store } from "../sheet/store/reviewStore";
import { toolSheets } from "./owned";

export interface ValidateRequest {
  /** Counts given by the user override what the workbook states. */
  readonly counts?: PlanCounts;
  /** Named in the "no table" finding. */
  readonly file?: string;
  /** Only the target tables that meet this range (the pane's selection); A1 range on `sheet`. */
  readonly scope?: { readonly sheet: string; readonly range: string };
  /**
   * The reviewer's store as an earlier read of the whole workbook found it, for a check that reads only a scope
   * (the store sheet is then not in the snapshot, and its decisions must still hold).
   */
  readonly store?: Store;
}

export interface ValidationReport {
  /** The target tables checked; each carries why it was taken (`recognition`) and how it was read (`explanation`). */
  readonly tables: readonly AppendixTable[];
  /**
   * Blocks with year columns not taken as target tables (budgets, resources, assignments), with why and how they
   * were read, so a reviewer can see why their cells were not checked (empty when a selection is checked).
   */
  readonly rejected: readonly RejectedTable[];
  readonly findings: readonly Finding[];
  /** The reviewer's decisions, one per finding in the same order (src/domain/review.ts). */
  readonly reviews: readonly FindingReview[];
  /** Against the previous check the workbook recorded; null for a check of the selection or the first check. */
  readonly changes: ChangeSummary | null;
  readonly counts: PlanCounts;
  readonly sheetNames: readonly string[];
}

export async function validateWorkbook(port: WorkbookPort, req: ValidateRequest = {}): Promise<ValidationReport> {
  return validateSnapshot(await port.read(), req);
}

/** The pure part, for callers that already hold a snapshot (the benchmark, the pane's preview). */
export function validateSnapshot(snapshot: WorkbookSnapshot, req: ValidateRequest = {}): ValidationReport {
  const sheets = planSheets(snapshot);
  return reportOf(snapshot, sheets, req, sheets.map((g) => recogniseAppendixTables(g)));
}

/** The sheets that may hold the plan: the tool's own (review sheets, the merged table, the store) are never checked. */
function planSheets(snapshot: WorkbookSnapshot): readonly Grid[] {
  const own = toolSheets(snapshot);
  return own.size === 0 ? snapshot.sheets : snapshot.sheets.filter((g) => !own.has(g.sheet.toLowerCase()));
}

/**
 * `validateSnapshot`, awaiting `pace` before each sheet is recognised and before the rules run: the pane's page
 * keeps painting during a long check, and `pace` may throw to cancel it (nothing has been written then).
 */
export async function validateSnapshotPaced(snapshot: WorkbookSnapshot, req: ValidateRequest, pace: () => Promise<void>): Promise<ValidationReport> {
  const sheets = planSheets(snapshot);
  const recognised: ReturnType<typeof recogniseAppendixTables>[] = [];
  for (const g of sheets) {
    await pace();
    recognised.push(recogniseAppendixTables(g));
  }
  await pace();
  return reportOf(snapshot, sheets, req, recognised);
}

function reportOf(
  snapshot: WorkbookSnapshot,
  sheets: readonly Grid[],
  req: ValidateRequest,
  recognised: readonly ReturnType<typeof recogniseAppendixTables>[],
): ValidationReport {
  const all = recognised.flatMap((r) => r.tables);
  const tables = req.scope ? all.filter((t) => meets(t, req.scope as NonNullable<ValidateRequest["scope"]>)) : all;
  // Tables that look like tables but were not taken (a budget beside the appendix) say why, once, where they start.
  const rejected = req.scope ? [] : recognised.flatMap((r) => r.rejected);
  const refused = rejected.map(notTarget);
  const counts: PlanCounts = { ...findPlanCounts(snapshot), ...definedOnly(req.counts ?? {}) };
  const findings: Finding[] =
    tables.length === 0 && !req.scope
      ? [
          finding({
            code: "workbook.no_target_table",
            sheet: "",
            cell: "",
            indicator: null,
            year: null,
            value: null,
            ...(req.file ? { file: req.file } : {}),
          }),
        ]
      : validateAppendix(tables, counts); // already in reading order
  // Texts Excel cannot keep: in the tables checked, and, for a whole workbook, on every sheet.
  const tooLong = sheets.flatMap((g) => longTextFindings(g, tables, req.scope ? "tables" : "everywhere"));
  const extra = [...refused, ...tooLong];
  const withRefused = extra.length === 0 ? findings : sortFindings([...findings, ...extra]);
  const store = req.store ?? readStore(snapshot);
  return {
    tables,
    rejected,
    findings: withRefused,
    reviews: reviewsOf(snapshot, withRefused, store),
    changes: !req.scope && store.lastCheck ? compareChecks(store.lastCheck.keys, withRefused) : null,
    counts,
    sheetNames: snapshot.sheets.map((g) => g.sheet),
  };
}

function notTarget(t: RejectedTable): Finding {
  const r = parseRange(t.range);
  return finding({
    code: "table.not_target",
    sheet: t.sheet,
    cell: a1(r.top, r.left),
    indicator: null,
    year: null,
    value: t.title,
    operands: { range: t.range, reasons: t.reasons.join(", ") },
  });
}

function meets(t: AppendixTable, scope: NonNullable<ValidateRequest["scope"]>): boolean {
  if (t.sheet.toLowerCase() !== scope.sheet.toLowerCase()) return false;
  const a = parseRange(t.range);
  const b = parseRange(scope.range);
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function definedOnly(c: PlanCounts): PlanCounts {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as PlanCounts;
}
