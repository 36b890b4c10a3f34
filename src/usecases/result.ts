/** Errors are values: a use case returns what it did, or why it did nothing. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: UseCaseError };

export interface UseCaseError {
  /** Stable key for the caller (the pane picks its message bar, the CLI its exit code). */
  readonly kind: "no_space" | "bad_input" | "write_failed" | "no_table";
  /** One line naming the sheet and cell where it applies. */
  readonly message: string;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(kind: UseCaseError["kind"], message: string): Result<T> => ({ ok: false, error: { kind, message } });
