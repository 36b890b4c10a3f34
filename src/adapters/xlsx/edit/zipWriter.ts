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
  // Two passes: the headers' sizes and offsets first, then everything written into one buffer of the right size
  // (a package of 70,000 parts would otherwise be a quarter of a million small buffers to concatenate).
  const headers: HeaderFields[] = [];
  let offset = 0;
  for (const e of entries) {
    const h = headerFields(e, offset, wide);
    headers.push(h);
    offset += h.localLength + e.data.length;
  }
  let dirSize = 0;
  for (const h of headers) dirSize += h.centralLength;
  const ends = endRecords(entries.length, dirSize, offset, wide);
  const out = Buffer.allocUnsafe(offset + dirSize + ends.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const h of headers) {
    at = writeHeader("local", h, out, at);
    at += h.entry.data.copy(out, at);
  }
  for (const h of headers) at = writeHeader("central", h, out, at);
  for (const b of ends) at += b.copy(out, at);
  return out;
}

interface HeaderFields {
  readonly entry: ZipEntry;
  readonly name: Buffer;
  readonly flags: number;
  readonly needed: number;
  readonly madeBy: number;
  readonly offset: number;
  /** Which of the fixed fields cannot hold their value (a value of 0xFFFFFFFF itself is the marker, so it counts). */
  readonly wideSize: boolean;
  readonly wideCompressed: boolean;
  readonly wideOffset: boolean;
  /** The values each header moves into its zip64 extra field: a local one both sizes when either is wide (APPNOTE 4.5.3), a central one only what its fixed fields cannot hold. */
  readonly localWide: readonly number[];
  readonly centralWide: readonly number[];
  readonly localExtra: Buffer;
  readonly centralExtra: Buffer;
  readonly comment: Buffer;
  readonly localLength: number;
  readonly centralLength: number;
}

function headerFields(e: ZipEntry, offset: number, wide: number): HeaderFields {
  const name = e.kept?.nameBytes ?? Buffer.from(e.name, "utf8");
  // Bit 11: the name is UTF-8. Data descriptors (bit 3) are never written: sizes are known.
  const flags = e.kept ? e.kept.flags & ~DESCRIPTOR_FLAG : /^[\x20-\x7e]*$/.test(e.name) ? 0 : UTF8_FLAG;
  const wideSize = e.size >= wide;
  const wideCompressed = e.data.length >= wide;
  const wideOffset = offset >= wide;
  const localWide = wideSize || wideCompressed ? [e.size, e.data.length] : [];
  const centralWide = [...(wideSize ? [e.size] : []), ...(wideCompressed ? [e.data.length] : []), ...(wideOffset ? [offset] : [])];
  const needed = centralWide.length > 0 ? 45 : 20;
  const madeBy = e.kept ? (e.kept.madeBy & 0xff00) | Math.max(e.kept.madeBy & 0xff, needed) : needed;
  // An extra block is at most 65,535 bytes: the zip64 field comes first, kept fields only when they still fit.
  const fit = (kept: Buffer | undefined, values: readonly number[]): Buffer => (kept && zip64Length(values) + kept.length <= MAX16 ? kept : EMPTY);
  const localExtra = fit(e.kept?.localExtra, localWide);
  const centralExtra = fit(e.kept?.centralExtra, centralWide);
  const comment = e.kept?.comment ?? EMPTY;
  return {
    entry: e,
    name,
    flags,
    needed,
    madeBy,
    offset,
    wideSize,
    wideCompressed,
    wideOffset,
    localWide,
    centralWide,
    localExtra,
    centralExtra,
    comment,
    localLength: 30 + name.length + zip64Length(localWide) + localExtra.length,
    centralLength: 46 + name.length + zip64Length(centralWide) + centralExtra.length + comment.length,
  };
}

const zip64Length = (values: readonly number[]): number => (values.length > 0 ? 4 + 8 * values.length : 0);

/**
 * Writes a local or central header into `out` at `at`; returns where it ends. One writer for both, as they share
 * the fields from "version needed to extract" to the extra field's length.
 */
function writeHeader(kind: "local" | "central", h: HeaderFields, out: Buffer, at: number): number {
  const e = h.entry;
  const local = kind === "local";
  const wide = local ? h.localWide : h.centralWide;
  const extra = local ? h.localExtra : h.centralExtra;
  const fixed = local ? 30 : 46;
  out.fill(0, at, at + fixed);
  out.writeUInt32LE(local ? 0x04034b50 : 0x02014b50, at);
  if (!local) out.writeUInt16LE(h.madeBy, at + 4);
  const run = at + (local ? 4 : 6);
  out.writeUInt16LE(h.needed, run);
  out.writeUInt16LE(h.flags, run + 2);
  out.writeUInt16LE(e.method, run + 4);
  out.writeUInt16LE(e.time, run + 6);
  out.writeUInt16LE(e.date, run + 8);
  out.writeUInt32LE(e.crc32 >>> 0, run + 10);
  // A local header with a zip64 field has both sizes there; a central one only those that are wide.
  out.writeUInt32LE((local ? wide.length > 0 : h.wideCompressed) ? MAX32 : e.data.length, run + 14);
  out.writeUInt32LE((local ? wide.length > 0 : h.wideSize) ? MAX32 : e.size, run + 18);
  out.writeUInt16LE(h.name.length, run + 22);
  out.writeUInt16LE(zip64Length(wide) + extra.length, run + 24);
  if (!local) {
    out.writeUInt16LE(h.comment.length, at + 32);
    out.writeUInt16LE(e.kept?.internalAttrs ?? 0, at + 36);
    out.writeUInt32LE(e.kept?.externalAttrs ?? 0, at + 38);
    out.writeUInt32LE(h.wideOffset ? MAX32 : h.offset, at + 42);
  }
  let p = at + fixed;
  p += h.name.copy(out, p);
  if (wide.length > 0) {
    out.writeUInt16LE(ZIP64_EXTRA, p);
    out.writeUInt16LE(8 * wide.length, p + 2);
    wide.forEach((v, i) => out.writeBigUInt64LE(BigInt(v), p + 4 + 8 * i));
    p += zip64Length(wide);
  }
  p += extra.copy(out, p);
  if (!local) p += h.comment.copy(out, p);
  return p;
}

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
