/** The pane's texts by language, and figures formatted the way each language writes them (vi: "66,7%"). */
import type { Lang } from "../../domain/messages";
import { num, percent } from "../../domain/messages/format";
import { en } from "./en";
import { type Texts, vi } from "./vi";

export type { Texts } from "./vi";
export const TEXTS: Readonly<Record<Lang, Texts>> = { vi, en };

export function formatPercent(fraction: number, lang: Lang): string {
  return percent(fraction, lang);
}

export function formatNumber(n: number, lang: Lang): string {
  return num(n, lang);
}
