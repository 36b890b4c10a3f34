/**
 * The one text folding of the core, for matching what people type against what we know (labels, headers, agency
 * names, figure words).
 *
 * - `stripDiacritics` removes Vietnamese tone and vowel marks, "đ" included ("Đài" → "Dai"), nothing else.
 * - `fold` drops them, case and punctuation too ("Cơ quan báo chí" → "co quan bao chi"): the key for labels
 *   typed without diacritics or garbled by OCR, and for agency names.
 * - `matchKey` keeps diacritics: "Tối ưu HOÁ,  hoạt động" and "tối ưu hóa hoạt động" give the same key.
 */
import { memoByText } from "./memo";

/** The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook, dot below). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const COMBINING = /[\u0300-\u036f]/g;
/** Anything that is not a letter, a combining mark or a digit separates words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

// Normalising each distinct text once makes recognition several times faster (texts recur on every sheet).
const foldMemo = memoByText((s) => computeFold(s));
const matchKeyMemo = memoByText((s) => computeMatchKey(s));

/**
 * Lower case, punctuation removed, words separated by one space, and the tone mark of each word moved to its end,
 * so the old and new tone placements ("hoá"/"hóa", "toà"/"tòa") compare equal. Diacritics are kept otherwise.
 */
export function matchKey(s: string): string {
  return matchKeyMemo(s);
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
  return foldMemo(s);
}

function computeFold(s: string): string {
  return stripDiacritics(s).toLowerCase().replace(SEPARATORS, " ").trim();
}

/** Removes Vietnamese tone and vowel marks; "đ" has no decomposition, so it is mapped by hand. Case is kept. */
export function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(COMBINING, "").replace(/đ/g, "d").replace(/Đ/g, "D");
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

/** Vietnamese alphabetical order: one collator, since localeCompare with a locale builds one at every call. */
export const viOrder: (a: string, b: string) => number = new Intl.Collator("vi").compare;
