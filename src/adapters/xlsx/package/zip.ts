/**
 * The zip container of an .xlsx: the directory read in one pass (directory.ts, zip64 understood), the parts inflated with
 * Node's zlib. Small parts are inflated in one call, bounded by their declared size; large ones are streamed in
 * chunks. Every byte inflated counts against the limits, and a part that inflates beyond what its directory entry
 * declares is refused: a zip bomb stops at the smaller of its declared size and the limit.
 */
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { WorkbookReadError } from "../readError";
import { readDirectory } from "./directory";
import { describeBytes, type ReadLimits, tooLarge } from "./limits";
import { partDecoder } from "./xml";

interface Part {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
  readonly encrypted: boolean;
  readonly crc32: number;
  readonly time: number;
  readonly date: number;
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
}

/** Parts up to this declared size are inflated in one call; larger ones in chunks. */
const ONE_CALL = 4 * 1024 * 1024;
const CHUNK = 1024 * 1024;

export class ZipPackage {
  private inflated = 0;

  private constructor(
    readonly file: string,
    private readonly bytes: Buffer,
    private readonly parts: ReadonlyMap<string, Part>,
    private readonly lowerNames: ReadonlyMap<string, string>,
    private readonly limits: ReadLimits,
  ) {}

  static async open(file: string, bytes: Buffer, limits: ReadLimits): Promise<ZipPackage> {
    const entries = readDirectory(bytes);
    if (entries === null) throw new WorkbookReadError("corrupted", file, "is damaged and cannot be read (its zip directory does not add up)");
    const parts = new Map<string, Part>();
    const lower = new Map<string, string>();
    for (const e of entries) {
      // Part names are case-insensitive (OPC); some producers write "xl\worksheets\sheet1.xml" (turned to "/").
      parts.set(e.name, {
        name: e.name,
        method: e.method,
        compressedSize: e.compressedSize,
        size: e.size,
        localHeader: e.localHeader,
        encrypted: (e.flags & 1) !== 0,
        crc32: e.crc32,
        time: e.time,
        date: e.date,
      });
      lower.set(e.name.toLowerCase(), e.name);
    }
    return new ZipPackage(file, bytes, parts, lower, limits);
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
    return [...this.parts.keys()];
  }

  /** The part's name as the package spells it (names are case-insensitive), or undefined. */
  spelling(name: string): string | undefined {
    return this.find(name)?.name;
  }

  /** The part's stored bytes, for copying it into another package unchanged (no limit counted: nothing is inflated). */
  raw(name: string): RawPart | undefined {
    const part = this.find(name);
    if (!part) return undefined;
    const { method, crc32, compressedSize, size, time, date } = part;
    return { name: part.name, method, crc32, compressedSize, size, time, date, data: this.rawData(part) };
  }

  /** Whether the part is encrypted (a writer must not copy what it cannot vouch for). */
  encrypted(name: string): boolean {
    return this.find(name)?.encrypted ?? false;
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
   * Feeds the part's text to `sink` in chunks (decoded by partDecoder: UTF-8 or UTF-16); false when the package has no such part.
   * Throws WorkbookReadError when a limit is passed, before the next chunk is inflated.
   */
  async stream(name: string, sink: (text: string) => void): Promise<boolean> {
    const part = this.find(name);
    if (!part) return false;
    this.checkDeclared(part.name);
    this.count(part);
    if (part.encrypted) throw new WorkbookReadError("password_protected", this.file, `is encrypted (part ${part.name})`);
    const data = this.rawData(part);
    const decoder = partDecoder(this.file, part.name);
    if (part.method === 0) {
      sink(decoder.whole(data));
      return true;
    }
    if (part.method !== 8) throw new WorkbookReadError("corrupted", this.file, `part ${part.name} uses an unsupported compression method (${part.method})`);
    if (part.size <= ONE_CALL) {
      let out: Buffer;
      try {
        // One byte more than declared: a part that inflates further is lying about its size.
        out = zlib.inflateRawSync(data, { maxOutputLength: part.size + 1 });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw this.overDeclared(part);
        throw new WorkbookReadError("corrupted", this.file, `part ${part.name} is damaged (${firstLine(e)})`);
      }
      if (out.length > part.size) throw this.overDeclared(part);
      sink(decoder.whole(out));
      return true;
    }
    let seen = 0;
    const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    const source = Readable.from(chunks(data));
    source.pipe(inflate);
    try {
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        seen += chunk.length;
        if (seen > part.size) throw this.overDeclared(part);
        sink(decoder.write(chunk));
      }
    } catch (e) {
      source.destroy();
      inflate.destroy();
      if (e instanceof WorkbookReadError) throw e;
      throw new WorkbookReadError("corrupted", this.file, `part ${part.name} is damaged (${firstLine(e)})`);
    }
    sink(decoder.end());
    return true;
  }

  private find(name: string): Part | undefined {
    const clean = name.replace(/^\//, "");
    return this.parts.get(clean) ?? this.parts.get(this.lowerNames.get(clean.toLowerCase()) ?? "");
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

  private rawData(part: Part): Buffer {
    const at = part.localHeader;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== 0x04034b50) {
      throw new WorkbookReadError("corrupted", this.file, `is damaged: part ${part.name} has no local header`);
    }
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    if (start + part.compressedSize > this.bytes.length) {
      throw new WorkbookReadError("corrupted", this.file, `is damaged or incomplete: part ${part.name} is cut off`);
    }
    return this.bytes.subarray(start, start + part.compressedSize);
  }
}

function* chunks(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
}

function firstLine(e: unknown): string {
  return ((e as Error)?.message ?? String(e)).split("\n")[0] ?? "";
}
