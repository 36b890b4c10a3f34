/**
 * Reads an .xlsx or .xlsm package into a WorkbookSnapshot without loading a workbook model: only the parts a
 * command needs (workbook and its relationships, the sheets, shared strings, styles, the sheets' drawings for
 * chart names), each streamed, every limit checked while it is read. Platform-free: the command line reads files with it
 * (readPackage.ts) and the pane reads the bytes of files the user chose (browserReader.ts).
 */
import type { Grid, WorkbookSnapshot } from "../../../sheet/grid";
import { parseRange, rangeA1 } from "../../../sheet/a1";
import { relsPath, resolveTarget } from "../ooxml";
import { classifyBytes, WorkbookReadError } from "../readError";
import { DEFAULT_LIMITS, type ReadLimits, tooLarge } from "./limits";
import { asReadError } from "./partError";
import { parseXmlPart, readChartNames, readRels, readSharedStrings, readStyles, readWorkbookPart } from "./parts";
import { readSheetNotes } from "./comments";
import { SheetReader, type SheetRead } from "./sheetPart";
import { ZipPackage } from "./zip";

export { DEFAULT_LIMITS, type ReadLimits } from "./limits";

export interface ReadOptions {
  /**
   * When given, a sheet over a limit is left out of the snapshot and reported here instead of refusing the whole
   * workbook, so a plan beside a huge data sheet is still checked. A workbook whose every sheet is over a limit
   * is still refused.
   */
  readonly onSheetOverLimit?: (sheet: string, error: WorkbookReadError) => void;
}

/** `file` names the workbook in messages. */
export async function readWorkbookBytes(
  file: string,
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_LIMITS,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const at = { part: "" };
  try {
    return await readParts(file, bytes, limits, options, at);
  } catch (e) {
    throw asReadError(file, at.part, e);
  }
}

/** The read itself; `at.part` follows the part being read, for the error that names it. */
async function readParts(file: string, bytes: Uint8Array, limits: ReadLimits, options: ReadOptions, at: { part: string }): Promise<WorkbookSnapshot> {
  classifyBytes(file, bytes);
  const zip = await ZipPackage.open(file, bytes, limits);
  at.part = "xl/workbook.xml";
  const book = await readWorkbookPart(zip);
  let cells = 0;
  let part = book.sharedStrings ?? "";
  // Shared strings count like cells: each one is an object held while the sheets are read.
  const count = (): void => {
    if (++cells > limits.cells) throw tooLarge(file, part, `holds more than ${limits.cells.toLocaleString("en")} cells and strings (the limit)`);
  };
  at.part = part;
  const sharedStrings = await readSharedStrings(zip, book.sharedStrings, count);
  cells = 0;
  at.part = book.styles ?? "";
  const styles = await readStyles(zip, book.styles);
  const sheets: Grid[] = [];
  let firstRefusal: WorkbookReadError | null = null;
  for (const entry of book.sheets) {
    part = entry.part;
    at.part = part;
    const before = cells;
    const reader = new SheetReader(entry.name, { sharedStrings, styles, date1904: book.date1904, countCell: count, file, maxMerges: limits.merges });
    let read: SheetRead;
    try {
      // A sheet listed in workbook.xml but missing from the package reads as empty (some generators).
      await parseXmlPart(zip, entry.part, reader);
      read = reader.result();
    } catch (e) {
      if (!(e instanceof WorkbookReadError) || e.kind !== "too_large" || !options.onSheetOverLimit) throw e;
      options.onSheetOverLimit(entry.name, e);
      firstRefusal ??= e;
      cells = before; // what was read of it is dropped
      continue;
    }
    const { grid, drawingRid, tableRids } = read;
    at.part = relsPath(entry.part);
    const charts = drawingRid ? await chartNames(zip, entry.part, drawingRid) : [];
    const tables = tableRids.length > 0 ? await tableRanges(zip, entry.part, tableRids) : [];
    // Set on the grid just made, not spread into a copy: a copy by spread gets a hidden class of its own in V8.
    sheets.push(charts.length === 0 && tables.length === 0 ? grid : Object.assign(grid, { charts, tables }));
    // Every grid gets its notes (none is "none", not "unknown"): the file says where each note is.
    Object.assign(grid, { notes: await readSheetNotes(zip, entry.part) });
    if (entry.visibility) Object.assign(grid, { visibility: entry.visibility });
  }
  if (firstRefusal && sheets.length === 0) throw firstRefusal;
  return { sheets, names: book.names, structureProtected: book.structureProtected };
}

/** The ranges of the sheet's Excel tables, from each table part's own ref (its root element's attribute). */
async function tableRanges(zip: ZipPackage, sheetPart: string, rids: readonly string[]): Promise<string[]> {
  const rels = await readRels(zip, sheetPart);
  const out: string[] = [];
  for (const rid of rids) {
    const rel = rels.find((r) => r.id === rid);
    if (!rel || rel.external) continue;
    let ref: string | undefined;
    await parseXmlPart(zip, resolveTarget(sheetPart, rel.target), {
      open(el, attrs) {
        if (el === "table" && ref === undefined) ref = attrs.get("ref");
      },
    });
    try {
      if (ref) out.push(rangeA1(parseRange(ref)));
    } catch {
      // A table whose ref does not read guards nothing.
    }
  }
  return out;
}

async function chartNames(zip: ZipPackage, sheetPart: string, rid: string): Promise<string[]> {
  const rel = (await readRels(zip, sheetPart)).find((r) => r.id === rid);
  if (!rel || rel.external) return [];
  const drawing = resolveTarget(sheetPart, rel.target);
  return zip.has(drawing) ? readChartNames(zip, drawing) : [];
}

