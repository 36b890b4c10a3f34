/**
 * A report's figure written as its field is: revenue in million đồng with the language's separators
 * ("21.350 triệu đồng"), people and media types as counts, yes/no as Có/Không, the security level as a level —
 * never as a percentage. Messages, the conflict table and the pane quote figures through this one function.
 */
import type { Lang } from "../messages/format";
import { num } from "../messages/format";
import { type AgencyField, isYesNoField, parseNumberCell, parseYesNo } from "./report";

/** A figure as found in a cell or as merged: a number, text, a yes/no, or blank. */
export type FigureValue = number | string | boolean | null | undefined;

const BLANK: Readonly<Record<Lang, string>> = { vi: "(trống)", en: "(blank)" };

export function formatFigure(field: AgencyField, value: FigureValue, lang: Lang): string {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return BLANK[lang];
  if (isYesNoField(field)) {
    const yes = parseYesNo(value);
    if (yes === "invalid" || yes === null) return `“${String(value)}”`;
    return yes ? (lang === "vi" ? "Có" : "Yes (Có)") : lang === "vi" ? "Không" : "No (Không)";
  }
  if (field === "agency") return String(value);
  const n = typeof value === "boolean" ? "invalid" : parseNumberCell(value);
  // Text no rule can read is quoted as typed.
  if (typeof n !== "number") return `“${String(value)}”`;
  switch (field) {
    case "year":
      return String(n);
    case "baseRevenue":
    case "revenue":
      return lang === "vi" ? `${num(n, "vi")} triệu đồng` : `${num(n, "en")} million đồng`;
    case "staff":
    case "trained":
      return lang === "vi" ? `${num(n, "vi")} người` : `${num(n, "en")} ${n === 1 ? "person" : "people"}`;
    case "mediaTypes":
      return lang === "vi" ? `${num(n, "vi")} loại hình` : `${num(n, "en")} media type${n === 1 ? "" : "s"}`;
    case "securityLevel":
      return lang === "vi" ? `cấp độ ${num(n, "vi")}` : `level ${num(n, "en")}`;
    default:
      return num(n, lang);
  }
}
