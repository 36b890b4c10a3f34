/**
 * Just enough OOXML package handling to add parts to a zip ExcelJS wrote: relationships, content types,
 * part paths, and the top-level children of a part's root element. String based on purpose: the parts are
 * ExcelJS's own well-formed output, and we only insert elements, never rewrite what is there.
 */
import path from "node:path";

export const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
};
export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export interface Element {
  /** Name without namespace prefix. */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Offset of the "<" of its start tag. */
  readonly start: number;
}

const TOKEN_RE = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The children of the element starting at `from` (by default the root), in document order, and where its
 * end tag starts (-1 when it is self-closed). Offsets are into `xml`.
 */
export function children(xml: string, from = 0): { elements: Element[]; rootEnd: number } {
  const elements: Element[] = [];
  let depth = 0;
  let rootEnd = -1;
  const TOKEN = new RegExp(TOKEN_RE.source, "g");
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    const name = m[2];
    if (name === undefined) continue; // comment, processing instruction, CDATA
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    if (closing) {
      depth--;
      if (depth === 0) {
        rootEnd = m.index;
        break;
      }
      continue;
    }
    if (depth === 0 && selfClosing) return { elements, rootEnd: -1 }; // an empty root such as <Relationships/>
    if (depth === 1) elements.push({ name: localName(name), attrs: attributes(m[3] ?? ""), start: m.index });
    if (!selfClosing) depth++;
  }
  if (rootEnd < 0) throw new Error("not a well-formed part: the root element is not closed");
  return { elements, rootEnd };
}

function localName(qname: string): string {
  return qname.slice(qname.indexOf(":") + 1);
}

/** Attributes by qualified name, entities decoded. */
export function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of source.matchAll(ATTR)) out[a[1] ?? ""] = unescapeXml(a[2] ?? a[3] ?? "");
  return out;
}

/** An attribute by local name, whatever its prefix (r:id may be bound to another prefix). */
export function attr(el: Element, local: string): string | undefined {
  const key = Object.keys(el.attrs).find((k) => localName(k) === local);
  return key === undefined ? undefined : el.attrs[key];
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e] ?? "";
  });
}

/** Rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPath(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

/** A relationship target resolved against its source part, as a zip path without leading "/". */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(sourcePart), target));
}

/** A target relative to the source part, as Excel writes them ("../drawings/drawing1.xml"). */
export function relativeTarget(sourcePart: string, part: string): string {
  return path.posix.relative(path.posix.dirname(sourcePart), part);
}

export function parseRels(xml: string | null): Rel[] {
  if (xml === null) return [];
  return children(xml).elements
    .filter((e) => e.name === "Relationship")
    .map((e) => ({
      id: e.attrs.Id ?? "",
      type: e.attrs.Type ?? "",
      target: e.attrs.Target ?? "",
      external: e.attrs.TargetMode === "External",
    }));
}

/** Adds a relationship with a fresh id to a rels part (created when absent); existing ones are kept as they are. */
export function addRel(xml: string | null, type: string, target: string): { xml: string; id: string } {
  const base = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const taken = new Set(parseRels(xml).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  return { xml: insertBeforeRootEnd(base, `<Relationship Id="${id}" Type="${type}" Target="${escAttr(target)}"/>`), id };
}

/** Declares a part's content type, unless it already has an override. */
export function addOverride(xml: string, part: string, contentType: string): string {
  const name = `/${part}`;
  const has = children(xml).elements.some((e) => e.name === "Override" && e.attrs.PartName === name);
  return has ? xml : insertBeforeRootEnd(xml, `<Override PartName="${escAttr(name)}" ContentType="${contentType}"/>`);
}

export function insertBeforeRootEnd(xml: string, fragment: string): string {
  // A self-closed empty root (<Relationships/>) has no end tag: open it up first.
  const open = xml.replace(/<([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/>\s*$/, "<$1$2></$1>");
  const { rootEnd } = children(open);
  return open.slice(0, rootEnd) + fragment + open.slice(rootEnd);
}

export function insertAt(xml: string, at: number, fragment: string): string {
  return xml.slice(0, at) + fragment + xml.slice(at);
}

function escAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}
