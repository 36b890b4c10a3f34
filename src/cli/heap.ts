/**
 * How much the command's heap may grow between full collections. V8 sizes its old generation for long-lived
 * servers: after a full collection it lets the heap grow to about four times what was left alive before it
 * collects again. A command runs once and is done, and its peak is what a user's machine must have free:
 * consolidating 600 report files held about 100 MB alive while it wrote the merged table (about 70 MB since its
 * body is a row block), yet peaked at 275–290 MiB (344–355 MiB on another machine), mostly garbage waiting for a
 * collection that never came before the process ended. With growth capped at +50% the same run peaked at about 225 MiB, for a few more full
 * collections (`npm run bench`, measurement 3, gives the figures). Since the writer stopped making a string per
 * cell, +100% peaks the same (largest of six runs: 253 MiB against 256 at +50%) for 3% less CPU time, so the cap is
 * +100%. The flag is read at each collection, so setting it when the process starts is enough; the entry points
 * (bin/pressdx.cjs, the bench's command runner) call this.
 */
import v8 from "node:v8";

export const HEAP_GROWING_PERCENT = 100;

export function boundHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
