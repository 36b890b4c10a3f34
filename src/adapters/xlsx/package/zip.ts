/**
 * The zip container of an .xlsx: the directory read in one pass (directory.ts, zip64 understood), the parts inflated with
 * the platform's inflater (codec.ts: Node's zlib; codec.browser.ts in the pane). Small parts are inflated in one call, bounded by their declared size; large ones are streamed in
 * chunks. Every byte inflated counts against the limits, and a part that inflates beyond what its directory entry
 * declares is refused: a zip bomb stops at the smaller of its declared size and the limit. Every part inflated is
 * checked against its CRC-32 and size; a package with two names for one part (OPC compares them without case), or
 * a name that climbs out of its folder, is refused on opening.
 */
import { WorkbookReadError } from "../readError";
import { EMPTY, u16, u32 } from "./bytes";
import { crc32, InflatedTooFar, inflateChunks, inflateWhole } from "./codec";
import { type DirectoryEntry, readDirectory, storedFields } from "./directory";
import { partKey, unsafeName } from "./entryNames";
import { extraWithoutZip64 } from "./extraFields";
import { describeBytes, type ReadLimits, tooLarge } from "./limits";
import { partDecoder } from "./xml";

type Part = DirectoryEntry;

/** The header fields of a copied entry that the writer carries over as they were stored. */
export interface KeptHeader {
  /** The name as stored, written back with the same UTF-8 flag: a name is never re-encoded or normalised. */
  readonly nameBytes: Buffer;
  /** General-purpose flags; the writer clears bit 3 (it writes the sizes in the headers, no data descriptor). */
  readonly flags: number;
  readonly madeBy: number;
  readonly internalAttrs: number;
  readonly externalAttrs: number;
  /** Extra fields of the local and central headers without their zip64 field (the writer adds its own). */
  readonly localExtra: Buffer;
  readonly centralExtra: Buffer;
  readonly comment: Buffer;
}

/** A part as stored: its compressed bytes and what a zip writer needs to copy it unchanged. */
export interface RawPart {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly time: number;
  readonly date: number;
  readonly data: Buffer;
  readonly kept: KeptHeader;
}

/** Parts up to this declared size are inflated in one call; larger ones in chunks. */
const ONE_CALL = 4 * 1024 * 1024;
const CHUNK = 1024 * 1024;
/** Traditional encryption (bit 0), strong encryption (bit 6), an encrypted central directory (bit 13). */
const ENCRYPTED = 0x0001 | 0x0040 | 0x2000;

/**
 * Directories already read and checked, by the bytes they were read from (never changed in place: a package edited
 * is new bytes), with the parts verified so far: a command opens its input several times.
 */
const OPENED = new WeakMap<Uint8Array, { readonly parts: ReadonlyMap<string, Part>; readonly verified: Set<Part> }>();

/** The entries by OPC's key (ASCII letters without case); a package with a duplicate or unsafe name is refused. */
function checkedParts(file: string, bytes: Uint8Array): Map<string, Part> {
  const entries = readDirectory(bytes);
  if (entries === null) throw new WorkbookReadError("corrupted", file, "is damaged and cannot be read (its zip directory does not add up)");
  const parts = new Map<string, Part>();
  for (const e of entries) {
    const unsafe = unsafeName(e.name);
    if (unsafe) throw new WorkbookReadError("corrupted", file, `is refused: its zip holds an entry named "${e.name}", which ${unsafe}`);
    // Part names are case-insensitive (OPC): two names one key apart would show two readers two different workbooks.
    const key = partKey(e.name);
    const twin = parts.get(key);
    if (twin) {
      const names = twin.name === e.name ? `two parts named ${e.name}` : `parts named ${twin.name} and ${e.name}, one name for OPC (case does not count)`;
      throw new WorkbookReadError("corrupted", file, `is damaged: its zip holds ${names}; readers would disagree on which to use`);
    }
    parts.set(key, e);
  }
  return parts;
}

export class ZipPackage {
  private inflated = 0;

  private constructor(
    readonly file: string,
    private readonly bytes: Uint8Array,
    /** By OPC's key (ASCII letters without case): two names with one key are refused on opening. */
    private readonly parts: ReadonlyMap<string, Part>,
    /** Parts whose bytes have been inflated in full and matched their CRC-32 and size. */
    private readonly verified: Set<Part>,
    private readonly limits: ReadLimits,
  ) {}

  static async open(file: string, bytes: Uint8Array, limits: ReadLimits): Promise<ZipPackage> {
    let opened = OPENED.get(bytes);
    if (!opened) {
      opened = { parts: checkedParts(file, bytes), verified: new Set() };
      OPENED.set(bytes, opened);
    }
    return new ZipPackage(file, bytes, opened.parts, opened.verified, limits);
  }

  /** Refuses a part whose declared decompressed size is over the per-part limit, without inflating it. */
  checkDeclared(name: string): void {
    const part = this.find(name);
    if (part && part.size > this.limits.partBytes) {
      throw tooLarge(this.file, part.name, `declares ${describeBytes(part.size)} decompressed, over the limit of ${describeBytes(this.limits.partBytes)} per part`);
    }
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  names(): string[] {
    return [...this.parts.values()].map((p) => p.name);
  }

  /** The part's name as the package spells it (names are case-insensitive), or undefined. */
  spelling(name: string): string | undefined {
    return this.find(name)?.name;
  }

  /**
   * The part's stored bytes and headers, for copying it into another package unchanged (no limit counted: nothing
   * is inflated). Call verify() or verifySync() first: raw() vouches for nothing.
   */
  raw(name: string): RawPart | undefined {
    const part = this.find(name);
    if (!part) return undefined;
    const { method, crc32, compressedSize, size, time, date } = part;
    const stored = storedFields(this.bytes, part);
    // Only the writer copies parts, and it runs in Node, on a Buffer: its views are Buffers.
    const buffer = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.length));
    const kept: KeptHeader = {
      nameBytes: buffer(stored.nameBytes),
      flags: part.flags,
      madeBy: part.madeBy,
      internalAttrs: part.internalAttrs,
      externalAttrs: part.externalAttrs,
      localExtra: buffer(extraWithoutZip64(this.localExtra(part))),
      centralExtra: buffer(extraWithoutZip64(stored.extra)),
      comment: buffer(stored.comment),
    };
    return { name: part.name, method, crc32, compressedSize, size, time, date, data: buffer(this.rawData(part)), kept };
  }

  /**
   * Checks a part a copy will carry without reading it: not encrypted, a method pressdx inflates, and its bytes
   * inflate to its declared size and CRC-32 (streamed, nothing kept). A part already read was checked then.
   */
  async verify(name: string): Promise<void> {
    const part = this.find(name);
    if (!part || this.verified.has(part)) return;
    const bytes = await this.inflate(part);
    if (!(bytes instanceof Uint8Array)) for await (const chunk of bytes) void chunk; // the check runs as the chunks pass
  }

  /** verify(), in one call (the part is inflated whole): for a package written without settling it first. */
  verifySync(name: string): void {
    const part = this.find(name);
    if (!part || this.verified.has(part)) return;
    this.admit(part);
    this.inflateWhole(part, this.rawData(part));
  }

  /** The part's text, or null when the package has no such part. */
  async text(name: string): Promise<string | null> {
    let out = "";
    const found = await this.stream(name, (t) => {
      out += t;
    });
    return found ? out : null;
  }

  /**
   * Feeds the part's text to `sink` in chunks (decoded by partDecoder: UTF-8 or UTF-16); false when the package has
   * no such part. Throws WorkbookReadError when a limit is passed, before the next chunk is inflated, and when the
   * bytes fail their CRC-32 or size, after the last chunk (a reader that gets the error discards what it read).
   */
  async stream(name: string, sink: (text: string) => void): Promise<boolean> {
    const part = this.find(name);
    if (!part) return false;
    const bytes = await this.inflate(part);
    const decoder = partDecoder(this.file, part.name);
    if (bytes instanceof Uint8Array) {
      sink(decoder.whole(bytes));
      return true;
    }
    for await (const chunk of bytes) {
      sink(decoder.write(chunk));
    }
    sink(decoder.end());
    return true;
  }

  private find(name: string): Part | undefined {
    return this.parts.get(partKey(name.charCodeAt(0) === 47 ? name.slice(1) : name)); // a leading "/" ignored
  }

  /** The part's bytes: whole when small (checked), else chunks whose check runs after the last one. */
  private async inflate(part: Part): Promise<Uint8Array | AsyncGenerator<Uint8Array>> {
    this.admit(part);
    const data = this.rawData(part);
    if (part.method === 0 || part.size <= ONE_CALL) return this.inflateWhole(part, data);
    return this.inflateChunks(part, data);
  }

  /** Every check made before a part is inflated: its limits, no encryption, a method pressdx inflates. */
  private admit(part: Part): void {
    this.checkDeclared(part.name);
    this.count(part);
    if ((part.flags & ENCRYPTED) !== 0) throw new WorkbookReadError("password_protected", this.file, `is encrypted (part ${part.name})`);
    if (part.method !== 0 && part.method !== 8) throw new WorkbookReadError("corrupted", this.file, `part ${part.name} uses an unsupported compression method (${part.method})`);
  }

  private inflateWhole(part: Part, data: Uint8Array): Uint8Array {
    if (part.method === 0) return this.checked(part, data, data.length, crc32(data));
    let out: Uint8Array;
    try {
      // One byte more than declared: a part that inflates further is lying about its size.
      out = inflateWhole(data, part.size + 1);
    } catch (e) {
      if (e instanceof InflatedTooFar) throw this.overDeclared(part);
      throw new WorkbookReadError("corrupted", this.file, `part ${part.name} is damaged (${firstLine(e)})`);
    }
    if (out.length > part.size) throw this.overDeclared(part);
    return this.checked(part, out, out.length, crc32(out));
  }

  private async *inflateChunks(part: Part, data: Uint8Array): AsyncGenerator<Uint8Array> {
    let seen = 0;
    let crc = 0;
    try {
      for await (const chunk of inflateChunks(data, CHUNK)) {
        seen += chunk.length;
        if (seen > part.size) throw this.overDeclared(part);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (e) {
      if (e instanceof WorkbookReadError) throw e;
      throw new WorkbookReadError("corrupted", this.file, `part ${part.name} is damaged (${firstLine(e)})`);
    }
    this.checked(part, data, seen, crc);
  }

  /** `bytes`, once their length and CRC-32 are the ones the directory declares; the part is then verified. */
  private checked(part: Part, bytes: Uint8Array, length: number, crc: number): Uint8Array {
    if (length !== part.size) {
      throw new WorkbookReadError("corrupted", this.file, `is damaged: part ${part.name} holds ${exactBytes(length)}, not the ${exactBytes(part.size)} its zip entry declares`);
    }
    if (crc !== part.crc32 >>> 0) {
      throw new WorkbookReadError("corrupted", this.file, `is damaged: part ${part.name} fails its CRC-32 check (${hex(crc)}, the zip says ${hex(part.crc32)}); copy or download it again`);
    }
    this.verified.add(part);
    return bytes;
  }

  /** Counts a part's declared size against the total before it is inflated. */
  private count(part: Part): void {
    this.inflated += part.size;
    if (this.inflated > this.limits.totalBytes) {
      throw tooLarge(this.file, part.name, `takes the parts read past the limit of ${describeBytes(this.limits.totalBytes)} decompressed in total`);
    }
  }

  private overDeclared(part: Part): WorkbookReadError {
    return tooLarge(this.file, part.name, `inflates beyond the ${describeBytes(part.size)} its zip entry declares (a damaged or hostile file)`);
  }

  private localStart(part: Part): number {
    const at = part.localHeader;
    if (at + 30 > this.bytes.length || u32(this.bytes, at) !== 0x04034b50) {
      throw new WorkbookReadError("corrupted", this.file, `is damaged: part ${part.name} has no local header`);
    }
    return at;
  }

  private localExtra(part: Part): Uint8Array {
    const at = this.localStart(part);
    const from = at + 30 + u16(this.bytes, at + 26);
    const length = u16(this.bytes, at + 28);
    return length === 0 ? EMPTY : this.bytes.subarray(from, Math.min(this.bytes.length, from + length));
  }

  private rawData(part: Part): Uint8Array {
    const at = this.localStart(part);
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    if (start + part.compressedSize > this.bytes.length) {
      throw new WorkbookReadError("corrupted", this.file, `is damaged or incomplete: part ${part.name} is cut off`);
    }
    return this.bytes.subarray(start, start + part.compressedSize);
  }
}

function firstLine(e: unknown): string {
  return ((e as Error)?.message ?? String(e)).split("\n")[0] ?? "";
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}

const exactBytes = (n: number): string => `${n.toLocaleString("en")} bytes`;
