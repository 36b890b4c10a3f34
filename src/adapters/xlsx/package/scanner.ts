/**
 * A small streaming XML tokenizer for package parts, in place of a general SAX parser on the hot path: elements,
 * attributes, text with the five entities and character references, CDATA, comments and processing instructions;
 * a DOCTYPE is refused (OOXML has none, and entity definitions are how XML bombs work). Tags must balance. Text may
 * arrive in pieces (handlers append), never split inside an entity. Self-closing elements get a close event too.
 */
import { WorkbookReadError } from "../readError";
import type { XmlAttributes, XmlHandler, XmlSink } from "./xml";

/** Offsets kept per attribute of the current start tag: name start and end, value start and end. */
const SPAN = 4;
/** One-letter names (<c>, <v>, <f>) are most of a sheet's elements: taking them from a table spares a copy each. */
const ONE_LETTER: ReadonlyArray<string | undefined> = Array.from({ length: 128 }, (_, c) => (/[A-Za-z]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : undefined));
/** One-character attribute values (s="4", t="s", hidden="1") likewise: most values of a sheet. */
const ONE_CHAR: ReadonlyArray<string | undefined> = Array.from({ length: 128 }, (_, c) => (c > 32 && c !== 38 && c !== 60 ? String.fromCharCode(c) : undefined));
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
const ENTITY = /&(?:(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);)?/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function scanSink(file: string, part: string, handler: XmlHandler): XmlSink {
  let buf = "";
  const stack: string[] = [];
  const fail = (why: string): never => {
    throw new WorkbookReadError("corrupted", file, `is damaged: part ${part} is not well-formed XML (${why})`);
  };
  const decode = (s: string): string =>
    s.indexOf("&") < 0
      ? s
      : s.replace(ENTITY, (m: string, e: string | undefined) => {
          if (e === undefined) return fail(`a bare “&” in “${s.slice(0, 40)}”`);
          if (e.charCodeAt(0) === 35) {
            const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fail(`bad character reference ${m}`);
          }
          return NAMED[e] ?? m;
        });
  const text = handler.text?.bind(handler);
  const close = handler.close?.bind(handler);

  /** Local names of the open elements, beside `stack`, so an end tag needs no second look at its name. */
  const locals: string[] = [];

  /**
   * The offset of the next "&" in `buf` at or after the last offset asked about (buf.length when there is none):
   * values and texts are asked about in document order, so one indexOf serves every value up to the next "&",
   * and a value without one is taken as it stands, without a second look for entities.
   */
  let amp = -1;
  const hasAmp = (from: number, to: number): boolean => {
    if (amp < from) {
      const k = buf.indexOf("&", from);
      amp = k < 0 ? buf.length : k;
    }
    return amp < to;
  };

  // The current start tag's attributes, as offsets into `buf` (which does not change while a handler runs);
  // a value with an entity is decoded while the tag is read, so a bad one fails the part whether read or not.
  let spans = new Int32Array(16 * SPAN);
  let count = 0;
  const decoded: Array<string | undefined> = [];
  const valueAt = (k: number): string => {
    const d = decoded[k];
    if (d !== undefined) return d;
    const s = spans[k * SPAN + 2] ?? 0;
    const e = spans[k * SPAN + 3] ?? 0;
    return e - s === 1 ? (ONE_CHAR[buf.charCodeAt(s)] ?? buf.slice(s, e)) : buf.slice(s, e);
  };
  const nameAt = (k: number): string => buf.slice(spans[k * SPAN] ?? 0, spans[k * SPAN + 1] ?? 0);
  const attributes: XmlAttributes = {
    get(qname) {
      const n = qname.length;
      for (let k = 0; k < count; k++) {
        const s = spans[k * SPAN] ?? 0;
        if ((spans[k * SPAN + 1] ?? 0) - s === n && buf.startsWith(qname, s)) return valueAt(k);
      }
      return undefined;
    },
    byLocal(local) {
      const direct = attributes.get(local);
      if (direct !== undefined) return direct;
      for (let k = 0; k < count; k++) {
        const name = nameAt(k);
        if (name.slice(name.indexOf(":") + 1) === local) return valueAt(k);
      }
      return undefined;
    },
    toObject() {
      const out: Record<string, string> = {};
      for (let k = 0; k < count; k++) out[nameAt(k)] = valueAt(k);
      return out;
    },
  };

  /**
   * The start tag whose name begins at `from` (just after "<"): its name and attributes read in place, quoted
   * values skipped with indexOf. Returns the offset after its ">", or -1 when the tag goes on in the next chunk.
   */
  const openTag = (from: number): number => {
    const len = buf.length;
    let n = from;
    let colon = -1;
    while (n < len) {
      const c = buf.charCodeAt(n);
      if (isSpace(c) || c === 47 || c === 62) break;
      if (c === 58) colon = n;
      n++;
    }
    if (n >= len) return -1;
    const name = n - from === 1 ? (ONE_LETTER[buf.charCodeAt(from)] ?? buf.slice(from, n)) : buf.slice(from, n);
    if (!name) fail("an element without a name");
    // The name without its prefix ("x:c" → "c"), found while the name was read.
    const local = colon < 0 ? name : n - colon === 2 ? (ONE_LETTER[buf.charCodeAt(colon + 1)] ?? buf.slice(colon + 1, n)) : buf.slice(colon + 1, n);
    count = 0;
    let selfClosing = false;
    let i = n;
    for (;;) {
      if (i >= len) return -1;
      const c = buf.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c === 62) {
        i++;
        break;
      }
      if (c === 47) {
        if (i + 1 >= len) return -1;
        if (buf.charCodeAt(i + 1) !== 62) fail(`a stray “/” in <${name}>`);
        selfClosing = true;
        i += 2;
        break;
      }
      // An attribute: its name, "=", and a quoted value.
      const start = i;
      while (i < len) {
        const d = buf.charCodeAt(i);
        if (d === 61 || isSpace(d) || d === 62 || d === 47) break;
        i++;
      }
      const nameEnd = i;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return -1;
      if (buf.charCodeAt(i) !== 61) fail(`an attribute without a value in <${name}>`);
      i++;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return -1;
      const quote = buf.charCodeAt(i);
      if (quote !== 34 && quote !== 39) fail(`an attribute without quotes in <${name}>`);
      const closing = buf.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (closing < 0) return -1;
      if ((count + 1) * SPAN > spans.length) {
        const wider = new Int32Array(spans.length * 2);
        wider.set(spans);
        spans = wider;
      }
      const at = count * SPAN;
      spans[at] = start;
      spans[at + 1] = nameEnd;
      spans[at + 2] = i + 1;
      spans[at + 3] = closing;
      decoded[count] = hasAmp(i + 1, closing) ? decode(buf.slice(i + 1, closing)) : undefined;
      count++;
      i = closing + 1;
    }
    handler.open(local, attributes, selfClosing);
    if (selfClosing) close?.(local);
    else {
      stack.push(name);
      locals.push(local);
    }
    return i;
  };

  const run = (final: boolean): void => {
    amp = -1; // buf has changed
    let i = 0;
    const len = buf.length;
    while (i < len) {
      const lt = buf.indexOf("<", i);
      if (lt < 0) {
        if (!final) break; // the text may go on in the next chunk
        const rest = buf.slice(i);
        if (rest.trim()) fail("text after the root element");
        i = len;
        break;
      }
      if (lt > i) {
        if (text && stack.length > 0) text(hasAmp(i, lt) ? decode(buf.slice(i, lt)) : buf.slice(i, lt));
        i = lt;
      }
      if (lt + 1 >= len) break;
      const next = buf.charCodeAt(lt + 1);
      if (next === 33) {
        // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE
        if (buf.startsWith("<!--", lt)) {
          const e = buf.indexOf("-->", lt + 4);
          if (e < 0) break;
          i = e + 3;
        } else if (buf.startsWith("<![CDATA[", lt)) {
          const e = buf.indexOf("]]>", lt + 9);
          if (e < 0) break;
          if (text) text(buf.slice(lt + 9, e));
          i = e + 3;
        } else if (buf.length - lt < 9) {
          break;
        } else {
          fail("a DOCTYPE or unknown declaration");
        }
        continue;
      }
      if (next === 63) {
        const e = buf.indexOf("?>", lt + 2);
        if (e < 0) break;
        i = e + 2;
        continue;
      }
      if (next === 47) {
        const gt = buf.indexOf(">", lt + 2);
        if (gt < 0) break;
        // The end tag must name the element it closes: compared in place.
        let e = gt;
        while (e > lt + 2 && isSpace(buf.charCodeAt(e - 1))) e--;
        const open = stack.pop();
        if (open === undefined || e - (lt + 2) !== open.length || !buf.startsWith(open, lt + 2)) {
          fail(`</${buf.slice(lt + 2, gt).trim()}> closes <${open ?? "nothing"}>`);
        }
        close?.(locals.pop() ?? "");
        i = gt + 1;
        continue;
      }
      const after = openTag(lt + 1);
      if (after < 0) break;
      i = after;
    }
    buf = buf.slice(i);
    if (final && buf.length) fail("the part ends inside a tag");
  };

  return {
    write(chunk) {
      buf += chunk;
      run(false);
    },
    end() {
      run(true);
      if (stack.length) fail(`<${stack[stack.length - 1]}> is not closed`);
    },
  };
}
