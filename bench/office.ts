/**
 * `npm run bench:office`: what each add-in command asks of Excel on the web, measured with Microsoft's own client
 * library (bench/officeCases.ts). One JSON line per case: the round trips the command waited for (`syncs`), the
 * largest request and response in bytes, and the same figures as the stand-in counts them on its own (`standin`),
 * which agree within 10 %. Goal: every request and every response ≤ 1 MB (Excel on the web refuses 5 MB), syncs
 * growing only with the workbook's blocks. Counts, not times: they do not depend on the machine.
 * `BENCH_CASES=insert,review` runs some cases only.
 */
import { FULL, measure, workloads } from "./officeCases";

async function main(): Promise<void> {
  const only = (process.env["BENCH_CASES"] ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const w of workloads(FULL)) {
    if (only.length > 0 && !only.some((o) => w.name.toLowerCase().includes(o))) continue;
    console.log(JSON.stringify(await measure(w)));
  }
}

void main();
