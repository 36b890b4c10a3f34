/**
 * "Try it on an example" (the pane's first run): the national tables on a new sheet, with three mistakes a planner
 * typically makes already typed in, so the first check has something to find and explain.
 */
import { PRESETS } from "../domain/presets";
import type { WorkbookPort } from "../ports/workbookPort";
import type { TypedFigure } from "../sheet/layout/appendixLayout";
import { insertAppendix, type InsertOutcome } from "./insertAppendix";
import type { Result } from "./result";

export const EXAMPLE_SHEET = "Ví dụ";

export const EXAMPLE_MISTAKES: readonly TypedFigure[] = [
  // 150% for a share of agencies: out of range.
  { indicator: "platforms", year: 2024, value: 1.5 },
  // The letter O typed for a zero: not a figure.
  { indicator: "analytics_ai", year: 2023, value: "4O%" },
  // Below 2025's 80%: a target that goes down.
  { indicator: "converged_newsroom", year: 2026, value: 0.6 },
];

export function insertExample(port: WorkbookPort): Promise<Result<InsertOutcome>> {
  return insertAppendix(port, { preset: PRESETS.national, periods: ["2023-2025", "2026-2030"], sheet: EXAMPLE_SHEET, newSheet: true, typed: EXAMPLE_MISTAKES });
}
