/**
 * The small parts a read needs besides the sheets: the package and workbook relationships, workbook.xml (sheets in
 * tab order, defined names, the 1904 date system), shared strings, the number format of each cell style, and the
 * chart names of a drawing. Each is streamed through the XML reader like the sheets.
 */
import { decodeXstring, relsHandler, relsPath, resolveTarget, type Rel } from "../ooxml";
import { builtInFormat, isDateFormat } from "./numberFormats";
import { readingPart } from "./partError";
import type { CellStyle } from "./sheetPart";
import { scanSink } from "./scanner";
import type { XmlHandler } from "./xml";
import type { ZipPackage } from "./zip";

export interface SheetEntry {
  readonly name: string;
  /** Zip path of the sheet part. */
  readonly part: string;
  /** The sheet's state when not visible. */
  readonly visibility?: "hidden" | "veryHidden";
}

export interface WorkbookPart {
  readonly part: string;
  readonly sheets: readonly SheetEntry[];
  /** Workbook-scoped names (not built-in, not sheet-scoped) → their text as written. */
  readonly names: Readonly<Record<string, string>>;
  readonly date1904: boolean;
  /** `<workbookProtection lockStructure>`: no sheet can be added, hidden or shown. */
  readonly structureProtected: boolean;
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

export async function parseXmlPart(zip: ZipPackage, part: string, handler: XmlHandler): Promise<boolean> {
  const sink = scanSink(zip.file, part, handler);
  const found = await zip.stream(part, (t) => sink.write(t));
  if (found) sink.end();
  return found;
}

export async function readRels(zip: ZipPackage, part: string): Promise<Rel[]> {
  const rels = relsPath(part);
  return readingPart(zip.file, rels, async () => {
    const out: Rel[] = [];
    await parseXmlPart(zip, rels, relsHandler(out));
    return out;
  });
}

const isType = (rel: Rel, suffix: string): boolean => rel.type.endsWith(`/${suffix}`);

export async function readWorkbookPart(zip: ZipPackage): Promise<WorkbookPart> {
  // Nothing is taken from the content types, but a package whose [Content_Types].xml does not parse (a DOCTYPE,
  // say) is refused here as by the writer, which edits it.
  await parseXmlPart(zip, "[Content_Types].xml", { open: () => undefined });
  const root = await readRels(zip, "");
  const office = root.find((r) => isType(r, "officeDocument"));
  const part = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const rels = await readRels(zip, part);
  const byId = new Map(rels.map((r) => [r.id, r]));

  const sheets: SheetEntry[] = [];
  const names: Record<string, string> = {};
  let date1904 = false;
  let structureProtected = false;
  let name: { name: string; skip: boolean; text: string } | null = null;
  await parseXmlPart(zip, part, {
    open(el, attrs) {
      if (el === "sheet") {
        const rel = byId.get(attrs.byLocal("id") ?? "");
        // Chart sheets and dialog sheets hold no cells.
        if (rel && isType(rel, "worksheet") && !rel.external) {
          const state = attrs.get("state");
          const visibility = state === "hidden" || state === "veryHidden" ? { visibility: state as "hidden" | "veryHidden" } : {};
          sheets.push({ name: attrs.get("name") ?? "", part: resolveTarget(part, rel.target), ...visibility });
        }
      } else if (el === "workbookPr") {
        const d = attrs.get("date1904");
        date1904 = d === "1" || d === "true";
      } else if (el === "workbookProtection") {
        const v = attrs.get("lockStructure");
        structureProtected = v === "1" || v === "true";
      } else if (el === "definedName") {
        const n = attrs.get("name") ?? "";
        name = { name: n, skip: n.startsWith("_xlnm.") || attrs.get("localSheetId") !== undefined, text: "" };
      }
    },
    text(t) {
      if (name) name.text += t;
    },
    close(el) {
      if (el === "definedName" && name) {
        if (!name.skip && name.name) names[name.name] = name.text;
        name = null;
      }
    },
  });
  const target = (type: string): string | undefined => {
    const rel = rels.find((r) => isType(r, type) && !r.external);
    return rel ? resolveTarget(part, rel.target) : undefined;
  };
  return { part, sheets, names, date1904, structureProtected, sharedStrings: target("sharedStrings"), styles: target("styles") };
}

/** Shared strings in order; rich runs joined, phonetic runs left out, _xHHHH_ escapes decoded. */
export async function readSharedStrings(zip: ZipPackage, part: string | undefined, limit: () => void): Promise<string[]> {
  const out: string[] = [];
  if (!part) return out;
  let current: string | null = null;
  let inT = false;
  let phonetic = false;
  await parseXmlPart(zip, part, {
    open(el, _attrs, selfClosing) {
      if (el === "si") {
        current = "";
        if (selfClosing) {
          out.push("");
          current = null;
        }
      } else if (el === "rPh") phonetic = !selfClosing;
      else if (el === "t" && current !== null && !phonetic) inT = !selfClosing;
    },
    text(t) {
      if (inT) current += t;
    },
    close(el) {
      if (el === "t") inT = false;
      else if (el === "rPh") phonetic = false;
      else if (el === "si" && current !== null) {
        out.push(decodeXstring(current));
        current = null;
        limit();
      }
    },
  });
  return out;
}

/** The number format of each cell style (cellXfs), by style index. */
export async function readStyles(zip: ZipPackage, part: string | undefined): Promise<CellStyle[]> {
  const styles: CellStyle[] = [];
  if (!part) return styles;
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inXfs = false;
  await parseXmlPart(zip, part, {
    open(el, attrs, selfClosing) {
      if (el === "numFmt") custom.set(Number(attrs.get("numFmtId")), attrs.get("formatCode") ?? "");
      else if (el === "cellXfs") inXfs = !selfClosing;
      else if (el === "xf" && inXfs) ids.push(Number(attrs.get("numFmtId") ?? 0));
    },
    close(el) {
      if (el === "cellXfs") inXfs = false;
    },
  });
  const byId = new Map<number, CellStyle>();
  for (const id of ids) {
    let style = byId.get(id);
    if (!style) {
      const code = id ? (custom.get(id) ?? builtInFormat(id)) : undefined;
      const format = code && code !== "General" ? code : undefined;
      style = { format, date: format !== undefined && isDateFormat(format) };
      byId.set(id, style);
    }
    styles.push(style);
  }
  return styles;
}

/** The name of each graphic frame (chart) of a drawing part, in order. */
export async function readChartNames(zip: ZipPackage, part: string): Promise<string[]> {
  const names: string[] = [];
  let frame = 0;
  let named = false;
  await parseXmlPart(zip, part, {
    open(el, attrs, selfClosing) {
      if (el === "graphicFrame" && !selfClosing) {
        frame++;
        named = false;
      } else if (el === "cNvPr" && frame > 0 && !named) {
        names.push(attrs.get("name") ?? "");
        named = true;
      }
    },
    close(el) {
      if (el === "graphicFrame") frame--;
    },
  });
  return names;
}
