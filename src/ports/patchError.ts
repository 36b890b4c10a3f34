/** Part of the port's contract: why a write was refused before anything was written. */

/**
 * Why a patch cannot be applied: `protected` and `structure_protected` are the user's doing and get their own
 * message; `invalid` is a patch the core should not have built.
 */
export type PatchErrorCode = "protected" | "structure_protected" | "invalid" | "failed";

/**
 * A write that was refused. Adapters throw it from `apply`/`update` for a patch that fails the pre-write check
 * (nothing has been written), and for a batch the workbook refused (`failed`, the engine's reason as the message;
 * `written` says whether earlier parts of the write were applied).
 */
export class PatchError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string | null,
    reason: string,
    readonly code: PatchErrorCode = "invalid",
    /** For `failed`: part of the write was applied before the workbook refused the rest (it does not roll back). */
    readonly written = false,
  ) {
    super(`sheet "${sheet}"${cell ? `, ${cell}` : ""}: ${reason}`);
    this.name = "PatchError";
  }
}

