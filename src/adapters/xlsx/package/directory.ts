/**
 * The central directory of a zip, read in one synchronous pass: each entry's name, method, sizes, CRC, dates and
 * where its local header is. Zip64 end records and extra fields are understood (some writers use them even for
 * small packages). Nothing is inflated here; a directory that does not add up is reported as missing (null).
 */

export interface DirectoryEntry {
  /** As stored, "/" separated (a backslash some producers write is turned into "/"), no leading "/". */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
  readonly time: number;
  readonly date: number;
}

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** The entries in directory order, or null when the file has no readable central directory. */
export function readDirectory(bytes: Buffer): DirectoryEntry[] | null {
  if (bytes.length < 22) return null;
  // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
  const floor = Math.max(0, bytes.length - 22 - MAX16);
  let end = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  let count = bytes.readUInt16LE(end + 10);
  let size = bytes.readUInt32LE(end + 12);
  let at = bytes.readUInt32LE(end + 16);
  let limit = end;
  if (end >= 20 && bytes.readUInt32LE(end - 20) === END64_LOCATOR) {
    const record = Number(bytes.readBigUInt64LE(end - 12));
    if (record + 56 > end || bytes.readUInt32LE(record) !== END64) return null;
    count = Number(bytes.readBigUInt64LE(record + 32));
    size = Number(bytes.readBigUInt64LE(record + 40));
    at = Number(bytes.readBigUInt64LE(record + 48));
    limit = record;
  }
  if (at + size > limit) return null;
  const entries: DirectoryEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > limit || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const flags = bytes.readUInt16LE(at + 8);
    const nameLen = bytes.readUInt16LE(at + 28);
    const extraLen = bytes.readUInt16LE(at + 30);
    const commentLen = bytes.readUInt16LE(at + 32);
    const next = at + 46 + nameLen + extraLen + commentLen;
    if (next > limit) return null;
    let compressedSize = bytes.readUInt32LE(at + 20);
    let uncompressed = bytes.readUInt32LE(at + 24);
    let localHeader = bytes.readUInt32LE(at + 42);
    if (compressedSize === MAX32 || uncompressed === MAX32 || localHeader === MAX32) {
      // The zip64 extra field holds, in this order, only the values the fixed fields could not.
      let e = at + 46 + nameLen;
      const extraEnd = e + extraLen;
      while (e + 4 <= extraEnd) {
        const id = bytes.readUInt16LE(e);
        const len = bytes.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let f = e + 4;
          const take = (): number => {
            const v = f + 8 <= e + 4 + len ? Number(bytes.readBigUInt64LE(f)) : -1;
            f += 8;
            return v;
          };
          if (uncompressed === MAX32) uncompressed = take();
          if (compressedSize === MAX32) compressedSize = take();
          if (localHeader === MAX32) localHeader = take();
          break;
        }
        e += 4 + len;
      }
      if (uncompressed < 0 || compressedSize < 0 || localHeader < 0) return null;
    }
    const name = bytes
      .toString("utf8", at + 46, at + 46 + nameLen)
      .replace(/\\/g, "/")
      .replace(/^\//, "");
    entries.push({
      name,
      method: bytes.readUInt16LE(at + 10),
      flags,
      crc32: bytes.readUInt32LE(at + 16),
      compressedSize,
      size: uncompressed,
      localHeader,
      time: bytes.readUInt16LE(at + 12),
      date: bytes.readUInt16LE(at + 14),
    });
    at = next;
  }
  return entries;
}
