/**
 * Folding of Vietnamese text for tolerant matching: "Báo  Thái Bình" and "bao thai binh" fold alike.
 * Used for agency names and for the form's headers.
 */

/** Lower case, without diacritics (đ → d), punctuation turned into spaces, spaces collapsed. */
export function foldText(s: string): string {
  return stripDiacritics(s.toLowerCase())
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Removes Vietnamese tone and vowel marks; "đ" has no decomposition, so it is mapped by hand. */
export function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** A name as it should be shown: trimmed, inner spacing collapsed, case and marks kept. */
export function tidyName(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
