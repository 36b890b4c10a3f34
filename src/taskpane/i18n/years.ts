/** "2026–2029" for a run of years, "2023, 2025" otherwise; "" without years. The same in both languages. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return "";
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  if (years.length === 1) return String(first);
  return last - first === years.length - 1 ? `${first}–${last}` : years.join(", ");
}
