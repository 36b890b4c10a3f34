/**
 * The attributes of the start tag the scanner is reading, kept as offsets into its buffer and read only when a
 * handler asks (an object per element would cost more than the parse). A value holding an entity or a literal
 * tab or line end is decoded while the tag is read, so a bad one fails the part whether read or not.
 */
import { decodeEntities, isNameChar, isNameStart, isSpace, normalizeAttributeSpace, shown } from "./xmlChars";
import type { XmlAttribute, XmlAttributes } from "./xml";

/** Offsets kept per attribute: name start and end, value start and end (the closing quote). */
const SPAN = 4;
/** One-character values (s="4", t="s", hidden="1") come from a table: they are most values of a sheet. */
const ONE_CHAR: ReadonlyArray<string | undefined> = Array.from({ length: 128 }, (_, c) => (c > 32 && c !== 38 && c !== 60 ? String.fromCharCode(c) : undefined));

export class ScanAttributes implements XmlAttributes {
  private buf = "";
  private base = 0;
  private spans = new Int32Array(16 * SPAN);
  private count = 0;
  private readonly decoded: Array<string | undefined> = [];

  /** Names of the current tag's attributes, once it has more than a few (a linear search then costs too much). */
  private names: Set<string> | null = null;

  constructor(
    private readonly fail: (why: string) => never,
    private readonly tooLong: (what: string) => never,
    private readonly cap: number,
  ) {}

  /** The buffer the next tags are read from, and its offset in the part. */
  reset(buf: string, base: number): void {
    this.buf = buf;
    this.base = base;
    this.count = 0;
  }

  /**
   * Reads the attributes of the tag `name` from offset `i` (just after the name) to its ">" or "/>". Returns the
   * offset after it, or -1 when the tag goes on past the buffer.
   */
  read(i: number, name: string): number {
    const buf = this.buf;
    const len = buf.length;
    this.count = 0;
    this.names = null;
    // A bit per (first character, length) of the names read: a name whose bit is clear cannot be a repeat, so the
    // common tag (<c r s t>) is checked without comparing names.
    let mask = 0;
    for (;;) {
      if (i >= len) return -1;
      const c = buf.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c === 62) return i + 1;
      if (c === 47) {
        if (i + 1 >= len) return -1;
        if (buf.charCodeAt(i + 1) !== 62) this.fail(`a stray “/” in <${shown(name)}>`);
        return i + 2;
      }
      if (this.count > 0 && !isSpace(buf.charCodeAt(i - 1))) this.fail(`no space between attributes in <${shown(name)}>`);
      const start = i;
      while (i < len && isNameChar(buf.charCodeAt(i))) i++;
      const nameEnd = i;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return -1;
      if (nameEnd === start || !isNameStart(buf.charCodeAt(start))) this.fail(`a bad attribute name in <${shown(name)}>: “${shown(buf.slice(start, i + 1))}”`);
      if (buf.charCodeAt(i) !== 61) this.fail(`an attribute without a value in <${shown(name)}>`);
      i++;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return -1;
      const quote = buf.charCodeAt(i);
      if (quote !== 34 && quote !== 39) this.fail(`an attribute without quotes in <${shown(name)}>`);
      // The value, to its closing quote, noting what needs decoding; "<" may not stand in one.
      let k = i + 1;
      let work = false;
      for (; k < len; k++) {
        const d = buf.charCodeAt(k);
        if (d === quote) break;
        if (d === 38 || d < 32) work = true;
        else if (d === 60) this.fail(`a “<” in an attribute value of <${shown(name)}>`);
      }
      if (k >= len) return -1;
      if (k - i > this.cap) this.tooLong("an attribute value");
      const bit = 1 << ((buf.charCodeAt(start) * 31 + nameEnd - start) & 31);
      if (((mask & bit) !== 0 || this.count >= 32) && this.seen(start, nameEnd)) this.fail(`the attribute ${shown(buf.slice(start, nameEnd))} twice in <${shown(name)}>`);
      mask |= bit;
      this.add(start, nameEnd, i + 1, k, work);
      i = k + 1;
    }
  }

  private add(start: number, nameEnd: number, valueStart: number, valueEnd: number, work: boolean): void {
    const buf = this.buf;
    const n = this.count;
    if ((n + 1) * SPAN > this.spans.length) {
      const wider = new Int32Array(this.spans.length * 2);
      wider.set(this.spans);
      this.spans = wider;
    }
    const at = n * SPAN;
    this.spans[at] = start;
    this.spans[at + 1] = nameEnd;
    this.spans[at + 2] = valueStart;
    this.spans[at + 3] = valueEnd;
    this.decoded[n] = work ? decodeEntities(normalizeAttributeSpace(buf.slice(valueStart, valueEnd)), this.fail) : undefined;
    this.count = n + 1;
  }

  /**
   * Whether the tag already has an attribute of the name at [start, end). From 32 attributes on, every name is
   * asked about and kept in a set, so a tag of many attributes costs linear time.
   */
  private seen(start: number, end: number): boolean {
    const buf = this.buf;
    const length = end - start;
    if (this.count >= 32) {
      if (!this.names) {
        this.names = new Set();
        for (let k = 0; k < this.count; k++) this.names.add(this.nameAt(k));
      }
      const name = buf.slice(start, end);
      if (this.names.has(name)) return true;
      this.names.add(name);
      return false;
    }
    const first = buf.charCodeAt(start);
    for (let a = 0; a < this.count; a++) {
      const s = this.spans[a * SPAN] ?? 0;
      if ((this.spans[a * SPAN + 1] ?? 0) - s !== length || buf.charCodeAt(s) !== first) continue;
      let k = 1;
      while (k < length && buf.charCodeAt(s + k) === buf.charCodeAt(start + k)) k++;
      if (k === length) return true;
    }
    return false;
  }

  get(qname: string): string | undefined {
    const n = qname.length;
    for (let k = 0; k < this.count; k++) {
      const s = this.spans[k * SPAN] ?? 0;
      if ((this.spans[k * SPAN + 1] ?? 0) - s === n && this.buf.startsWith(qname, s)) return this.valueAt(k);
    }
    return undefined;
  }

  byLocal(local: string): string | undefined {
    const direct = this.get(local);
    if (direct !== undefined) return direct;
    for (let k = 0; k < this.count; k++) {
      const name = this.nameAt(k);
      if (name.slice(name.indexOf(":") + 1) === local) return this.valueAt(k);
    }
    return undefined;
  }

  toObject(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let k = 0; k < this.count; k++) out[this.nameAt(k)] = this.valueAt(k);
    return out;
  }

  list(): XmlAttribute[] {
    const out: XmlAttribute[] = [];
    for (let k = 0; k < this.count; k++) {
      out.push({ name: this.nameAt(k), value: this.valueAt(k), start: this.base + (this.spans[k * SPAN] ?? 0), end: this.base + (this.spans[k * SPAN + 3] ?? 0) + 1 });
    }
    return out;
  }

  private valueAt(k: number): string {
    const d = this.decoded[k];
    if (d !== undefined) return d;
    const s = this.spans[k * SPAN + 2] ?? 0;
    const e = this.spans[k * SPAN + 3] ?? 0;
    return e - s === 1 ? (ONE_CHAR[this.buf.charCodeAt(s)] ?? this.buf.slice(s, e)) : this.buf.slice(s, e);
  }

  private nameAt(k: number): string {
    return this.buf.slice(this.spans[k * SPAN] ?? 0, this.spans[k * SPAN + 1] ?? 0);
  }
}
