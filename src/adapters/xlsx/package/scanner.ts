/**
 * A small streaming XML tokenizer for package parts, in place of a general SAX parser on the hot path: elements,
 * attributes, text with the five entities and character references, CDATA, comments and processing instructions;
 * a DOCTYPE is refused (OOXML has none, and entity definitions are how XML bombs work). Tags must balance. Text may
 * arrive in pieces (handlers append), never split inside an entity. Self-closing elements get a close event too.
 */
import { WorkbookReadError } from "../readError";
import { localName, type XmlHandler, type XmlSink } from "./xml";

/** Shared by every element without attributes (handlers only read them). */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
/**
 * One-letter names (<c>, <v>, <f>, r=, s=, t=) are most of a sheet's elements and attributes: taking them from a
 * table of ready strings spares a copy each, and lets attribute objects share their shape.
 */
const ONE_LETTER: ReadonlyArray<string | undefined> = Array.from({ length: 128 }, (_, c) => (/[A-Za-z]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : undefined));
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
   * The start tag whose name begins at `from` (just after "<"): its name and attributes read in place, quoted
   * values skipped with indexOf. Returns the offset after its ">", or -1 when the tag goes on in the next chunk.
   */
  const openTag = (from: number): number => {
    const len = buf.length;
    let n = from;
    while (n < len) {
      const c = buf.charCodeAt(n);
      if (isSpace(c) || c === 47 || c === 62) break;
      n++;
    }
    if (n >= len) return -1;
    const name = n - from === 1 ? (ONE_LETTER[buf.charCodeAt(from)] ?? buf.slice(from, n)) : buf.slice(from, n);
    if (!name) fail("an element without a name");
    let attrs: Record<string, string> = NO_ATTRS;
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
      if (attrs === NO_ATTRS) attrs = {};
      const key = nameEnd - start === 1 ? (ONE_LETTER[buf.charCodeAt(start)] ?? buf.slice(start, nameEnd)) : buf.slice(start, nameEnd);
      attrs[key] = decode(buf.slice(i + 1, closing));
      i = closing + 1;
    }
    const local = localName(name);
    handler.open(local, attrs, selfClosing);
    if (selfClosing) close?.(local);
    else {
      stack.push(name);
      locals.push(local);
    }
    return i;
  };

  const run = (final: boolean): void => {
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
        if (text && stack.length > 0) text(decode(buf.slice(i, lt)));
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
