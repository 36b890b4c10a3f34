/**
 * The character rules of XML 1.0 the package scanner (scanner.ts) applies, apart from its loop: which ASCII
 * characters make a name, the five entities and character references, line ends (§2.11) and attribute-value
 * whitespace (§3.3.3), and how source text is quoted in a one-line message.
 */

export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** ASCII characters of a name: 2 may start one (letters, "_", ":"), 1 only follow (digits, "-", "."), 0 neither. */
const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME[c] = 2;
  else if (/[0-9.-]/.test(ch)) NAME[c] = 1;
}

/** Whether the character can be part of a name; characters beyond ASCII are let through (see decisions.md). */
export const isNameChar = (c: number): boolean => c >= 128 || NAME[c] !== 0;
export const isNameStart = (c: number): boolean => c >= 128 || NAME[c] === 2;

/** XML 1.0's Char production: what a character reference may name. */
export function isXmlChar(code: number): boolean {
  return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

const ENTITY = /&(?:(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|amp|lt|gt|quot|apos);)?/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text with its entities and character references decoded; `fail` is called on a bare "&" or a bad reference. */
export function decodeEntities(s: string, fail: (why: string) => never): string {
  return s.replace(ENTITY, (m: string, e: string | undefined) => {
    if (e === undefined) return fail(`a bare “&” or an unknown entity in “${shown(s)}”`);
    if (e.charCodeAt(0) !== 35) return NAMED[e] ?? m;
    const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return isXmlChar(code) ? String.fromCodePoint(code) : fail(`a character reference to no XML character, ${shown(m)}`);
  });
}

/** §2.11: a "\r\n" or a lone "\r" reads as "\n". */
export function normalizeLineEnds(s: string): string {
  return s.replace(/\r\n?/g, "\n");
}

/** §3.3.3: in an attribute value a literal tab, line feed or carriage return reads as a space ("\r\n" as one). */
export function normalizeAttributeSpace(s: string): string {
  return s.replace(/\r\n|[\t\n\r]/g, " ");
}

// C0 and C1 controls, DEL, and the characters that reorder or break a line on a terminal.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Source text as a message may quote it: at most `max` characters, on one line, every control or bidirectional
 * character shown as an escape, so a part cannot break the message's line or send a terminal sequence.
 */
export function shown(s: string, max = 40): string {
  const cut = s.length > max ? `${s.slice(0, max)}…` : s;
  return cut.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
