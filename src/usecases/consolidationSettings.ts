/**
 * What a consolidation takes from the workbook it is written into (the pane's own workbook, `consolidate --into`):
 * the user's choices among conflicting figures (the conflicts table on the consolidation sheet), the lineage
 * tables, and the province consolidated (the cell named PressDX_Province an earlier consolidation wrote). All read
 * from grids, so every adapter gives the same settings.
 */
import type { ConflictChoices } from "../domain/agency/conflicts";
import type { LineageEntry } from "../domain/agency/lineage";
import { cellAt, cellText, type WorkbookSnapshot } from "../sheet/grid";
import { readWorkbookChoices } from "../sheet/layout/choicesTable";
import { PROVINCE_NAME } from "../sheet/layout/mergedTable";
import { findLineageTables } from "../sheet/lineageForm";
import { nameTarget } from "./owned";

export interface ConsolidationSettings {
  readonly choices?: ConflictChoices;
  readonly lineage?: readonly LineageEntry[];
  /** The province consolidated, when known: given by the user, or stored in the workbook. */
  readonly province?: { readonly name: string; readonly from: "option" | "workbook" };
}

export function settingsFromWorkbook(snapshot: WorkbookSnapshot, file = ""): ConsolidationSettings {
  const choices = readWorkbookChoices(snapshot.sheets);
  const lineage = snapshot.sheets.flatMap((g) => findLineageTables(g, file).flatMap((t) => t.entries));
  const province = storedProvince(snapshot);
  return {
    ...(choices.size > 0 ? { choices } : {}),
    ...(lineage.length > 0 ? { lineage } : {}),
    ...(province ? { province: { name: province, from: "workbook" } } : {}),
  };
}

/** The text of the cell PressDX_Province names, or null. */
function storedProvince(snapshot: WorkbookSnapshot): string | null {
  const ref = snapshot.names[PROVINCE_NAME];
  const target = ref === undefined ? null : nameTarget(ref);
  if (!target) return null;
  const grid = snapshot.sheets.find((g) => g.sheet.toLowerCase() === target.sheet.toLowerCase());
  const text = grid ? cellText(cellAt(grid, target.area.top, target.area.left)) : "";
  return text === "" ? null : text;
}

/** Settings given over settings stored: the user's province wins, choices and lineage add up. */
export function mergeSettings(stored: ConsolidationSettings, given: ConsolidationSettings): ConsolidationSettings {
  const choices = new Map([...(stored.choices ?? []), ...(given.choices ?? [])]);
  const lineage = [...(stored.lineage ?? []), ...(given.lineage ?? [])];
  const province = given.province ?? stored.province;
  return {
    ...(choices.size > 0 ? { choices } : {}),
    ...(lineage.length > 0 ? { lineage } : {}),
    ...(province ? { province } : {}),
  };
}
