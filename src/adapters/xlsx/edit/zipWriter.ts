/**
 * Writes a zip from entries that are either copied as stored (their compressed bytes, CRC, dates, name bytes, flags,
 * attributes and extra fields unchanged, so a part the tool did not touch leaves the file as it came) or new content
 * deflated here. Zip64 fields and end records are written when a package needs them: more than 65,534 entries, or a
 * size or offset of 4 GiB − 1 or more.
 */
import { once } from "node:events";
import zlib from "node:zlib";
import { crc32 } from "../package/crc32";
import { ZIP64_EXTRA } from "../package/extraFields";
import type { KeptHeader } from "../package/zip";

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
  /** What a copied entry keeps of its source's headers; absent for a new entry. */
  readonly kept?: KeptHeader;
}

export interface WriteOptions {
  /**
   * Sizes, offsets and counts from this value on are written in zip64 fields. The format's own threshold
   * (0xFFFFFFFF) by default; tests lower it so independent readers check the zip64 encoding without 4 GiB of data.
   */
  readonly zip64From?: number;
}

const DOS_EPOCH_DATE = (0 << 9) | (1 << 5) | 1;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const UTF8_FLAG = 0x0800;
const DESCRIPTOR_FLAG = 0x0008;
const EMPTY = Buffer.alloc(0);

/** Parts from this size are deflated at level 1: five times faster than 6 on a large sheet, about 30% larger. */
const FAST_FROM = 1024 * 1024;

/** A new entry: `content` deflated (stored when deflating does not pay). */
export function newEntry(name: string, content: Buffer | string): ZipEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const deflated = zlib.deflateRawSync(bytes, { level: bytes.length >= FAST_FROM ? 1 : 6 });
  const stored = deflated.length >= bytes.length;
  return { name, method: stored ? 0 : 8, crc32: crc32(bytes), size: bytes.length, data: stored ? bytes : deflated, time: 0, date: DOS_EPOCH_DATE };
}

/**
 * A new entry from content given in chunks, deflated as a stream so the whole text never sits in memory beside
 * its compressed copy (a merged table of half a million cells is 30 MB of XML). Small content is deflated in one
 * call, as newEntry does.
 */
export async function newEntryFromChunks(name: string, chunks: Iterable<Buffer>): Promise<ZipEntry> {
  const head: Buffer[] = [];
  let size = 0;
  let crc = 0;
  const it = chunks[Symbol.iterator]();
  for (let r = it.next(); !r.done; r = it.next()) {
    head.push(r.value);
    size += r.value.length;
    crc = crc32(r.value, crc);
    if (size >= FAST_FROM) break;
  }
  if (size < FAST_FROM) return newEntry(name, Buffer.concat(head));
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const ended = once(deflate, "end");
  const write = async (b: Buffer): Promise<void> => {
    if (!deflate.write(b)) await once(deflate, "drain");
  };
  for (const b of head) await write(b);
  head.length = 0;
  for (let r = it.next(); !r.done; r = it.next()) {
    size += r.value.length;
    crc = crc32(r.value, crc);
    await write(r.value);
  }
  deflate.end();
  await ended;
  return { name, method: 8, crc32: crc, size, data: Buffer.concat(out), time: 0, date: DOS_EPOCH_DATE };
}

export function writeZip(entries: readonly ZipEntry[], options: WriteOptions = {}): Buffer {
  const wide = options.zip64From ?? MAX32;
  const body: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let dirSize = 0;
  for (const e of entries) {
    const fields = headerFields(e, offset, wide);
    const local = header("local", fields);
    const dir = header("central", fields);
    body.push(...local, e.data);
    central.push(...dir);
    offset += length(local) + e.data.length;
    dirSize += length(dir);
  }
  return Buffer.concat([...body, ...central, ...endRecords(entries.length, dirSize, offset, wide)]);
}

interface HeaderFields {
  readonly entry: ZipEntry;
  readonly name: Buffer;
  readonly flags: number;
  readonly needed: number;
  readonly madeBy: number;
  readonly offset: number;
  /** Which of size, compressed size and offset go into the zip64 extra field. */
  readonly wideSize: boolean;
  readonly wideCompressed: boolean;
  readonly wideOffset: boolean;
}

function headerFields(e: ZipEntry, offset: number, wide: number): HeaderFields {
  const name = e.kept?.nameBytes ?? Buffer.from(e.name, "utf8");
  // Bit 11: the name is UTF-8. Data descriptors (bit 3) are never written: sizes are known.
  const flags = e.kept ? e.kept.flags & ~DESCRIPTOR_FLAG : /^[\x20-\x7e]*$/.test(e.name) ? 0 : UTF8_FLAG;
  const wideSize = e.size >= wide;
  const wideCompressed = e.data.length >= wide;
  const wideOffset = offset >= wide;
  const needed = wideSize || wideCompressed || wideOffset ? 45 : 20;
  const madeBy = e.kept ? (e.kept.madeBy & 0xff00) | Math.max(e.kept.madeBy & 0xff, needed) : needed;
  return { entry: e, name, flags, needed, madeBy, offset, wideSize, wideCompressed, wideOffset };
}

/**
 * A local or central header: one writer for both, as they share the fields from "version needed" to the extra
 * field's length. A local zip64 field holds both sizes when either is wide (APPNOTE 4.5.3); a central one only
 * what its fixed fields could not.
 */
function header(kind: "local" | "central", h: HeaderFields): Buffer[] {
  const e = h.entry;
  const local = kind === "local";
  const wideSizes = local ? h.wideSize || h.wideCompressed : false;
  const wide: number[] = [];
  if (wideSizes || (!local && h.wideSize)) wide.push(e.size);
  if (wideSizes || (!local && h.wideCompressed)) wide.push(e.data.length);
  if (!local && h.wideOffset) wide.push(h.offset);
  const zip64 = wide.length > 0 ? Buffer.alloc(4 + 8 * wide.length) : EMPTY;
  if (wide.length > 0) {
    zip64.writeUInt16LE(ZIP64_EXTRA, 0);
    zip64.writeUInt16LE(8 * wide.length, 2);
    wide.forEach((v, i) => zip64.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  }
  const kept = (local ? e.kept?.localExtra : e.kept?.centralExtra) ?? EMPTY;
  // An extra block is at most 65,535 bytes: the zip64 field comes first, kept fields only when they still fit.
  const extra = zip64.length + kept.length <= MAX16 ? [zip64, kept] : [zip64];
  const extraLength = length(extra);
  const comment = local ? EMPTY : (e.kept?.comment ?? EMPTY);
  const fixed = Buffer.alloc(local ? 30 : 46);
  fixed.writeUInt32LE(local ? 0x04034b50 : 0x02014b50, 0);
  if (!local) fixed.writeUInt16LE(h.madeBy, 4);
  const at = local ? 4 : 6; // the shared run starts at "version needed to extract"
  fixed.writeUInt16LE(h.needed, at);
  fixed.writeUInt16LE(h.flags, at + 2);
  fixed.writeUInt16LE(e.method, at + 4);
  fixed.writeUInt16LE(e.time, at + 6);
  fixed.writeUInt16LE(e.date, at + 8);
  fixed.writeUInt32LE(e.crc32 >>> 0, at + 10);
  fixed.writeUInt32LE(wideSizes || (!local && h.wideCompressed) ? MAX32 : e.data.length, at + 14);
  fixed.writeUInt32LE(wideSizes || (!local && h.wideSize) ? MAX32 : e.size, at + 18);
  fixed.writeUInt16LE(h.name.length, at + 22);
  fixed.writeUInt16LE(extraLength, at + 24);
  if (!local) {
    fixed.writeUInt16LE(comment.length, 32);
    fixed.writeUInt16LE(e.kept?.internalAttrs ?? 0, 36);
    fixed.writeUInt32LE(e.kept?.externalAttrs ?? 0, 38);
    fixed.writeUInt32LE(h.wideOffset ? MAX32 : h.offset, 42);
  }
  return [fixed, h.name, ...extra, comment];
}

const length = (parts: readonly Buffer[]): number => parts.reduce((n, b) => n + b.length, 0);

/** The end of central directory record, preceded by the zip64 end record and its locator when a value needs them. */
function endRecords(count: number, dirSize: number, dirOffset: number, wide: number): Buffer[] {
  const wideCount = count >= Math.min(MAX16, wide);
  const wideSize = dirSize >= wide;
  const wideOffset = dirOffset >= wide;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(wideCount ? MAX16 : count, 8);
  end.writeUInt16LE(wideCount ? MAX16 : count, 10);
  end.writeUInt32LE(wideSize ? MAX32 : dirSize, 12);
  end.writeUInt32LE(wideOffset ? MAX32 : dirOffset, 16);
  if (!wideCount && !wideSize && !wideOffset) return [end];
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4); // the size of the rest of this record
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(dirSize), 40);
  end64.writeBigUInt64LE(BigInt(dirOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(dirOffset + dirSize), 8);
  locator.writeUInt32LE(1, 16); // one disk
  return [end64, locator, end];
}
