/**
 * The readable targets of a table, as the attainment feature needs them: one per recognised row and year whose
 * figure is usable (readable, within 0–100%, revenue complete). Blank, unreadable and erroneous cells are left out.
 */
import type { AppendixTable } from "../appendix";
import type { IndicatorId } from "../indicators";
import { readTable } from "./reading";

export interface TargetReading {
  readonly indicator: IndicatorId;
  readonly year: number;
  /** The target cell (A1). */
  readonly cell: string;
  /** Share as a fraction. */
  readonly share: number;
  /** Revenue only: the minimum growth as a fraction; null for plain shares and a zero revenue share. */
  readonly threshold: number | null;
}

export function readTargets(table: AppendixTable): TargetReading[] {
  return readTable(table).flatMap(({ row, cells }) => {
    const id = row.indicator;
    if (id === null) return [];
    return cells.flatMap((rc) => {
      const a = rc.assessment;
      if (a.status !== "ok") return [];
      return [{ indicator: id, year: rc.cell.year, cell: rc.cell.cell, share: a.share, threshold: a.threshold }];
    });
  });
}
