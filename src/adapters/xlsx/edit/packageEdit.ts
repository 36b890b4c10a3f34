/**
 * An .xlsx package being edited: the parts as read (never inflated unless asked for) plus the parts changed,
 * added or removed. Writing copies every part nobody changed as it is stored, byte for byte, and deflates only
 * what changed. Relationships and content types are edited through here, so a part added or removed is also
 * declared or forgotten.
 */
import { parseRels, relsPath, type Rel } from "../ooxml";
import { partKey } from "../package/entryNames";
import { DEFAULT_LIMITS, type ReadLimits } from "../package/limits";
import { ZipPackage } from "../package/zip";
import { escAttr, insertChild, prefixOf, root, splice, type XmlWhere } from "./xmlEdit";
import { newEntry, newEntryFromChunks, writeZip, type ZipEntry } from "./zipWriter";

/** A part's new content: text, bytes, or bytes made in chunks when the package is written (a large sheet). */
export type Content = string | Buffer | { readonly chunks: () => Iterable<Buffer> };

export const TYPES = "[Content_Types].xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export class PackageEdit {
  /** Changed or added parts (text, bytes, or chunks made on demand); null marks a removed part. */
  private readonly changed = new Map<string, Content | null>();
  /** Parts given in chunks, already deflated by settle(). */
  private readonly settled = new Map<string, ZipEntry>();
  /** Part names in the order they are written: the source's, then added ones. */
  private readonly order: string[];
  /** Parts added (not in the source) by their OPC key (part names are case-insensitive). */
  private readonly added = new Map<string, string>();

  private constructor(
    readonly file: string,
    private readonly source: ZipPackage | null,
  ) {
    this.order = source ? source.names() : [];
  }

  static async open(file: string, bytes: Buffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<PackageEdit> {
    return new PackageEdit(file, await ZipPackage.open(file, bytes, limits));
  }

  /** A package from parts given as text (a new workbook). */
  static fromParts(file: string, parts: Readonly<Record<string, string>>): PackageEdit {
    const edit = new PackageEdit(file, null);
    for (const [name, text] of Object.entries(parts)) edit.set(name, text);
    return edit;
  }

  /** The part's name as spelled in the package (part names are case-insensitive). */
  private canonical(name: string): string {
    const clean = name.replace(/^\//, "");
    return this.source?.spelling(clean) ?? this.added.get(partKey(clean)) ?? clean;
  }

  has(name: string): boolean {
    const n = this.canonical(name);
    const c = this.changed.get(n);
    if (c !== undefined) return c !== null;
    return this.source?.has(n) ?? false;
  }

  /** Every part now in the package. */
  names(): string[] {
    // `order` holds the source's parts (there unless removed) and added ones (there unless removed again).
    return this.order.filter((n) => this.changed.get(n) !== null);
  }

  async text(name: string): Promise<string | null> {
    const n = this.canonical(name);
    const c = this.changed.get(n);
    if (c !== undefined) return c === null ? null : typeof c === "string" ? c : (Buffer.isBuffer(c) ? c : Buffer.concat([...c.chunks()])).toString("utf8");
    // A part is read in UTF-8 or UTF-16 but always written in UTF-8: its declaration must say so.
    const text = this.source ? await this.source.text(n) : null;
    return text?.startsWith("<?xml") ? text.replace(/^(<\?xml[^>]*?\sencoding\s*=\s*["'])utf-16(?:le|be)?(["'])/i, "$1UTF-8$2") : text;
  }

  async mustText(name: string): Promise<string> {
    const t = await this.text(name);
    if (t === null) throw new Error(`the workbook has no part ${name}`);
    return t;
  }

  set(name: string, content: Content): void {
    const n = this.canonical(name);
    if (!this.source?.has(n) && !this.added.has(partKey(n))) {
      this.order.push(n);
      this.added.set(partKey(n), n);
    }
    this.changed.set(n, content);
    this.settled.delete(n);
  }

  /**
   * Checks every part to be copied as stored (streamed: see ZipPackage.verify), then deflates the parts given in
   * chunks as streams, so toBuffer() need not hold any of them whole. A part that fails its check refuses the
   * package before a byte of it is written.
   */
  async settle(): Promise<void> {
    for (const name of this.order) if (!this.changed.has(name)) await this.source?.verify(name);
    for (const [name, c] of this.changed) {
      if (c === null || typeof c === "string" || Buffer.isBuffer(c) || this.settled.has(name)) continue;
      this.settled.set(name, await newEntryFromChunks(name, c.chunks()));
    }
  }

  remove(name: string): void {
    const n = this.canonical(name);
    if (this.has(n)) this.changed.set(n, null);
  }

  /** Whether the part differs from the source (added, changed or removed). */
  isChanged(name: string): boolean {
    return this.changed.has(this.canonical(name));
  }

  /** A part name not yet in the package: `prefix` + the first free number + `suffix`. */
  freeName(prefix: string, suffix: string): string {
    let i = 1;
    while (this.has(`${prefix}${i}${suffix}`)) i++;
    return `${prefix}${i}${suffix}`;
  }

  async rels(part: string): Promise<Rel[]> {
    return parseRels(await this.text(relsPath(part)), this.file, relsPath(part));
  }

  /** Names a part in a refusal. */
  where(part: string): XmlWhere {
    return { file: this.file, part };
  }

  /** Adds a relationship from `part`; returns its id. */
  async addRel(part: string, type: string, target: string, external = false): Promise<string> {
    const path = relsPath(part);
    const xml = (await this.text(path)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"/>`;
    const where = this.where(path);
    const taken = new Set(parseRels(xml, this.file, path).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const prefix = prefixOf(root(xml, where).element);
    const el = `<${prefix}Relationship Id="${id}" Type="${escAttr(type)}" Target="${escAttr(target)}"${external ? ' TargetMode="External"' : ""}/>`;
    this.set(path, insertChild(xml, where, [], "Relationship", el));
    return id;
  }

  /** Removes relationships of `part` by id; the rels part goes when it is left empty. */
  async removeRels(part: string, ids: ReadonlySet<string>): Promise<void> {
    if (ids.size === 0) return;
    const path = relsPath(part);
    let xml = await this.text(path);
    if (xml === null) return;
    const where = this.where(path);
    const { children } = root(xml, where);
    const gone = children.filter((c) => c.name === "Relationship" && ids.has(c.attrs.Id ?? ""));
    for (const c of [...gone].reverse()) xml = splice(xml, c.start, c.end, "");
    if (root(xml, where).children.length === 0) this.remove(path);
    else this.set(path, xml);
  }

  /** Declares a part's content type (an Override), or forgets it (null). */
  async setContentType(part: string, contentType: string | null): Promise<void> {
    let xml = await this.mustText(TYPES);
    const name = `/${this.canonical(part)}`.toLowerCase();
    const where = this.where(TYPES);
    const { element, children } = root(xml, where);
    const existing = children.find((c) => c.name === "Override" && (c.attrs.PartName ?? "").toLowerCase() === name);
    if (contentType === null) {
      if (!existing) return;
      xml = splice(xml, existing.start, existing.end, "");
    } else {
      if (existing && existing.attrs.ContentType === contentType) return;
      if (existing) xml = splice(xml, existing.start, existing.end, "");
      xml = insertChild(xml, where, [], "Override", `<${prefixOf(element)}Override PartName="${escAttr(`/${this.canonical(part)}`)}" ContentType="${escAttr(contentType)}"/>`);
    }
    this.set(TYPES, xml);
  }

  /** Declares a default content type for an extension, unless one is declared. */
  async ensureDefault(extension: string, contentType: string): Promise<void> {
    const xml = await this.mustText(TYPES);
    const where = this.where(TYPES);
    const { element, children } = root(xml, where);
    if (children.some((c) => c.name === "Default" && (c.attrs.Extension ?? "").toLowerCase() === extension.toLowerCase())) return;
    this.set(TYPES, insertChild(xml, where, ["Default", "Override"], "Default", `<${prefixOf(element)}Default Extension="${escAttr(extension)}" ContentType="${escAttr(contentType)}"/>`));
  }

  /** The content type a part has: its Override, else its extension's Default. */
  async contentType(part: string): Promise<string | undefined> {
    const xml = await this.mustText(TYPES);
    const name = `/${this.canonical(part)}`.toLowerCase();
    const { children } = root(xml, this.where(TYPES));
    const o = children.find((c) => c.name === "Override" && (c.attrs.PartName ?? "").toLowerCase() === name);
    if (o) return o.attrs.ContentType;
    const ext = name.slice(name.lastIndexOf(".") + 1);
    return children.find((c) => c.name === "Default" && (c.attrs.Extension ?? "").toLowerCase() === ext)?.attrs.ContentType;
  }

  /**
   * The package as zip bytes: unchanged parts copied as stored (with their own name bytes, flags, attributes and
   * extra fields), once each is checked (not encrypted, its CRC-32 and size right); changed ones deflated.
   */
  toBuffer(): Buffer {
    const entries: ZipEntry[] = [];
    for (const name of this.order) {
      const c = this.changed.get(name);
      if (c === null) continue;
      if (c !== undefined) {
        const done = this.settled.get(name);
        if (done) entries.push(done);
        else entries.push(newEntry(name, typeof c === "string" || Buffer.isBuffer(c) ? c : Buffer.concat([...c.chunks()])));
        continue;
      }
      if (!this.source?.has(name)) continue;
      this.source.verifySync(name);
      const raw = this.source.raw(name);
      if (raw) entries.push({ name: raw.name, method: raw.method, crc32: raw.crc32, size: raw.size, data: raw.data, time: raw.time, date: raw.date, kept: raw.kept });
    }
    return writeZip(entries);
  }
}
