/**
 * Text keys for matching what people type in a sheet against the catalogue.
 *
 * - `matchKey` keeps diacritics: "Tối ưu HOÁ,  hoạt động" and "tối ưu hóa hoạt động" give the same key.
 * - `fold` drops them too ("Cơ quan báo chí" → "co quan bao chi"), the fallback for labels typed without
 *   diacritics or garbled by OCR.
 */

/** The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook, dot below). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const COMBINING = /[\u0300-\u036f]/g;
/** Anything that is not a letter, a combining mark or a digit separates words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * The same labels, units and headers recur on every sheet of a workbook (63 provinces, 8 years of reports):
 * normalising each distinct text once makes recognition several times faster. Bounded so a huge sheet of
 * distinct texts cannot grow it without limit.
 */
const MEMO_LIMIT = 20_000;
const FOLDS = new Map<string, string>();
const MATCH_KEYS = new Map<string, string>();

function memo(cache: Map<string, string>, s: string, compute: (s: string) => string): string {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const v = compute(s);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(s, v);
  return v;
}

/** Lower case, NFC, whitespace (newlines too) collapsed to one space, trimmed. */
export function cleanSpaces(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Lower case, punctuation removed, words separated by one space, and the tone mark of each word moved to its end,
 * so the old and new tone placements ("hoá"/"hóa", "toà"/"tòa") compare equal. Diacritics are kept otherwise.
 */
export function matchKey(s: string): string {
  return memo(MATCH_KEYS, s, computeMatchKey);
}

function computeMatchKey(s: string): string {
  return s
    .normalize("NFD")
    .toLowerCase()
    .replace(SEPARATORS, " ")
    .trim()
    .split(" ")
    .map(moveToneToEnd)
    .join(" ");
}

function moveToneToEnd(word: string): string {
  const tones = word.match(TONE_MARKS);
  return tones ? word.replace(TONE_MARKS, "") + tones.join("") : word;
}

/** Diacritics-free, lower case, punctuation removed, one space between words: "Đưa nội dung lên" → "dua noi dung len". */
export function fold(s: string): string {
  return memo(FOLDS, s, computeFold);
}

function computeFold(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(SEPARATORS, " ")
    .trim();
}

/** The words of `fold(s)`; [] for blank text. */
export function foldedWords(s: string): string[] {
  const f = fold(s);
  return f === "" ? [] : f.split(" ");
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`; cheap for the short words compared here. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
