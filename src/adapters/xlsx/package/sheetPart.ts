/**
 * One worksheet part read in a single streaming pass into a Grid, the same Grid every adapter gives: values
 * as Excel holds them, formulas without "=", shared formulas expanded, number formats, merges (merged-away
 * cells left out), plus what a writer must respect: sheet protection, conditional formats the tool owns, and
 * where the sheet's drawing is.
 */
import { colName, outsideSheet, parseRange, rangeA1, readA1, SHEET_COLS, SHEET_ROWS } from "../../../sheet/a1";
import { type CellValue, type ColumnWidthRun, EXCEL_DEFAULT_COLUMN_WIDTH, type Grid, type GridCell } from "../../../sheet/grid";
import { dateSerial, isoSerial } from "./numberFormats";
import { slideFormula } from "./sharedFormula";
import { ownerOfFormula } from "../../ownership";
import { decodeXstring } from "../ooxml";
import { WorkbookReadError } from "../readError";
import { clearMergedAway, type Rect, readNumber, sheetRefusal } from "./sheetChecks";
import type { XmlAttributes, XmlHandler } from "./xml";

export interface CellStyle {
  /** Number format code; undefined for General. */
  readonly format: string | undefined;
  readonly date: boolean;
}

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: readonly CellStyle[];
  readonly date1904: boolean;
  /** Called once per non-empty cell read, so the caller can enforce its cell limit. */
  readonly countCell: () => void;
  /** Names the workbook in refusals. */
  readonly file: string;
  /** Most merged areas the sheet may hold. */
  readonly maxMerges: number;
}

/**
 * Cells visited to clear what merges hide, at most: merges that do not overlap visit each cell the sheet holds once,
 * so only overlapping ones (which Excel refuses) come near it. About a tenth of a second of work.
 */
const MERGE_VISITS = 16_000_000;

export interface SheetRead {
  readonly grid: Grid;
  /** The r:id of the sheet's drawing, when it has one. */
  readonly drawingRid: string | undefined;
  /** The r:ids of the sheet's table parts (Excel tables). */
  readonly tableRids: readonly string[];
}

/** A row without cells, shared by every such row of every grid (a grid is read-only). */
const EMPTY_ROW: ReadonlyArray<GridCell | undefined> = Object.freeze([]);

export class SheetReader implements XmlHandler {
  private readonly rows = new Map<number, Array<GridCell | undefined>>();
  /** Where readA1 puts a cell's reference: one object for the whole sheet. */
  private readonly ref = { row: 0, col: 0 };
  private readonly merges: string[] = [];
  private readonly owned: string[] = [];
  private isProtected = false;
  private readonly widths: ColumnWidthRun[] = [];
  private defaultWidth: number | undefined;
  private drawingRid: string | undefined;
  private readonly tableRids: string[] = [];
  /** Shared formulas by si: the master's text and position. */
  private readonly shared = new Map<string, { formula: string; row: number; col: number }>();

  private inSheetData = false;
  private row = -1;
  private col = -1;
  // The cell being read.
  private inCell = false;
  private t: string | undefined;
  private style = 0;
  private v: string | undefined;
  private f: string | undefined;
  private fType: string | undefined;
  private fRef: string | undefined;
  private fSi: string | undefined;
  private inline: string | undefined;
  private collecting: "v" | "f" | "t" | "cf" | null = null;
  private inIs = false;
  private inPhonetic = false;
  private inRule = false;
  private ruleText = "";

  constructor(
    private readonly name: string,
    private readonly ctx: SheetContext,
  ) {}

  open(name: string, attrs: XmlAttributes, selfClosing: boolean): void {
    if (this.inSheetData) {
      switch (name) {
        case "row": {
          const r = attrs.get("r");
          this.row = r === undefined ? this.row + 1 : Number(r) - 1;
          // Refused here, before a grid row is made for it: a grid holds every row from the first to the last.
          if (this.row >= SHEET_ROWS) throw this.refuse(`row ${r ?? this.row + 1}`, `is past the last row of a sheet (${SHEET_ROWS.toLocaleString("en")})`);
          this.col = -1;
          return;
        }
        case "c":
          this.startCell(attrs);
          if (selfClosing) this.endCell();
          return;
        case "v":
          if (this.inCell && !selfClosing) {
            this.collecting = "v";
            this.v = "";
          }
          return;
        case "f":
          if (this.inCell) {
            this.fType = attrs.get("t");
            this.fRef = attrs.get("ref");
            this.fSi = attrs.get("si");
            if (!selfClosing) {
              this.collecting = "f";
              this.f = "";
            }
          }
          return;
        case "is":
          this.inIs = true;
          this.inline ??= "";
          return;
        case "rPh":
          this.inPhonetic = true;
          return;
        case "t":
          if (this.inIs && !this.inPhonetic && !selfClosing) this.collecting = "t";
          return;
        default:
          return;
      }
    }
    switch (name) {
      case "sheetData":
        if (!selfClosing) this.inSheetData = true;
        return;
      case "col": {
        // Runs as the file writes them (LibreOffice's reach column 1025): never expanded column by column.
        const first = Number(attrs.get("min")) - 1;
        const last = Number(attrs.get("max") ?? attrs.get("min")) - 1;
        const width = attrs.get("width");
        const hidden = attrs.get("hidden") === "1" || attrs.get("hidden") === "true";
        if (Number.isInteger(first) && Number.isInteger(last) && first >= 0 && last >= first && (width !== undefined || hidden)) {
          const chars = width === undefined ? (this.defaultWidth ?? EXCEL_DEFAULT_COLUMN_WIDTH) : Number(width);
          if (Number.isFinite(chars)) this.widths.push(hidden ? { first, last, chars, hidden } : { first, last, chars });
        }
        return;
      }
      case "sheetFormatPr": {
        const w = Number(attrs.get("defaultColWidth"));
        if (attrs.get("defaultColWidth") !== undefined && Number.isFinite(w)) this.defaultWidth = w;
        return;
      }
      case "mergeCell": {
        const ref = attrs.get("ref");
        if (!ref) return;
        if (this.merges.length >= this.ctx.maxMerges) {
          throw new WorkbookReadError("too_large", this.ctx.file, `refused: sheet "${this.name}" holds more than ${this.ctx.maxMerges.toLocaleString("en")} merged areas (the limit)`);
        }
        this.merges.push(ref);
        return;
      }
      case "sheetProtection": {
        const s = attrs.get("sheet");
        this.isProtected = s === "1" || s === "true";
        return;
      }
      case "cfRule":
        this.inRule = !selfClosing;
        return;
      case "formula":
      case "f":
        if (this.inRule && !selfClosing) {
          this.collecting = "cf";
          this.ruleText = "";
        }
        return;
      case "drawing":
        this.drawingRid = attrs.byLocal("id");
        return;
      case "tablePart": {
        const id = attrs.byLocal("id");
        if (id) this.tableRids.push(id);
        return;
      }
      default:
        return;
    }
  }

  text(s: string): void {
    switch (this.collecting) {
      case "v":
        this.v += s;
        return;
      case "f":
        this.f += s;
        return;
      case "t":
        this.inline += s;
        return;
      case "cf":
        this.ruleText += s;
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case "c":
        if (this.inCell) this.endCell();
        return;
      case "v":
      case "f":
      case "t":
        if (this.collecting === "cf") this.ownerMarks();
        this.collecting = null;
        return;
      case "formula":
        if (this.collecting === "cf") this.ownerMarks();
        this.collecting = null;
        return;
      case "is":
        this.inIs = false;
        return;
      case "rPh":
        this.inPhonetic = false;
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
      case "cfRule":
        this.inRule = false;
        return;
      default:
        return;
    }
  }

  result(): SheetRead {
    return { grid: this.grid(), drawingRid: this.drawingRid, tableRids: this.tableRids };
  }

  private ownerMarks(): void {
    // ISTEXT("pressdx:<owner>") in a rule's formula marks it as the tool's (see ../../ownership.ts).
    const owner = ownerOfFormula(this.ruleText);
    if (owner !== null && !this.owned.includes(owner)) this.owned.push(owner);
    this.ruleText = "";
  }

  private startCell(attrs: XmlAttributes): void {
    const r = attrs.get("r");
    if (r !== undefined && readA1(r, this.ref)) {
      this.row = this.ref.row;
      this.col = this.ref.col;
    } else {
      if (r !== undefined && outsideSheet(r)) throw this.refuse(`cell ${r}`, "is past the last cell of a sheet (XFD1048576)");
      this.col++; // cells without a reference follow the previous one (some generators)
      if (this.row < 0) this.row = 0;
      if (this.col >= SHEET_COLS) throw this.refuse(`cell ${colName(this.col)}${this.row + 1}`, "is past the last column of a sheet (XFD)");
    }
    this.inCell = true;
    this.t = attrs.get("t");
    const s = attrs.get("s");
    this.style = s === undefined ? 0 : Number(s);
    this.v = undefined;
    this.f = undefined;
    this.fType = undefined;
    this.fRef = undefined;
    this.fSi = undefined;
    this.inline = undefined;
    this.inIs = false;
  }

  private endCell(): void {
    this.inCell = false;
    this.collecting = null;
    const cell = this.cell();
    if (!cell) return;
    this.ctx.countCell();
    let cells = this.rows.get(this.row);
    if (!cells) {
      cells = [];
      this.rows.set(this.row, cells);
    }
    cells[this.col] = cell;
  }

  private cell(): GridCell | undefined {
    const style = this.ctx.styles[this.style];
    const numberFormat = style?.format;
    let formula: string | undefined;
    if (this.f !== undefined && this.f !== "") {
      formula = this.f;
      if (this.fType === "shared" && this.fRef !== undefined && this.fSi !== undefined) {
        this.shared.set(this.fSi, { formula, row: this.row, col: this.col });
      }
    } else if (this.fType === "shared" && this.fSi !== undefined) {
      const master = this.shared.get(this.fSi);
      formula = master ? slideFormula(master.formula, master, { row: this.row, col: this.col }) : undefined;
    }
    if (formula !== undefined || this.fType !== undefined) {
      const value = this.v === undefined || this.v === "" ? null : this.typed(this.v, style?.date ?? false);
      const f = (formula ?? "").replace(/^=/, "");
      return numberFormat ? { value, formula: f, numberFormat } : { value, formula: f };
    }
    let value: CellValue;
    switch (this.t) {
      case "s": {
        if (this.v === undefined) return undefined;
        value = this.sharedString(this.v);
        break;
      }
      case "inlineStr":
        if (this.inline === undefined && this.v === undefined) return undefined;
        value = decodeXstring((this.inline ?? "") + (this.v ?? ""));
        break;
      default:
        if (this.v === undefined) return undefined;
        value = this.typed(this.v, style?.date ?? false);
        if (value === null) return undefined; // <v/> holds no number
    }
    return numberFormat ? { value, numberFormat } : { value };
  }

  /**
   * The shared string a `t="s"` cell points at. One the table does not hold (or a workbook without a table) is
   * refused: read as empty, the cell would be written over by a command that takes it for free.
   */
  private sharedString(v: string): string {
    const index = readNumber(v);
    const s = index !== null && Number.isInteger(index) && index >= 0 ? this.ctx.sharedStrings[index] : undefined;
    if (s !== undefined) return s;
    const size = this.ctx.sharedStrings.length;
    const table = size === 0 ? "the workbook has no shared string table" : `its table holds ${size.toLocaleString("en")}`;
    throw this.refuse(`cell ${this.here()}`, `refers to shared string ${quote(v)}, but ${table}`);
  }

  private here(): string {
    return `${colName(this.col)}${this.row + 1}`;
  }

  private refuse(where: string, what: string): WorkbookReadError {
    return sheetRefusal(this.ctx.file, this.name, where, what);
  }

  private typed(v: string, date: boolean): CellValue {
    switch (this.t) {
      case "str":
      case "inlineStr":
        return decodeXstring(v);
      case "s":
        return v;
      case "b":
        return v.trim() === "1" || v.trim().toLowerCase() === "true";
      case "e":
        return { error: v };
      case "d": {
        const serial = isoSerial(v.trim());
        return serial === null ? v : serial;
      }
      default: {
        const n = readNumber(v);
        if (n === null) {
          if (v.trim() === "") return null;
          throw this.refuse(`cell ${this.here()}`, `holds ${quote(v)}, which is not a number`);
        }
        return date ? dateSerial(n, this.ctx.date1904) : n;
      }
    }
  }

  private grid(): Grid {
    // Only the top-left cell of a merged area holds its value, as in Excel. A merge whose ref does not read is
    // left out; the others are reported as written (a write must still avoid them beyond the used range).
    const merges: string[] = [];
    const areas: Rect[] = [];
    for (const ref of this.merges) {
      let r;
      try {
        r = parseRange(ref);
      } catch {
        continue;
      }
      merges.push(rangeA1(r));
      areas.push(r);
    }
    if (areas.length > 0 && !clearMergedAway(this.rows, [...this.rows.keys()].sort((a, b) => a - b), areas, MERGE_VISITS)) {
      throw new WorkbookReadError("too_large", this.ctx.file, `refused: sheet "${this.name}" has merged areas that overlap over more than ${MERGE_VISITS.toLocaleString("en")} cells (Excel refuses overlapping merges)`);
    }
    let minCol = Infinity;
    const found: Array<[number, Array<GridCell | undefined>]> = [];
    for (const [row, cells] of this.rows) {
      let first = -1;
      for (let c = 0; c < cells.length; c++) {
        if (cells[c]) {
          first = c;
          break;
        }
      }
      if (first < 0) continue;
      if (first < minCol) minCol = first;
      found.push([row, cells]);
    }
    if (found.length === 0) return this.made(0, 0, [], merges);
    found.sort((a, b) => a[0] - b[0]);
    const top = found[0]?.[0] ?? 0;
    const bottom = found[found.length - 1]?.[0] ?? 0;
    const rows: Array<ReadonlyArray<GridCell | undefined>> = [];
    for (let r = top; r <= bottom; r++) rows.push(EMPTY_ROW);
    for (const [row, cells] of found) rows[row - top] = minCol === 0 ? cells : cells.slice(minCol);
    return this.made(top, minCol, rows, merges);
  }

  /**
   * The grid, with the fields every adapter gives (charts, tables, notes and visibility are set by the caller)
   * and the sheet's widths. One literal, fields always in this order: every grid of a workbook then shares one
   * hidden class in V8, so `cellAt` and the rest read grids at full speed (spreads gave the 63 sheets of the
   * benchmark 33 classes).
   */
  private made(top: number, left: number, rows: ReadonlyArray<ReadonlyArray<GridCell | undefined>>, merges: readonly string[]): Grid {
    return {
      sheet: this.name,
      top,
      left,
      rows,
      merges,
      protected: this.isProtected,
      ownedFormats: this.owned,
      charts: [],
      tables: [],
      columnWidths: this.widths,
      defaultColumnWidth: this.defaultWidth,
      // Set by the caller from the workbook and comments parts, into these same fields (no new hidden class).
      notes: [],
      visibility: undefined,
    };
  }
}

/** A value quoted for a one-line message: at most 20 characters, control characters escaped. */
function quote(v: string): string {
  return JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v);
}
