/**
 * The national consolidation load: 800 agencies × 8 years (2023–2030) spread over 63 provincial files,
 * each a filled-in agency report form.
 */
import path from "node:path";
import { XlsxFile } from "../src/adapters/xlsx/xlsxFile";
import { a1 } from "../src/sheet/a1";
import { AGENCY_FORM_COLUMNS, layoutAgencyForm } from "../src/sheet/agencyForm";
import type { CellWrite, SheetPatch } from "../src/sheet/patch";
import { rng } from "./generateProvinces";

const YEARS = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];

export async function generateReports(dir: string, agencies = 800, files = 63): Promise<string[]> {
  const random = rng(781);
  const paths: string[] = [];
  for (let f = 0; f < files; f++) {
    // Spread the agencies as evenly as the division allows (12 or 13 per province).
    const from = Math.floor((f * agencies) / files);
    const to = Math.floor(((f + 1) * agencies) / files);
    const names = Array.from({ length: to - from }, (_, i) => `Cơ quan báo chí số ${from + i + 1}`);
    const book = XlsxFile.create();
    await book.apply(reportPatches("Báo cáo", names, random));
    const file = path.join(dir, `tinh-${String(f + 1).padStart(2, "0")}.xlsx`);
    await book.save(file);
    paths.push(file);
  }
  return paths;
}

/** One filled-in agency report form on `sheet`: every agency of `names` × 8 years, figures drawn from `random`. */
export function reportPatches(sheet: string, names: readonly string[], random: () => number): SheetPatch[] {
  const patch = layoutAgencyForm({ sheet, top: 0, left: 0, agencies: [...names], years: YEARS, createSheet: true });
  const cells: CellWrite[] = [];
  let row = 1;
  for (const _name of names) {
    const base = 1000 + Math.round(random() * 40000);
    const electronic = random() < 0.6;
    for (let y = 0; y < YEARS.length; y++) {
      const staff = 20 + Math.floor(random() * 200);
      const values: Record<string, string | number> = {
        electronic: electronic ? "Có" : "Không",
        mediaTypes: 1 + Math.floor(random() * 4),
        platforms: random() < 0.7 ? "Có" : "Không",
        analyticsAi: random() < 0.4 ? "Có" : "Không",
        convergedNewsroom: random() < 0.5 ? "Có" : "Không",
        baseRevenue: base,
        revenue: Math.round(base * (0.9 + random() * 0.5)),
        staff,
        trained: Math.floor(staff * random()),
      };
      if (electronic) values["securityLevel"] = 1 + Math.floor(random() * 5);
      AGENCY_FORM_COLUMNS.forEach((c, col) => {
        const v = values[c.field];
        if (v !== undefined) cells.push({ address: a1(row, col), value: v });
      });
      row++;
    }
  }
  return [patch, { sheet, cells }];
}
