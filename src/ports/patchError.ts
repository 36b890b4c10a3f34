/** Part of the port's contract: why a write was refused before anything was written. */

/**
 * Why a patch cannot be applied: `protected` and `structure_protected` are the user's doing and get their own
 * message; `invalid` is a patch the core should not have built.
 */
export type PatchErrorCode = "protected" | "structure_protected" | "invalid" | "failed";

/**
 * A write that was refused; nothing has been written. Adapters throw it from `apply`/`update` for a patch that
 * fails the pre-write check, and for a batch the workbook refused (`failed`, the engine's reason as the message).
 */
export class PatchError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string | null,
    reason: string,
    readonly code: PatchErrorCode = "invalid",
  ) {
    super(`sheet "${sheet}"${cell ? `, ${cell}` : ""}: ${reason}`);
    this.name = "PatchError";
  }
}

