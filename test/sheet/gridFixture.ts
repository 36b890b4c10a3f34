/** The shape of a grid fixture (test/fixtures/grids/*.ts): a sheet and the tables it must yield. */
import type { RawFigure } from "../../src/domain/appendix";
import type { IndicatorId } from "../../src/domain/indicators";
import { INDICATORS } from "../../src/domain/indicators";
import type { Grid } from "../../src/sheet/grid";

export interface ExpectedTable {
  readonly range: string;
  /** Checked when given (null = no title). */
  readonly title?: string | null;
  readonly years: readonly number[];
  readonly yearCells?: readonly string[];
  /** [indicator, label cell] per row, in order. */
  readonly rows: readonly (readonly [IndicatorId | null, string])[];
  /** labelIsStandard per row, when checked. */
  readonly standard?: readonly boolean[];
  /** Spot checks of raw figures by cell. */
  readonly cells?: Readonly<Record<string, RawFigure>>;
  /** Revenue split over two rows: share cell → the threshold cell read with it. */
  readonly thresholds?: Readonly<Record<string, string>>;
  /** How sure recognition must be that this is a target table, when checked. */
  readonly confidence?: "target" | "ambiguous";
}

export interface GridFixture {
  readonly description: string;
  readonly grid: Grid;
  readonly expected: readonly ExpectedTable[];
}

/** The catalogue's standard labels, to type fixtures quickly. */
export const LABEL = Object.fromEntries(INDICATORS.map((i) => [i.id, i.labelVi])) as Record<IndicatorId, string>;
export const UNIT = Object.fromEntries(INDICATORS.map((i) => [i.id, i.unitVi])) as Record<IndicatorId, string>;
