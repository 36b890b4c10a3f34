/**
 * The pane's texts by language, and figures formatted the way each language writes them (vi: "66,7%"). Vietnamese,
 * the default, comes with the first screen; English is loaded when it is first asked for.
 */
import type { Lang } from "../../domain/messages";
import { num, percent } from "../../domain/messages/format";
import { type Texts, vi } from "./vi";

export type { Texts } from "./vi";

let english: Texts | null = null;

/** The texts of a language, loading them first if they are not here yet. */
export async function loadTexts(lang: Lang): Promise<Texts> {
  if (lang === "vi") return vi;
  english ??= (await import(/* webpackChunkName: "texts-en" */ "./en")).en;
  return english;
}

/** The texts of a language if they are loaded (Vietnamese always is). */
export function loadedTexts(lang: Lang): Texts | null {
  return lang === "vi" ? vi : english;
}

export function formatPercent(fraction: number, lang: Lang): string {
  return percent(fraction, lang);
}

export function formatNumber(n: number, lang: Lang): string {
  return num(n, lang);
}
