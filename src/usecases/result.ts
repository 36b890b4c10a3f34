/**
 * Errors are values: a use case returns what it did, or why it did nothing, as a code and the operands its
 * message needs. The caller renders it (src/usecases/errorMessages.ts) in Vietnamese or English, for its own
 * surface: the pane never tells a user to run a terminal command, the command line never names a pane button.
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: UseCaseError };

export const USE_CASE_ERROR_CODES = [
  /** insert: the area the tables need holds data. {sheet, range} */
  "insert.no_space",
  /** insert at the selection: nothing is selected, or the selection is on no sheet we can use. */
  "insert.no_selection",
  /** a sheet to write is protected. {sheet} */
  "write.sheet_protected",
  /** the workbook's structure is protected: no sheet can be added. {sheet} */
  "write.structure_protected",
  /** The pre-write check refused the write; nothing was changed. {sheet, cell, detail} */
  "write.failed",
  /** Excel itself refused the write (it does not roll back): `written` "yes" when earlier parts were applied. {sheet, detail, written} */
  "write.engine_failed",
  /** Excel on the web refused a request of the write as over its size limit; running again fails alike. {sheet, detail, written} */
  "write.too_large",
  /** validate the selection: it is not inside a target table. {sheet, range} */
  "validate.selection_not_a_table",
  /** no target table anywhere in the workbook. */
  "attain.no_target_table",
  /** no agency report table in the workbook. */
  "attain.no_agency_table",
  /** a cell of an agency table holds an error value. {sheet, cell, error} */
  "attain.cell_error",
  /** a cell of an agency table holds TRUE/FALSE where a number belongs. {sheet, cell, value} */
  "attain.cell_boolean",
  /** an agency and year reported on two rows. {sheet, cell, agency, year, other} */
  "attain.duplicate_row",
  /** no readable target in any table. */
  "attain.no_targets",
  /** a formula longer than Excel's limit. {sheet, cell, length, limit, tables} */
  "attain.formula_too_long",
  /** consolidation found no agency report table. */
  "consolidate.no_agency_table",
  /** a decision cannot be stored: the workbook has no store yet and its structure is locked. */
  "review.structure_protected",
  /** the finding to decide about is no longer found (its cell changed since the check). {sheet, cell} */
  "review.finding_changed",
  /** nothing the tool inserted is left to remove. */
  "remove.nothing",
] as const;

export type UseCaseErrorCode = (typeof USE_CASE_ERROR_CODES)[number];

export interface UseCaseError {
  readonly code: UseCaseErrorCode;
  readonly operands: Readonly<Record<string, string | number>>;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(code: UseCaseErrorCode, operands: Record<string, string | number> = {}): Result<T> => ({
  ok: false,
  error: { code, operands },
});
