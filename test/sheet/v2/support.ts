/** Shared helpers of the RULES.md version 2 tests: recognise a hand-made grid, check it, and list the findings briefly. */
import { validateAppendix } from "../../../src/domain/rules";
import type { PlanCounts } from "../../../src/domain/appendix";
import type { Grid } from "../../../src/sheet/grid";
import { recogniseAppendixTables } from "../../../src/sheet/recogniseAppendix";
import { validateSnapshot } from "../../../src/usecases/validateWorkbook";

export const findings = (grid: Grid, counts: PlanCounts = {}) => validateAppendix(recogniseAppendixTables(grid).tables, counts);
/** "severity cell code" per finding, in reading order. */
export const brief = (grid: Grid, counts: PlanCounts = {}) => findings(grid, counts).map((f) => `${f.severity} ${f.cell} ${f.code}`);
/** The whole use case over one sheet: refused tables' infos and the counts the workbook states included. */
export const briefWorkbook = (grids: readonly Grid[], names: Record<string, string> = {}, counts: PlanCounts = {}) =>
  validateSnapshot({ sheets: grids, names }, { counts }).findings.map((f) => `${f.severity} ${f.sheet === grids[0]?.sheet ? "" : `${f.sheet}!`}${f.cell} ${f.code}`);
export const tablesOf = (grid: Grid) => recogniseAppendixTables(grid).tables;
