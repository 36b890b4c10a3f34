/** Agency names as shown and as matched. */
import { fold } from "../text";

/** A name as it should be shown: trimmed, inner spacing collapsed, case and marks kept. */
export function tidyName(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** The key two spellings of one agency share: tolerant of case, spacing, punctuation and diacritics (`fold`). */
export function agencyKey(name: string): string {
  return fold(name);
}
