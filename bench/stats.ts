/** Medians and ratios for benchmarks: runs interleaved, each ratio taken within its own pair. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

export async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await f();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const fmt = (x: number, digits = 2): string => x.toFixed(digits);
