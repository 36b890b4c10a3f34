/**
 * Odd-but-valid XML for tests, made without the project's own XML code: a part is parsed with saxes into a tree and
 * written back with the forms a producer may choose and a careless reader trips on — single quotes, a prefix on
 * every element, CRLF between elements, comments and processing instructions before the root and between elements,
 * texts as CDATA, characters as references, attributes in a foreign (ignorable) namespace whose values hold ">" and
 * quotes, and UTF-16 in either byte order. Everything is deterministic, so a failing case can be run again.
 */
import { SaxesParser } from "saxes";

export interface XNode {
  /** Qualified name as written. */
  name: string;
  /** Attributes in document order, values decoded. */
  attrs: Array<[string, string]>;
  children: Array<XNode | string>;
}

/** The part's root element, texts as strings (saxes has decoded and normalised them); comments and PIs dropped. */
export function parseTree(xml: string): XNode {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XNode[] = [];
  let root: XNode | undefined;
  parser.on("opentag", (t) => {
    const el: XNode = { name: t.name, attrs: Object.entries(t.attributes as Record<string, string>), children: [] };
    stack[stack.length - 1]?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  const text = (t: string): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    const last = top.children[top.children.length - 1];
    if (typeof last === "string") top.children[top.children.length - 1] = last + t;
    else top.children.push(t);
  };
  parser.on("text", text);
  parser.on("cdata", text);
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

export interface OddOptions {
  /** The quote attributes are written in. */
  readonly quote?: '"' | "'";
  /** Moves the root's default namespace to this prefix ("x") on every element in it. */
  readonly prefix?: string;
  /** CRLF and indentation between elements that hold elements. */
  readonly crlf?: boolean;
  /** A comment before the root and one between every two elements that hold elements, with "<", ">" and "--"-free markup inside. */
  readonly comments?: boolean;
  /** A processing instruction before the root and between elements, as the comments. */
  readonly instructions?: boolean;
  /** A comment and a processing instruction before the root only. */
  readonly beforeRoot?: boolean;
  /** Every text of these elements (local names) as CDATA. */
  readonly cdata?: ReadonlySet<string>;
  /** Non-ASCII characters and the five specials as character references. */
  readonly references?: boolean;
  /** An attribute in an ignorable foreign namespace on every element of these local names, its value holding ">" and both quotes. */
  readonly foreignAttrs?: ReadonlySet<string>;
}

const FOREIGN_NS = "urn:pressdx:test:odd";
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** The tree written back with the odd forms asked for, after an XML declaration. */
export function writeOdd(root: XNode, o: OddOptions): string {
  const q = o.quote ?? '"';
  const head = `<?xml version=${q}1.0${q} encoding=${q}UTF-8${q} standalone=${q}yes${q}?>`;
  const before = [o.comments || o.beforeRoot ? "<!-- before the root: <worksheet> </row> -->" : "", o.instructions || o.beforeRoot ? "<?pressdx-odd before the root?>" : ""].join(o.crlf ? "\r\n" : "");
  const top = prepare(root, o);
  return `${head}${o.crlf ? "\r\n" : ""}${before}${o.crlf ? "\r\n" : ""}${write(top, o, 0, prefixOf(root, o))}`;
}

/** The root with the namespace declarations the options need. */
function prepare(root: XNode, o: OddOptions): XNode {
  const attrs = [...root.attrs];
  if (o.prefix) {
    const k = attrs.findIndex(([n]) => n === "xmlns");
    if (k >= 0) attrs[k] = [`xmlns:${o.prefix}`, attrs[k]?.[1] ?? ""];
  }
  if (o.foreignAttrs) {
    attrs.push(["xmlns:q", FOREIGN_NS]);
    if (!attrs.some(([n]) => n === "xmlns:mc")) attrs.push(["xmlns:mc", MC_NS]);
    const ign = attrs.findIndex(([n]) => n === "mc:Ignorable");
    if (ign >= 0) attrs[ign] = ["mc:Ignorable", `${attrs[ign]?.[1] ?? ""} q`.trim()];
    else attrs.push(["mc:Ignorable", "q"]);
  }
  return { ...root, attrs };
}

/** The prefix to give unprefixed elements: only when the root's default namespace was moved to one. */
function prefixOf(root: XNode, o: OddOptions): string {
  return o.prefix && root.attrs.some(([n]) => n === "xmlns") ? `${o.prefix}:` : "";
}

const local = (name: string): string => name.slice(name.indexOf(":") + 1);

function write(el: XNode, o: OddOptions, depth: number, p: string): string {
  // A nested default namespace ends the prefixing below it.
  const inner = el.attrs.some(([n]) => n === "xmlns") && depth > 0 ? "" : p;
  const name = el.name.includes(":") ? el.name : `${inner}${el.name}`;
  const attrs = el.attrs.map(([k, v]) => ` ${k}=${quoted(v, o)}`);
  if (o.foreignAttrs?.has(local(el.name))) attrs.push(` q:note=${quoted(`a>b "c" 'd' </row>`, o)}`);
  if (el.children.length === 0) return `<${name}${attrs.join("")}/>`;
  const elementsOnly = el.children.some((c) => typeof c !== "string") && el.children.every((c) => typeof c !== "string" || c.trim() === "");
  let body = "";
  if (elementsOnly) {
    const kids = el.children.filter((c): c is XNode => typeof c !== "string");
    const gap = (k: number): string =>
      (o.crlf ? `\r\n${"  ".repeat(depth + 1)}` : "") + (o.comments ? `<!-- ${k}: <c r="Z1"><v>9</v></c> </row> -->` : "") + (o.instructions ? `<?pressdx-odd ${k} ?>` : "");
    kids.forEach((c, k) => (body += gap(k) + write(c, o, depth + 1, inner)));
    body += o.crlf ? `\r\n${"  ".repeat(depth)}` : "";
  } else {
    for (const c of el.children) body += typeof c === "string" ? textOf(c, local(el.name), o) : write(c, o, depth + 1, inner);
  }
  return `<${name}${attrs.join("")}>${body}</${name}>`;
}

/** In a tree's text, stands for a CRLF written literally (which a reader reads as a line feed). */
export const LITERAL_CRLF = "\ue000";

function textOf(t: string, parent: string, o: OddOptions): string {
  if (o.cdata?.has(parent) && !t.includes("]]>") && !/\r/.test(t)) return `<![CDATA[${t.replaceAll(LITERAL_CRLF, "\r\n")}]]>`;
  return escape(t, o).replace(/\r/g, "&#13;").replaceAll(LITERAL_CRLF, "\r\n");
}

function quoted(v: string, o: OddOptions): string {
  const q = o.quote ?? '"';
  const body = escape(v, o)
    .replace(q === '"' ? /"/g : /'/g, q === '"' ? "&quot;" : "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
  return `${q}${body}${q}`;
}

function escape(s: string, o: OddOptions): string {
  const e = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, o.references ? "&#62;" : "&gt;");
  if (!o.references) return e;
  return e.replace(/[\u0080-\ud7ff\ue001-\uffff\u{10000}-\u{10ffff}]/gu, (c) => `&#x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()};`);
}

/** Text in UTF-16 with its byte-order mark, the declaration saying so. */
export function utf16(xml: string, order: "le" | "be"): Buffer {
  const text = xml.replace(/encoding=(["'])UTF-8\1/, "encoding=$1UTF-16$1");
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  return order === "le" ? le : le.swap16();
}
