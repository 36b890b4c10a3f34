/**
 * Writes a zip from entries that are either copied as stored (their compressed bytes, CRC and dates unchanged, so a
 * part the tool did not touch leaves the file exactly as it came) or new content deflated here. No zip64: the read
 * limits keep every package far below 4 GiB, and a package that would need it is refused rather than cut.
 */
import zlib from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  /** Uncompressed size. */
  readonly size: number;
  /** The stored (compressed) bytes. */
  readonly data: Buffer;
  /** MS-DOS time and date; new entries get 1980-01-01 00:00 so the same input gives the same bytes. */
  readonly time: number;
  readonly date: number;
}

const DOS_EPOCH_DATE = (0 << 9) | (1 << 5) | 1;
const MAX32 = 0xffffffff;

/** Parts from this size are deflated at level 1: five times faster than 6 on a large sheet, about 30% larger. */
const FAST_FROM = 1024 * 1024;

/** A new entry: `content` deflated (stored when deflating does not pay). */
export function newEntry(name: string, content: Buffer | string): ZipEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const deflated = zlib.deflateRawSync(bytes, { level: bytes.length >= FAST_FROM ? 1 : 6 });
  const stored = deflated.length >= bytes.length;
  return { name, method: stored ? 0 : 8, crc32: crc32(bytes), size: bytes.length, data: stored ? bytes : deflated, time: 0, date: DOS_EPOCH_DATE };
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  if (entries.length > 0xffff) throw new Error(`a package of ${entries.length} parts needs zip64, which pressdx does not write`);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    // Bit 11: the name is UTF-8. Data descriptors (bit 3) are never written: sizes are known.
    const flags = /^[\x20-\x7e]*$/.test(e.name) ? 0 : 0x0800;
    if (e.size > MAX32 || e.data.length > MAX32 || offset > MAX32) throw new Error(`part ${e.name} would need zip64, which pressdx does not write`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc32 >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(flags, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt16LE(e.time, 12);
    dir.writeUInt16LE(e.date, 14);
    dir.writeUInt32LE(e.crc32 >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, e.data);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  if (offset > MAX32) throw new Error("the package would need zip64, which pressdx does not write");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

let TABLE: Int32Array | null = null;

/** CRC-32 of the zip format: Node's own where it has one (20.15+), a table otherwise. */
export function crc32(bytes: Buffer): number {
  const native = (zlib as unknown as { crc32?: (b: Buffer) => number }).crc32;
  if (native) return native(bytes) >>> 0;
  if (!TABLE) {
    TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      TABLE[n] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
