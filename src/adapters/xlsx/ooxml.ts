/**
 * Just enough OOXML package vocabulary for the package reader and writer: relationship types and content types,
 * part paths, relationships parts, and the top-level children of a part's root element.
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
