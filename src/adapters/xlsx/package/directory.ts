/**
 * The central directory of a zip, read in one synchronous pass: each entry's name, method, sizes, CRC, dates, where
 * its local header is, and what a copy must keep of it. Zip64 end records and extra fields are understood (some
 * writers use them even for small packages). The directory is walked by its byte size, not by its 16-bit entry
 * count, which old writers let wrap past 65,535. Nothing is inflated here; a directory that does not add up is
 * reported as missing (null).
 */
import { EMPTY, u16, u32, u64 } from "./bytes";
import { decodeEntryName } from "./entryNames";
import { extraFields, ZIP64_EXTRA } from "./extraFields";

export interface DirectoryEntry {
  /** Decoded by its UTF-8 flag (CP437 otherwise), "/" separated (a backslash some producers write reads as "/"), no leading "/". */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
  readonly time: number;
  readonly date: number;
  /** "Version made by": its high byte says how to read the external attributes. */
  readonly madeBy: number;
  readonly internalAttrs: number;
  readonly externalAttrs: number;
  /** Where the entry's central header starts: storedFields() reads its name bytes, extra fields and comment. */
  readonly central: number;
}

/** The bytes of an entry's central header that are kept as views only on demand (a view per entry costs garbage). */
export interface StoredFields<B extends Uint8Array = Uint8Array> {
  /** The name as stored: a copy writes these bytes back with the same UTF-8 flag, so no name is ever rewritten. */
  readonly nameBytes: B;
  /** The central header's extra fields as stored (zip64 ones included). */
  readonly extra: B;
  readonly comment: B;
}

/** Views of `bytes` (a Buffer gives Buffers). */
export function storedFields<B extends Uint8Array>(bytes: B, entry: DirectoryEntry): StoredFields<B> {
  const at = entry.central;
  const nameAt = at + 46;
  const extraAt = nameAt + u16(bytes, at + 28);
  const commentAt = extraAt + u16(bytes, at + 30);
  const commentEnd = commentAt + u16(bytes, at + 32);
  return {
    nameBytes: bytes.subarray(nameAt, extraAt) as B,
    extra: bytes.subarray(extraAt, commentAt) as B,
    comment: bytes.subarray(commentAt, commentEnd) as B,
  };
}

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** Directories read, by the bytes they were read from (a package is never changed in place: an edit makes new bytes). */
const READ = new WeakMap<Uint8Array, readonly DirectoryEntry[] | null>();

/**
 * The entries in directory order, or null when the file has no readable central directory. Read once per buffer:
 * a command checks, reads and copies one input through several readers.
 */
export function readDirectory(bytes: Uint8Array): readonly DirectoryEntry[] | null {
  let entries = READ.get(bytes);
  if (entries === undefined) {
    entries = walk(bytes);
    READ.set(bytes, entries);
  }
  return entries;
}

function walk(bytes: Uint8Array): DirectoryEntry[] | null {
  const end = findEnd(bytes);
  if (!end) return null;
  const { count, zip64 } = end;
  let at = end.at;
  const stop = end.at + end.size;
  if (stop > end.limit) return null;
  const entries: DirectoryEntry[] = [];
  while (at < stop) {
    const entry = readEntry(bytes, at, stop);
    if (!entry) return null;
    entries.push(entry.entry);
    at = entry.next;
  }
  if (at !== stop) return null;
  // The count must agree with the walk: a zip64 count exactly, a 16-bit one modulo 65,536 (old writers let it wrap)
  // or saturated at 65,535. Anything else means the size or the count is wrong, and parts could be missing.
  const agrees = zip64 ? entries.length === count : entries.length % 0x10000 === count || (count === MAX16 && entries.length >= MAX16);
  return agrees ? entries : null;
}

interface EndRecord {
  readonly count: number;
  readonly size: number;
  readonly at: number;
  /** Where the directory must end by: the zip64 end record, or the end record. */
  readonly limit: number;
  readonly zip64: boolean;
}

function findEnd(bytes: Uint8Array): EndRecord | null {
  if (bytes.length < 22) return null;
  // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
  const floor = Math.max(0, bytes.length - 22 - MAX16);
  let end = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (u32(bytes, i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  if (end >= 20 && u32(bytes, end - 20) === END64_LOCATOR) {
    const record = u64(bytes, end - 12);
    if (record + 56 > end || u32(bytes, record) !== END64) return null;
    return {
      count: u64(bytes, record + 32),
      size: u64(bytes, record + 40),
      at: u64(bytes, record + 48),
      limit: record,
      zip64: true,
    };
  }
  return { count: u16(bytes, end + 10), size: u32(bytes, end + 12), at: u32(bytes, end + 16), limit: end, zip64: false };
}

function readEntry(bytes: Uint8Array, at: number, stop: number): { entry: DirectoryEntry; next: number } | null {
  if (at + 46 > stop || u32(bytes, at) !== CENTRAL) return null;
  const flags = u16(bytes, at + 8);
  const nameLen = u16(bytes, at + 28);
  const extraLen = u16(bytes, at + 30);
  const commentLen = u16(bytes, at + 32);
  const nameAt = at + 46;
  const extraAt = nameAt + nameLen;
  const commentAt = extraAt + extraLen;
  const next = commentAt + commentLen;
  if (next > stop) return null;
  const extra = extraLen > 0 ? bytes.subarray(extraAt, commentAt) : null;
  const sizes = wideSizes(extra, u32(bytes, at + 24), u32(bytes, at + 20), u32(bytes, at + 42));
  if (!sizes) return null;
  const entry: DirectoryEntry = {
    name: decodeEntryName(bytes, nameAt, extraAt, flags, extra)
      .replace(/\\/g, "/")
      .replace(/^\//, ""),
    method: u16(bytes, at + 10),
    flags,
    crc32: u32(bytes, at + 16),
    compressedSize: sizes.compressed,
    size: sizes.size,
    localHeader: sizes.offset,
    time: u16(bytes, at + 12),
    date: u16(bytes, at + 14),
    madeBy: u16(bytes, at + 4),
    internalAttrs: u16(bytes, at + 36),
    externalAttrs: u32(bytes, at + 38),
    central: at,
  };
  return { entry, next };
}

/** The sizes and offset, with those the fixed fields could not hold taken, in this order, from the zip64 extra field. */
function wideSizes(extra: Uint8Array | null, size: number, compressed: number, offset: number): { size: number; compressed: number; offset: number } | null {
  if (size !== MAX32 && compressed !== MAX32 && offset !== MAX32) return { size, compressed, offset };
  for (const field of extraFields(extra ?? EMPTY)) {
    if (field.id !== ZIP64_EXTRA) continue;
    let f = 0;
    const take = (): number => {
      const v = f + 8 <= field.data.length ? u64(field.data, f) : -1;
      f += 8;
      return v;
    };
    if (size === MAX32) size = take();
    if (compressed === MAX32) compressed = take();
    if (offset === MAX32) offset = take();
    break;
  }
  return size < 0 || compressed < 0 || offset < 0 ? null : { size, compressed, offset };
}
