/** CRC-32 of the zip format by table, for any platform (crc32.ts takes Node's own where it has one). */

let TABLE: Int32Array | null = null;

/** CRC-32 continuing from `initial`. */
export function crc32(bytes: Uint8Array, initial = 0): number {
  if (!TABLE) {
    TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      TABLE[n] = c;
    }
  }
  let c = ~initial;
  for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
