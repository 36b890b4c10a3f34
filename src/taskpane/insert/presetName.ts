/**
 * A preset's name in the pane's language (English falls back to the Vietnamese name), split into the short name a
 * drop-down shows ("Tỉnh Sóc Trăng") and the document it comes from ("Kế hoạch 192/KH-UBND ngày 12/10/2023"), which
 * the pane shows below the drop-down where it can wrap: a native select cannot, and its longest option set its width.
 */
import type { Lang } from "../../domain/messages";
import { PRESET_NAMES, type PresetId } from "../../domain/presetNames";

export function presetName(id: PresetId, lang: Lang): string {
  const p = PRESET_NAMES[id];
  return lang === "en" && p.nameEn ? p.nameEn : p.nameVi;
}

export function presetParts(id: PresetId, lang: Lang): { readonly short: string; readonly source: string | null } {
  const name = presetName(id, lang);
  const m = /^(.*?)\s*\((.*)\)$/.exec(name);
  return m ? { short: m[1] ?? name, source: m[2] ?? null } : { short: name, source: null };
}
