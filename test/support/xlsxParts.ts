/**
 * Looks inside a saved .xlsx package for tests: every XML part parsed with a namespace-aware parser (saxes,
 * which ExcelJS already uses), so a part that is not well-formed or uses an undeclared prefix fails; and the
 * package checks Excel does on open: every relationship target exists, every r:id resolves, every part has a
 * content type.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";

export interface XmlEl {
  /** Qualified name as written ("c:ser"). */
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  /** Attributes by qualified name. */
  readonly attrs: Record<string, string>;
  /** Namespace URI of each attribute, by qualified name. */
  readonly attrUris: Record<string, string>;
  readonly children: XmlEl[];
  text: string;
}

export function parseXml(xml: string): XmlEl {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlEl[] = [];
  let root: XmlEl | undefined;
  parser.on("opentag", (t) => {
    const attrs: Record<string, string> = {};
    const attrUris: Record<string, string> = {};
    for (const [k, a] of Object.entries(t.attributes)) {
      attrs[k] = a.value;
      attrUris[k] = a.uri;
    }
    const el: XmlEl = { name: t.name, local: t.local, uri: t.uri, attrs, attrUris, children: [], text: "" };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close(); // saxes throws on the first well-formedness or namespace error
  if (!root) throw new Error("no root element");
  return root;
}

/** A part's text by its byte-order mark (UTF-16 either way, else UTF-8), the mark dropped. */
export function textOf(bytes: Buffer): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}

/** Every element below (and including) `el` whose local name is `local`. */
export function all(el: XmlEl, local: string): XmlEl[] {
  const out = el.local === local ? [el] : [];
  for (const c of el.children) out.push(...all(c, local));
  return out;
}

export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The content type a part must declare for the relationship that reaches it (the generic application/xml won't do). */
const TYPE_OF_REL: Record<string, string> = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
};

export class Package {
  private constructor(
    private readonly zip: JSZip,
    readonly parts: ReadonlyMap<string, XmlEl>,
  ) {}

  static async open(file: string): Promise<Package> {
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const parts = new Map<string, XmlEl>();
    for (const name of Object.keys(zip.files)) {
      if (zip.files[name]?.dir || !/\.(xml|rels|vml)$/.test(name)) continue;
      const xml = textOf(await zip.file(name)!.async("nodebuffer"));
      try {
        parts.set(name, parseXml(xml));
      } catch (e) {
        throw new Error(`${name} is not well-formed XML: ${(e as Error).message}`);
      }
    }
    return new Package(zip, parts);
  }

  get files(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n]?.dir);
  }

  part(name: string): XmlEl {
    const p = this.parts.get(name);
    if (!p) throw new Error(`no part ${name}; parts: ${[...this.parts.keys()].join(", ")}`);
    return p;
  }

  /** The relationships of a part, Id → resolved target path. */
  rels(part: string): Map<string, { type: string; target: string }> {
    const rels = this.parts.get(path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`));
    const out = new Map<string, { type: string; target: string }>();
    for (const r of rels ? all(rels, "Relationship") : []) {
      const t = r.attrs.Target ?? "";
      const target = r.attrs.TargetMode === "External" ? t : t.startsWith("/") ? t.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(part), t));
      out.set(r.attrs.Id ?? "", { type: r.attrs.Type ?? "", target });
    }
    return out;
  }

  /** Problems Excel would "repair": dangling targets, unresolved r:ids, parts without a content type. */
  problems(): string[] {
    const out: string[] = [];
    const files = new Set(this.files);
    const types = this.part("[Content_Types].xml");
    const overrideType = new Map(all(types, "Override").map((o) => [o.attrs.PartName, o.attrs.ContentType]));
    const overrides = new Set(overrideType.keys());
    const defaults = new Set(all(types, "Default").map((d) => d.attrs.Extension?.toLowerCase()));
    for (const f of files) {
      if (f === "[Content_Types].xml") continue;
      const ext = f.slice(f.lastIndexOf(".") + 1).toLowerCase();
      if (!overrides.has(`/${f}`) && !defaults.has(ext)) out.push(`${f} has no content type`);
    }
    for (const o of overrides) if (o && !files.has(o.slice(1))) out.push(`content type for missing part ${o}`);
    for (const [name, root] of this.parts) {
      if (name.endsWith(".rels")) continue;
      const rels = this.rels(name);
      for (const r of rels.values()) {
        if (!/^[a-z]+:/i.test(r.target) && !files.has(r.target)) out.push(`${name} → missing ${r.target}`);
        const want = TYPE_OF_REL[r.type.replace(/.*\//, "")];
        if (want && overrideType.get(`/${r.target}`) !== want) out.push(`${r.target} is not declared as ${want}`);
      }
      const visit = (el: XmlEl): void => {
        for (const [k, v] of Object.entries(el.attrs)) {
          if (el.attrUris[k] === R_NS && !rels.has(v)) out.push(`${name}: ${el.name} ${k}="${v}" does not resolve`);
        }
        el.children.forEach(visit);
      };
      visit(root);
    }
    return out;
  }

  /** Zip path of each sheet's part, by sheet name, through the workbook's relationships. */
  sheetParts(): Map<string, string> {
    const rels = this.rels("xl/workbook.xml");
    const out = new Map<string, string>();
    for (const s of all(this.part("xl/workbook.xml"), "sheet")) {
      const id = Object.entries(s.attrs).find(([k]) => s.attrUris[k] === R_NS)?.[1] ?? "";
      const target = rels.get(id)?.target;
      if (target && s.attrs.name) out.set(s.attrs.name, target);
    }
    return out;
  }

  /** The chart parts of one sheet: sheet → drawing → charts. */
  chartsOf(sheet: string): XmlEl[] {
    const sheetPart = this.sheetParts().get(sheet);
    if (!sheetPart) throw new Error(`no sheet ${sheet}`);
    const drawing = all(this.part(sheetPart), "drawing")[0];
    if (!drawing) return [];
    const rid = Object.entries(drawing.attrs).find(([k]) => drawing.attrUris[k] === R_NS)?.[1] ?? "";
    const drawingPart = this.rels(sheetPart).get(rid)?.target ?? "";
    const drawingRels = this.rels(drawingPart);
    return all(this.part(drawingPart), "chart").map((c) => {
      const id = Object.entries(c.attrs).find(([k]) => c.attrUris[k] === R_NS)?.[1] ?? "";
      return this.part(drawingRels.get(id)?.target ?? "");
    });
  }
}

/** The chart's formulas (c:f), in document order. */
export function chartRefs(chart: XmlEl): string[] {
  return all(chart, "f").map((f) => f.text);
}
