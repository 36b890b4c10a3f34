/**
 * Just enough OOXML package vocabulary for the package reader and writer: relationship types and content types,
 * part paths, relationships parts (read with the package scanner, like every part), and cell texts' escapes.
 */
import { posixDirname, posixJoin, posixRelative } from "./posixPath";
import { scanSink } from "./package/scanner";
import type { XmlHandler } from "./package/xml";

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

const XSTRING = /_x([0-9A-Fa-f]{4})_/g;

/**
 * A cell text as Excel reads it (ECMA-376 ST_Xstring): each `_xHHHH_` is the character of that code, so `_x000D_`
 * is a carriage return and `_x005F_` the "_" that keeps a literal escape literal. Left to right, as Excel does.
 */
export function decodeXstring(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(XSTRING, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPath(part: string): string {
  return posixJoin(posixDirname(part), "_rels", `${part.slice(part.lastIndexOf("/") + 1)}.rels`);
}

/** A relationship target resolved against its source part, as a zip path without leading "/". */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return posixJoin(posixDirname(sourcePart), target);
}

/** A target relative to the source part, as Excel writes them ("../drawings/drawing1.xml"). */
export function relativeTarget(sourcePart: string, part: string): string {
  return posixRelative(posixDirname(sourcePart), part);
}

/**
 * A handler that collects a relationships part's relationships (the root's <Relationship> children) into `out`, for
 * the reader (streamed) and the editor (scanned from text) alike.
 */
export function relsHandler(out: Rel[]): XmlHandler {
  let depth = 0;
  return {
    open(name, attrs) {
      depth++;
      if (depth === 2 && name === "Relationship") {
        out.push({ id: attrs.get("Id") ?? "", type: attrs.get("Type") ?? "", target: attrs.get("Target") ?? "", external: attrs.get("TargetMode") === "External" });
      }
    },
    // A self-closing element gets its close too.
    close() {
      depth--;
    },
  };
}

/** The relationships of a relationships part's text (none for null), `part` naming it in a refusal. */
export function parseRels(xml: string | null, file: string, part: string): Rel[] {
  const out: Rel[] = [];
  if (xml === null) return out;
  const sink = scanSink(file, part, relsHandler(out));
  sink.write(xml);
  sink.end();
  return out;
}
