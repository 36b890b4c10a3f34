/**
 * A worksheet part under edit. Its rows stay the text they were unless a write lands in them; the top-level
 * elements a patch touches (cols, mergeCells, conditional formats, validations, page setup, dimension) are edited
 * in place and created at their schema position; everything else of the part is kept byte for byte.
 */
import { a1, colIndex, parseRange, rangeA1, type RangeRef } from "../../../sheet/a1";
import type { ConditionalFormatSpec, DataValidationSpec } from "../../../sheet/patch";
import { markedFormula, ownerOfFormula } from "../../ownership";
import { unescapeXml } from "../ooxml";
import { slideFormula } from "../package/sharedFormula";
import type { SharedStrings } from "./sharedStrings";
import { escAttr, escText, insertChild, ooxmlText, prefixOf, root, setAttrs, splice } from "./xmlEdit";

/** CT_Worksheet's children in schema order: a new element goes before the first present one ranked after it. */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
] as const;

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A worksheet part with nothing on it (a new sheet, or one the tool clears in place). */
export function blankWorksheet(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** What a cell write resolves to, styles already turned into a cellXfs index by the caller. */
export interface CellEdit {
  readonly row: number;
  readonly col: number;
  /** undefined: keep the value; null: blank it. */
  readonly value?: string | number | boolean | null;
  readonly formula?: string;
  /** New cellXfs index, computed from the cell's current one (see styleOf). */
  readonly style?: number;
}

interface Row {
  /** The row's 0-based index. */
  readonly index: number;
  /** The row's text as read, or null once it is rebuilt from `cells`. */
  raw: string | null;
  /** Start-tag attributes as written (text between "<row" and ">"), kept when the row is rebuilt. */
  attrs: string;
  /** Cells by column: their text as read, or what was written. Parsed only when the row is touched. */
  cells: Array<Cell | undefined> | null;
  /** The row's own style for new cells (customFormat), once known. */
  style?: number;
  /** Made by this edit (not read from the part). */
  readonly fresh?: boolean;
}

/**
 * A cell written here, kept as data until output: a sheet of half a million new cells then holds small records
 * pointing at the patch's own strings, not half a million XML strings.
 */
interface Written {
  readonly style: number;
  /** The text's index in the workbook's shared string table. */
  readonly shared?: number;
  readonly value?: string | number | boolean | null;
  readonly formula?: string;
}

type Cell = string | Written;

const ROW_RE = /<((?:[A-Za-z_][\w.-]*:)?)row(?=[\s/>])([^>]*?)(\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?row>)/g;
const CELL_RE = /<(?:[A-Za-z_][\w.-]*:)?c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?c>)/g;
const ATTR_R = /\sr\s*=\s*"([^"]*)"/;
const ATTR_S = /\ss\s*=\s*"(\d+)"/;
const ARRAY_FORMULA = /<(?:[\w.-]+:)?f\b(?=[^>]*\bt\s*=\s*"array")[^>]*?\sref\s*=\s*"([^"]*)"/g;

export class SheetXml {
  /** The part without its rows: <sheetData> is kept empty here and filled again on output. */
  private outer: string;
  private readonly rows: Row[] = [];
  private readonly byIndex = new Map<number, Row>();
  /** "x:" when the part's elements are prefixed. */
  private readonly p: string;
  private touched = false;
  private readonly arrays: RangeRef[] = [];
  private formulas = false;
  private bounds: { top: number; left: number; bottom: number; right: number } | null = null;

  /** With `strings`, texts go into the workbook's shared string table (a workbook the tool creates). */
  constructor(
    xml: string,
    private readonly strings?: SharedStrings,
  ) {
    const { element, children } = root(xml);
    this.p = prefixOf(element);
    const data = children.find((c) => c.name === "sheetData");
    if (!data) {
      this.outer = insertChild(xml, WORKSHEET_ORDER, "sheetData", `<${this.p}sheetData></${this.p}sheetData>`);
      return;
    }
    const inner = xml.slice(data.innerStart, data.innerEnd);
    this.outer =
      data.innerStart === data.end
        ? splice(xml, data.start, data.end, `<${data.qname}></${data.qname}>`)
        : splice(xml, data.innerStart, data.innerEnd, "");
    let next = 0;
    let implicit = false;
    for (const m of inner.matchAll(ROW_RE)) {
      const attrs = m[2] ?? "";
      const r = ATTR_R.exec(attrs);
      const index = r ? Number(r[1]) - 1 : next;
      if (!r) implicit = true;
      next = index + 1;
      const row: Row = { index, raw: m[0], attrs, cells: null };
      this.rows.push(row);
      this.byIndex.set(index, row);
    }
    // Rows without r count from the one before; rows put in between would shift them: number them all.
    if (implicit) for (const row of this.rows) this.parseRow(row);
    // Array formulas (entered with Ctrl+Shift+Enter): Excel changes no part of one but the whole.
    for (const m of inner.matchAll(ARRAY_FORMULA)) {
      try {
        this.arrays.push(parseRange(m[1] ?? ""));
      } catch {
        // An unreadable ref guards nothing.
      }
    }
  }

  /** The array formula a content write at the cell would break (a cell of its range other than its first), if any. */
  arrayAt(row: number, col: number): RangeRef | undefined {
    return this.arrays.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right && (row !== a.top || col !== a.left));
  }

  /** The cellXfs index the cell has now (0 when none), so a style-only write can build on it. */
  styleOf(row: number, col: number): number {
    const r = this.byIndex.get(row);
    if (!r) return 0;
    const text = this.parseRow(r)[col];
    if (text !== undefined && typeof text !== "string") return text.style;
    const s = text === undefined ? undefined : ATTR_S.exec(startTag(text));
    if (s) return Number(s[1]);
    // A new cell in a row with its own style takes it, as Excel does when one types there.
    if (r.style === undefined) {
      const rs = /\ss\s*=\s*"(\d+)"/.exec(r.attrs);
      r.style = rs && /customFormat\s*=\s*"(1|true)"/.test(r.attrs) ? Number(rs[1]) : 0;
    }
    return r.style;
  }

  writeCell(edit: CellEdit): void {
    this.touched = true;
    const row = this.row(edit.row);
    const cells = this.parseRow(row);
    const old = cells[edit.col];
    const content = edit.value !== undefined || edit.formula !== undefined;
    if (typeof old === "string" && content && /\bt\s*=\s*"shared"/.test(old)) this.unshare(sharedIndex(old));
    const current = cells[edit.col];
    const style = edit.style ?? (current === undefined ? 0 : typeof current === "string" ? Number(ATTR_S.exec(startTag(current))?.[1] ?? 0) : current.style);
    if (edit.formula !== undefined) {
      this.formulas = true;
      cells[edit.col] = { style, formula: edit.formula, ...(edit.value !== undefined ? { value: edit.value } : {}) };
    } else if (!content) {
      if (current === undefined) cells[edit.col] = { style };
      else cells[edit.col] = typeof current === "string" ? restyle(current, style) : { ...current, style };
    } else if (edit.value === null && style === 0) {
      cells[edit.col] = undefined;
      return;
    } else if (this.strings && typeof edit.value === "string") cells[edit.col] = { style, shared: this.strings.index(edit.value) };
    else cells[edit.col] = { style, value: edit.value };
    this.extend(edit.row, edit.col);
  }

  /** A written cell's XML. */
  private cellXml(row: number, col: number, w: Written): string {
    const p = this.p;
    const ref = a1(row, col);
    const s = w.style > 0 ? ` s="${w.style}"` : "";
    const v = w.value;
    if (w.formula !== undefined) {
      const f = `<${p}f>${escText(w.formula)}</${p}f>`;
      if (typeof v === "number" && Number.isFinite(v)) return `<${p}c r="${ref}"${s}>${f}<${p}v>${v}</${p}v></${p}c>`;
      if (typeof v === "boolean") return `<${p}c r="${ref}"${s} t="b">${f}<${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
      if (typeof v === "string") return `<${p}c r="${ref}"${s} t="str">${f}<${p}v>${ooxmlText(v)}</${p}v></${p}c>`;
      return `<${p}c r="${ref}"${s}>${f}</${p}c>`;
    }
    if (w.shared !== undefined) return `<${p}c r="${ref}"${s} t="s"><${p}v>${w.shared}</${p}v></${p}c>`;
    if (v === undefined || v === null) return `<${p}c r="${ref}"${s}/>`;
    // Excel has no NaN or infinity in a cell: the nearest thing it holds is an error value.
    if (typeof v === "number") return Number.isFinite(v) ? `<${p}c r="${ref}"${s}><${p}v>${v}</${p}v></${p}c>` : `<${p}c r="${ref}"${s} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    if (typeof v === "boolean") return `<${p}c r="${ref}"${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
    // Excel trims a text's outer spaces and line breaks unless told to keep them.
    const keep = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : "";
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${keep}>${ooxmlText(v)}</${p}t></${p}is></${p}c>`;
  }

  setRowHeight(row: number, points: number): void {
    this.touched = true;
    const r = this.row(row);
    this.parseRow(r);
    // A row made here has only its r: append rather than search.
    r.attrs = r.fresh && !r.attrs.includes(" ht=") ? `${r.attrs} ht="${points}" customHeight="1"` : setAttrText(setAttrText(r.attrs, "ht", String(points)), "customHeight", "1");
  }

  setColumnWidth(col: number, chars: number): void {
    const { children } = root(this.outer);
    const cols = children.find((c) => c.name === "cols");
    const n = col + 1;
    const mine = `<${this.p}col min="${n}" max="${n}" width="${chars}" customWidth="1"/>`;
    if (!cols) {
      this.outer = insertChild(this.outer, WORKSHEET_ORDER, "cols", `<${this.p}cols>${mine}</${this.p}cols>`);
      return;
    }
    const list = root(this.outer.slice(cols.start, cols.end)).children;
    const inner: string[] = [];
    let placed = false;
    for (const c of list) {
      const text = this.outer.slice(cols.start + c.start, cols.start + c.end);
      const min = Number(c.attrs.min ?? 0);
      const max = Number(c.attrs.max ?? min);
      if (max < n || min > n) {
        if (!placed && min > n) {
          inner.push(mine);
          placed = true;
        }
        inner.push(text);
        continue;
      }
      // Split the span around the column; the column keeps the span's other settings (style, hidden…).
      if (min < n) inner.push(withAttrs(text, { min: String(min), max: String(n - 1) }));
      inner.push(withAttrs(text, { min: String(n), max: String(n), width: String(chars), customWidth: "1" }));
      if (max > n) inner.push(withAttrs(text, { min: String(n + 1), max: String(max) }));
      placed = true;
    }
    if (!placed) inner.push(mine);
    this.outer = splice(this.outer, cols.start, cols.end, `<${cols.qname}>${inner.join("")}</${cols.qname}>`);
  }

  /** Adds merges not already there (compared normalised). */
  addMerges(ranges: readonly string[]): void {
    if (ranges.length === 0) return;
    const { children } = root(this.outer);
    const el = children.find((c) => c.name === "mergeCells");
    const existing = el ? root(this.outer.slice(el.start, el.end)).children.map((c) => normal(c.attrs.ref ?? "")) : [];
    const have = new Set(existing);
    const add: string[] = [];
    for (const m of ranges) {
      const ref = normal(m);
      if (have.has(ref)) continue;
      have.add(ref);
      add.push(`<${this.p}mergeCell ref="${ref}"/>`);
    }
    if (add.length === 0) return;
    if (!el) {
      this.outer = insertChild(this.outer, WORKSHEET_ORDER, "mergeCells", `<${this.p}mergeCells count="${add.length}">${add.join("")}</${this.p}mergeCells>`);
      return;
    }
    const inner = el.innerStart === el.end ? "" : this.outer.slice(el.innerStart, el.innerEnd);
    this.outer = splice(this.outer, el.start, el.end, `<${el.qname} count="${have.size}">${inner}${add.join("")}</${el.qname}>`);
  }

  /** Removes the tool's conditional-format rules of these owners; a block left without rules goes. */
  removeOwnedFormats(owners: ReadonlySet<string>): void {
    if (owners.size === 0) return;
    const blocks = root(this.outer).children.filter((c) => c.name === "conditionalFormatting");
    for (const b of blocks.reverse()) {
      const text = this.outer.slice(b.start, b.end);
      const rules = root(text).children.filter((c) => c.name === "cfRule");
      const gone = rules.filter((r) => {
        const f = /<(?:[\w.-]+:)?formula>([\s\S]*?)<\/(?:[\w.-]+:)?formula>/.exec(text.slice(r.start, r.end));
        const owner = f ? ownerOfFormula(unescapeXml(f[1] ?? "")) : null;
        return owner !== null && owners.has(owner);
      });
      if (gone.length === 0) continue;
      let kept = text;
      for (const r of gone.reverse()) kept = splice(kept, r.start, r.end, "");
      this.outer = splice(this.outer, b.start, b.end, gone.length === rules.length ? "" : kept);
    }
  }

  addConditionalFormat(cf: ConditionalFormatSpec, dxfId: number): void {
    const priorities = [...this.outer.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
    const priority = Math.max(0, ...priorities) + 1;
    const ref = rangeA1(parseRange(cf.range));
    const rule = `<${this.p}cfRule type="expression" dxfId="${dxfId}" priority="${priority}"><${this.p}formula>${escText(markedFormula(cf.owner, cf.formula))}</${this.p}formula></${this.p}cfRule>`;
    this.outer = insertChild(this.outer, WORKSHEET_ORDER, "conditionalFormatting", `<${this.p}conditionalFormatting sqref="${ref}">${rule}</${this.p}conditionalFormatting>`);
  }

  /** Adds a validation; the cells it covers leave the rules they had, so rules never pile up on a cell. */
  addValidation(v: DataValidationSpec): void {
    const target = parseRange(v.range);
    const { children } = root(this.outer);
    const el = children.find((c) => c.name === "dataValidations");
    const rule = validationXml(this.p, v, rangeA1(target));
    if (!el) {
      this.outer = insertChild(this.outer, WORKSHEET_ORDER, "dataValidations", `<${this.p}dataValidations count="1">${rule}</${this.p}dataValidations>`);
      return;
    }
    let text = this.outer.slice(el.start, el.end);
    const rules = root(text).children.filter((c) => c.name === "dataValidation");
    for (const r of [...rules].reverse()) {
      const sqref = (r.attrs.sqref ?? "").split(/\s+/).filter(Boolean);
      const left = sqref.flatMap((s) => subtract(parseRange(s), target).map(rangeA1));
      if (left.join(" ") === sqref.map((s) => rangeA1(parseRange(s))).join(" ")) continue;
      text = left.length === 0 ? splice(text, r.start, r.end, "") : setAttrs(text, r, { sqref: left.join(" ") });
    }
    const count = root(text).children.filter((c) => c.name === "dataValidation").length + 1;
    text = setAttrs(text, root(text).element, { count: String(count) });
    this.outer = splice(this.outer, el.start, el.end, insertChild(text, [], "dataValidation", rule));
  }

  /** A4, the paper of Vietnamese administrative documents; landscape or not; one page wide. */
  setPrint(print: { readonly landscape: boolean; readonly fitToWidth: boolean }): void {
    const setup = { orientation: print.landscape ? "landscape" : "portrait", paperSize: "9", ...(print.fitToWidth ? { fitToWidth: "1", fitToHeight: "0" } : {}) };
    this.outer = upsert(this.outer, this.p, "pageSetup", setup);
    if (print.fitToWidth) {
      const sheetPr = root(this.outer).children.find((c) => c.name === "sheetPr");
      if (!sheetPr) {
        this.outer = insertChild(this.outer, WORKSHEET_ORDER, "sheetPr", `<${this.p}sheetPr><${this.p}pageSetUpPr fitToPage="1"/></${this.p}sheetPr>`);
      } else {
        const text = this.outer.slice(sheetPr.start, sheetPr.end);
        const inner = root(text);
        const pr = inner.children.find((c) => c.name === "pageSetUpPr");
        // CT_SheetPr: tabColor, outlinePr, pageSetUpPr.
        const next = pr
          ? setAttrs(text, pr, { fitToPage: "1" })
          : insertChild(text, ["tabColor", "outlinePr", "pageSetUpPr"], "pageSetUpPr", `<${this.p}pageSetUpPr fitToPage="1"/>`);
        this.outer = splice(this.outer, sheetPr.start, sheetPr.end, next);
      }
    }
  }

  /**
   * Empties the range: its cells go (contents and styles), merges that overlap it are undone, validations leave
   * its cells. Rows keep their own height and style.
   */
  clearRange(r: RangeRef): void {
    this.touched = true;
    for (const row of this.rows) {
      if (row.index < r.top || row.index > r.bottom) continue;
      const cells = this.parseRow(row);
      for (let col = r.left; col <= r.right && col < cells.length; col++) {
        const old = cells[col];
        // A shared formula's other cells keep their formula when its master goes.
        if (typeof old === "string" && /\bt\s*=\s*"shared"/.test(old)) this.unshare(sharedIndex(old));
        cells[col] = undefined;
      }
    }
    const { children } = root(this.outer);
    const merges = children.find((c) => c.name === "mergeCells");
    if (merges) {
      let text = this.outer.slice(merges.start, merges.end);
      const list = root(text).children.filter((c) => c.name === "mergeCell");
      const gone = list.filter((m) => {
        try {
          const a = parseRange(m.attrs.ref ?? "");
          return !(a.right < r.left || a.left > r.right || a.bottom < r.top || a.top > r.bottom);
        } catch {
          return false;
        }
      });
      for (const m of [...gone].reverse()) text = splice(text, m.start, m.end, "");
      const left = list.length - gone.length;
      this.outer = splice(this.outer, merges.start, merges.end, left === 0 ? "" : setAttrs(text, root(text).element, { count: String(left) }));
    }
    const dv = root(this.outer).children.find((c) => c.name === "dataValidations");
    if (dv) {
      let text = this.outer.slice(dv.start, dv.end);
      for (const v of [...root(text).children.filter((c) => c.name === "dataValidation")].reverse()) {
        const sqref = (v.attrs.sqref ?? "").split(/\s+/).filter(Boolean);
        const left = sqref.flatMap((q) => subtract(parseRange(q), r).map(rangeA1));
        if (left.join(" ") === sqref.map((q) => rangeA1(parseRange(q))).join(" ")) continue;
        text = left.length === 0 ? splice(text, v.start, v.end, "") : setAttrs(text, v, { sqref: left.join(" ") });
      }
      const count = root(text).children.filter((c) => c.name === "dataValidation").length;
      this.outer = splice(this.outer, dv.start, dv.end, count === 0 ? "" : setAttrs(text, root(text).element, { count: String(count) }));
    }
  }

  /** Edits the part's outer XML (all but its rows), for elements edited in files of their own (sheetViews.ts). */
  editOuter(edit: (outer: string) => string): void {
    this.outer = edit(this.outer);
  }

  /** Whether any cell was written (a workbook's calculation chain is then stale). */
  get cellsChanged(): boolean {
    return this.touched;
  }

  /** Whether a formula was written (the workbook then asks for a full recalculation on open). */
  get formulaWritten(): boolean {
    return this.formulas;
  }

  /** The part as UTF-8 bytes, rows turned into text a batch at a time so no single string holds the sheet. */
  toBytes(): Buffer {
    return Buffer.concat([...this.chunks()]);
  }

  /** The part in UTF-8 chunks of about 256 KiB, made as they are taken. */
  *chunks(): Generator<Buffer> {
    this.updateDimension();
    const { children } = root(this.outer);
    const data = children.find((c) => c.name === "sheetData");
    if (!data) throw new Error("the worksheet lost its sheetData");
    yield Buffer.from(this.outer.slice(0, data.start), "utf8");
    const rows = [...this.rows].sort((a, b) => a.index - b.index);
    let batch: string[] = [];
    let size = 0;
    let any = false;
    for (const r of rows) {
      const text = this.rowText(r);
      if (text === "") continue;
      if (!any) batch.push(`<${data.qname}>`);
      any = true;
      batch.push(text);
      size += text.length;
      if (size > 256 * 1024) {
        yield Buffer.from(batch.join(""), "utf8");
        batch = [];
        size = 0;
      }
    }
    batch.push(any ? `</${data.qname}>` : `<${data.qname}/>`);
    batch.push(this.outer.slice(data.end));
    yield Buffer.from(batch.join(""), "utf8");
  }

  /** The part's text (for tests and small sheets). */
  toXml(): string {
    return this.toBytes().toString("utf8");
  }

  private rowText(row: Row): string {
    if (row.raw !== null) return row.raw;
    const cells = row.cells ?? [];
    // A row made here already says its r and has no spans; one read from the file may lack the first and have the second.
    const attrs = row.fresh ? row.attrs : setAttrText(row.attrs, "r", String(row.index + 1)).replace(/\sspans\s*=\s*"[^"]*"/, "");
    let body = "";
    // Cells sit at their column index: in order already.
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (cell !== undefined) body += typeof cell === "string" ? cell : this.cellXml(row.index, col, cell);
    }
    if (body === "" && !/\s(ht|s|hidden|outlineLevel|customFormat)\s*=/.test(attrs)) return "";
    return body === "" ? `<${this.p}row${attrs}/>` : `<${this.p}row${attrs}>${body}</${this.p}row>`;
  }

  private row(index: number): Row {
    let r = this.byIndex.get(index);
    if (!r) {
      r = { index, raw: null, attrs: ` r="${index + 1}"`, cells: [], style: 0, fresh: true };
      this.rows.push(r);
      this.byIndex.set(index, r);
    }
    return r;
  }

  /** The row's cells by column, parsed on first touch; the row is rebuilt from them on output. */
  private parseRow(row: Row): Array<Cell | undefined> {
    if (row.cells) return row.cells;
    const cells: Array<Cell | undefined> = [];
    const inner = row.raw === null ? "" : (/^<[^>]*?\/>$/.test(row.raw) ? "" : row.raw.slice(row.raw.indexOf(">") + 1, row.raw.lastIndexOf("<")));
    let next = 0;
    for (const m of inner.matchAll(CELL_RE)) {
      const r = ATTR_R.exec(m[1] ?? "");
      const col = r ? colIndex((/^\$?([A-Za-z]+)/.exec(r[1] ?? "")?.[1] ?? "A").toUpperCase()) : next;
      next = col + 1;
      cells[col] = r ? m[0] : withRef(m[0], a1(row.index, col));
    }
    row.cells = cells;
    row.raw = null;
    return cells;
  }

  /** Turns every cell of shared formula `si` into a formula of its own, so overwriting its master loses none. */
  private unshare(si: string | undefined): void {
    if (si === undefined) return;
    let master: { formula: string; row: number; col: number } | null = null;
    const members: Array<{ row: Row; col: number; text: string }> = [];
    const siRe = new RegExp(`\\ssi\\s*=\\s*"${si}"`);
    for (const row of this.rows) {
      if (row.raw !== null && !siRe.test(row.raw)) continue;
      const cells = this.parseRow(row);
      for (let col = 0; col < cells.length; col++) {
        const text = cells[col];
        if (typeof text !== "string" || !/\bt\s*=\s*"shared"/.test(text) || sharedIndex(text) !== si) continue;
        members.push({ row, col, text });
        const f = /<(?:[\w.-]+:)?f\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?f>/.exec(text);
        if (f && f[1] !== undefined && f[1].trim() !== "") master = { formula: unescapeXml(f[1]), row: row.index, col };
      }
    }
    if (!master) return;
    for (const m of members) {
      const formula = slideFormula(master.formula, master, { row: m.row.index, col: m.col });
      const f = `<${this.p}f>${escText(formula)}</${this.p}f>`;
      const replaced = m.text.replace(/<((?:[\w.-]+:)?)f\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?f>)/, f);
      if (m.row.cells) m.row.cells[m.col] = replaced;
    }
  }

  private extend(row: number, col: number): void {
    const b = this.bounds;
    if (!b) this.bounds = { top: row, left: col, bottom: row, right: col };
    else {
      if (row < b.top) b.top = row;
      if (row > b.bottom) b.bottom = row;
      if (col < b.left) b.left = col;
      if (col > b.right) b.right = col;
    }
  }

  private updateDimension(): void {
    if (!this.bounds) return;
    const dim = root(this.outer).children.find((c) => c.name === "dimension");
    let ref = this.bounds;
    if (dim) {
      try {
        const old = parseRange(dim.attrs.ref ?? "");
        ref = { top: Math.min(old.top, ref.top), left: Math.min(old.left, ref.left), bottom: Math.max(old.bottom, ref.bottom), right: Math.max(old.right, ref.right) };
      } catch {
        // An unreadable dimension is replaced by what the writes cover.
      }
      this.outer = setAttrs(this.outer, dim, { ref: rangeA1(ref) });
    }
  }
}

function startTag(cell: string): string {
  return cell.slice(0, cell.indexOf(">") + 1);
}

function sharedIndex(cell: string): string | undefined {
  return /<(?:[\w.-]+:)?f\b[^>]*?\ssi\s*=\s*"(\d+)"/.exec(cell)?.[1];
}

/** The cell with another style index, its content untouched. */
function restyle(cell: string, style: number): string {
  const tag = startTag(cell);
  const body = cell.slice(tag.length);
  const selfClosed = tag.endsWith("/>");
  let t = tag.slice(0, selfClosed ? -2 : -1).replace(ATTR_S, "");
  if (style > 0) t += ` s="${style}"`;
  return t + (selfClosed ? "/>" : ">") + body;
}

function withRef(cell: string, ref: string): string {
  return cell.replace(/^<([^\s/>]+)/, `<$1 r="${ref}"`);
}

const ATTR_TEXT = new Map<string, RegExp>();

/** Sets an attribute in a start tag's attribute text (" r=\"1\" ht=\"20\""). */
function setAttrText(attrs: string, name: string, value: string): string {
  let re = ATTR_TEXT.get(name);
  if (!re) ATTR_TEXT.set(name, (re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`)));
  return re.test(attrs) ? attrs.replace(re, `$1"${escAttr(value)}"`) : `${attrs.replace(/\s+$/, "")} ${name}="${escAttr(value)}"`;
}

/** An element's text with attributes set (a self-closed one such as <col …/>). */
function withAttrs(text: string, changes: Readonly<Record<string, string>>): string {
  return setAttrs(text, root(text).element, changes);
}

/** Sets attributes on the root's child `name`, creating it when absent. */
function upsert(xml: string, p: string, name: string, attrs: Readonly<Record<string, string>>): string {
  const el = root(xml).children.find((c) => c.name === name);
  if (el) return setAttrs(xml, el, attrs);
  const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${escAttr(v)}"`).join("");
  return insertChild(xml, WORKSHEET_ORDER, name, `<${p}${name}${a}/>`);
}

function normal(range: string): string {
  try {
    return rangeA1(parseRange(range));
  } catch {
    return range;
  }
}

/** The parts of `r` outside `cut`, as up to four rectangles. */
export function subtract(r: RangeRef, cut: RangeRef): RangeRef[] {
  if (cut.bottom < r.top || cut.top > r.bottom || cut.right < r.left || cut.left > r.right) return [r];
  const out: RangeRef[] = [];
  if (r.top < cut.top) out.push({ ...r, bottom: cut.top - 1 });
  if (r.bottom > cut.bottom) out.push({ ...r, top: cut.bottom + 1 });
  const top = Math.max(r.top, cut.top);
  const bottom = Math.min(r.bottom, cut.bottom);
  if (r.left < cut.left) out.push({ top, bottom, left: r.left, right: cut.left - 1 });
  if (r.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: r.right });
  return out;
}

function validationXml(p: string, v: DataValidationSpec, sqref: string): string {
  const attrs: Array<[string, string]> = [];
  if (v.type !== "any") attrs.push(["type", v.type]);
  let formulas = "";
  if (v.type === "list") {
    formulas = `<${p}formula1>${escText(`"${(v.list ?? []).map((s) => s.replace(/"/g, '""')).join(",")}"`)}</${p}formula1>`;
  } else if (v.type === "decimal" || v.type === "whole") {
    if (v.min !== undefined && v.max !== undefined) {
      attrs.push(["operator", "between"]);
      formulas = `<${p}formula1>${v.min}</${p}formula1><${p}formula2>${v.max}</${p}formula2>`;
    } else if (v.min !== undefined) {
      attrs.push(["operator", "greaterThanOrEqual"]);
      formulas = `<${p}formula1>${v.min}</${p}formula1>`;
    } else if (v.max !== undefined) {
      attrs.push(["operator", "lessThanOrEqual"]);
      formulas = `<${p}formula1>${v.max}</${p}formula1>`;
    }
  }
  if (v.allowBlank) attrs.push(["allowBlank", "1"]);
  if (v.prompt) attrs.push(["showInputMessage", "1"]);
  if (v.error) attrs.push(["showErrorMessage", "1"]);
  if (v.error) attrs.push(["errorTitle", v.error.title], ["error", v.error.message]);
  if (v.prompt) attrs.push(["promptTitle", v.prompt.title], ["prompt", v.prompt.message]);
  attrs.push(["sqref", sqref]);
  return `<${p}dataValidation${attrs.map(([k, val]) => ` ${k}="${escAttr(val)}"`).join("")}>${formulas}</${p}dataValidation>`;
}
