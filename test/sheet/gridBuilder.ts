/**
 * Builds a Grid from a 2-D array placed at an A1 origin, for tests and fixtures. A cell is a plain value, or
 * `{ v, f }` with a number format ("0%"); `pct(0.67)` is shorthand for a percent-formatted number.
 */
import { parseA1 } from "../../src/sheet/a1";
import type { CellValue, Grid, GridCell } from "../../src/sheet/grid";

export interface FormattedCell {
  readonly v: CellValue;
  readonly f: string;
}

export type CellSpec = CellValue | FormattedCell | undefined;

export interface GridSpec {
  readonly sheet?: string;
  /** Where rows[0][0] sits; "A1" when absent. */
  readonly origin?: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellSpec>>;
  readonly merges?: readonly string[];
}

export function pct(v: number, f = "0%"): FormattedCell {
  return { v, f };
}

function isFormatted(c: CellSpec): c is FormattedCell {
  return typeof c === "object" && c !== null && "f" in c && "v" in c;
}

function toCell(spec: CellSpec): GridCell | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (isFormatted(spec)) return { value: spec.v, numberFormat: spec.f };
  return { value: spec };
}

export function buildGrid(spec: GridSpec): Grid {
  const origin = parseA1(spec.origin ?? "A1");
  return {
    sheet: spec.sheet ?? "Sheet1",
    top: origin.row,
    left: origin.col,
    rows: spec.rows.map((r) => r.map(toCell)),
    ...(spec.merges ? { merges: spec.merges } : {}),
  };
}

/** Several blocks on one sheet, each at its own origin, merged into one Grid anchored at A1. */
export function buildSheet(sheet: string, blocks: readonly Omit<GridSpec, "sheet">[], merges?: readonly string[]): Grid {
  const rows: (GridCell | undefined)[][] = [];
  for (const block of blocks) {
    const o = parseA1(block.origin ?? "A1");
    block.rows.forEach((r, i) => {
      const target = (rows[o.row + i] ??= []);
      r.forEach((c, j) => {
        const cell = toCell(c);
        if (cell) target[o.col + j] = cell;
      });
    });
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheet, top: 0, left: 0, rows, ...(merges ? { merges } : {}) };
}
