/** A preset's name in the pane's language (English falls back to the Vietnamese name). */
import type { Lang } from "../../domain/messages";
import { PRESETS, type PresetId } from "../../domain/presets";

export function presetName(id: PresetId, lang: Lang): string {
  const p = PRESETS[id];
  return lang === "en" && p.nameEn ? p.nameEn : p.nameVi;
}
