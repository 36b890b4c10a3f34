/**
 * LibreOffice recomputes workbooks the tool wrote; every cell the tool wrote must hold what the engine said
 * (numbers to 12 places). Returns how many cells were compared and the ones that differ, described.
 */
import path from "node:path";
import type { AttainCell } from "../../src/usecases/writeAttainment";
import { readValues, recalcWithLibreOffice } from "./libreoffice";

export async function disagreements(runs: ReadonlyArray<{ readonly file: string; readonly written: readonly AttainCell[] }>): Promise<{ checked: number; differ: string[] }> {
  const converted = await recalcWithLibreOffice(runs.map((r) => r.file));
  let checked = 0;
  const differ: string[] = [];
  for (const { file, written } of runs) {
    const values = await readValues(converted.get(file) ?? "");
    for (const c of written) {
      const raw = values.get(`${c.sheet}!${c.cell}`)?.value ?? null;
      const got = raw === "" ? null : raw;
      const same = typeof c.value === "number" ? typeof got === "number" && Math.abs(got - c.value) < 5e-13 : got === c.value;
      if (!same) differ.push(`${path.basename(file)} ${c.sheet}!${c.cell} (${c.indicator} ${c.year} ${c.kind}): engine ${String(c.value)}, LibreOffice ${String(got)}`);
      checked++;
    }
  }
  return { checked, differ };
}
