/**
 * A workbook like the ministry's batch: 63 provinces, one sheet each with both appendix tables,
 * figures varied per province (some typed as text, some wrong) so validation does real work.
 */
import { XlsxFile } from "../src/adapters/xlsx/xlsxFile";
import { PRESETS, type PresetId } from "../src/domain/presets";
import { a1 } from "../src/sheet/a1";
import { layoutAppendix } from "../src/sheet/layout/appendixLayout";
import type { CellWrite, SheetPatch } from "../src/sheet/patch";

const PROVINCE_PRESETS: readonly PresetId[] = ["thai-binh", "national", "lam-dong", "mpi", "soc-trang"];

/** A small deterministic generator, so every run measures the same workbook. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function generateProvinces(file: string, count = 63): Promise<void> {
  const book = XlsxFile.create();
  await book.apply(provincePatches(count));
  await book.save(file);
}

/** The province sheets as patches, for any adapter (the Office bench builds the same workbook in the stand-in). */
export function provincePatches(count = 63): SheetPatch[] {
  const random = rng(348);
  const patches: SheetPatch[] = [];
  for (let p = 0; p < count; p++) {
    const sheet = `Tỉnh ${String(p + 1).padStart(2, "0")}`;
    const preset = PRESETS[PROVINCE_PRESETS[p % PROVINCE_PRESETS.length] ?? "national"];
    patches.push(layoutAppendix({ sheet, preset, periods: ["2023-2025", "2026-2030"], top: 0, left: 0, createSheet: true }));
    // Hand edits: a figure typed as text, a typo, a drop; and a notes block beside the tables.
    const edits: CellWrite[] = [];
    for (let k = 0; k < 4; k++) {
      const row = 5 + Math.floor(random() * 6);
      const col = 2 + Math.floor(random() * 3);
      const pick = random();
      edits.push({ address: a1(row, col), value: pick < 0.3 ? "67%" : pick < 0.5 ? "4O%" : pick < 0.8 ? Math.round(random() * 100) / 100 : "2/3" });
    }
    for (let r = 0; r < 20; r++) edits.push({ address: a1(r, 10), value: Math.round(random() * 1e6) });
    patches.push({ sheet, cells: edits });
  }
  return patches;
}
