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

  /** The start tag between "<" at `from - 1` and ">" at `to`: its name and attributes, read in place. */
  const openTag = (from: number, to: number): void => {
    let end = to;
    while (end > from && isSpace(buf.charCodeAt(end - 1))) end--;
    let selfClosing = false;
    if (buf.charCodeAt(end - 1) === 47) {
      selfClosing = true;
      end--;
    }
    let n = from;
    while (n < end && !isSpace(buf.charCodeAt(n))) n++;
    const name = buf.slice(from, n);
    if (!name) fail("an element without a name");
    let attrs: Record<string, string> = NO_ATTRS;
    let i = n;
    while (i < end) {
      if (isSpace(buf.charCodeAt(i))) {
        i++;
        continue;
      }
      const eq = buf.indexOf("=", i);
      if (eq < 0 || eq >= end) break;
      let nameEnd = eq;
      while (nameEnd > i && isSpace(buf.charCodeAt(nameEnd - 1))) nameEnd--;
      let q = eq + 1;
      while (q < end && isSpace(buf.charCodeAt(q))) q++;
      const quote = buf.charCodeAt(q);
      if (quote !== 34 && quote !== 39) fail(`an attribute without quotes in <${name}>`);
      const close = buf.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close < 0 || close >= end) fail(`an unterminated attribute in <${name}>`);
      if (attrs === NO_ATTRS) attrs = {};
      attrs[buf.slice(i, nameEnd)] = decode(buf.slice(q + 1, close));
      i = close + 1;
    }
    const local = localName(name);
    handler.open(local, attrs, selfClosing);
    if (selfClosing) close?.(local);
    else stack.push(name);
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
      // A start or end tag: its ">" is the first one outside quotes.
      let j = lt + 1;
      let quote = 0;
      for (; j < len; j++) {
        const c = buf.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62) break;
      }
      if (j >= len) break;
      if (next === 47) {
        const name = buf.slice(lt + 2, j).trim();
        const open = stack.pop();
        if (open !== name) fail(`</${name}> closes <${open ?? "nothing"}>`);
        close?.(localName(name));
      } else {
        openTag(lt + 1, j);
      }
      i = j + 1;
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
