/**
 * String-level editing of package XML, on the reader's own scanner (one grammar for reading and writing): the
 * spans of a part's elements (start and end offsets, so an element can be replaced or removed without touching a
 * byte around it), attributes set by their offsets, escaping, and the root's namespace prefix (a part written
 * `<x:worksheet xmlns:x=…>` needs its new elements prefixed the same way). No DOM: a part we edit keeps every byte
 * we do not mean to change, comments and processing instructions included.
 */
import { WorkbookReadError } from "../readError";
import { scanSink } from "../package/scanner";
import type { XmlAttribute, XmlAttributes, XmlHandler, XmlSink } from "../package/xml";
import { isSpace } from "../package/xmlChars";

/** Which part of which file a text is, for the one-line refusal a malformed part gets. */
export interface XmlWhere {
  readonly file: string;
  readonly part: string;
}

export interface Span {
  /** Local name (prefix dropped). */
  readonly name: string;
  /** Name as written, prefix included. */
  readonly qname: string;
  /** Attributes by qualified name, values decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Attributes in document order with their offsets. */
  readonly attrList: readonly XmlAttribute[];
  /** Offset of "<" of the start tag. */
  readonly start: number;
  /** Offset just after the element's end ("/>" or its end tag). */
  readonly end: number;
  /** Offset just after the start tag (= end when self-closed). */
  readonly innerStart: number;
  /** Offset of the end tag's "<" (= end when self-closed). */
  readonly innerEnd: number;
}

export interface Node extends Span {
  /** Child elements, when within the depth outlined. */
  readonly children: readonly Node[];
  /** The character data directly inside the element (not in its children), decoded. */
  readonly text: string;
}

interface Building {
  name: string;
  qname: string;
  attrs: Record<string, string>;
  attrList: XmlAttribute[];
  start: number;
  innerStart: number;
  children: Node[];
  text: string;
}

/** A refusal to edit a part the reader accepts but the editor cannot splice safely; nothing is written. */
export function refuseEdit(where: XmlWhere, why: string): WorkbookReadError {
  return new WorkbookReadError("corrupted", where.file, `cannot be edited safely: part ${where.part} ${why}; nothing was written`);
}

/** Runs the scanner over a whole text, `handler` given the sink so it can read each token's offsets. */
export function scanText(xml: string, where: XmlWhere, handler: (sink: () => XmlSink) => XmlHandler): void {
  let sink: XmlSink | null = null;
  const made = scanSink(where.file, where.part, handler(() => sink as XmlSink));
  sink = made;
  made.write(xml);
  made.end();
}

/** Calls `visit` for every start tag of the text, with its local name, attributes and offsets. */
export function eachElement(xml: string, where: XmlWhere, visit: (name: string, attrs: XmlAttributes, start: number, end: number) => void): void {
  scanText(xml, where, (sink) => ({
    open(name, attrs) {
      visit(name, attrs, sink().at.start, sink().at.end);
    },
  }));
}

/** The part's elements down to `depth` levels (1: the root alone, 2: its children too...), with their spans. */
export function outline(xml: string, where: XmlWhere, depth = 2): Node {
  const stack: Building[] = [];
  let level = 0;
  let top: Node | null = null;
  scanText(xml, where, (sink) => ({
    open(name, attrs) {
      level++;
      if (level > depth) return;
      const at = sink().at;
      stack.push({ name, qname: at.qname, attrs: attrs.toObject(), attrList: attrs.list(), start: at.start, innerStart: at.end, children: [], text: "" });
    },
    close() {
      const l = level--;
      if (l > depth) return;
      const b = stack.pop();
      if (!b) return;
      const at = sink().at;
      const selfClosed = at.start === b.start;
      const node: Node = {
        name: b.name,
        qname: b.qname,
        attrs: b.attrs,
        attrList: b.attrList,
        start: b.start,
        end: at.end,
        innerStart: b.innerStart,
        innerEnd: selfClosed ? at.end : at.start,
        children: b.children,
        text: b.text,
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      else top = node;
    },
    text(t) {
      const b = stack[stack.length - 1];
      if (b && level === stack.length) b.text += t;
    },
  }));
  if (!top) throw refuseEdit(where, "has no root element");
  return top;
}

/** The root element of a part and its children. */
export function root(xml: string, where: XmlWhere): { element: Node; children: readonly Node[] } {
  const element = outline(xml, where, 2);
  return { element, children: element.children };
}

/** "x:" when the element is written with a prefix, else "". */
export function prefixOf(span: Pick<Span, "qname">): string {
  const i = span.qname.indexOf(":");
  return i < 0 ? "" : span.qname.slice(0, i + 1);
}

const SPACE = /\s/;

/**
 * Whether a text needs xml:space="preserve": Excel trims a text's outer spaces and line breaks unless told to keep
 * them. Its two ends and a line feed are looked at, not the whole text matched against /^\s|\s$/ (which tries
 * the end at every position: a sixth of writing a merged table's strings).
 */
export function keepsSpace(s: string): boolean {
  return s !== "" && (SPACE.test(s.charAt(0)) || SPACE.test(s.charAt(s.length - 1)) || s.includes("\n"));
}

export function escText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

// Characters XML 1.0 cannot hold at all, and the carriage return (a reader turns a literal one into a line feed):
// OOXML spells them _xHHHH_, as Excel does (and a literal "_xHHHH_" gets its "_" escaped).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;

// eslint-disable-next-line no-control-regex
const PLAIN_NEEDS_WORK = /[\x00-\x08\x0b-\x1f&<>_\ud800-\udfff\ufffe\uffff]/;

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

/**
 * Sets (or removes, with undefined) attributes of the start tag at `span`, by the offsets the scanner gave: a value
 * replaced where it stands, a new attribute after the last one, the others kept as written.
 */
export function setAttrs(xml: string, span: Pick<Span, "start" | "qname" | "attrList">, changes: Readonly<Record<string, string | undefined>>): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let appendAt = span.attrList.length ? (span.attrList[span.attrList.length - 1]?.end ?? 0) : span.start + 1 + span.qname.length;
  let appended = "";
  for (const [name, value] of Object.entries(changes)) {
    const a = span.attrList.find((x) => x.name === name);
    if (a && value === undefined) {
      let from = a.start;
      while (from > span.start && isSpace(xml.charCodeAt(from - 1))) from--;
      edits.push({ start: from, end: a.end, text: "" });
      if (a.end === appendAt) appendAt = from;
    } else if (a && value !== undefined) edits.push({ start: a.start, end: a.end, text: `${name}="${escAttr(value)}"` });
    else if (value !== undefined) appended += ` ${name}="${escAttr(value)}"`;
  }
  if (appended) edits.push({ start: appendAt, end: appendAt, text: appended });
  let out = xml;
  for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) out = splice(out, e.start, e.end, e.text);
  return out;
}

/** The span as offsets into a text that starts at `offset` of the one it was read from (a slice of the part). */
export function shifted<T extends Pick<Span, "start" | "qname" | "attrList">>(span: T, offset: number): Pick<Span, "start" | "qname" | "attrList"> {
  return { start: span.start - offset, qname: span.qname, attrList: span.attrList.map((a) => ({ name: a.name, value: a.value, start: a.start - offset, end: a.end - offset })) };
}

/** The start tag `tag` ("<row r='1' spans='1:3'>") with attributes set or removed. */
export function editTag(tag: string, where: XmlWhere, changes: Readonly<Record<string, string | undefined>>): string {
  const open = tag.endsWith("/>") ? `${tag.slice(0, -2)}>` : tag;
  const element = outline(`${open}</${qnameOfTag(open)}>`, where, 1);
  return setAttrs(open, element, changes);
}

/** The attributes of the start tag `tag`, by qualified name. */
export function tagAttrs(tag: string, where: XmlWhere): Readonly<Record<string, string>> {
  const open = tag.endsWith("/>") ? `${tag.slice(0, -2)}>` : tag;
  return outline(`${open}</${qnameOfTag(open)}>`, where, 1).attrs;
}

function qnameOfTag(tag: string): string {
  let n = 1;
  while (n < tag.length && !isSpace(tag.charCodeAt(n)) && tag.charCodeAt(n) !== 62 && tag.charCodeAt(n) !== 47) n++;
  return tag.slice(1, n);
}

/** A self-closed element (`<a x="1"/>`) written with `content` inside (`<a x="1">content</a>`). */
export function withContent(xml: string, span: Span, content: string): string {
  let tagEnd = span.end - 2;
  while (tagEnd > span.start && isSpace(xml.charCodeAt(tagEnd - 1))) tagEnd--;
  return `${xml.slice(span.start, tagEnd)}>${content}</${span.qname}>`;
}

/** The element at `span` written with an end tag (`<a/>` as `<a></a>`), so children can go inside. */
export function opened(xml: string, span: Span): string {
  return span.innerStart !== span.end ? xml : splice(xml, span.start, span.end, withContent(xml, span, ""));
}

/**
 * Puts `fragment` among the root's children at its schema position: before the first child whose name comes after
 * `name` in `order`, else at the root's end. A self-closed root is opened first.
 */
export function insertChild(xml: string, where: XmlWhere, order: readonly string[], name: string, fragment: string): string {
  const { element, children } = root(xml, where);
  if (element.innerStart === element.end) return splice(xml, element.start, element.end, withContent(xml, element, fragment));
  const rank = order.indexOf(name);
  const after = children.find((c) => order.indexOf(c.name) > rank);
  const at = after ? after.start : element.innerEnd;
  return splice(xml, at, at, fragment);
}
