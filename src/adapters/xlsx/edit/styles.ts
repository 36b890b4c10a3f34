/**
 * The styles part (xl/styles.xml) as the package writer edits it: a patch's cell styles become cellXfs indexes
 * and its conditional formats dxfs indexes, found among what the stylesheet already has or appended to it. Only
 * the collections that grew are rewritten, and only by splicing new elements in and updating their counts; every
 * other byte of the input is kept, so whatever a producer wrote that we do not understand survives.
 *
 * Read with the package scanner, like every part: no DOM, and no re-serialising of parts we did not change.
 */
import type { CellStyle, FontStyle } from "../../../sheet/patch";
import { editTag, refuseEdit, scanText, type XmlWhere } from "./xmlEdit";
import { builtInFormat } from "../package/numberFormats";

/** CT_Stylesheet's children in schema order: a collection we create goes before the first that follows it. */
const SHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

type Edited = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
const EDITED: readonly Edited[] = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"];
const ITEM: Readonly<Record<Edited, string>> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf", dxfs: "dxf" };

/** The order Excel writes a font's children in (CT_Font is an unordered choice, but readers are used to this one). */
const FONT_ORDER = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** What Excel writes for a new workbook, trimmed to what a cell style needs. */
const DEFAULT_STYLESHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="${MAIN_NS}">` +
  `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/>` +
  `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `</styleSheet>`;

// ---------------------------------------------------------------------------------------------------------------
// A minimal element tree. Elements read from the input keep their source text and are copied as is; only the
// elements we build or change are serialised.

interface El {
  /** Qualified name as written. */
  readonly name: string;
  /** Attributes in document order, values decoded. */
  readonly attrs: ReadonlyArray<readonly [string, string]>;
  /** Child elements, and text or comments as their source text. */
  readonly children: ReadonlyArray<El | string>;
  /** The source text of an element taken from the input unchanged. */
  readonly raw?: string;
  readonly span?: Span;
}

/** Offsets into the input: start tag, end of start tag, start of end tag (-1 when self-closed), end. */
interface Span {
  readonly start: number;
  readonly openEnd: number;
  readonly closeStart: number;
  readonly end: number;
}

interface Building {
  name: string;
  attrs: Array<readonly [string, string]>;
  children: Array<El | string>;
  start: number;
  openEnd: number;
}

/** The root element of a document, every element with its span and source text, read with the package scanner. */
function parseXml(xml: string, where: XmlWhere): El {
  const stack: Building[] = [];
  let top: El | null = null;
  /** Where the source text not yet given to an element starts: text, comments and instructions are kept as written. */
  let last = 0;
  const between = (to: number): void => {
    const parent = stack[stack.length - 1];
    if (parent && to > last) parent.children.push(xml.slice(last, to));
  };
  scanText(xml, where, (sink) => ({
    open(_, attrs) {
      const at = sink().at;
      between(at.start);
      stack.push({ name: at.qname, attrs: attrs.list().map((a) => [a.name, a.value] as const), children: [], start: at.start, openEnd: at.end });
      last = at.end;
    },
    close() {
      const at = sink().at;
      const b = stack.pop();
      if (!b) return;
      const selfClosed = at.start === b.start;
      if (!selfClosed) between(at.start);
      const span = { start: b.start, openEnd: b.openEnd, closeStart: selfClosed ? -1 : at.start, end: at.end };
      const el: El = { name: b.name, attrs: b.attrs, children: b.children, raw: xml.slice(b.start, at.end), span };
      last = at.end;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else top = el;
    },
  }));
  if (!top) throw refuseEdit(where, "has no root element");
  return top;
}

function localName(qname: string): string {
  return qname.slice(qname.indexOf(":") + 1);
}

function elements(el: El): El[] {
  return el.children.filter((c): c is El => typeof c !== "string");
}

function child(el: El, local: string): El | undefined {
  return elements(el).find((c) => localName(c.name) === local);
}

function getAttr(el: El, name: string): string | undefined {
  return el.attrs.find(([k]) => k === name)?.[1];
}

/** A changed copy: the attribute replaced where it stands, appended when new, removed for undefined. */
function withAttr(el: El, name: string, value: string | undefined): El {
  const has = el.attrs.some(([k]) => k === name);
  const attrs =
    value === undefined
      ? el.attrs.filter(([k]) => k !== name)
      : has
        ? el.attrs.map(([k, v]) => [k, k === name ? value : v] as const)
        : [...el.attrs, [name, value] as const];
  return { name: el.name, attrs, children: el.children };
}

function withChildren(el: El, children: ReadonlyArray<El | string>): El {
  return { name: el.name, attrs: el.attrs, children };
}

/**
 * A copy with the child of that local name replaced, inserted before the first child ranked after it (by
 * `order`; unranked children count as last), or removed for null.
 */
function withChild(el: El, local: string, next: El | null, order: readonly string[]): El {
  const kids = elements(el);
  if (kids.some((c) => localName(c.name) === local)) {
    const out: El[] = [];
    for (const c of kids) {
      if (localName(c.name) !== local) out.push(c);
      else if (next && !out.includes(next)) out.push(next);
    }
    return withChildren(el, out);
  }
  if (!next) return withChildren(el, kids);
  const rank = (name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);
  const at = kids.findIndex((c) => rank(localName(c.name)) > rank(local));
  return withChildren(el, at < 0 ? [...kids, next] : [...kids.slice(0, at), next, ...kids.slice(at)]);
}

function escapeAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" })[c] ?? c);
}

function serialize(el: El | string): string {
  if (typeof el === "string") return el;
  if (el.raw !== undefined) return el.raw;
  const attrs = el.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join("");
  if (el.children.length === 0) return `<${el.name}${attrs}/>`;
  return `<${el.name}${attrs}>${el.children.map(serialize).join("")}</${el.name}>`;
}

/**
 * What an element means, for reuse: local names (a prefixed stylesheet compares equal to a plain one), attributes
 * in any order, whitespace and comments ignored, a font's children in any order (CT_Font is an unordered choice).
 */
function canonical(el: El): string {
  const attrs = el.attrs
    .filter(([k]) => k !== "xmlns" && !k.startsWith("xmlns:"))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .sort()
    .join(" ");
  const kids = el.children.flatMap((c) => {
    if (typeof c !== "string") return [canonical(c)];
    const t = c.trim();
    return t && !t.startsWith("<") ? [JSON.stringify(t)] : [];
  });
  if (localName(el.name) === "font") kids.sort();
  return `<${localName(el.name)} ${attrs}>${kids.join("")}</>`;
}

// ---------------------------------------------------------------------------------------------------------------

/** One of the collections we may append to: its items in order (read, then added) and a lookup for reuse. */
class Collection {
  readonly items: El[];
  readonly added: El[] = [];
  private byCanonical: Map<string, number> | undefined;

  constructor(
    readonly name: Edited,
    readonly el: El | undefined,
  ) {
    this.items = el ? elements(el).filter((c) => localName(c.name) === ITEM[name]) : [];
  }

  find(el: El): number | undefined {
    if (!this.byCanonical) {
      this.byCanonical = new Map();
      this.items.forEach((item, i) => {
        const key = canonical(item);
        if (!this.byCanonical?.has(key)) this.byCanonical?.set(key, i);
      });
    }
    return this.byCanonical.get(canonical(el));
  }

  add(el: El): number {
    this.find(el); // builds the lookup before the item joins it
    const index = this.items.length;
    this.items.push(el);
    this.added.push(el);
    const key = canonical(el);
    if (!this.byCanonical?.has(key)) this.byCanonical?.set(key, index);
    return index;
  }
}

const argb = (hex: string): string => `FF${hex.toUpperCase()}`;

/** A key naming what a style changes, for the (base, style) → index memo. */
function styleKey(s: CellStyle): string {
  const f: FontStyle | undefined = s.font;
  const font = f && [f.bold, f.italic, f.underline, f.color?.toUpperCase(), f.size];
  return JSON.stringify([s.fill?.toUpperCase(), font, s.border, s.horizontal, s.vertical, s.wrap, s.numberFormat, s.locked]);
}

/** A border that draws nothing: no side or diagonal has a line style. */
function drawsNothing(border: El): boolean {
  return elements(border).every((side) => (getAttr(side, "style") ?? "none") === "none");
}

/** A solid fill of that foreground colour; bgColor does not show under a solid pattern, so it is not compared. */
function isSolidFill(fill: El, color: string): boolean {
  const pattern = child(fill, "patternFill");
  if (!pattern || getAttr(pattern, "patternType") !== "solid") return false;
  const fg = child(pattern, "fgColor");
  return !!fg && fg.attrs.length === 1 && getAttr(fg, "rgb")?.toUpperCase() === color;
}

/** The highest built-in number format id Excel leaves out of styles.xml (custom ids start at 164). */
const LAST_BUILT_IN = 163;

export class StyleBook {
  private readonly root: El;
  /** The root's namespace prefix with its colon ("x:"), or "" for the default namespace: new elements use it. */
  private readonly prefix: string;
  private readonly collections: Record<Edited, Collection>;
  /** Custom number formats: id → code. */
  private readonly formats = new Map<number, string>();
  private readonly hasStyleXfs: boolean;
  private readonly memo = new Map<string, number>();

  private readonly byObject = new WeakMap<CellStyle, Map<number, number>>();
  private constructor(
    private readonly text: string,
    private readonly where: XmlWhere,
  ) {
    this.root = parseXml(text, where);
    if (localName(this.root.name) !== "styleSheet") throw refuseEdit(where, `has the root <${this.root.name}>, not <styleSheet>`);
    const colon = this.root.name.indexOf(":");
    this.prefix = colon < 0 ? "" : this.root.name.slice(0, colon + 1);
    const top = (local: string): El | undefined => child(this.root, local);
    this.collections = Object.fromEntries(EDITED.map((name) => [name, new Collection(name, top(name))])) as Record<Edited, Collection>;
    for (const f of this.collections.numFmts.items) {
      const id = Number(getAttr(f, "numFmtId"));
      if (Number.isInteger(id) && !this.formats.has(id)) this.formats.set(id, getAttr(f, "formatCode") ?? "");
    }
    const styleXfs = top("cellStyleXfs");
    this.hasStyleXfs = !!styleXfs && elements(styleXfs).length > 0;
  }

  /** Parses xl/styles.xml text; null gives a minimal default stylesheet such as Excel writes. */
  static parse(xml: string | null, where: XmlWhere = { file: "(new workbook)", part: "xl/styles.xml" }): StyleBook {
    return new StyleBook(xml ?? DEFAULT_STYLESHEET, where);
  }

  /**
   * The cellXfs index for a cell whose style index is `base` (0 when it has none) with `style` applied: only what
   * `style` names changes. An identical xf already present is reused; an out-of-range base counts as 0.
   */
  cellXf(base: number, style: CellStyle): number {
    // A layout reuses one style object over many cells: answer those without building a key.
    let byBase = this.byObject.get(style);
    const hit = byBase?.get(base);
    if (hit !== undefined) return hit;
    const index = this.cellXfByKey(base, style);
    if (!byBase) this.byObject.set(style, (byBase = new Map()));
    byBase.set(base, index);
    return index;
  }

  private cellXfByKey(base: number, style: CellStyle): number {
    const xfs = this.collections.cellXfs;
    const b = Number.isInteger(base) && base >= 0 && base < xfs.items.length ? base : 0;
    const key = `${b}|${styleKey(style)}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;

    const baseXf = xfs.items[b] ?? this.defaultXf();
    let xf = baseXf;
    // A part is set only when the base's own one does not already look so (null), and only when its id changes:
    // a style that changes nothing gives the base back, even where the stylesheet holds duplicates.
    const setId = (attr: string, apply: string, id: number | null): void => {
      if (id !== null && Number(getAttr(baseXf, attr) ?? 0) !== id) xf = withAttr(withAttr(xf, attr, String(id)), apply, "1");
    };
    const own = (name: Edited, attr: string): El | undefined => this.collections[name].items[Number(getAttr(baseXf, attr) ?? 0)];
    if (style.numberFormat !== undefined) setId("numFmtId", "applyNumberFormat", this.numFmtId(style.numberFormat));
    if (style.font) {
      const base = this.fontOf(baseXf);
      const font = this.mergeFont(base, style.font);
      setId("fontId", "applyFont", base === own("fonts", "fontId") && canonical(font) === canonical(base) ? null : this.indexOf("fonts", font));
    }
    if (style.fill !== undefined) {
      const fill = own("fills", "fillId");
      setId("fillId", "applyFill", fill && Number(getAttr(baseXf, "fillId")) >= 2 && isSolidFill(fill, argb(style.fill)) ? null : this.fillId(argb(style.fill)));
    }
    if (style.border !== undefined) {
      const border = own("borders", "borderId");
      const already = border && (style.border ? canonical(border) === canonical(this.thinBorder()) : drawsNothing(border));
      setId("borderId", "applyBorder", already ? null : this.borderId(style.border));
    }
    if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined) {
      const current = child(baseXf, "alignment");
      let alignment = current ?? this.el("alignment");
      if (style.horizontal !== undefined) alignment = withAttr(alignment, "horizontal", style.horizontal);
      if (style.vertical !== undefined) alignment = withAttr(alignment, "vertical", style.vertical === "middle" ? "center" : style.vertical);
      if (style.wrap !== undefined) alignment = withAttr(alignment, "wrapText", style.wrap ? "1" : undefined);
      if (canonical(alignment) !== canonical(current ?? this.el("alignment"))) {
        const keep = alignment.attrs.length > 0 || alignment.children.length > 0;
        // CT_Xf: alignment, protection, extLst.
        xf = withAttr(withChild(xf, "alignment", keep ? alignment : null, ["alignment", "protection", "extLst"]), "applyAlignment", "1");
      }
    }
    if (style.locked !== undefined) {
      // CT_CellProtection: locked defaults to true, so a locked cell needs no element at all.
      const current = child(baseXf, "protection");
      const attr = getAttr(current ?? this.el("protection"), "locked") ?? "1";
      const locked = attr !== "0" && attr !== "false";
      if (locked !== style.locked) {
        const protection = style.locked ? null : this.el("protection", [["locked", "0"]]);
        xf = withAttr(withChild(xf, "protection", protection, ["alignment", "protection", "extLst"]), "applyProtection", "1");
      }
    }
    const index = xf === baseXf ? b : this.indexOf("cellXfs", xf);
    this.memo.set(key, index);
    return index;
  }

  /** A dxfs index for a conditional format's style: a solid fill as the pattern's bgColor, font bold/italic/colour. */
  dxf(style: Pick<CellStyle, "fill" | "font">): number {
    const parts: El[] = [];
    const f = style.font;
    const font: El[] = [];
    // In a dxf an absent <b/> means "as the cell is", so false is written out: the rule then un-bolds.
    if (f?.bold !== undefined) font.push(this.el("b", f.bold ? [] : [["val", "0"]]));
    if (f?.italic !== undefined) font.push(this.el("i", f.italic ? [] : [["val", "0"]]));
    if (f?.color !== undefined) font.push(this.el("color", [["rgb", argb(f.color)]]));
    if (font.length) parts.push(this.el("font", [], font));
    if (style.fill !== undefined) {
      const bg = this.el("bgColor", [["rgb", argb(style.fill)]]);
      parts.push(this.el("fill", [], [this.el("patternFill", [["patternType", "solid"]], [bg])]));
    }
    return this.indexOf("dxfs", this.el("dxf", [], parts));
  }

  /** The number format code of a cellXfs index ("General" for 0, none, or an id we cannot name). */
  numberFormat(xf: number): string {
    const el = this.collections.cellXfs.items[xf];
    const id = Number((el && getAttr(el, "numFmtId")) ?? 0);
    return this.formats.get(id) ?? builtInFormat(id) ?? "General";
  }

  /** True once anything was added. */
  get changed(): boolean {
    return EDITED.some((name) => this.collections[name].added.length > 0);
  }

  /** The stylesheet: the input text exactly when nothing changed, else the input with the grown collections spliced. */
  toXml(): string {
    if (!this.changed) return this.text;
    const edits: Array<{ start: number; end: number; text: string }> = [];
    const rootSpan = this.root.span!;
    for (const name of EDITED) {
      const c = this.collections[name];
      if (c.added.length === 0) continue;
      const appended = c.added.map(serialize).join("");
      const count = c.items.length;
      const span = c.el?.span;
      if (c.el && span) {
        const startTag = this.text.slice(span.start, span.openEnd);
        if (span.closeStart < 0) {
          edits.push({ start: span.start, end: span.end, text: `${editTag(startTag, this.where, { count: String(count) })}${appended}</${c.el.name}>` });
        } else {
          edits.push({ start: span.start, end: span.openEnd, text: editTag(startTag, this.where, { count: String(count) }) });
          edits.push({ start: span.closeStart, end: span.closeStart, text: appended });
        }
        continue;
      }
      const qname = `${this.prefix}${name}`;
      const whole = `<${qname} count="${count}">${appended}</${qname}>`;
      const after = elements(this.root).find((e) => SHEET_ORDER.indexOf(localName(e.name)) > SHEET_ORDER.indexOf(name));
      if (after?.span) {
        edits.push({ start: after.span.start, end: after.span.start, text: whole });
      } else if (rootSpan.closeStart >= 0) {
        edits.push({ start: rootSpan.closeStart, end: rootSpan.closeStart, text: whole });
      } else {
        // A self-closed <styleSheet/>: open it up around the new collection.
        const open = editTag(this.text.slice(rootSpan.start, rootSpan.end), this.where, {});
        edits.push({ start: rootSpan.start, end: rootSpan.end, text: `${open}${whole}</${this.root.name}>` });
      }
    }
    // Several inserts may share an offset: a stable sort keeps them in schema order.
    edits.sort((a, b) => a.start - b.start);
    let out = "";
    let at = 0;
    for (const e of edits) {
      out += this.text.slice(at, e.start) + e.text;
      at = Math.max(at, e.end);
    }
    return out + this.text.slice(at);
  }

  // -------------------------------------------------------------------------------------------------------------

  private el(local: string, attrs: ReadonlyArray<readonly [string, string]> = [], children: readonly El[] = []): El {
    return { name: `${this.prefix}${local}`, attrs, children };
  }

  /** The index of an element equal to `el`, appending it when there is none. */
  private indexOf(name: Edited, el: El): number {
    const c = this.collections[name];
    const found = c.find(el);
    if (found !== undefined) return found;
    this.seed(c);
    return c.find(el) ?? c.add(el); // a seed may be the very element asked for
  }

  /**
   * Before the first item goes into an empty or missing collection, the entries Excel takes for granted: font 0,
   * fills 0 and 1 (none and gray125, which Excel reserves whatever they say), border 0, and cell xf 0 (the default
   * every unstyled cell has).
   */
  private seed(c: Collection): void {
    const seeds: El[] =
      c.name === "fonts"
        ? [this.defaultFont()]
        : c.name === "fills"
          ? ["none", "gray125"].map((p) => this.el("fill", [], [this.el("patternFill", [["patternType", p]])]))
          : c.name === "borders"
            ? [this.emptyBorder()]
            : c.name === "cellXfs"
              ? [this.defaultXf()]
              : [];
    for (let i = c.items.length; i < seeds.length; i++) c.add(seeds[i]!);
  }

  private defaultFont(): El {
    return this.el("font", [], [
      this.el("sz", [["val", "11"]]),
      this.el("color", [["theme", "1"]]),
      this.el("name", [["val", "Calibri"]]),
      this.el("family", [["val", "2"]]),
      this.el("scheme", [["val", "minor"]]),
    ]);
  }

  private emptyBorder(): El {
    return this.el("border", [], ["left", "right", "top", "bottom", "diagonal"].map((side) => this.el(side)));
  }

  private defaultXf(): El {
    const ids: Array<readonly [string, string]> = [["numFmtId", "0"], ["fontId", "0"], ["fillId", "0"], ["borderId", "0"]];
    return this.el("xf", this.hasStyleXfs ? [...ids, ["xfId", "0"]] : ids);
  }

  private fontOf(xf: El): El {
    const fonts = this.collections.fonts.items;
    return fonts[Number(getAttr(xf, "fontId") ?? 0)] ?? fonts[0] ?? this.defaultFont();
  }

  /** The base font with the named fields changed; its name, family, scheme, charset and the rest stay. */
  private mergeFont(base: El, f: FontStyle): El {
    let font = withChildren(base, elements(base));
    const put = (local: string, next: El | null): void => {
      font = withChild(font, local, next, FONT_ORDER);
    };
    if (f.bold !== undefined) put("b", f.bold ? this.el("b") : null);
    if (f.italic !== undefined) put("i", f.italic ? this.el("i") : null);
    if (f.underline !== undefined) put("u", f.underline ? this.el("u") : null);
    if (f.size !== undefined) put("sz", this.el("sz", [["val", String(f.size)]]));
    if (f.color !== undefined) put("color", this.el("color", [["rgb", argb(f.color)]]));
    return font;
  }

  private fillId(color: string): number {
    const found = this.collections.fills.items.findIndex((fill, i) => i >= 2 && isSolidFill(fill, color));
    if (found >= 0) return found;
    const fg = this.el("fgColor", [["rgb", color]]);
    return this.indexOf("fills", this.el("fill", [], [this.el("patternFill", [["patternType", "solid"]], [fg])]));
  }

  private borderId(on: boolean): number {
    if (!on) {
      const none = this.collections.borders.items.findIndex(drawsNothing);
      return none >= 0 ? none : this.indexOf("borders", this.emptyBorder());
    }
    return this.indexOf("borders", this.thinBorder());
  }

  private thinBorder(): El {
    const thin = (side: string): El => this.el(side, [["style", "thin"]], [this.el("color", [["rgb", "FF000000"]])]);
    return this.el("border", [], [...["left", "right", "top", "bottom"].map(thin), this.el("diagonal")]);
  }

  /** A built-in id when the code is one, else a custom format with that code, else a new custom id. */
  private numFmtId(code: string): number {
    // A file may define a built-in id with its own code; then that code is what the id means there.
    for (let id = 0; id <= LAST_BUILT_IN; id++) if ((this.formats.get(id) ?? builtInFormat(id)) === code) return id;
    for (const [id, c] of this.formats) if (c === code) return id;
    const id = Math.max(LAST_BUILT_IN, ...this.formats.keys()) + 1;
    this.formats.set(id, code);
    this.indexOf("numFmts", this.el("numFmt", [["numFmtId", String(id)], ["formatCode", code]]));
    return id;
  }
}
