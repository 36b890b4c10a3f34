/**
 * Compares two saved workbook packages (.xlsx / .xlsm) for the "nothing lost" tests, reading the package XML
 * directly (never ExcelJS, whose model is what loses things): which zip entries are byte-identical once
 * decompressed, changed, added or removed; and, per sheet, the features a user makes, in a normalised form two
 * producers' spellings compare equal in ("1" and "true", a <col> span and its single columns).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { all, parseXml, R_NS, type XmlEl } from "./xlsxParts";

export interface PackageDiff {
  readonly identical: string[];
  readonly changed: string[];
  readonly added: string[];
  readonly removed: string[];
}

/** Entry-by-entry comparison of the decompressed bytes (folder entries left out). */
export function diffPackages(before: WorkbookPackage, after: WorkbookPackage): PackageDiff {
  const out: PackageDiff = { identical: [], changed: [], added: [], removed: [] };
  for (const [name, bytes] of before.entries) {
    const other = after.entries.get(name);
    if (!other) out.removed.push(name);
    else (bytes.equals(other) ? out.identical : out.changed).push(name);
  }
  for (const name of after.entries.keys()) if (!before.entries.has(name)) out.added.push(name);
  return out;
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId?: number;
  readonly value: string;
}

export interface Hyperlink {
  readonly ref: string;
  /** The external target, through the sheet's relationships. */
  readonly target?: string;
  readonly location?: string;
  readonly display?: string;
}

export interface ConditionalFormat {
  readonly sqref: string;
  readonly rules: ReadonlyArray<{ readonly type: string; readonly operator?: string; readonly formulas: readonly string[] }>;
}

export interface Validation {
  readonly sqref: string;
  readonly type?: string;
  readonly operator?: string;
  readonly formula1?: string;
  readonly formula2?: string;
  readonly error?: string;
}

export interface CellFacts {
  readonly type: "string" | "number" | "boolean" | "error" | "date" | "empty";
  readonly value: string | number | boolean | null;
  readonly formula?: string;
  readonly numberFormat: string;
  readonly font: string;
  readonly fill: string;
}

export interface SheetFeatures {
  readonly name: string;
  readonly part: string;
  /** Attributes of <sheetProtection>, booleans as "1"/"0"; undefined when the sheet is not protected. */
  readonly protection?: Record<string, string>;
  readonly hyperlinks: Hyperlink[];
  /** Comment text by cell. */
  readonly comments: Record<string, string>;
  readonly validations: Validation[];
  readonly conditionalFormats: ConditionalFormat[];
  readonly merges: string[];
  /** The pane of the first sheet view, when the panes are frozen. */
  readonly frozen?: { readonly xSplit?: string; readonly ySplit?: string; readonly topLeftCell?: string };
  readonly pageSetup: Record<string, string>;
  readonly fitToPage: boolean;
  readonly margins: Record<string, number>;
  readonly printOptions: Record<string, string>;
  readonly headerFooter: Record<string, string>;
  /** Custom widths by 1-based column number. */
  readonly widths: Record<number, number>;
  /** Custom heights by 1-based row number. */
  readonly heights: Record<number, number>;
  readonly cells: Map<string, CellFacts>;
  /** Names of the drawing's objects (charts, pictures), in order. */
  readonly drawingObjects: string[];
  /** The drawing's charts: the object's name and the chart part it shows. */
  readonly charts: Array<{ readonly name: string; readonly part: string }>;
  /** Target parts of the sheet's relationships of these kinds: table, pivotTable, drawing, comments. */
  readonly related: Record<string, string[]>;
}

const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?",
  13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
  20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

const bool = (v: string): string => (v === "true" ? "1" : v === "false" ? "0" : v);
const child = (el: XmlEl | undefined, local: string): XmlEl | undefined => el?.children.find((c) => c.local === local);
const rid = (el: XmlEl): string | undefined => Object.entries(el.attrs).find(([k]) => el.attrUris[k] === R_NS)?.[1];
/** Text of a string item: its runs, without phonetic runs (<rPh>). */
const itemText = (si: XmlEl): string =>
  si.local === "t" ? si.text : si.local === "rPh" ? "" : si.children.map(itemText).join("");

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export class WorkbookPackage {
  private readonly xmlCache = new Map<string, XmlEl>();

  private constructor(readonly entries: ReadonlyMap<string, Buffer>) {}

  static async open(file: string): Promise<WorkbookPackage> {
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const entries = new Map<string, Buffer>();
    for (const [name, entry] of Object.entries(zip.files)) {
      if (!entry.dir) entries.set(name, await entry.async("nodebuffer"));
    }
    return new WorkbookPackage(entries);
  }

  has(part: string): boolean {
    return this.entries.has(part);
  }

  xml(part: string): XmlEl {
    let el = this.xmlCache.get(part);
    if (!el) {
      const bytes = this.entries.get(part);
      if (!bytes) throw new Error(`no part ${part}`);
      el = parseXml(bytes.toString("utf8"));
      this.xmlCache.set(part, el);
    }
    return el;
  }

  /** The relationships of a part, Id → type (last path segment) and resolved target. */
  rels(part: string): Map<string, { type: string; target: string; external: boolean }> {
    const relsPart = path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
    const out = new Map<string, { type: string; target: string; external: boolean }>();
    if (!this.has(relsPart)) return out;
    for (const r of all(this.xml(relsPart), "Relationship")) {
      const t = r.attrs.Target ?? "";
      const external = r.attrs.TargetMode === "External";
      const target = external ? t : t.startsWith("/") ? t.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(part), t));
      out.set(r.attrs.Id ?? "", { type: (r.attrs.Type ?? "").replace(/.*\//, ""), target, external });
    }
    return out;
  }

  get workbookPart(): string {
    const main = [...this.rels("").values()].find((r) => r.type === "officeDocument");
    if (!main) throw new Error("no officeDocument relationship");
    return main.target;
  }

  /** The content type of a part (override, else the default of its extension). */
  contentType(part: string): string | undefined {
    const types = this.xml("[Content_Types].xml");
    const override = all(types, "Override").find((o) => o.attrs.PartName === `/${part}`);
    if (override) return override.attrs.ContentType;
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return all(types, "Default").find((d) => d.attrs.Extension?.toLowerCase() === ext)?.attrs.ContentType;
  }

  /** Sheets in tab order with their parts. */
  sheets(): Array<{ name: string; part: string }> {
    const wb = this.workbookPart;
    const rels = this.rels(wb);
    return all(this.xml(wb), "sheet").map((s) => ({ name: s.attrs.name ?? "", part: rels.get(rid(s) ?? "")?.target ?? "" }));
  }

  sheetPart(name: string): string {
    const part = this.sheets().find((s) => s.name === name)?.part;
    if (!part) throw new Error(`no sheet ${name}`);
    return part;
  }

  definedNames(): DefinedName[] {
    return all(this.xml(this.workbookPart), "definedName").map((d) => ({
      name: d.attrs.name ?? "",
      ...(d.attrs.localSheetId !== undefined ? { localSheetId: Number(d.attrs.localSheetId) } : {}),
      value: d.text,
    }));
  }

  /** Attributes of <workbookProtection> (booleans as "1"/"0"); undefined when absent or empty. */
  workbookProtection(): Record<string, string> | undefined {
    const p = all(this.xml(this.workbookPart), "workbookProtection")[0];
    if (!p || Object.keys(p.attrs).length === 0) return undefined;
    return Object.fromEntries(Object.entries(p.attrs).map(([k, v]) => [k, bool(v)]));
  }

  private sharedStrings(): string[] {
    const rel = [...this.rels(this.workbookPart).values()].find((r) => r.type === "sharedStrings");
    if (!rel || !this.has(rel.target)) return [];
    return this.xml(rel.target).children.filter((c) => c.local === "si").map(itemText);
  }

  private styles(): (s: number) => Pick<CellFacts, "numberFormat" | "font" | "fill"> {
    const rel = [...this.rels(this.workbookPart).values()].find((r) => r.type === "styles");
    const none = { numberFormat: "General", font: "", fill: "none" };
    if (!rel || !this.has(rel.target)) return () => none;
    const root = this.xml(rel.target);
    const formats = new Map(all(root, "numFmt").map((f) => [Number(f.attrs.numFmtId), f.attrs.formatCode ?? ""]));
    const fonts = child(root, "fonts")?.children ?? [];
    const fills = child(root, "fills")?.children ?? [];
    const xfs = child(root, "cellXfs")?.children ?? [];
    const describe = (el: XmlEl | undefined): string =>
      (el?.children ?? [])
        .map((c) => {
          // <b/> and <b val="1"/> say the same
          const attrs = Object.entries(c.attrs).filter(([k, v]) => !(k === "val" && bool(v) === "1" && Object.keys(c.attrs).length === 1));
          return `${c.local}${attrs.length ? `(${attrs.map(([k, v]) => `${k}=${bool(v)}`).sort().join(",")})` : ""}`;
        })
        .sort()
        .join(" ");
    return (s) => {
      const xf = xfs[s];
      if (!xf) return none;
      const id = Number(xf.attrs.numFmtId ?? 0);
      const pattern = child(fills[Number(xf.attrs.fillId ?? 0)], "patternFill");
      return {
        numberFormat: formats.get(id) ?? BUILTIN_FORMATS[id] ?? `#${id}`,
        font: describe(fonts[Number(xf.attrs.fontId ?? 0)]),
        fill: !pattern || (pattern.attrs.patternType ?? "none") === "none" ? "none" : `${pattern.attrs.patternType} ${describe(pattern)}`,
      };
    };
  }

  /** Every feature of one sheet, by name. */
  sheet(name: string): SheetFeatures {
    const part = this.sheetPart(name);
    const root = this.xml(part);
    const rels = this.rels(part);
    const strings = this.sharedStrings();
    const style = this.styles();
    const cells = new Map<string, CellFacts>();
    for (const c of all(root, "c")) {
      const ref = c.attrs.r;
      if (!ref) continue;
      const t = c.attrs.t ?? "n";
      const v = child(c, "v")?.text;
      const f = child(c, "f");
      let facts: Pick<CellFacts, "type" | "value">;
      if (t === "s") facts = { type: "string", value: strings[Number(v)] ?? null };
      else if (t === "inlineStr") facts = { type: "string", value: itemText(child(c, "is") ?? c) };
      else if (t === "str") facts = { type: "string", value: v ?? null };
      else if (t === "b") facts = { type: "boolean", value: v === "1" || v === "true" };
      else if (t === "e") facts = { type: "error", value: v ?? null };
      else if (t === "d") facts = { type: "date", value: v ?? null };
      else facts = v === undefined || v === "" ? { type: "empty", value: null } : { type: "number", value: Number(v) };
      const formula = f ? (f.text || `(shared ${f.attrs.si ?? "?"})`) : undefined;
      cells.set(ref, { ...facts, ...(formula !== undefined ? { formula } : {}), ...style(Number(c.attrs.s ?? 0)) });
    }
    const widths: Record<number, number> = {};
    for (const col of all(root, "col")) {
      if (!col.attrs.width || bool(col.attrs.customWidth ?? "0") !== "1") continue;
      for (let i = Number(col.attrs.min); i <= Number(col.attrs.max); i++) widths[i] = Number(col.attrs.width);
    }
    const heights: Record<number, number> = {};
    for (const row of all(root, "row")) {
      if (row.attrs.ht && bool(row.attrs.customHeight ?? "0") === "1") heights[Number(row.attrs.r)] = Number(row.attrs.ht);
    }
    const comments: Record<string, string> = {};
    const related: Record<string, string[]> = {};
    for (const r of rels.values()) {
      if (r.external) continue;
      (related[r.type] ??= []).push(r.target);
      if (r.type === "comments" && this.has(r.target)) {
        for (const c of all(this.xml(r.target), "comment")) comments[c.attrs.ref ?? ""] = itemText(child(c, "text") ?? c);
      }
    }
    const drawingObjects: string[] = [];
    const charts: Array<{ name: string; part: string }> = [];
    for (const d of all(root, "drawing")) {
      const target = rels.get(rid(d) ?? "")?.target;
      if (!target || !this.has(target)) continue;
      drawingObjects.push(...all(this.xml(target), "cNvPr").map((p) => p.attrs.name ?? ""));
      const drawingRels = this.rels(target);
      for (const frame of all(this.xml(target), "graphicFrame")) {
        const chart = all(frame, "chart")[0];
        const part = chart && drawingRels.get(rid(chart) ?? "")?.target;
        if (part) charts.push({ name: all(frame, "cNvPr")[0]?.attrs.name ?? "", part });
      }
    }
    const protection = all(root, "sheetProtection")[0];
    const pane = all(root, "pane")[0];
    const attrs = (local: string): Record<string, string> =>
      Object.fromEntries(Object.entries(all(root, local)[0]?.attrs ?? {}).filter(([k]) => !k.startsWith("r:") && k !== "id").map(([k, v]) => [k, bool(v)]));
    const headerFooter: Record<string, string> = {};
    for (const h of all(root, "headerFooter")[0]?.children ?? []) if (h.text) headerFooter[h.local] = h.text;
    return {
      name,
      part,
      ...(protection ? { protection: Object.fromEntries(Object.entries(protection.attrs).map(([k, v]) => [k, bool(v)])) } : {}),
      hyperlinks: all(root, "hyperlink").map((h) => {
        const target = rels.get(rid(h) ?? "")?.target;
        return {
          ref: h.attrs.ref ?? "",
          ...(target ? { target } : {}),
          ...(h.attrs.location ? { location: h.attrs.location } : {}),
          ...(h.attrs.display ? { display: h.attrs.display } : {}),
        };
      }),
      comments,
      validations: all(root, "dataValidation").map((d) => ({
        sqref: d.attrs.sqref ?? "",
        ...(d.attrs.type ? { type: d.attrs.type } : {}),
        ...(d.attrs.operator ? { operator: d.attrs.operator } : {}),
        ...(child(d, "formula1") ? { formula1: child(d, "formula1")?.text ?? "" } : {}),
        ...(child(d, "formula2") ? { formula2: child(d, "formula2")?.text ?? "" } : {}),
        ...(d.attrs.error ? { error: d.attrs.error } : {}),
      })),
      conditionalFormats: all(root, "conditionalFormatting").map((cf) => ({
        sqref: cf.attrs.sqref ?? "",
        rules: all(cf, "cfRule").map((r) => ({
          type: r.attrs.type ?? "",
          ...(r.attrs.operator ? { operator: r.attrs.operator } : {}),
          formulas: all(r, "formula").map((f) => f.text),
        })),
      })),
      merges: all(root, "mergeCell").map((m) => m.attrs.ref ?? "").sort(),
      ...(pane && pane.attrs.state?.startsWith("frozen")
        ? { frozen: { ...(pane.attrs.xSplit ? { xSplit: pane.attrs.xSplit } : {}), ...(pane.attrs.ySplit ? { ySplit: pane.attrs.ySplit } : {}), ...(pane.attrs.topLeftCell ? { topLeftCell: pane.attrs.topLeftCell } : {}) } }
        : {}),
      pageSetup: attrs("pageSetup"),
      fitToPage: bool(all(root, "pageSetUpPr")[0]?.attrs.fitToPage ?? "0") === "1",
      margins: Object.fromEntries(Object.entries(all(root, "pageMargins")[0]?.attrs ?? {}).map(([k, v]) => [k, Number(v)])),
      printOptions: attrs("printOptions"),
      headerFooter,
      widths,
      heights,
      cells,
      drawingObjects,
      charts,
      related,
    };
  }
}

/** 1-based row and column of an A1 reference. */
export function cellPosition(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return { row: Number(m[2]), col: colNumber(m[1] ?? "") };
}

/** Whether a cell lies in an area such as "'Phụ lục'!$H$5:$Z$13" or "A1:C4". */
export function inArea(ref: string, area: string): boolean {
  const m = /\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(area);
  if (!m) return false;
  const { row, col } = cellPosition(ref);
  const [top, left] = [Number(m[2]), colNumber(m[1] ?? "")];
  const [bottom, right] = m[3] ? [Number(m[4]), colNumber(m[3])] : [top, left];
  return row >= top && row <= bottom && col >= left && col <= right;
}
