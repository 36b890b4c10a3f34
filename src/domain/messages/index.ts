import type { Finding } from "../findings";
import { indicator } from "../indicators";
import { type Lang, num, percent, quoted } from "./format";
import { en } from "./en";
import type { LocaleMap, MessageKit } from "./types";
import { vi } from "./vi";

export type { Lang } from "./format";
export const LOCALES: Readonly<Record<Lang, LocaleMap>> = { vi, en };

/** The finding's message in the given language (Vietnamese by default). */
export function renderMessage(f: Finding, lang: Lang = "vi"): string {
  const kit: MessageKit = {
    lang,
    indicator: f.indicator ? (lang === "vi" ? indicator(f.indicator).shortVi : indicator(f.indicator).nameEn) : "",
    pct: (v) => (typeof v === "number" ? percent(v, lang) : quoted(v as string | null | undefined)),
    n: (v) => (typeof v === "number" ? num(v, lang) : String(v ?? "")),
    q: (v) => (lang === "en" && (v === null || v === undefined || v === "") ? "(blank)" : quoted(v as string | number | null)),
  };
  return LOCALES[lang][f.code](f, kit);
}
