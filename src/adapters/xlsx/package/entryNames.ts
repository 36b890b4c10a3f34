/**
 * Zip entry names: decoded as the zip format says (UTF-8 when flag bit 11 is set or an Info-ZIP Unicode Path field
 * vouches for the stored bytes, IBM code page 437 otherwise), compared as OPC compares part names (ASCII letters
 * without case), and refused when they climb out of the package.
 */
import { latin1, u32, utf8 } from "./bytes";
import { crc32 } from "./crc32Table";
import { extraFields } from "./extraFields";

const UTF8_FLAG = 0x0800;
const UNICODE_PATH = 0x7075;
/** Code page 437's characters for the bytes 0x80 to 0xFF (the lower half is ASCII). */
const CP437_HIGH = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

/** The name stored in `bytes` from `start` to `end`. */
export function decodeEntryName(bytes: Uint8Array, start: number, end: number, flags: number, extra: Uint8Array | null): string {
  if ((flags & UTF8_FLAG) !== 0) return utf8(bytes, start, end);
  if (extra) {
    for (const field of extraFields(extra)) {
      // Version 1, then the CRC-32 of the stored name it stands for, then the name in UTF-8.
      if (field.id === UNICODE_PATH && field.data.length >= 5 && field.data[0] === 1 && u32(field.data, 1) === crc32(bytes.subarray(start, end))) {
        return utf8(field.data, 5);
      }
    }
  }
  let high = false;
  for (let i = start; i < end && !high; i++) high = (bytes[i] ?? 0) >= 0x80;
  if (!high) return latin1(bytes, start, end);
  let out = "";
  for (let i = start; i < end; i++) {
    const b = bytes[i] ?? 0;
    out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  }
  return out;
}

/** The key under which OPC takes two part names as one: ASCII letters compared without case. */
export function partKey(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return name.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  }
  return name; // most part names are lower case already
}

/**
 * Why a name cannot be a part of a package a copy may carry: a ".." segment or a drive letter, either of which an
 * unzip tool may follow out of its folder. Null for every other name; the reader takes a backslash as "/" and ignores one
 * leading "/" (both seen from real producers), and a copy keeps the stored bytes, so no name is ever rewritten into
 * a traversal.
 */
export function unsafeName(stored: string): string | null {
  if (stored.charCodeAt(1) === 58 && /^[A-Za-z]:/.test(stored)) return "starts with a drive letter";
  if (stored.includes("..") && stored.split(/[\\/]/).includes("..")) return "climbs out of the package (a \"..\" segment)";
  return null;
}
