/** Agency names as shown. Folding for matching is `fold` in ../text, the one text folding of the core. */

/** A name as it should be shown: trimmed, inner spacing collapsed, case and marks kept. */
export function tidyName(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
