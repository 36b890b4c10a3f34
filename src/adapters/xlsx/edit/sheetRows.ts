/**
 * A worksheet's rows and cells as the editor finds them, with the package scanner the reader uses (never with
 * regular expressions): one pass over the part notes where each row starts and ends (its cells stay text), what
 * stands between rows (whitespace, comments, instructions, elements the editor does not know: kept as written),
 * array formulas, and which rows hold each shared formula. A row a write lands in is read again, alone, into cells.
 * What the editor could not splice without guessing (a cell filed under another row, two cells at one address) is
 * refused with one line, before anything is written.
 */
import { parseRange, readA1, type RangeRef } from "../../../sheet/a1";
import type { XmlAttribute } from "../package/xml";
import { refuseEdit, scanText, type XmlWhere } from "./xmlEdit";

export interface RowSpan {
  /** The row's 0-based index. */
  readonly index: number;
  /** Offsets of the row element in the part. */
  readonly start: number;
  readonly end: number;
  /** What stands after the row, up to the next row or the end of sheetData, as written. */
  after: string;
}

export interface SheetScan {
  /** The root's name as written ("worksheet", "x:worksheet"). */
  readonly rootQname: string;
  /** sheetData's offsets and name, or null when the part has none. */
  readonly data: { readonly start: number; readonly end: number; readonly innerStart: number; readonly innerEnd: number; readonly qname: string } | null;
  readonly rows: RowSpan[];
  /** What stands in sheetData before its first row, as written. */
  readonly lead: string;
  /** Array formulas (entered with Ctrl+Shift+Enter): Excel changes no part of one but the whole. */
  readonly arrays: RangeRef[];
  /** The rows holding cells of each shared formula, by its si. */
  readonly shared: Map<string, number[]>;
  /** Some row has no r: its index counts from the one before. */
  readonly implicit: boolean;
  /** Row indexes written twice. */
  readonly duplicates: Set<number>;
}

/** A cell read from the part: its text as written, and what an edit of it needs. */
export interface ReadCell {
  readonly text: string;
  readonly qname: string;
  /** Its cellXfs index (0 when none). */
  readonly style: number;
  /** Whether it says its own reference (r). */
  readonly hasRef: boolean;
  /** The si of its formula when that formula is shared. */
  readonly shared: string | undefined;
  /** Its formula element, offsets into `text`, and the formula's text decoded. */
  readonly formula: { readonly start: number; readonly end: number; readonly text: string } | undefined;
  /** Its attributes, offsets into `text`. */
  readonly attrList: readonly XmlAttribute[];
}

export interface RowCells {
  /** The row's start tag as written, ending with ">". */
  readonly tag: string;
  readonly qname: string;
  /** What stands in the row before its first cell. */
  readonly lead: string;
  /** Cells by column. */
  readonly cells: Array<ReadCell | undefined>;
  /** What stands after the cell of each column, up to the next cell or the row's end. */
  readonly after: Map<number, string>;
  /** The row's own style for new cells (its s when customFormat says so), as Excel does when one types there. */
  readonly style: number;
}

/** One pass over a worksheet part: rows, what stands between them, array and shared formulas. */
export function scanSheet(xml: string, where: XmlWhere): SheetScan {
  const rows: RowSpan[] = [];
  const arrays: RangeRef[] = [];
  const shared = new Map<string, number[]>();
  const duplicates = new Set<number>();
  const seen = new Set<number>();
  const ref = { row: 0, col: 0 };
  let rootQname = "";
  let data: { start: number; end: number; innerStart: number; innerEnd: number; qname: string } | null = null;
  let inData = false;
  let level = 0;
  let lead = "";
  let last = 0;
  let implicit = false;
  let next = 0;
  let row: { index: number; start: number } | null = null;
  let inCell = false;
  const gap = (to: number): void => {
    const text = xml.slice(last, to);
    const prev = rows[rows.length - 1];
    if (prev) prev.after += text;
    else lead += text;
  };
  scanText(xml, where, (sink) => ({
    open(name, attrs) {
      level++;
      const at = sink().at;
      if (level === 1) rootQname = at.qname;
      else if (level === 2 && name === "sheetData" && data === null) {
        data = { start: at.start, end: at.end, innerStart: at.end, innerEnd: at.end, qname: at.qname };
        inData = true;
        last = at.end;
      } else if (inData && level === 3 && name === "row") {
        gap(at.start);
        const r = attrs.get("r");
        const index = r === undefined ? next : Number(r) - 1;
        if (!Number.isInteger(index) || index < 0) throw refuseEdit(where, `has a row numbered “${r}”`);
        if (r === undefined) implicit = true;
        if (seen.has(index)) duplicates.add(index);
        seen.add(index);
        next = index + 1;
        row = { index, start: at.start };
      } else if (row && level === 4 && name === "c") {
        inCell = true;
        const r = attrs.get("r");
        if (r !== undefined && readA1(r, ref) && ref.row !== row.index) throw refuseEdit(where, `has the cell ${r} inside row ${row.index + 1}`);
      } else if (row && inCell && level === 5 && name === "f") {
        const t = attrs.get("t");
        if (t === "array") {
          try {
            arrays.push(parseRange(attrs.get("ref") ?? ""));
          } catch {
            // An unreadable ref guards nothing.
          }
        } else if (t === "shared") {
          const si = attrs.get("si") ?? "";
          const list = shared.get(si);
          if (!list) shared.set(si, [row.index]);
          else if (list[list.length - 1] !== row.index) list.push(row.index);
        }
      }
    },
    close(name) {
      const at = sink().at;
      if (row && level === 3) {
        rows.push({ index: row.index, start: row.start, end: at.end, after: "" });
        row = null;
        last = at.end;
      } else if (row && level === 4 && name === "c") inCell = false;
      else if (inData && level === 2 && data) {
        if (at.start !== data.start) {
          gap(at.start);
          data.innerEnd = at.start;
        }
        data.end = at.end;
        inData = false;
      }
      level--;
    },
  }));
  return { rootQname, data, rows, lead, arrays, shared, implicit, duplicates };
}

/**
 * A row's text read alone into its cells. A cell without r follows the one before (as the reader reads it); two
 * cells at one column are refused, as the editor could keep only one of them.
 */
export function readRow(text: string, rowIndex: number, where: XmlWhere): RowCells {
  const cells: Array<ReadCell | undefined> = [];
  const after = new Map<number, string>();
  const ref = { row: 0, col: 0 };
  let tag = "";
  let qname = "";
  let lead = "";
  let last = 0;
  let level = 0;
  let prev = -1;
  let style = 0;
  let cell: CellReading | null = null;
  const gap = (to: number): void => {
    if (to <= last) return;
    const t = text.slice(last, to);
    if (prev < 0) lead += t;
    else after.set(prev, (after.get(prev) ?? "") + t);
  };
  scanText(text, where, (sink) => ({
    open(name, attrs, selfClosing) {
      level++;
      const at = sink().at;
      if (level === 1) {
        qname = at.qname;
        tag = selfClosing ? `${text.slice(at.start, at.end - 2).trimEnd()}>` : text.slice(at.start, at.end);
        const s = Number(attrs.get("s"));
        const custom = attrs.get("customFormat");
        style = (custom === "1" || custom === "true") && Number.isInteger(s) ? s : 0;
        last = at.end;
      } else if (level === 2 && name === "c") {
        gap(at.start);
        const r = attrs.get("r");
        const col = r !== undefined && readA1(r, ref) ? ref.col : prev + 1;
        if (cells[col] !== undefined) throw refuseEdit(where, `has two cells at ${r ?? `column ${col + 1}`} in row ${rowIndex + 1}`);
        cell = new CellReading(at.start, at.qname, col, attrs.list(), attrs.get("s"), r !== undefined);
      } else if (cell && level === 3 && name === "f") cell.formulaOpen(at.start, attrs.get("t"), attrs.get("si"));
    },
    text(t) {
      if (cell && level === 3) cell.formulaText(t);
    },
    close(name) {
      const at = sink().at;
      if (cell && level === 3 && name === "f") cell.formulaClose(at.end);
      else if (cell && level === 2) {
        cells[cell.col] = cell.done(text.slice(cell.start, at.end));
        prev = cell.col;
        cell = null;
        last = at.end;
      } else if (level === 1 && at.start !== 0) gap(at.start);
      level--;
    },
  }));
  return { tag, qname, lead, cells, after, style };
}

/** One cell's text read alone. */
export function readCell(text: string, where: XmlWhere): ReadCell {
  const row = readRow(`<row>${text}</row>`, 0, where);
  const cell = row.cells.find((c) => c !== undefined);
  if (!cell) throw refuseEdit(where, "lost a cell while editing it");
  return cell;
}

/** A cell being read: offsets are made relative to the cell's own text when it is done. */
class CellReading {
  private formula: { start: number; end: number; text: string; type: string | undefined; si: string | undefined } | null = null;

  constructor(
    readonly start: number,
    private readonly qname: string,
    readonly col: number,
    private readonly attrList: readonly XmlAttribute[],
    private readonly s: string | undefined,
    private readonly hasRef: boolean,
  ) {}

  formulaOpen(start: number, type: string | undefined, si: string | undefined): void {
    this.formula ??= { start, end: start, text: "", type, si };
  }

  formulaText(t: string): void {
    if (this.formula && this.formula.end === this.formula.start) this.formula.text += t;
  }

  formulaClose(end: number): void {
    if (this.formula && this.formula.end === this.formula.start) this.formula.end = end;
  }

  done(text: string): ReadCell {
    const at = this.start;
    const f = this.formula;
    const style = Number(this.s ?? 0);
    return {
      text,
      qname: this.qname,
      style: Number.isInteger(style) && style >= 0 ? style : 0,
      hasRef: this.hasRef,
      shared: f?.type === "shared" ? (f.si ?? "") : undefined,
      formula: f ? { start: f.start - at, end: f.end - at, text: f.text } : undefined,
      attrList: this.attrList.map((a) => ({ name: a.name, value: a.value, start: a.start - at, end: a.end - at })),
    };
  }
}
