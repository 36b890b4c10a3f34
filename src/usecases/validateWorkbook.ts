/** Validate every recognised target table of a workbook against the strategy's rules. */
import type { AppendixTable, PlanCounts, RejectedTable } from "../domain/appendix";
import { finding, type Finding, sortFindings } from "../domain/findings";
import { validateAppendix } from "../domain/rules";
import type { WorkbookPort } from "../ports/workbookPort";
import { a1, parseRange } from "../sheet/a1";
import { longTextFindings } from "../sheet/cellLimits";
import type { WorkbookSnapshot } from "../sheet/grid";
import { findPlanCounts } from "../sheet/planCounts";
import { recogniseAppendixTables } from "../sheet/recogniseAppendix";

export interface ValidateRequest {
  /** Counts given by the user override what the workbook states. */
  readonly counts?: PlanCounts;
  /** Named in the "no table" finding. */
  readonly file?: string;
  /** Only the target tables that meet this range (the pane's selection); A1 range on `sheet`. */
  readonly scope?: { readonly sheet: string; readonly range: string };
}

export interface ValidationReport {
  readonly tables: readonly AppendixTable[];
  readonly findings: readonly Finding[];
  readonly counts: PlanCounts;
  readonly sheetNames: readonly string[];
}

export async function validateWorkbook(port: WorkbookPort, req: ValidateRequest = {}): Promise<ValidationReport> {
  return validateSnapshot(await port.read(), req);
}

/** The pure part, for callers that already hold a snapshot (the benchmark, the pane's preview). */
export function validateSnapshot(snapshot: WorkbookSnapshot, req: ValidateRequest = {}): ValidationReport {
  return reportOf(snapshot, req, snapshot.sheets.map((g) => recogniseAppendixTables(g)));
}

/**
 * `validateSnapshot`, awaiting `pace` before each sheet is recognised and before the rules run: the pane's page
 * keeps painting during a long check, and `pace` may throw to cancel it (nothing has been written then).
 */
export async function validateSnapshotPaced(snapshot: WorkbookSnapshot, req: ValidateRequest, pace: () => Promise<void>): Promise<ValidationReport> {
  const recognised: ReturnType<typeof recogniseAppendixTables>[] = [];
  for (const g of snapshot.sheets) {
    await pace();
    recognised.push(recogniseAppendixTables(g));
  }
  await pace();
  return reportOf(snapshot, req, recognised);
}

function reportOf(snapshot: WorkbookSnapshot, req: ValidateRequest, recognised: readonly ReturnType<typeof recogniseAppendixTables>[]): ValidationReport {
  const all = recognised.flatMap((r) => r.tables);
  const tables = req.scope ? all.filter((t) => meets(t, req.scope as NonNullable<ValidateRequest["scope"]>)) : all;
  // Tables that look like tables but were not taken (a budget beside the appendix) say why, once, where they start.
  const refused = req.scope ? [] : recognised.flatMap((r) => r.rejected).map(notTarget);
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
  const tooLong = snapshot.sheets.flatMap((g) => longTextFindings(g, tables, req.scope ? "tables" : "everywhere"));
  const extra = [...refused, ...tooLong];
  const withRefused = extra.length === 0 ? findings : sortFindings([...findings, ...extra]);
  return { tables, findings: withRefused, counts, sheetNames: snapshot.sheets.map((g) => g.sheet) };
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
