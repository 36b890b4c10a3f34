/**
 * A target figure as people type it, read into a fraction. See RULES.md "Reading a figure".
 */
/** "trên" = more than, "tối thiểu"/"ít nhất" = at least, "phấn đấu" = aim; "exact" when no qualifier. */
export type Qualifier = "exact" | "more_than" | "at_least" | "aim";

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
    }
  /** The compound revenue form: a share of agencies whose revenue grows by at least `threshold`. */
  | {
      readonly kind: "compound";
      readonly share: number | null;
      readonly threshold: number | null;
      readonly qualifier: Qualifier;
      readonly asText: boolean;
    }
  | { readonly kind: "invalid"; readonly text: string };

export interface FigureContext {
  /** A bare number without percent format is a percent (67 → 0.67) rather than a fraction; decided per table. */
  readonly numbersArePercent: boolean;
  /** The row is the compound revenue indicator. */
  readonly compound: boolean;
}
