/**
 * An .xlsx (or .xlsm) file as a WorkbookPort, edited at the package level: reads go through the streaming package
 * reader; a patch changes only the parts it touches (the patched sheets, styles, workbook names, relationships,
 * content types, the parts of notes and charts) and every other part is copied as stored, byte for byte — so
 * charts, pivot tables, images, macros, protection and names the user made survive a copy.
 */
import type { Planner, WorkbookPort } from "../../ports/workbookPort";
import { PatchError } from "../../ports/patchError";
import { absoluteRange, parseA1, parseRange, quoteSheet, rangeA1 } from "../../sheet/a1";
import { cellAt, type Grid, type WorkbookSnapshot } from "../../sheet/grid";
import type { CellStyle, CellWrite, ChartSpec, SheetPatch } from "../../sheet/patch";
import { blockArea, patchCells } from "../../sheet/patchCells";
import { checkPatches, type WorkbookShape } from "../patchCheck";
import { cellsOf, type ChartCache } from "./chartXml";
import { clearSheetParts, removeCharts, writeCharts } from "./edit/charts";
import { writeNotes } from "./edit/notes";
import { PackageEdit } from "./edit/packageEdit";
import { SHARED_STRINGS_REL, SHARED_STRINGS_TYPE, SharedStrings } from "./edit/sharedStrings";
import { blankWorksheet, SheetXml } from "./edit/sheetXml";
import { withAutoFilter, withFrozenPanes } from "./edit/sheetViews";
import { StyleBook } from "./edit/styles";
import { type SheetRef, WorkbookXml } from "./edit/workbookXml";
import { deleteSheet } from "./edit/deleteSheet";
import { removeNotes } from "./edit/removeNotes";
import { relativeTarget, resolveTarget } from "./ooxml";
import { writeOutput } from "./outputFile";
import { DEFAULT_LIMITS, type ReadLimits, readWorkbookBytes } from "./package/readPackage";
import { readXlsxBytes } from "./readFile";

const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
/** Excel keeps at most this many characters in a cell; a longer text makes it repair the file. */
const MAX_TEXT = 32_767;

export class XlsxFile implements WorkbookPort {
  private constructor(
    /** Names the workbook in messages. */
    readonly file: string,
    private bytes: Buffer,
    private readonly limits: ReadLimits,
    /** The shared string table of a workbook this instance created; null for a file it edits (texts inline). */
    private readonly strings: SharedStrings | null = null,
  ) {}

  /** Opens a file; throws WorkbookReadError (missing, not_xlsx, corrupted, password_protected, old_excel). */
  static async load(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<XlsxFile> {
    return new XlsxFile(file, await readXlsxBytes(file, limits.fileBytes), limits);
  }

  /** A new workbook with no sheet yet: the first patch creates one. */
  static create(): XlsxFile {
    return new XlsxFile("(new workbook)", blankPackage().toBuffer(), DEFAULT_LIMITS, new SharedStrings());
  }

  /**
   * The snapshot is kept until the package changes: a command that checks a file on opening and then lets a use
   * case read it reads it once. Snapshots are read-only data, so sharing one is safe.
   */
  async read(): Promise<WorkbookSnapshot> {
    if (this.lastRead?.bytes === this.bytes) return this.lastRead.snapshot;
    const snapshot = await readWorkbookBytes(this.file, this.bytes, this.limits);
    this.lastRead = { bytes: this.bytes, snapshot };
    return snapshot;
  }

  private lastRead: { readonly bytes: Buffer; readonly snapshot: WorkbookSnapshot } | null = null;

  async update<T>(plan: Planner<T>): Promise<T> {
    const snapshot = await this.read();
    const { patches, result } = await plan(snapshot);
    if (patches.length > 0) await this.write(snapshot, patches);
    return result;
  }

  async apply(patches: readonly SheetPatch[]): Promise<void> {
    if (patches.length > 0) await this.write(await this.read(), patches);
  }

  /** Whether the workbook holds macros: a copy must then be an .xlsm, or it would lose them. */
  async isMacroEnabled(): Promise<boolean> {
    const edit = await PackageEdit.open(this.file, this.bytes, this.limits);
    return (await WorkbookXml.open(edit)).isMacroEnabled();
  }

  /** Sheet names in tab order. */
  async sheetNames(): Promise<string[]> {
    const edit = await PackageEdit.open(this.file, this.bytes, this.limits);
    return (await WorkbookXml.open(edit)).sheets.map((s) => s.name);
  }

  /** The package as it is now. */
  get contents(): Buffer {
    return this.bytes;
  }

  /**
   * Writes the package to `file` through a temporary file beside it (outputFile.ts): a failed or interrupted save
   * leaves no half file and names `file`. With `replace: false` the move is no-clobber, so of two runs writing the
   * same path only one succeeds; the other gets an EEXIST error.
   */
  async save(file: string, options: { replace?: boolean } = {}): Promise<void> {
    if ((await this.sheetNames()).length === 0) throw new Error("a workbook needs at least one sheet; nothing was written");
    await writeOutput(file, this.bytes, options.replace !== false);
  }

  /** Checks the whole batch, then edits the package; on any failure the workbook is left as it was. */
  private async write(snapshot: WorkbookSnapshot, patches: readonly SheetPatch[]): Promise<void> {
    const edit = await PackageEdit.open(this.file, this.bytes, this.limits);
    const book = await WorkbookXml.open(edit);
    const originalBook = book.text;
    const grids = new Map(snapshot.sheets.map((g) => [g.sheet.toLowerCase(), g]));
    const grid = (name: string): Grid | undefined => grids.get(name.toLowerCase());
    const shape: WorkbookShape = {
      sheetName: (name) => book.sheet(name)?.name ?? null,
      merges: (name) => (grid(name)?.merges ?? []).map((m) => parseRange(m)),
      isProtected: (name) => grid(name)?.protected === true,
      structureProtected: () => book.structureLocked,
      tables: (name) => (grid(name)?.tables ?? []).map((t) => parseRange(t)),
    };
    const targets = checkPatches(patches, shape);

    const stylesPart = await this.stylesPart(edit, book.part);
    const styles = StyleBook.parse(await edit.text(stylesPart), edit.where(stylesPart));
    const sheets = new Map<string, SheetXml>();
    /** Notes and charts edit parts around the sheet: they run once the sheets' own XML is written back. */
    const later: Array<{ part: string; run: () => Promise<void> }> = [];
    let formulas = false;
    let cellsChanged = false;

    const deletions: SheetRef[] = [];
    for (const [i, patch] of patches.entries()) {
      const name = targets[i] ?? patch.sheet;
      if (patch.deleteSheet) {
        const doomed = book.sheet(name);
        if (doomed) deletions.push(doomed);
        for (const n of patch.removeNames ?? []) book.removeName(n);
        continue;
      }
      const ref = book.sheet(name) ?? (await book.addSheet(name));
      let sheet = sheets.get(ref.part);
      if (patch.replace) {
        await clearSheetParts(edit, ref.part);
        later.splice(0, later.length, ...later.filter((l) => l.part !== ref.part));
        sheet = new SheetXml(blankWorksheet(), edit.where(ref.part), this.strings ?? undefined);
      }
      sheet ??= new SheetXml(await edit.mustText(ref.part), edit.where(ref.part), this.strings ?? undefined);
      sheets.set(ref.part, sheet);

      sheet.removeOwnedFormats(new Set(patch.removeOwned ?? []));
      const unnoted = notesTakenOff(patch, grid(ref.name));
      for (const r of patch.clear ?? []) sheet.clearRange(parseRange(r));
      if (unnoted.length > 0) later.push({ part: ref.part, run: () => removeNotes(edit, ref.part, unnoted) });
      for (const n of patch.removeNames ?? []) book.removeName(n);
      const before = grid(ref.name);
      for (const b of patch.blocks ?? []) {
        const area = blockArea(b);
        if (!area) continue;
        const array = sheet.arrayIn(area);
        if (array) throw new PatchError(ref.name, rangeA1(area), `overlaps the array formula ${rangeA1(array)}; Excel changes an array formula only as a whole`);
        sheet.writeBlock(b.top, b.left, b.styles.length, b.rows, (base, j) => styles.cellXf(base, b.styles[j] ?? {}));
      }
      for (const w of patch.cells) {
        const at = parseA1(w.address);
        if (w.value !== undefined || w.formula !== undefined || w.link) {
          const array = sheet.arrayAt(at.row, at.col);
          if (array) throw new PatchError(ref.name, w.address, `inside the array formula ${rangeA1(array)}; Excel changes an array formula only as a whole`);
        }
        writeCell(sheet, styles, w, at, before, patch.replace === true);
      }
      sheet.addMerges(patch.merges ?? []);
      for (const c of patch.columnWidths ?? []) sheet.setColumnWidth(c.col, c.chars);
      for (const r of patch.rowHeights ?? []) sheet.setRowHeight(r.row, r.points);
      for (const v of patch.validations ?? []) sheet.addValidation(v);
      for (const cf of patch.conditionalFormats ?? []) sheet.addConditionalFormat(cf, styles.dxf(cf.style));
      if (patch.print) sheet.setPrint(patch.print);
      applyViews(sheet, book, ref.name, patch);
      for (const n of patch.names ?? []) book.setName(n.name, `${quoteSheet(ref.name)}!${absoluteRange(parseRange(n.range))}`);

      const removed = patch.removeOwned ?? [];
      const charts = patch.charts ?? [];
      const notes = patch.notes ?? [];
      if (removed.length > 0 || charts.length > 0) {
        const writes = patchCells(patch);
        const g = patch.replace ? undefined : grid(ref.name);
        later.push({
          part: ref.part,
          run: async () => {
            // writeCharts replaces a chart of the same name itself.
            if (removed.length > 0) await removeCharts(edit, ref.part, removed);
            if (charts.length > 0) await writeCharts(edit, ref.part, ref.name, charts.map((spec) => ({ spec, cache: chartCache(spec, g, writes) })));
          },
        });
      }
      if (notes.length > 0) later.push({ part: ref.part, run: () => writeNotes(edit, ref.part, notes) });
    }

    // Protection once the whole batch is written, as the patch says (only on sheets this batch made).
    for (const [i, patch] of patches.entries()) {
      const ref = patch.protect ? book.sheet(targets[i] ?? patch.sheet) : undefined;
      if (ref) sheets.get(ref.part)?.protectSheet();
    }
    for (const [part, sheet] of sheets) {
      if (deletions.some((d) => d.part === part)) continue;
      edit.set(part, { chunks: () => sheet.chunks() });
      formulas ||= sheet.formulaWritten;
      cellsChanged ||= sheet.cellsChanged;
    }
    if (this.strings && this.strings.size > 0) await this.writeStrings(edit, book.part, this.strings);
    for (const l of later) await l.run();
    if (styles.changed) edit.set(stylesPart, styles.toXml());
    for (const d of deletions) await deleteSheet(edit, book, d);
    if (formulas) book.fullCalcOnLoad();
    if (cellsChanged) await book.dropCalcChain();
    await book.save(originalBook);
    await edit.settle();
    this.bytes = edit.toBuffer();
  }

  /** The created workbook's shared string table, declared on first use. */
  private async writeStrings(edit: PackageEdit, workbookPart: string, strings: SharedStrings): Promise<void> {
    const part = "xl/sharedStrings.xml";
    if (!edit.has(part)) {
      await edit.setContentType(part, SHARED_STRINGS_TYPE);
      await edit.addRel(workbookPart, SHARED_STRINGS_REL, relativeTarget(workbookPart, part));
    }
    edit.set(part, strings.toXml());
  }

  /** The styles part, created (with its relationship and content type) when the package has none. */
  private async stylesPart(edit: PackageEdit, workbookPart: string): Promise<string> {
    const rel = (await edit.rels(workbookPart)).find((r) => r.type.endsWith("/styles") && !r.external);
    if (rel) {
      const part = resolveTarget(workbookPart, rel.target);
      if (edit.has(part)) return part;
    }
    const part = edit.freeName("xl/styles", ".xml").replace(/styles1\.xml$/, "styles.xml");
    edit.set(part, StyleBook.parse(null).toXml());
    await edit.setContentType(part, STYLES_TYPE);
    if (!rel) await edit.addRel(workbookPart, STYLES_REL, relativeTarget(workbookPart, part));
    return part;
  }
}

/** The notes a patch takes off: those it names, and those in the ranges it clears (from what was read). */
function notesTakenOff(patch: SheetPatch, g: Grid | undefined): string[] {
  const out = [...(patch.removeNotes ?? [])];
  for (const r of (patch.clear ?? []).map((x) => parseRange(x))) {
    for (const n of g?.notes ?? []) {
      const { row, col } = parseA1(n.address);
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) out.push(n.address);
    }
  }
  return out;
}

/** Visibility (workbook part), AutoFilter and frozen panes (the sheet's own XML). */
function applyViews(sheet: SheetXml, book: WorkbookXml, name: string, patch: SheetPatch): void {
  const filter = patch.autoFilter;
  if (filter) {
    sheet.editOuter((outer) => withAutoFilter(outer, filter));
    book.setFilterDatabase(name, `${quoteSheet(name)}!${absoluteRange(parseRange(filter))}`);
  }
  const freeze = patch.freeze;
  if (freeze) sheet.editOuter((outer) => withFrozenPanes(outer, freeze.rows, freeze.cols));
  if (patch.visibility) book.setSheetState(name, patch.visibility);
}

function writeCell(sheet: SheetXml, styles: StyleBook, w: CellWrite, at: { row: number; col: number }, grid: Grid | undefined, cleared: boolean): void {
  const { row, col } = at;
  let style: CellStyle | undefined = w.style;
  let formula = w.formula?.replace(/^=/, "");
  let value = w.value;
  if (w.link) {
    // A link to a cell of this workbook is a HYPERLINK formula: it works in Excel and LibreOffice alike.
    const existing = cleared || !grid ? undefined : cellAt(grid, row, col)?.value;
    const text = (value !== undefined && value !== null ? String(value) : existing !== undefined && existing !== null && typeof existing !== "object" ? String(existing) : "") || w.link.cell;
    const shown = text.slice(0, 255); // Excel's limit for a string literal in a formula
    const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;
    formula = `HYPERLINK(${str(`#${quoteSheet(w.link.sheet)}!${w.link.cell}`)},${str(shown)})`;
    value = shown;
    if (!w.style?.font) style = { ...w.style, font: { color: "0563C1", underline: true } };
  }
  if (typeof value === "string" && value.length > MAX_TEXT) value = `${value.slice(0, MAX_TEXT - 1)}…`;
  const index = style ? styles.cellXf(sheet.styleOf(row, col), style) : undefined;
  sheet.writeCell({ row, col, value, formula, style: index });
}

/**
 * The values behind a chart as the workbook will hold them: what was read, with this patch's writes on top. A
 * formula just written has no result yet: its point is left out until Excel or LibreOffice recalculates.
 */
function chartCache(spec: ChartSpec, grid: Grid | undefined, writes: readonly CellWrite[]): ChartCache {
  const written = new Map<string, unknown>();
  for (const w of writes) {
    const { row, col } = parseA1(w.address);
    const key = `${row}:${col}`;
    if (w.formula !== undefined || w.link) written.set(key, w.value ?? null);
    else if (w.value !== undefined) written.set(key, w.value);
  }
  const at = (c: { row: number; col: number }): unknown => {
    const key = `${c.row}:${c.col}`;
    if (written.has(key)) return written.get(key);
    const v = grid ? cellAt(grid, c.row, c.col)?.value : undefined;
    return v !== null && typeof v === "object" ? null : v;
  };
  return {
    categories: cellsOf(spec.categories).map((c) => {
      const v = at(c);
      return v === null || v === undefined || v === "" ? null : String(v);
    }),
    series: spec.series.map((s) =>
      cellsOf(s.values).map((c) => {
        const v = at(c);
        return typeof v === "number" && Number.isFinite(v) ? v : null;
      }),
    ),
  };
}

/** The parts of a new, empty workbook, as Excel would write them. */
function blankPackage(): PackageEdit {
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return PackageEdit.fromParts("(new workbook)", {
    "[Content_Types].xml": `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    "_rels/.rels": `${head}<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${rel}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    "docProps/core.xml": `${head}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>PressDX Planner</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${new Date().toISOString().replace(/\.\d+Z$/, "Z")}</dcterms:created></cp:coreProperties>`,
    "docProps/app.xml": `${head}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>PressDX Planner</Application></Properties>`,
    "xl/workbook.xml": `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><workbookPr/><bookViews><workbookView/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels": `${head}<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${STYLES_REL}" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": StyleBook.parse(null).toXml(),
  });
}
