/**
 * A zip writer for tests that can lie in any header field: each entry's local and central headers, and the end
 * records, are written from the truth (the content's CRC, sizes, offsets) unless a field is overridden. It shares
 * no code with the product's writer, so a test of the reader does not test the writer against itself. Output is
 * deterministic: the same arguments give the same bytes.
 */
import zlib from "node:zlib";
import JSZip from "jszip";

/** Fields of one header, as written; any left out are the truth. */
export interface HeaderFields {
  readonly version: number;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly name: Buffer;
  readonly extra: Buffer;
}

export interface HostileEntry {
  /** A string is written as UTF-8 (with flag bit 11 when it is not ASCII, unless `flags` says otherwise). */
  readonly name: string | Buffer;
  readonly content: Buffer | string;
  /** 8 (deflate, the default) or 0 (stored); the stored bytes are made accordingly unless `data` is given. */
  readonly method?: number;
  readonly flags?: number;
  /** The stored bytes as they are (ciphertext, damaged deflate): the CRC and size are still the content's. */
  readonly data?: Buffer;
  readonly local?: Partial<HeaderFields>;
  readonly central?: Partial<HeaderFields> & { readonly comment?: Buffer; readonly madeBy?: number; readonly externalAttrs?: number; readonly offset?: number };
  /** Sizes and offset in zip64 extra fields (0xFFFFFFFF in the fixed ones). */
  readonly zip64?: boolean;
}

export interface EndLies {
  /** The entry count of the end record (16 bits), e.g. a count that wrapped past 65,535. */
  readonly count?: number;
  readonly dirSize?: number;
  readonly dirOffset?: number;
  readonly comment?: Buffer;
  /** Zip64 end records and locator before the end record (whose fields then say 0xFFFF / 0xFFFFFFFF). */
  readonly zip64?: boolean;
}

const crc = (b: Buffer): number => (zlib as unknown as { crc32: (b: Buffer) => number }).crc32(b) >>> 0;

function fixed(size: number, fields: ReadonlyArray<readonly [number, number, 2 | 4]>): Buffer {
  const b = Buffer.alloc(size);
  for (const [at, v, n] of fields) {
    if (n === 2) b.writeUInt16LE(v & 0xffff, at);
    else b.writeUInt32LE(v >>> 0, at);
  }
  return b;
}

function zip64Extra(values: readonly number[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length);
  b.writeUInt16LE(1, 0);
  b.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return b;
}

export function hostileZip(entries: readonly HostileEntry[], end: EndLies = {}): Buffer {
  const body: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const content = typeof e.content === "string" ? Buffer.from(e.content, "utf8") : e.content;
    const method = e.method ?? 8;
    const data = e.data ?? (method === 8 ? zlib.deflateRawSync(content) : content);
    const name = typeof e.name === "string" ? Buffer.from(e.name, "utf8") : e.name;
    const utf8 = typeof e.name === "string" && /[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0;
    const truth: HeaderFields = {
      version: e.zip64 ? 45 : 20,
      flags: e.flags ?? utf8,
      method,
      time: 0,
      date: 0x21,
      crc32: crc(content),
      compressedSize: e.zip64 ? 0xffffffff : data.length,
      size: e.zip64 ? 0xffffffff : content.length,
      name,
      extra: e.zip64 ? zip64Extra([content.length, data.length]) : Buffer.alloc(0),
    };
    const l = { ...truth, ...e.local };
    body.push(
      fixed(30, [
        [0, 0x04034b50, 4],
        [4, l.version, 2],
        [6, l.flags, 2],
        [8, l.method, 2],
        [10, l.time, 2],
        [12, l.date, 2],
        [14, l.crc32, 4],
        [18, l.compressedSize, 4],
        [22, l.size, 4],
        [26, l.name.length, 2],
        [28, l.extra.length, 2],
      ]),
      l.name,
      l.extra,
      data,
    );
    const c = { ...truth, ...(e.zip64 ? { extra: zip64Extra([content.length, data.length, offset]) } : {}), ...e.central };
    const comment = e.central?.comment ?? Buffer.alloc(0);
    central.push(
      fixed(46, [
        [0, 0x02014b50, 4],
        [4, e.central?.madeBy ?? c.version, 2],
        [6, c.version, 2],
        [8, c.flags, 2],
        [10, c.method, 2],
        [12, c.time, 2],
        [14, c.date, 2],
        [16, c.crc32, 4],
        [20, c.compressedSize, 4],
        [24, c.size, 4],
        [28, c.name.length, 2],
        [30, c.extra.length, 2],
        [32, comment.length, 2],
        [38, e.central?.externalAttrs ?? 0, 4],
        [42, e.central?.offset ?? (e.zip64 ? 0xffffffff : offset), 4],
      ]),
      c.name,
      c.extra,
      comment,
    );
    offset += 30 + l.name.length + l.extra.length + data.length;
  }
  const dir = Buffer.concat(central);
  const comment = end.comment ?? Buffer.alloc(0);
  const records: Buffer[] = [];
  if (end.zip64) {
    const e64 = Buffer.alloc(56);
    e64.writeUInt32LE(0x06064b50, 0);
    e64.writeBigUInt64LE(44n, 4);
    e64.writeUInt16LE(45, 12);
    e64.writeUInt16LE(45, 14);
    e64.writeBigUInt64LE(BigInt(entries.length), 24);
    e64.writeBigUInt64LE(BigInt(end.count ?? entries.length), 32);
    e64.writeBigUInt64LE(BigInt(end.dirSize ?? dir.length), 40);
    e64.writeBigUInt64LE(BigInt(end.dirOffset ?? offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + dir.length), 8);
    locator.writeUInt32LE(1, 16);
    records.push(e64, locator);
  }
  const count = end.zip64 ? 0xffff : (end.count ?? entries.length);
  records.push(
    fixed(22, [
      [0, 0x06054b50, 4],
      [8, count, 2],
      [10, count, 2],
      [12, end.zip64 ? 0xffffffff : (end.dirSize ?? dir.length), 4],
      [16, end.zip64 ? 0xffffffff : (end.dirOffset ?? offset), 4],
      [20, comment.length, 2],
    ]),
    comment,
  );
  return Buffer.concat([...body, dir, ...records]);
}

/** The parts of a package as name → bytes, in its order, read by JSZip (a reader independent of the product's). */
export async function partsOf(bytes: Buffer): Promise<Array<{ name: string; content: Buffer }>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Array<{ name: string; content: Buffer }> = [];
  for (const f of Object.values(zip.files)) if (!f.dir) out.push({ name: f.name, content: await f.async("nodebuffer") });
  return out;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * The parts of a minimal workbook of one sheet named "Dữ liệu", whose `<sheetData>` (and what follows it, such as
 * `<mergeCells>`) is `sheetBody`; with a shared string table when `strings` is given (a relationship to it is kept
 * even when `strings` is null, to make a workbook whose table is missing).
 */
export function workbookParts(sheetBody: string, strings?: readonly string[] | null): HostileEntry[] {
  const sst = strings ? `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>` : null;
  const rels = `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${strings !== undefined ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}`;
  const parts: HostileEntry[] = [
    {
      name: "[Content_Types].xml",
      content: `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sst ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}</Types>`,
    },
    { name: "_rels/.rels", content: `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: "xl/workbook.xml", content: `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: "xl/_rels/workbook.xml.rels", content: `${HEAD}<Relationships xmlns="${PKG_REL}">${rels}</Relationships>` },
    { name: "xl/worksheets/sheet1.xml", content: `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheetBody}</worksheet>` },
  ];
  if (sst) parts.push({ name: "xl/sharedStrings.xml", content: sst });
  return parts;
}
