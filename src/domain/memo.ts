/**
 * A bounded memo for pure functions of a text. Labels, units, headers and figure texts recur on every sheet of a
 * workbook (63 provinces, 8 years of reports), so each distinct text is worked on once. The cache is emptied when
 * it reaches `limit`, so a sheet of distinct texts cannot grow it without bound.
 */
export function memoByText<V>(compute: (text: string) => V, limit = 20_000): (text: string) => V {
  const cache = new Map<string, V>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as V;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
