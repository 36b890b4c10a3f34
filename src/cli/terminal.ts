/**
 * Text bound for a terminal, made harmless: cell texts and file names come from workbooks others made, and a
 * control character or escape sequence in them could move the cursor, rewrite the screen or retitle the window,
 * and bidirectional overrides could make a line read differently from what it holds (Trojan Source).
 * Our own colour sequences (SGR, ESC [ … m) are kept; every other control shows as a visible code point.
 */
// C0 controls but tab and newline, DEL, C1 controls; and the bidi embeddings, overrides, isolates and marks.
// eslint-disable-next-line no-control-regex
const UNSAFE = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function neutralise(text: string): string {
  return text.replace(UNSAFE, (m) => (m.length > 1 ? m : `\\u${m.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
