/**
 * The stand-in is never kinder than Excel in bytes: on the benchmark's cases (bench/officeCases.ts, here at a small
 * scale; `npm run bench:office` runs them full size) its own count of every batch agrees within 10 % with Microsoft's
 * library serialising the same command, and the round trips are the same. And every request and response, measured
 * by the library, stays under 1 MB.
 */
import { measure, workloads } from "../../bench/officeCases";

const within = (own: number, real: number): number => Math.abs(own / real - 1);

describe("the stand-in's bytes against Microsoft's serializer", () => {
  const cases = workloads({ provinces: 8, agencies: 120 });
  it.each(cases.map((w) => [w.name, w] as const))("%s: within 10 %, same syncs, under 1 MB", async (_name, w) => {
    const r = (await measure(w)) as { ok: boolean; syncs: number; maxRequestBytes: number; maxResponseBytes: number; standin: { syncs: number; maxRequestBytes: number; maxResponseBytes: number } };
    expect(r.ok).toBe(true);
    expect(r.standin.syncs).toBe(r.syncs);
    expect(within(r.standin.maxRequestBytes, r.maxRequestBytes)).toBeLessThanOrEqual(0.1);
    expect(within(r.standin.maxResponseBytes, r.maxResponseBytes)).toBeLessThanOrEqual(0.1);
    expect(r.maxRequestBytes).toBeLessThanOrEqual(1_000_000);
    expect(r.maxResponseBytes).toBeLessThanOrEqual(1_000_000);
  });
});
