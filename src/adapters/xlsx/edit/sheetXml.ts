/**
 * A worksheet part under edit. Rows and cells are found with the package scanner (sheetRows.ts), the grammar the
 * reader uses. A row stays the text it was unless a write lands in it; a row written to is rebuilt from its cells,
 * each cell it does not write kept as written, with whatever stood between them (comments, instructions, elements
 * the editor does not know). The elements outside the rows a patch touches are edited in place (sheetElements.ts);
 * everything else of the part is kept byte for byte.
 */
import { a1, colName, type RangeRef } from "../../../sheet/a1";
import type { ConditionalFormatSpec, DataValidationSpec } from "../../../sheet/patch";
import { slideFormula } from "../package/sharedFormula";
import { ByteSink } from "./byteSink";
import * as elements from "./sheetElements";
import { WORKSHEET_ORDER } from "./sheetElements";
import { readCell, readRow, type ReadCell, type RowSpan, scanSheet } from "./sheetRows";
import type { SharedStrings } from "./sharedStrings";
import { editTag, escText, insertChild, keepsSpace, ooxmlText, prefixOf, refuseEdit, root, setAttrs, splice, tagAttrs, type XmlWhere } from "./xmlEdit";

export { subtract, WORKSHEET_ORDER } from "./sheetElements";

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

type Cell = ReadCell | Written;
const isRead = (c: Cell): c is ReadCell => "text" in c;

interface Row {
  readonly index: number;
  /** Where the row stands in the source, null for a row made here. */
  readonly span: RowSpan | null;
  /** Once a write lands in it: its start tag, cells, and what stands around them. */
  open: OpenRow | null;
}

interface OpenRow {
  tag: string;
  readonly qname: string;
  readonly lead: string;
  readonly cells: Array<Cell | undefined>;
  readonly after: ReadonlyMap<number, string>;
  readonly style: number;
  /** A row made by writeBlock: its cells are still the block's k-th row, turned into cells only if written again. */
  block?: { readonly data: BlockData; readonly k: number };
}

/** A block of rows as written: the patch's own values, a style index per column, the texts' shared indexes. */
interface BlockData {
  readonly left: number;
  readonly cols: number;
  readonly styles: Int32Array;
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>;
  /** Row-major shared string index of each text (-1 for other values); null when texts are written inline. */
  readonly shared: Int32Array | null;
}

/** What stands after the cells of a row made here: nothing (one shared map, never written to). */
const NOTHING_AFTER: ReadonlyMap<number, string> = new Map();

/** The size of the chunks the part is written in. */
const CHUNK_BYTES = 256 * 1024;

/** Row attributes that make an empty row worth keeping. */
const KEEPS_ROW = ["ht", "s", "hidden", "outlineLevel", "customFormat"];

export class SheetXml {
  /** The part without its rows: <sheetData> is kept empty here and filled again on output. */
  private outer: string;
  private readonly source: string;
  private readonly rows: Row[] = [];
  private readonly byIndex = new Map<number, Row>();
  /** What stands in sheetData before its first row. */
  private readonly lead: string;
  /** "x:" when the part's elements are prefixed. */
  private readonly p: string;
  private readonly arrays: readonly RangeRef[];
  private readonly shared: ReadonlyMap<string, readonly number[]>;
  private readonly duplicates: ReadonlySet<number>;
  private touched = false;
  private formulas = false;
  private bounds: { top: number; left: number; bottom: number; right: number } | null = null;
  /** The pieces of a written cell's XML, with the part's prefix. */
  private readonly tags: { readonly cell: string; readonly sharedValue: string; readonly value: string; readonly end: string };

  /** With `strings`, texts go into the workbook's shared string table (a workbook the tool creates). */
  constructor(
    xml: string,
    private readonly where: XmlWhere,
    private readonly strings?: SharedStrings,
  ) {
    const scan = scanSheet(xml, where);
    this.source = xml;
    this.p = prefixOf({ qname: scan.rootQname });
    const p = this.p;
    this.tags = { cell: `<${p}c r="`, sharedValue: ` t="s"><${p}v>`, value: `><${p}v>`, end: `</${p}v></${p}c>` };
    this.arrays = scan.arrays;
    this.shared = scan.shared;
    this.duplicates = scan.duplicates;
    this.lead = scan.lead;
    const data = scan.data;
    if (!data) this.outer = insertChild(xml, where, WORKSHEET_ORDER, "sheetData", `<${this.p}sheetData></${this.p}sheetData>`);
    else if (data.innerStart === data.end) this.outer = splice(xml, data.start, data.end, `${editTag(xml.slice(data.start, data.end), where, {})}</${data.qname}>`);
    else this.outer = splice(xml, data.innerStart, data.innerEnd, "");
    for (const span of scan.rows) {
      const row: Row = { index: span.index, span, open: null };
      this.rows.push(row);
      if (!this.byIndex.has(span.index)) this.byIndex.set(span.index, row);
    }
    // Rows without r count from the one before; rows put in between would shift them: number them all.
    if (scan.implicit) for (const row of this.rows) this.cellsOf(row);
  }

  /** The array formula a content write at the cell would break (a cell of its range other than its first), if any. */
  arrayAt(row: number, col: number): RangeRef | undefined {
    return this.arrays.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right && (row !== a.top || col !== a.left));
  }

  /** The array formula a block over `area` would break (one with a cell other than its first inside), if any. */
  arrayIn(area: RangeRef): RangeRef | undefined {
    return this.arrays.find((a) => {
      const top = Math.max(a.top, area.top);
      const left = Math.max(a.left, area.left);
      const bottom = Math.min(a.bottom, area.bottom);
      const right = Math.min(a.right, area.right);
      return top <= bottom && left <= right && (top !== a.top || left !== a.left || bottom > top || right > left);
    });
  }

  /** The cellXfs index the cell has now (0 when none), so a style-only write can build on it. */
  styleOf(row: number, col: number): number {
    const r = this.byIndex.get(row);
    if (!r) return 0;
    const open = this.cellsOf(r);
    // A new cell in a row with its own style takes it, as Excel does when one types there.
    return open.cells[col]?.style ?? open.style;
  }

  writeCell(edit: CellEdit): void {
    this.touched = true;
    const cells = this.cellsOf(this.row(edit.row)).cells;
    const old = cells[edit.col];
    const content = edit.value !== undefined || edit.formula !== undefined;
    if (old && isRead(old) && content && old.shared !== undefined) this.unshare(old.shared);
    const current = cells[edit.col];
    const style = edit.style ?? current?.style ?? 0;
    if (edit.formula !== undefined) {
      this.formulas = true;
      cells[edit.col] = { style, formula: edit.formula, ...(edit.value !== undefined ? { value: edit.value } : {}) };
    } else if (!content) {
      if (current === undefined) cells[edit.col] = { style };
      else cells[edit.col] = isRead(current) ? this.restyle(current, style) : { ...current, style };
    } else if (edit.value === null && style === 0) {
      cells[edit.col] = undefined;
      return;
    } else if (this.strings && typeof edit.value === "string") cells[edit.col] = { style, shared: this.strings.index(edit.value) };
    else cells[edit.col] = { style, value: edit.value };
    this.extend(edit.row, edit.col);
  }

  /**
   * Writes a rectangle row by row: `rows[i][j]` at (top + i, left + j) with the style index `style(base, j)` gives
   * for the cell's current one, null blanking the cell. Rows the sheet does not have yet keep the values as given
   * until output, with no record per cell (a merged table's half a million cells); rows it has are written cell by
   * cell as writeCell does.
   */
  writeBlock(top: number, left: number, cols: number, rows: BlockData["rows"], style: (base: number, j: number) => number): void {
    if (rows.length === 0 || cols === 0) return;
    this.touched = true;
    const fresh = new Int32Array(cols);
    for (let j = 0; j < cols; j++) fresh[j] = style(0, j);
    let shared: Int32Array | null = null;
    const strings = this.strings;
    if (strings) {
      shared = new Int32Array(rows.length * cols).fill(-1);
      for (let i = 0; i < rows.length; i++) {
        const values = rows[i] ?? [];
        for (let j = 0; j < cols; j++) {
          const v = values[j];
          if (typeof v === "string") shared[i * cols + j] = strings.index(v);
        }
      }
    }
    const data: BlockData = { left, cols, styles: fresh, rows, shared };
    for (let i = 0; i < rows.length; i++) {
      const index = top + i;
      if (this.byIndex.has(index) || this.duplicates.has(index)) {
        const values = rows[i] ?? [];
        for (let j = 0; j < cols; j++) this.writeCell({ row: index, col: left + j, value: values[j] ?? null, style: style(this.styleOf(index, left + j), j) });
        continue;
      }
      const r: Row = { index, span: null, open: { tag: `<${this.p}row r="${index + 1}">`, qname: `${this.p}row`, lead: "", cells: [], after: NOTHING_AFTER, style: 0, block: { data, k: i } } };
      this.rows.push(r);
      this.byIndex.set(index, r);
    }
    this.extend(top, left);
    this.extend(top + rows.length - 1, left + cols - 1);
  }

  setRowHeight(row: number, points: number): void {
    this.touched = true;
    const r = this.row(row);
    // Only the row's tag changes: a block's row keeps its cells as the block holds them.
    const open = r.open ?? this.cellsOf(r);
    // A row made here has the tag this class wrote: written again whole, not parsed (a merged table makes thousands).
    const made = `<${this.p}row r="${row + 1}">`;
    open.tag = r.span === null && open.tag === made ? `${made.slice(0, -1)} ht="${points}" customHeight="1">` : editTag(open.tag, this.where, { ht: String(points), customHeight: "1" });
  }

  setColumnWidth(col: number, chars: number): void {
    this.outer = elements.setColumnWidth(this.outerText(), col, chars);
  }

  /** Adds merges not already there (compared normalised). */
  addMerges(ranges: readonly string[]): void {
    if (ranges.length > 0) this.outer = elements.addMerges(this.outerText(), ranges);
  }

  /** Removes the tool's conditional-format rules of these owners; a block left without rules goes. */
  removeOwnedFormats(owners: ReadonlySet<string>): void {
    if (owners.size > 0) this.outer = elements.removeOwnedFormats(this.outerText(), owners);
  }

  addConditionalFormat(cf: ConditionalFormatSpec, dxfId: number): void {
    this.outer = elements.addConditionalFormat(this.outerText(), cf, dxfId);
  }

  /** Adds a validation; the cells it covers leave the rules they had, so rules never pile up on a cell. */
  addValidation(v: DataValidationSpec): void {
    this.outer = elements.addValidation(this.outerText(), v);
  }

  /** A4, the paper of Vietnamese administrative documents; landscape or not; one page wide. */
  setPrint(print: { readonly landscape: boolean; readonly fitToWidth: boolean }): void {
    this.outer = elements.setPrint(this.outerText(), print);
  }

  /** Protects the sheet without a password (see sheetElements.protectSheet). */
  protectSheet(): void {
    this.outer = elements.protectSheet(this.outerText());
  }

  /**
   * Empties the range: its cells go (contents and styles), merges that overlap it are undone, validations leave
   * its cells. Rows keep their own height and style.
   */
  clearRange(r: RangeRef): void {
    this.touched = true;
    for (const row of this.rows) {
      if (row.index < r.top || row.index > r.bottom) continue;
      const cells = this.cellsOf(row).cells;
      for (let col = r.left; col <= r.right && col < cells.length; col++) {
        const old = cells[col];
        // A shared formula's other cells keep their formula when its master goes.
        if (old && isRead(old) && old.shared !== undefined) this.unshare(old.shared);
        cells[col] = undefined;
      }
    }
    this.outer = elements.clearRange(this.outerText(), r);
  }

  /** Edits the part's outer XML (all but its rows), for elements edited in files of their own (sheetViews.ts). */
  editOuter(edit: (outer: elements.Outer) => string): void {
    this.outer = edit(this.outerText());
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
    if (this.bounds) this.outer = elements.updateDimension(this.outerText(), this.bounds);
    const data = root(this.outer, this.where).children.find((c) => c.name === "sheetData");
    if (!data) throw refuseEdit(this.where, "lost its sheetData while being edited");
    yield Buffer.from(this.outer.slice(0, data.start), "utf8");
    const rows = [...this.rows].sort((a, b) => a.index - b.index);
    const out = new ByteSink(CHUNK_BYTES + 16 * 1024);
    out.text(this.outer.slice(data.start, data.innerStart));
    out.text(this.lead);
    for (const r of rows) {
      this.writeRow(out, r);
      if (r.span?.after) out.text(r.span.after);
      if (out.length >= CHUNK_BYTES) yield out.take();
    }
    out.text(this.outer.slice(data.innerEnd));
    yield out.take();
  }

  /** The part's text (for tests and small sheets). */
  toXml(): string {
    return this.toBytes().toString("utf8");
  }

  private outerText(): elements.Outer {
    return { xml: this.outer, p: this.p, where: this.where };
  }

  private writeRow(out: ByteSink, row: Row): void {
    const open = row.open;
    if (!open) {
      if (row.span) out.text(this.source.slice(row.span.start, row.span.end));
      return;
    }
    if (open.block) {
      const { data, k } = open.block;
      const values = data.rows[k] ?? [];
      // A row of unstyled blanks holds no cell: written as a row without cells is (kept only for its height).
      if (!values.some((v, j) => v !== null || data.styles[j] !== 0)) {
        out.text(this.emptyRowText(open));
        return;
      }
      out.text(open.tag);
      for (let j = 0; j < data.cols; j++) {
        const v = values[j] ?? null;
        const style = data.styles[j] ?? 0;
        // A blank without a style is no cell at all, as writeCell leaves it.
        if (v === null && style === 0) continue;
        this.plainCell(out, row.index, data.left + j, style, v, data.shared ? (data.shared[k * data.cols + j] ?? -1) : -1);
      }
      out.text(`</${open.qname}>`);
      return;
    }
    if (!open.cells.some((c) => c !== undefined)) {
      out.text(this.emptyRowText(open));
      return;
    }
    out.text(open.tag);
    out.text(open.lead);
    // Cells sit at their column index: in order already; what stood after a cell stays after it, even when it goes.
    const last = open.after.size === 0 ? open.cells.length - 1 : Math.max(open.cells.length, ...open.after.keys());
    for (let col = 0; col <= last; col++) {
      const cell = open.cells[col];
      if (cell !== undefined) {
        if (isRead(cell)) out.text(cell.text);
        else this.writeCellXml(out, row.index, col, cell);
      }
      const after = open.after.get(col);
      if (after !== undefined) out.text(after);
    }
    out.text(`</${open.qname}>`);
  }

  /** A row that holds no cell: what stood in it, or nothing when that is blank and the row says nothing of itself. */
  private emptyRowText(open: OpenRow): string {
    let body = open.lead;
    for (const col of [...open.after.keys()].sort((a, b) => a - b)) body += open.after.get(col) ?? "";
    if (body.trim() === "" && !KEEPS_ROW.some((name) => tagAttrs(open.tag, this.where)[name] !== undefined)) return "";
    return body === "" ? `${open.tag.slice(0, -1)}/>` : `${open.tag}${body}</${open.qname}>`;
  }

  /** A written cell's XML: a formula as text, any other cell byte by byte. */
  private writeCellXml(out: ByteSink, row: number, col: number, w: Written): void {
    if (w.formula !== undefined) out.text(this.cellXml(row, col, w));
    else this.plainCell(out, row, col, w.style, w.value, w.shared ?? -1);
  }

  /**
   * A cell without a formula, byte by byte, as cellXml would write it: a shared string (`shared` ≥ 0), a number,
   * a boolean, an inline text, or a styled blank.
   */
  private plainCell(out: ByteSink, row: number, col: number, style: number, v: string | number | boolean | null | undefined, shared: number): void {
    const t = this.tags;
    out.text(t.cell);
    out.text(colName(col));
    out.digits(row + 1);
    out.text('"');
    if (style > 0) {
      out.text(' s="');
      out.digits(style);
      out.text('"');
    }
    if (shared >= 0) {
      out.text(t.sharedValue);
      out.digits(shared);
      out.text(t.end);
    } else if (v === undefined || v === null) {
      out.text("/>");
    } else if (typeof v === "number") {
      // Excel has no NaN or infinity in a cell: the nearest thing it holds is an error value.
      if (!Number.isFinite(v)) out.text(' t="e"');
      out.text(t.value);
      if (!Number.isFinite(v)) out.text("#NUM!");
      else if (Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER) out.digits(v);
      else out.text(String(v));
      out.text(t.end);
    } else if (typeof v === "boolean") {
      out.text(' t="b"');
      out.text(t.value);
      out.text(v ? "1" : "0");
      out.text(t.end);
    } else {
      // Excel trims a text's outer spaces and line breaks unless told to keep them.
      const p = this.p;
      out.text(` t="inlineStr"><${p}is><${p}t${keepsSpace(v) ? ' xml:space="preserve"' : ""}>`);
      out.text(ooxmlText(v));
      out.text(`</${p}t></${p}is></${p}c>`);
    }
  }

  private row(index: number): Row {
    if (this.duplicates.has(index)) throw refuseEdit(this.where, `has row ${index + 1} twice`);
    let r = this.byIndex.get(index);
    if (!r) {
      r = { index, span: null, open: { tag: `<${this.p}row r="${index + 1}">`, qname: `${this.p}row`, lead: "", cells: [], after: NOTHING_AFTER, style: 0 } };
      this.rows.push(r);
      this.byIndex.set(index, r);
    }
    return r;
  }

  /** The row's cells by column, read on first touch; the row is rebuilt from them on output. */
  private cellsOf(row: Row): OpenRow {
    const open = row.open;
    if (open?.block) {
      // A block's row written again: its cells become records like any written cell's.
      const { data, k } = open.block;
      const values = data.rows[k] ?? [];
      for (let j = 0; j < data.cols; j++) {
        const value = values[j] ?? null;
        const style = data.styles[j] ?? 0;
        const shared = data.shared ? (data.shared[k * data.cols + j] ?? -1) : -1;
        if (value === null && style === 0) continue;
        open.cells[data.left + j] = shared >= 0 ? { style, shared } : { style, value };
      }
      delete open.block;
    }
    if (open) return open;
    const span = row.span;
    if (!span) throw refuseEdit(this.where, "lost a row while editing it");
    const read = readRow(this.source.slice(span.start, span.end), row.index, this.where);
    const cells: Array<Cell | undefined> = read.cells;
    // A cell that does not say its place gets it, so cells put before it cannot shift it.
    for (let col = 0; col < cells.length; col++) {
      const c = cells[col];
      if (c && isRead(c) && !c.hasRef) cells[col] = readCell(setAttrs(c.text, { start: 0, qname: c.qname, attrList: c.attrList }, { r: a1(row.index, col) }), this.where);
    }
    // A row read from the file may lack its r and have spans that no longer hold.
    const tag = editTag(read.tag, this.where, { r: String(row.index + 1), spans: undefined });
    row.open = { tag, qname: read.qname, lead: read.lead, cells, after: read.after, style: read.style };
    return row.open;
  }

  /** The cell with another style index, its content untouched. */
  private restyle(cell: ReadCell, style: number): ReadCell {
    return readCell(setAttrs(cell.text, { start: 0, qname: cell.qname, attrList: cell.attrList }, { s: style > 0 ? String(style) : undefined }), this.where);
  }

  /** Turns every cell of shared formula `si` into a formula of its own, so overwriting its master loses none. */
  private unshare(si: string): void {
    let master: { formula: string; row: number; col: number } | null = null;
    const members: Array<{ cells: Array<Cell | undefined>; row: number; col: number; cell: ReadCell }> = [];
    for (const index of this.shared.get(si) ?? []) {
      for (const row of this.rows.filter((r) => r.index === index)) {
        const cells = this.cellsOf(row).cells;
        for (let col = 0; col < cells.length; col++) {
          const cell = cells[col];
          if (!cell || !isRead(cell) || cell.shared !== si) continue;
          members.push({ cells, row: row.index, col, cell });
          if (cell.formula && cell.formula.text.trim() !== "") master = { formula: cell.formula.text, row: row.index, col };
        }
      }
    }
    if (!master) return;
    for (const m of members) {
      const f = m.cell.formula;
      if (!f) continue;
      const own = `<${this.p}f>${escText(slideFormula(master.formula, master, { row: m.row, col: m.col }))}</${this.p}f>`;
      m.cells[m.col] = readCell(splice(m.cell.text, f.start, f.end, own), this.where);
    }
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
    const keep = keepsSpace(v) ? ' xml:space="preserve"' : "";
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${keep}>${ooxmlText(v)}</${p}t></${p}is></${p}c>`;
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
}
