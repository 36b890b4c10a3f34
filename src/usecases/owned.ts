/**
 * What the tool owns in a workbook, as the snapshot shows it: sheets it made (found through a defined name the tool
 * puts on them), areas it wrote (PressDX_Attain_* names), and its highlight rules. Owned things are replaced when a
 * command runs again, so nothing ever stacks; nothing else is ever touched.
 */
import { parseRange, type RangeRef } from "../sheet/a1";
import type { WorkbookSnapshot } from "../sheet/grid";
import { isHighlightOwner } from "../sheet/layout/highlights";
import { freeSheetName } from "../sheet/layout/reviewSheet";
import { storeGrid } from "../sheet/store/reviewStore";

/** Defined names that mark the sheets the tool made. */
export const OWNED_SHEET_NAMES = {
  review: "PressDX_Review",
  consolidationReview: "PressDX_Consolidation_Review",
  mergedTable: "PressDX_Agencies_Sheet",
} as const;

/** A defined name's sheet and area ("'Kế hoạch'!$M$4:$AB$12"), or null when it does not point at one area. */
export function nameTarget(ref: string): { sheet: string; area: RangeRef } | null {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  const sheet = ref.slice(0, bang).replace(/^=/, "").replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  try {
    return { sheet, area: parseRange(ref.slice(bang + 1).replace(/\$/g, "")) };
  } catch {
    return null;
  }
}

/** The existing sheet a tool name points at, as the workbook spells it, or null. */
export function ownedSheet(snapshot: WorkbookSnapshot, name: string): string | null {
  const ref = snapshot.names[name];
  const target = ref === undefined ? null : nameTarget(ref);
  if (!target) return null;
  return snapshot.sheets.find((g) => g.sheet.toLowerCase() === target.sheet.toLowerCase())?.sheet ?? null;
}

/**
 * Where to write a sheet the tool owns: the sheet an earlier run made (replaced in place), or a new sheet under
 * the first free name from `base` ("Kiểm tra", "Kiểm tra (2)", …), never a sheet of the user's.
 */
export function ownedSheetTarget(
  snapshot: WorkbookSnapshot,
  name: string,
  base: string,
  alsoTaken: readonly string[] = [],
): { sheet: string; replace: boolean } {
  const existing = ownedSheet(snapshot, name);
  if (existing !== null) return { sheet: existing, replace: true };
  return { sheet: freeSheetName(base, [...snapshot.sheets.map((g) => g.sheet), ...alsoTaken]), replace: false };
}

/** The highlight rules' owners on each sheet that has any. */
export function highlightOwners(snapshot: WorkbookSnapshot): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of snapshot.sheets) {
    const owners = (g.ownedFormats ?? []).filter(isHighlightOwner);
    if (owners.length > 0) out.set(g.sheet, owners);
  }
  return out;
}

/**
 * The sheets the tool made for itself, lower-cased: its review sheets, the merged agency table and the store. They
 * are never checked as a plan: a review sheet lists years and figures, and a check must not find fault with itself.
 */
export function toolSheets(snapshot: WorkbookSnapshot): Set<string> {
  const out = new Set<string>();
  for (const name of Object.values(OWNED_SHEET_NAMES)) {
    const sheet = ownedSheet(snapshot, name);
    if (sheet !== null) out.add(sheet.toLowerCase());
  }
  const store = storeGrid(snapshot);
  if (store) out.add(store.sheet.toLowerCase());
  return out;
}
