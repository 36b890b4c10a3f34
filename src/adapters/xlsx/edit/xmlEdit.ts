/**
 * String-level editing of package XML: the spans of an element's children (start and end offsets, so an element
 * can be replaced or removed without touching a byte around it), escaping, and the root's namespace prefix (a part
 * written `<x:worksheet xmlns:x=…>` needs its new elements prefixed the same way). No DOM: a part we edit keeps
 * every byte we do not mean to change.
 */
import { attributes } from "../ooxml";

export interface Span {
  /** Local name (prefix dropped). */
  readonly name: string;
  /** Name as written, prefix included. */
  readonly qname: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Offset of "<" of the start tag. */
  readonly start: number;
  /** Offset just after the element's end ("/>" or its end tag). */
  readonly end: number;
  /** Offset just after the start tag (= end when self-closed). */
  readonly innerStart: number;
  /** Offset of the end tag's "<" (= end when self-closed). */
  readonly innerEnd: number;
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

const local = (q: string): string => q.slice(q.indexOf(":") + 1);

/** The element starting at `from` (the first element at or after it): its span and the spans of its children. */
export function elementAt(xml: string, from = 0): { element: Span; children: Span[] } {
  const re = new RegExp(TOKEN.source, "g");
  re.lastIndex = from;
  let root: { qname: string; attrs: Record<string, string>; start: number; innerStart: number } | null = null;
  const kids: Span[] = [];
  const stack: Array<{ qname: string; attrs: Record<string, string>; start: number; innerStart: number }> = [];
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    const qname = m[2];
    if (qname === undefined) continue;
    if (m[1] === "/") {
      const open = stack.pop();
      if (!open) throw new Error("not well-formed XML: an end tag without its start");
      const span: Span = { name: local(open.qname), qname: open.qname, attrs: open.attrs, start: open.start, end: re.lastIndex, innerStart: open.innerStart, innerEnd: m.index };
      if (stack.length === 0) return { element: span, children: kids };
      if (stack.length === 1) kids.push(span);
      continue;
    }
    const info = { qname, attrs: attributes(m[3] ?? ""), start: m.index, innerStart: re.lastIndex };
    if (m[4] === "/") {
      const span: Span = { name: local(qname), qname, attrs: info.attrs, start: m.index, end: re.lastIndex, innerStart: re.lastIndex, innerEnd: re.lastIndex };
      if (stack.length === 0) return { element: span, children: [] };
      if (stack.length === 1) kids.push(span);
      continue;
    }
    if (!root) root = info;
    stack.push(info);
  }
  throw new Error("not well-formed XML: an element is not closed");
}

/** The root element of a part (after any XML declaration) and its children. */
export function root(xml: string): { element: Span; children: Span[] } {
  const start = xml.search(/<[A-Za-z_]/);
  if (start < 0) throw new Error("not well-formed XML: no root element");
  return elementAt(xml, start);
}

/** "x:" when the root is written with a prefix, else "". */
export function prefixOf(span: Span): string {
  const i = span.qname.indexOf(":");
  return i < 0 ? "" : span.qname.slice(0, i + 1);
}

export function escText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

// Characters XML 1.0 cannot hold at all; OOXML spells them _xHHHH_ (and a literal "_xHHHH_" gets its "_" escaped).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;

// eslint-disable-next-line no-control-regex
const PLAIN_NEEDS_WORK = /[\x00-\x08\x0b\x0c\x0e-\x1f&<>_\ud800-\udfff\ufffe\uffff]/;

/** A cell or comment text as OOXML stores it: control characters as _xHHHH_ escapes, then XML-escaped. */
export function ooxmlText(s: string): string {
  // Most texts need nothing: one scan decides.
  if (!PLAIN_NEEDS_WORK.test(s)) return s;
  const escaped = s.replace(NOT_XML, (c) => (c === "_" ? "_x005F_" : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`));
  return escText(escaped.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));
}

/** Replaces [start, end) of `xml` with `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

/** Sets (or removes, with undefined) attributes of the start tag at `span`, keeping the others as written. */
export function setAttrs(xml: string, span: Span, changes: Readonly<Record<string, string | undefined>>): string {
  const tagEnd = span.innerStart === span.end && xml.startsWith("/>", span.end - 2) ? span.end - 2 : span.innerStart - 1;
  let tag = xml.slice(span.start, tagEnd);
  for (const [name, value] of Object.entries(changes)) {
    const re = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
    if (value === undefined) tag = tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
    else if (re.test(tag)) tag = tag.replace(re, `$1${name}="${escAttr(value)}"`);
    else tag = `${tag.replace(/\s+$/, "")} ${name}="${escAttr(value)}"`;
  }
  return xml.slice(0, span.start) + tag + xml.slice(tagEnd);
}

/**
 * Puts `fragment` among the root's children at its schema position: before the first child whose name comes after
 * `name` in `order`, else at the root's end. A self-closed root is opened first.
 */
export function insertChild(xml: string, order: readonly string[], name: string, fragment: string): string {
  const { element, children } = root(xml);
  if (element.innerStart === element.end) {
    const opened = `${xml.slice(element.start, element.end - 2).replace(/\s+$/, "")}>${fragment}</${element.qname}>`;
    return splice(xml, element.start, element.end, opened);
  }
  const rank = order.indexOf(name);
  const after = children.find((c) => {
    const r = order.indexOf(c.name);
    return r > rank;
  });
  return splice(xml, after ? after.start : element.innerEnd, after ? after.start : element.innerEnd, fragment);
}
