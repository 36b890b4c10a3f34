import type { Finding } from "../findings";
import { indicator } from "../indicators";
import { type Lang, num, percent, quoted } from "./format";
import { en } from "./en";
import type { LocaleMap, MessageKit } from "./types";
import { vi } from "./vi";

export type { Lang } from "./format";
export const LOCALES: Readonly<Record<Lang, LocaleMap>> = { vi, en };

/** Longest row label quoted at the head of a message; longer ones are cut at a word. */
const MAX_LABEL = 60;

/**
 * What a finding without an indicator is about: its row's own label, quoted, or the row number when the row has
 * none (a message never starts with an empty name).
 */
function rowName(f: Finding, lang: Lang): string {
  const label = String(f.operands?.["label"] ?? "").replace(/\s+/g, " ").trim();
  if (label !== "") {
    const cut = label.length <= MAX_LABEL ? label : `${label.slice(0, label.lastIndexOf(" ", MAX_LABEL) > 20 ? label.lastIndexOf(" ", MAX_LABEL) : MAX_LABEL)}…`;
    return `${lang === "vi" ? "Dòng" : "Row"} “${cut}”`;
  }
  const row = /\d+$/.exec(f.cell)?.[0];
  if (row) return `${lang === "vi" ? "Dòng" : "Row"} ${row}`;
  return lang === "vi" ? "Dòng không tên" : "Unnamed row";
}

export { describeRecognition } from "./recognition";

/** The finding's message in the given language (Vietnamese by default). */
export function renderMessage(f: Finding, lang: Lang = "vi"): string {
  const kit: MessageKit = {
    lang,
    indicator: f.indicator ? (lang === "vi" ? indicator(f.indicator).shortVi : indicator(f.indicator).nameEn) : rowName(f, lang),
    pct: (v) => (typeof v === "number" ? percent(v, lang) : quoted(v as string | null | undefined)),
    n: (v) => (typeof v === "number" ? num(v, lang) : String(v ?? "")),
    q: (v) => (lang === "en" && (v === null || v === undefined || v === "") ? "(blank)" : quoted(v as string | number | null)),
  };
  return LOCALES[lang][f.code](f, kit);
}
