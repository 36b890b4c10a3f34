/**
 * Text bound for a terminal, a pipe or a log, made harmless. Cell texts, sheet and file names, and a reader's
 * error quoting a damaged part come from files others made: a control character or escape sequence in them could
 * move the cursor, clear the screen, retitle the window or hide the rest of a line, a line break could forge a line
 * of its own ("pressdx: OK") in a CI log, and bidirectional overrides could make a line read differently from what
 * it holds (Trojan Source). Such text goes through `plain` before the tool adds its own colours, whatever the stream:
 * every control then shows as a visible code. `--json` keeps the data exact and escapes the same code points.
 */

// C0 controls (line breaks and tabs included), DEL, C1 controls (U+009B is a one-byte CSI), the bidi embeddings,
// overrides, isolates and marks, and the line and paragraph separators.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
// What JSON.stringify leaves as it is of the above (it already escapes U+0000–U+001F).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Text from outside the tool as one line with nothing a terminal would act on: each control becomes its code. */
export function plain(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** One JSON line for other programs: the same data, with the code points `plain` shows written as JSON escapes. */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value).replace(UNSAFE_IN_JSON, visible)}\n`;
}

// Our own colours (src/cli/style.ts): bold, dim, red, yellow, blue and reset, nothing else.
// eslint-disable-next-line no-control-regex
const OUR_COLOURS = /^\u001b\[(?:0|1|2|31|33|34)m/;
// eslint-disable-next-line no-control-regex
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * The last guard before a stream, in case a text escaped `plain`: line breaks (the tool's own) pass, and with
 * `colours` the tool's own colour sequences; every other control shows as its code.
 */
export function forStream(text: string, colours: boolean): string {
  return text.replace(UNSAFE_BUT_NEWLINE, (c, at: number) => (colours && c === "\u001b" && OUR_COLOURS.test(text.slice(at, at + 5)) ? c : visible(c)));
}
