/**
 * Little-endian reads and text of a byte array, for the package reader to run on a Node Buffer (the command line) and
 * on a browser's Uint8Array (the pane) alike: the same code reads both, so the pane refuses what the command line refuses.
 */

export const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);

export const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** An unsigned 64-bit field as a number (exact up to 2^53, far beyond any file read). */
export const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

const UTF8 = new TextDecoder("utf-8");

export const utf8 = (b: Uint8Array, start = 0, end = b.length): string => UTF8.decode(b.subarray(start, end));

export function latin1(b: Uint8Array, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) out += String.fromCharCode(b[i] ?? 0);
  return out;
}

export const EMPTY = new Uint8Array(0);

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Where `needle` first occurs in `b`, or -1. */
export function indexOf(b: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  outer: for (let i = b.indexOf(first ?? 0, from); i >= 0 && i + needle.length <= b.length; i = b.indexOf(first ?? 0, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (b[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}
