/** Merged areas of an ExcelJS worksheet, 0-based. */
import type ExcelJS from "exceljs";
import type { RangeRef } from "../../sheet/a1";

type Internal = { _merges?: Record<string, { top: number; left: number; bottom: number; right: number } | undefined> };

/** ExcelJS keeps merges in a private map (1-based); its public `model.merges` re-serialises the whole sheet. */
export function mergeRefs(ws: ExcelJS.Worksheet): RangeRef[] {
  const out: RangeRef[] = [];
  for (const m of Object.values((ws as unknown as Internal)._merges ?? {})) {
    if (m) out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return out;
}
