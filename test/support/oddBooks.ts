/**
 * Workbooks whose XML is odd but valid, made from a corpus file by test code alone (saxes, JSZip; none of the
 * project's XML code): every markup form the reliability audit found the editor blind to, and a package of UTF-16
 * parts with prefixed elements. Deterministic: the same bytes every run.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { LITERAL_CRLF, parseTree, utf16, writeOdd, type OddOptions, type XNode } from "./oddXml";

export const ODD_BASE = path.resolve(__dirname, "../fixtures/xlsx-corpus/excel-keep.xlsx");
/** The sheet that gets the cells below: the plan's, so every writing command edits the part holding them. */
const SHEET = "xl/worksheets/sheet1.xml";
const STRINGS = "xl/sharedStrings.xml";
const DATE = new Date(Date.UTC(2026, 0, 1));

/** Cells added below the plan, each a trap for a reader or an editor, with the values Excel reads in them. */
export const TRAPS: ReadonlyArray<{ readonly address: string; readonly shared?: string; readonly inline?: string; readonly value: string }> = [
  // In the markup book this string is written as CDATA: an end of cell and of row inside a label.
  { address: "A200", shared: 'Ghi chú </c></row> <row r="99"> x', value: 'Ghi chú </c></row> <row r="99"> x' },
  // Excel's own spelling of a carriage return, then a literal CRLF (which XML reads as a line feed).
  { address: "A201", inline: `dòng một_x000D_${LITERAL_CRLF}dòng hai`, value: "dòng một\r\ndòng hai" },
  // An escaped escape stays literal; other escapes are characters.
  { address: "A202", shared: "_x005F_x0041_ và _x0042_", value: "_x0041_ và B" },
  { address: "B200", shared: "a > b & 'c' \"d\"", value: "a > b & 'c' \"d\"" },
];

export interface OddBook {
  readonly name: string;
  readonly file: string;
  /** The forms it carries, for a failure message. */
  readonly forms: string;
}

const MARKUP: OddOptions = {
  quote: "'",
  crlf: true,
  comments: true,
  instructions: true,
  cdata: new Set(["t", "f"]),
  references: true,
};

export async function makeOddBooks(dir: string): Promise<OddBook[]> {
  const base = await JSZip.loadAsync(await fs.readFile(ODD_BASE));
  const books: OddBook[] = [];
  const markup = path.join(dir, "odd-markup.xlsx");
  await fs.writeFile(
    markup,
    await rewrite(base, (name, tree) => {
      const sheet = /^xl\/worksheets\/sheet\d+\.xml$/.test(name);
      // openpyxl 3.0 takes a comment among most parts' children for an element and fails (LibreOffice does not): in
      // other parts than the sheets they stand before the root only.
      const options = sheet ? { ...MARKUP, foreignAttrs: new Set(["row", "c"]) } : { ...MARKUP, comments: false, instructions: false, beforeRoot: true };
      return Buffer.from(writeOdd(tree, options), "utf8");
    }),
  );
  books.push({ name: "odd-markup", file: markup, forms: "single quotes, CRLF, comments and PIs everywhere, CDATA, references, foreign attributes with “>”" });
  const wide = path.join(dir, "odd-utf16.xlsx");
  await fs.writeFile(
    wide,
    await rewrite(base, (name, tree) => {
      const spreadsheet = name.startsWith("xl/") && !name.includes("_rels/") && !name.startsWith("xl/drawings/") && !name.startsWith("xl/charts/") && !name.startsWith("xl/theme/");
      const xml = writeOdd(tree, spreadsheet ? { prefix: "x" } : {});
      return utf16(xml, name.endsWith(".rels") || name === STRINGS || name === "xl/styles.xml" ? "be" : "le");
    }),
  );
  books.push({ name: "odd-utf16", file: wide, forms: "UTF-16 parts (LE and BE, with marks), x:-prefixed SpreadsheetML" });
  return books;
}

/** The base package with every XML part (VML excepted: it is not XML) parsed, given the traps, and written by `write`. */
async function rewrite(base: JSZip, write: (name: string, tree: XNode) => Buffer): Promise<Buffer> {
  const out = new JSZip();
  const strings = parseTree(await base.file(STRINGS)!.async("string"));
  const added = addTraps(parseTree(await base.file(SHEET)!.async("string")), strings);
  for (const name of Object.keys(base.files).sort()) {
    const file = base.files[name];
    if (!file || file.dir) continue;
    const bytes = await file.async("nodebuffer");
    const xml = /\.(xml|rels)$/.test(name);
    const tree = !xml ? null : name === SHEET ? added : name === STRINGS ? strings : parseTree(bytes.toString("utf8"));
    out.file(name, tree ? write(name, tree) : bytes, { date: DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The sheet with the trap cells added in rows of their own, their shared strings appended to the table. */
function addTraps(sheet: XNode, strings: XNode): XNode {
  const data = sheet.children.find((c): c is XNode => typeof c !== "string" && c.name === "sheetData");
  if (!data) throw new Error("the base sheet has no sheetData");
  const rows = new Map<string, XNode>();
  for (const trap of TRAPS) {
    const r = trap.address.replace(/^[A-Z]+/, "");
    let row = rows.get(r);
    if (!row) rows.set(r, (row = { name: "row", attrs: [["r", r]], children: [] }));
    if (trap.shared !== undefined) {
      strings.children.push({ name: "si", attrs: [], children: [{ name: "t", attrs: [["xml:space", "preserve"]], children: [trap.shared] }] });
      const index = strings.children.filter((c) => typeof c !== "string").length - 1;
      row.children.push({ name: "c", attrs: [["r", trap.address], ["t", "s"]], children: [{ name: "v", attrs: [], children: [String(index)] }] });
    } else {
      const t: XNode = { name: "t", attrs: [["xml:space", "preserve"]], children: [trap.inline ?? ""] };
      row.children.push({ name: "c", attrs: [["r", trap.address], ["t", "inlineStr"]], children: [{ name: "is", attrs: [], children: [t] }] });
    }
  }
  data.children.push(...rows.values());
  const count = String(strings.children.filter((c) => typeof c !== "string").length);
  strings.attrs = strings.attrs.map(([k, v]) => [k, k === "count" || k === "uniqueCount" ? count : v]);
  return sheet;
}
