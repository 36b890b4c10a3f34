/**
 * A target figure as people type it, read into a fraction. See RULES.md "Reading a figure".
 */
/**
 * "trên" = more than, "tối thiểu"/"ít nhất" = at least, "phấn đấu" = aim, "tăng" = an increase by the figure (a
 * change, not a level: never compared with national figures, other years or k of N); "exact" when no qualifier.
 */
export type Qualifier = "exact" | "more_than" | "at_least" | "aim" | "increase";

export type Figure =
  | { readonly kind: "blank" }
  /** A plain share. `asText` when the cell held text rather than a number. */
  | {
      readonly kind: "share";
      readonly share: number;
      readonly qualifier: Qualifier;
      readonly asText: boolean;
      /** Set when written as a fraction ("2/3"). */
      readonly fraction?: { readonly k: number; readonly n: number };
      /** A range ("5-10%", "từ 30-70%"): `share` is its lower bound, this its upper bound. */
      readonly upper?: number;
    }
  /** The compound revenue form: a share of agencies whose revenue grows by at least `threshold`. */
  | {
      readonly kind: "compound";
      readonly share: number | null;
      readonly threshold: number | null;
      readonly qualifier: Qualifier;
      readonly asText: boolean;
    }
  | {
      readonly kind: "invalid";
      readonly text: string;
      /** The cell holds a date (a number with a date format): what Excel makes of "2/3" typed into a cell. */
      readonly date?: DateReading;
    };

/** A date found in a share cell, and what was probably typed to make it. */
export interface DateReading {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /** "2/3" when the date reads back as a fraction typed in the cell's order (day first or month first), else null. */
  readonly typed: string | null;
  /** The share that fraction stands for (2/3 → 0.667), when it is one (numerator ≤ denominator). */
  readonly share: number | null;
}

export interface FigureContext {
  /** A bare number without percent format is a percent (67 → 0.67) rather than a fraction; decided per table. */
  readonly numbersArePercent: boolean;
  /** The row is the compound revenue indicator. */
  readonly compound: boolean;
}
