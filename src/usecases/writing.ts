/** A write through the port, with its refusal turned into the use case's error value. */
import { PatchError } from "../ports/patchError";
import type { Plan, WorkbookPort } from "../ports/workbookPort";
import type { WorkbookSnapshot } from "../sheet/grid";
import { fitToWorkbook } from "./fitting";
import { fail, type Result, type UseCaseError } from "./result";

/** The error value for a refused write: the user's protection gets its own message; anything else names the cell. */
export function writeRefused(e: unknown): UseCaseError {
  if (e instanceof PatchError) {
    if (e.code === "protected") return { code: "write.sheet_protected", operands: { sheet: e.sheet } };
    if (e.code === "structure_protected") return { code: "write.structure_protected", operands: { sheet: e.sheet } };
    if (e.code === "failed") return { code: "write.engine_failed", operands: { sheet: e.sheet, detail: e.message } };
    return { code: "write.failed", operands: { sheet: e.sheet, cell: e.cell ?? "", detail: e.message } };
  }
  return { code: "write.failed", operands: { sheet: "", cell: "", detail: e instanceof Error ? e.message : String(e) } };
}

/**
 * Runs a plan through `port.update`: the plan sees the workbook as it is, returns patches and a result; a refused
 * write becomes a failed Result (nothing was written). Every patch is first fitted to the workbook (./fitting):
 * texts within a cell's limit, no column of a user's sheet narrowed.
 */
export async function updating<T>(port: WorkbookPort, plan: (s: WorkbookSnapshot) => Plan<Result<T>> | Promise<Plan<Result<T>>>): Promise<Result<T>> {
  try {
    return await port.update(async (snapshot) => {
      const planned = await plan(snapshot);
      return { ...planned, patches: fitToWorkbook(snapshot, planned.patches) };
    });
  } catch (e) {
    if (e instanceof PatchError) return { ok: false, error: writeRefused(e) };
    throw e;
  }
}

/** A plan that writes nothing and reports a failure. */
export function refuse<T>(error: Result<T>): Plan<Result<T>> {
  return { patches: [], result: error };
}

export { fail };
