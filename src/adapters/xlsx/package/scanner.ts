/**
 * The streaming XML tokenizer of every package part, read or edited (one grammar: the editor finds rows and
 * elements with it too, through the offsets of `XmlSink.at`). XML 1.0 as OOXML uses it: elements, attributes in
 * either quote, the five entities and character references (to XML characters only), CDATA, comments and
 * processing instructions anywhere, line ends normalised; a DOCTYPE is refused (OOXML has none, and entity
 * definitions are how XML bombs work); tags balance under one root. What it does not check is listed in
 * decisions.md (namespace bindings, the characters of text).
 *
 * Chunks are scanned once: a token that runs past the end of a chunk is kept and, once longer than `LONG`,
 * collected in pieces, each new chunk searched only for that token's end; so time is linear in the part whatever
 * its tokens' lengths, and one token's length and the element depth are capped.
 */
import { WorkbookReadError } from "../readError";
import { tooLarge } from "./limits";
import { ScanAttributes } from "./scanAttributes";
import { LongToken } from "./longToken";
import { decodeEntities, isNameChar, isNameStart, isSpace, normalizeLineEnds, shown } from "./xmlChars";
import type { XmlHandler, XmlSink } from "./xml";

export interface ScanLimits {
  /** Most characters in one token: a text, comment, CDATA section, processing instruction, tag or attribute value. */
  readonly tokenChars: number;
  /** Most elements open at once. */
  readonly depth: number;
}

/**
 * Far above anything a producer writes (Excel keeps 32,767 characters in a cell; its parts nest about a dozen deep),
 * low enough that a hostile part is refused within a few dozen MiB.
 */
export const SCAN_LIMITS: ScanLimits = { tokenChars: 16 * 1024 * 1024, depth: 512 };

/** An unfinished token longer than this is collected in pieces instead of being rescanned with each chunk. */
const LONG = 512;

/** One-letter names (<c>, <v>, <f>) are most of a sheet's elements: taking them from a table spares a copy each. */
const ONE_LETTER: ReadonlyArray<string | undefined> = Array.from({ length: 128 }, (_, c) => (/[A-Za-z]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : undefined));

export function scanSink(file: string, part: string, handler: XmlHandler, limits: ScanLimits = SCAN_LIMITS): XmlSink {
  return new Scanner(file, part, handler, limits);
}

class Scanner implements XmlSink {
  readonly at = { start: 0, end: 0, qname: "" };
  /** The text not yet scanned, from the start of an unfinished token. */
  private buf = "";
  /** Offset of buf[0] in the whole part. */
  private base = 0;
  /** Names of the open elements as written, and without their prefix beside them. */
  private readonly stack: string[] = [];
  private readonly locals: string[] = [];
  private rootSeen = false;
  private long: LongToken | null = null;
  /** The next "&" and "\r" in buf at or after the last offset asked about (buf.length when none): asked in order. */
  private amp = -1;
  private cr = -1;
  private readonly attrs: ScanAttributes;

  constructor(
    private readonly file: string,
    private readonly part: string,
    private readonly handler: XmlHandler,
    private readonly limits: ScanLimits,
  ) {
    this.attrs = new ScanAttributes(
      (why) => this.fail(why),
      (what) => this.tooLong(what),
      limits.tokenChars,
    );
  }

  write(chunk: string): void {
    if (this.long) {
      const whole = this.long.feed(chunk);
      if (whole === null) return;
      this.long = null;
      this.buf = whole;
    } else {
      this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    }
    this.run(false);
  }

  end(): void {
    if (this.long) this.fail(`the part ends inside ${this.long.what()}`);
    this.run(true);
    if (this.stack.length) this.fail(`<${shown(this.stack[this.stack.length - 1] ?? "")}> is not closed`);
    if (!this.rootSeen) this.fail("no root element");
  }

  fail(why: string): never {
    throw new WorkbookReadError("corrupted", this.file, `is damaged: part ${this.part} is not well-formed XML (${why})`);
  }

  private tooLong(what: string): never {
    throw tooLarge(this.file, this.part, `holds ${what} of more than ${this.limits.tokenChars.toLocaleString("en")} characters (the limit)`);
  }

  private run(final: boolean): void {
    this.amp = -1;
    this.cr = -1;
    this.attrs.reset(this.buf, this.base);
    const buf = this.buf;
    const len = buf.length;
    let i = 0;
    while (i < len) {
      const lt = buf.indexOf("<", i);
      if (lt < 0) {
        if (!final) break; // the text may go on in the next chunk
        this.text(i, len);
        i = len;
        break;
      }
      if (lt > i) {
        this.text(i, lt);
        i = lt;
      }
      if (lt + 1 >= len) break;
      const next = buf.charCodeAt(lt + 1);
      const after = next === 33 ? this.declaration(lt) : next === 63 ? this.instruction(lt) : next === 47 ? this.endTag(lt) : this.openTag(lt);
      if (after < 0) break;
      i = after;
    }
    this.base += i;
    this.buf = i === 0 ? buf : buf.slice(i);
    if (final) {
      if (this.buf.length) this.fail(`the part ends inside a tag: ${shown(this.buf)}`);
    } else if (this.buf.length > LONG) {
      this.long = new LongToken(this.buf, this.limits.tokenChars, (what) => this.tooLong(what));
      this.buf = "";
    }
  }

  private hasAmp(from: number, to: number): boolean {
    if (this.amp < from) {
      const k = this.buf.indexOf("&", from);
      this.amp = k < 0 ? this.buf.length : k;
    }
    return this.amp < to;
  }

  private hasCr(from: number, to: number): boolean {
    if (this.cr < from) {
      const k = this.buf.indexOf("\r", from);
      this.cr = k < 0 ? this.buf.length : k;
    }
    return this.cr < to;
  }

  /** Character data [from, to): outside the root only whitespace may stand. */
  private text(from: number, to: number): void {
    if (to - from > this.limits.tokenChars) this.tooLong("a text");
    const buf = this.buf;
    if (this.stack.length === 0) {
      for (let k = from; k < to; k++) if (!isSpace(buf.charCodeAt(k))) this.fail(`text outside the root element: “${shown(buf.slice(k, to).trim())}”`);
      return;
    }
    const amp = this.hasAmp(from, to);
    const cr = this.hasCr(from, to);
    const text = this.handler.text;
    if (!text && !amp) return;
    let s = buf.slice(from, to);
    if (cr) s = normalizeLineEnds(s);
    if (amp) s = decodeEntities(s, (why) => this.fail(why));
    if (!text) return;
    this.at.start = this.base + from;
    this.at.end = this.base + to;
    text.call(this.handler, s);
  }

  /** "<!": a comment or a CDATA section; anything else (a DOCTYPE) is refused. Returns the offset after it, or -1. */
  private declaration(lt: number): number {
    const buf = this.buf;
    const cap = this.limits.tokenChars;
    if (buf.startsWith("<!--", lt)) {
      const e = buf.indexOf("-->", lt + 4);
      if (e < 0) return -1;
      if (e - lt > cap) this.tooLong("a comment");
      const dashes = buf.indexOf("--", lt + 4);
      if (dashes < e) this.fail("“--” inside a comment");
      const comment = this.handler.comment;
      if (comment) {
        this.at.start = this.base + lt;
        this.at.end = this.base + e + 3;
        comment.call(this.handler, normalizeLineEnds(buf.slice(lt + 4, e)));
      }
      return e + 3;
    }
    if (buf.startsWith("<![CDATA[", lt)) {
      const e = buf.indexOf("]]>", lt + 9);
      if (e < 0) return -1;
      if (e - lt > cap) this.tooLong("a CDATA section");
      if (this.stack.length === 0) this.fail("a CDATA section outside the root element");
      const text = this.handler.text;
      if (text) {
        this.at.start = this.base + lt;
        this.at.end = this.base + e + 3;
        text.call(this.handler, this.hasCr(lt, e) ? normalizeLineEnds(buf.slice(lt + 9, e)) : buf.slice(lt + 9, e));
      }
      return e + 3;
    }
    const head = buf.slice(lt, lt + 9);
    if (head.length < 9 && ("<![CDATA[".startsWith(head) || "<!--".startsWith(head))) return -1;
    return this.fail(`a DOCTYPE or unknown declaration: “${shown(head)}”`);
  }

  /** "<?": a processing instruction; the XML declaration only at the very start. */
  private instruction(lt: number): number {
    const buf = this.buf;
    const e = buf.indexOf("?>", lt + 2);
    if (e < 0) return -1;
    if (e - lt > this.limits.tokenChars) this.tooLong("a processing instruction");
    let n = lt + 2;
    while (n < e && isNameChar(buf.charCodeAt(n))) n++;
    const target = buf.slice(lt + 2, n);
    if (!target || !isNameStart(target.charCodeAt(0)) || (n < e && !isSpace(buf.charCodeAt(n)))) this.fail(`a processing instruction without a name: “${shown(buf.slice(lt, e + 2))}”`);
    if (target.toLowerCase() === "xml") {
      if (this.base + lt !== 0) this.fail("an XML declaration after the start of the part");
      return e + 2;
    }
    const pi = this.handler.pi;
    if (pi) {
      while (n < e && isSpace(buf.charCodeAt(n))) n++;
      this.at.start = this.base + lt;
      this.at.end = this.base + e + 2;
      pi.call(this.handler, target, normalizeLineEnds(buf.slice(n, e)));
    }
    return e + 2;
  }

  /** "</name>": must close the element open last. */
  private endTag(lt: number): number {
    const buf = this.buf;
    const gt = buf.indexOf(">", lt + 2);
    if (gt < 0) return -1;
    let e = gt;
    while (e > lt + 2 && isSpace(buf.charCodeAt(e - 1))) e--;
    const open = this.stack.pop();
    if (open === undefined || e - (lt + 2) !== open.length || !buf.startsWith(open, lt + 2)) {
      this.fail(`</${shown(buf.slice(lt + 2, gt).trim())}> closes <${shown(open ?? "nothing")}>`);
    }
    const local = this.locals.pop() ?? "";
    const close = this.handler.close;
    if (close) {
      this.at.start = this.base + lt;
      this.at.end = this.base + gt + 1;
      this.at.qname = open;
      close.call(this.handler, local);
    }
    return gt + 1;
  }

  /** A start tag: its name and attributes read in place. Returns the offset after its ">", or -1 when it goes on. */
  private openTag(lt: number): number {
    const buf = this.buf;
    const len = buf.length;
    const from = lt + 1;
    let n = from;
    let colon = -1;
    for (; n < len; n++) {
      const c = buf.charCodeAt(n);
      if (!isNameChar(c)) break;
      if (c === 58) colon = n;
    }
    if (n >= len) return -1;
    const end = buf.charCodeAt(n);
    if (n === from || !isNameStart(buf.charCodeAt(from)) || !(isSpace(end) || end === 47 || end === 62)) {
      this.fail(`a bad element name: “${shown(buf.slice(lt, n + 1))}”`);
    }
    const name = n - from === 1 ? (ONE_LETTER[buf.charCodeAt(from)] ?? buf.slice(from, n)) : buf.slice(from, n);
    // The name without its prefix ("x:c" → "c"), found while the name was read.
    const local = colon < 0 ? name : n - colon === 2 ? (ONE_LETTER[buf.charCodeAt(colon + 1)] ?? buf.slice(colon + 1, n)) : buf.slice(colon + 1, n);
    const after = this.attrs.read(n, name);
    if (after < 0) return -1;
    if (after - lt > this.limits.tokenChars) this.tooLong("a start tag");
    const selfClosing = buf.charCodeAt(after - 2) === 47;
    if (this.stack.length === 0) {
      if (this.rootSeen) this.fail(`a second root element <${shown(name)}>`);
      this.rootSeen = true;
    }
    this.at.start = this.base + lt;
    this.at.end = this.base + after;
    this.at.qname = name;
    this.handler.open(local, this.attrs, selfClosing);
    if (selfClosing) {
      const close = this.handler.close;
      if (close) {
        this.at.qname = name;
        close.call(this.handler, local);
      }
    } else {
      if (this.stack.length >= this.limits.depth) {
        throw tooLarge(this.file, this.part, `nests elements more than ${this.limits.depth} deep (the limit)`);
      }
      this.stack.push(name);
      this.locals.push(local);
    }
    return after;
  }
}
