/** CRC-32 of the zip format, for checking the parts read and for the parts written. */
import zlib from "node:zlib";
import { crc32 as byTable } from "./crc32Table";

/** CRC-32 continuing from `initial`: Node's own where it has one (20.15+), a table otherwise. */
export function crc32(bytes: Uint8Array, initial = 0): number {
  const native = (zlib as unknown as { crc32?: (b: Uint8Array, value?: number) => number }).crc32;
  return native ? native(bytes, initial) >>> 0 : byTable(bytes, initial);
}
