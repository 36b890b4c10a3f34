/** A write through the port, with its refusal turned into the use case's error value. */
import { PatchError } from "../ports/patchError";
import type { Plan, UpdateOptions, WorkbookPort } from "../ports/workbookPort";
import type { WorkbookSnapshot } from "../sheet/grid";
import { fitToWorkbook } from "./fitting";
import { fail, type Result, type UseCaseError } from "./result";

/** The error value for a refused write: the user's protection gets its own message; anything else names the cell. */
export function writeRefused(e: unknown): UseCaseError {
  if (e instanceof PatchError) {
    if (e.code === "protected") return { code: "write.sheet_protected", operands: { sheet: e.sheet } };
    if (e.code === "structure_protected") return { code: "write.structure_protected", operands: { sheet: e.sheet } };
    if (e.code === "failed") {
      // Excel on the web refuses a request over 5 MB whole: running again would fail the same way.
      const code = /PayloadSizeLimitExceeded/.test(e.message) ? "write.too_large" : "write.engine_failed";
      return { code, operands: { sheet: e.sheet, detail: e.message, written: e.written ? "yes" : "no" } };
    }
    return { code: "write.failed", operands: { sheet: e.sheet, cell: e.cell ?? "", detail: e.message } };
  }
  return { code: "write.failed", operands: { sheet: "", cell: "", detail: e instanceof Error ? e.message : String(e) } };
}

/**
 * Runs a plan through `port.update`: the plan sees the workbook as it is, returns patches and a result; a refused
 * write becomes a failed Result (nothing was written). Every patch is first fitted to the workbook (./fitting):
 * texts within a cell's limit, no column of a user's sheet narrowed.
 */
export async function updating<T>(
  port: WorkbookPort,
  plan: (s: WorkbookSnapshot) => Plan<Result<T>> | Promise<Plan<Result<T>>>,
  opts?: UpdateOptions,
): Promise<Result<T>> {
  try {
    return await port.update(async (snapshot) => {
      const planned = await plan(snapshot);
      return { ...planned, patches: fitToWorkbook(snapshot, planned.patches) };
    }, opts);
  } catch (e) {
    if (e instanceof PatchError) return { ok: false, error: writeRefused(e) };
    throw e;
  }
}

/** Whether a failed write may have changed the workbook: only a batch the workbook stopped after part was written. */
export function mayHaveWritten(e: UseCaseError): boolean {
  return (e.code === "write.engine_failed" || e.code === "write.too_large") && e.operands["written"] === "yes";
}

/** A plan that writes nothing and reports a failure. */
export function refuse<T>(error: Result<T>): Plan<Result<T>> {
  return { patches: [], result: error };
}

export { fail };
