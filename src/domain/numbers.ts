/**
 * The one reader of numbers typed as text, for target figures and report amounts alike: Vietnamese writing
 * ("33,5", "1.187", "1.234.567", "1.234,5") and English ("66.7", "1,234,567", "1,234.5").
 * - Both separators: the last one is the decimal point, the other groups thousands.
 * - Only commas: several group thousands ("1,234,567"); one is a decimal comma ("33,5", "1,234" = 1.234).
 * - Only dots: several group thousands; one followed by exactly three digits ("1.500") groups thousands too, as
 *   Vietnamese amounts are written, except in a percentage ("66.700%" is no share anyone types).
 */

/** A number token as a regular-expression source, without sign (for parsers that find numbers inside text). */
export const NUMBER_PATTERN = String.raw`(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;

const WHOLE_NUMBER = new RegExp(String.raw`^[-+]?${NUMBER_PATTERN}$`);

/**
 * The number a text holds, the whole text being one number (spaces ignored), or null. `percent`: the number is
 * followed by "%", so a lone dot is a decimal point.
 */
export function parseNumberText(text: string, percent = false): number | null {
  const t = text.replace(/[\s\u00a0]+/g, "");
  if (!WHOLE_NUMBER.test(t)) return null;
  return numberToken(t, percent);
}

/** A token already known to match an optional sign and {@link NUMBER_PATTERN}, as a number. */
export function numberToken(token: string, percent: boolean): number | null {
  let t = token.replace(/\s+/g, "");
  const negative = t.startsWith("-");
  if (negative || t.startsWith("+")) t = t.slice(1);
  const lastDot = t.lastIndexOf(".");
  const lastComma = t.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    t = t.split(thousands).join("").replace(decimal, ".");
  } else if (lastComma >= 0) {
    t = (t.match(/,/g) ?? []).length > 1 ? t.split(",").join("") : t.replace(",", ".");
  } else if (lastDot >= 0) {
    const dots = (t.match(/\./g) ?? []).length;
    const vnThousands = dots > 1 || (!percent && /^[1-9]\d{0,2}\.\d{3}$/.test(t));
    if (vnThousands) t = t.split(".").join("");
  }
  const n = Number(t);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}
