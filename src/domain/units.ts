/**
 * Years and periods of the strategy. A `Year` has passed its checking constructor, so code that receives one need
 * not check it again.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A calendar year as a plan writes it (e.g. 2025). */
export type Year = Brand<number, "Year">;

/** The years a plan appendix may cover: 2023–2025 and 2026–2030. */
export const FIRST_PLAN_YEAR = 2023;
export const LAST_PLAN_YEAR = 2030;

/** Any plausible four-digit year; use {@link isPlanYear} to know whether it lies in the strategy's span. */
export function toYear(n: number): Year | null {
  return Number.isInteger(n) && n >= 1900 && n <= 2100 ? (n as Year) : null;
}

export function isPlanYear(y: number): y is Year {
  return Number.isInteger(y) && y >= FIRST_PLAN_YEAR && y <= LAST_PLAN_YEAR;
}

export type Period = "2023-2025" | "2026-2030";
export const PERIODS: Readonly<Record<Period, readonly Year[]>> = {
  "2023-2025": [2023, 2024, 2025] as Year[],
  "2026-2030": [2026, 2027, 2028, 2029, 2030] as Year[],
};

export function periodOf(y: number): Period | null {
  if (y >= 2023 && y <= 2025) return "2023-2025";
  if (y >= 2026 && y <= 2030) return "2026-2030";
  return null;
}
