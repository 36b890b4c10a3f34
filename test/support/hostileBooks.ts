/**
 * Hostile and tricky workbooks for the XML classes of the reliability audit (2026-12), made by test code from a
 * corpus file with plain text edits of its parts and JSZip: deterministic, small on disk (the long tokens compress to
 * kilobytes). Each names the audit's case it stands for.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";

export const HOSTILE_BASE = path.resolve(__dirname, "../fixtures/xlsx-corpus/excel-keep.xlsx");
const DATE = new Date(Date.UTC(2026, 0, 1));
const SHEET = "xl/worksheets/sheet1.xml";

type Edit = (xml: string) => string | Buffer;

/** The base package with some parts' text edited; every other part as it was. */
export async function variant(base: string, edits: Readonly<Record<string, Edit>>, file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(base));
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const f = zip.files[name];
    if (!f || f.dir) continue;
    const edit = edits[name];
    out.file(name, edit ? edit(await f.async("string")) : await f.async("nodebuffer"), { date: DATE, createFolders: false });
  }
  // A part the base lacks is added, made from an empty text.
  for (const [name, edit] of Object.entries(edits)) if (!zip.files[name]) out.file(name, edit(""), { date: DATE, createFolders: false });
  await fs.writeFile(file, await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } }));
  return file;
}

/** Replaces the first occurrence of `from` (which must be there). */
function at(from: string, to: string): Edit {
  return (xml) => {
    if (!xml.includes(from)) throw new Error(`no “${from}” to replace`);
    return xml.replace(from, to);
  };
}

const FOREIGN = 'xmlns:q="urn:pressdx:test" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="q"';
const ROOT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** Workbooks the reader must read and every writing command must copy whole. */
export const SPLICED: Readonly<Record<string, Readonly<Record<string, Edit>>>> = {
  // A label whose CDATA holds the end of a cell and a row, above the plan's table.
  x_cdata_row_end: {
    [SHEET]: at('<row r="6">', '<row r="5"><c r="B5" t="inlineStr"><is><t><![CDATA[Ghi chú </c></row> <row r="99"> x]]></t></is></c></row><row r="6">'),
  },
  // ">" in attribute values of rows and cells, in a declared, ignorable namespace.
  x_gt_in_attrs: {
    [SHEET]: (xml) =>
      at(ROOT, `${ROOT} ${FOREIGN}`)(xml)
        .toString()
        .replace(/<row r="(\d+)"/g, '<row q:note="a&gt;b>c" r="$1"')
        .replace(/<c r="([A-Z]+\d+)"/g, `<c q:n="x>y '1'" r="$1"`),
  },
  // Comments holding cells and row ends, between cells and between rows.
  x_comments_rows: {
    [SHEET]: (xml) => xml.replace(/<\/c><c /g, '</c><!-- <c r="Z1"><v>9</v></c> </row> --><c ').replace(/<\/row><row /g, "</row><!-- <row r=\"50\"> --><row "),
  },
  // A comment and instructions before the root, instructions inside it.
  x_comments_pis: {
    [SHEET]: (xml) => `<?xml version="1.0" encoding="UTF-8"?>\n<!-- before the root: <worksheet> -->\n<?pressdx odd?>\n${xml.replace(/<\/row><row /g, "</row><?pressdx <row> ?><row ")}`,
  },
  // Every attribute of the sheet in single quotes (the code review's probe wrote a duplicate r and moved B5's value).
  single_quotes: {
    [SHEET]: (xml) => xml.replace(/="([^"]*)"/g, (_, v: string) => `='${v.replace(/'/g, "&apos;")}'`),
  },
  // A comment holding 200,000 rows inside sheetData.
  w_rowcomment_edit: {
    [SHEET]: at("<sheetData>", `<sheetData><!-- ${"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".repeat(200_000)} -->`),
  },
  // The plan's sheet and the workbook part in UTF-16 (LibreOffice reads them; OPC requires readers to).
  x_utf16: {
    [SHEET]: (xml) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<?xml version="1.0" encoding="UTF-16"?>${xml}`, "utf16le")]),
    "xl/workbook.xml": (xml) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`<?xml version="1.0" encoding="UTF-16"?>${xml}`, "utf16le").swap16()]),
  },
};

const XXE = '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>';
const TOKEN = 20 * 1024 * 1024;

/** Workbooks every command must refuse with one line naming the file and the part, `why` being part of it. */
export const REFUSED: Readonly<Record<string, { readonly edits: Readonly<Record<string, Edit>>; readonly part: string; readonly why: string }>> = {
  x_xxe_rels: { edits: { "xl/_rels/workbook.xml.rels": (xml) => XXE + xml }, part: "xl/_rels/workbook.xml.rels", why: "a DOCTYPE or unknown declaration" },
  x_xxe_content_types: { edits: { "[Content_Types].xml": (xml) => XXE + xml }, part: "[Content_Types].xml", why: "a DOCTYPE or unknown declaration" },
  x_charref_rels: { edits: { "xl/_rels/workbook.xml.rels": at('Target="worksheets/sheet1.xml"', 'Target="worksheets/sheet1.xml&#x110000;"') }, part: "xl/_rels/workbook.xml.rels", why: "a character reference to no XML character" },
  x_newline_in_error: { edits: { [SHEET]: at("</c></row>", "</c\n\u001b[2Jpressdx: OK, no errors\n></row>") }, part: SHEET, why: "closes <c>" },
  w_rels_comments_dos: { edits: { "_rels/.rels": (xml) => xml.replace("<Relationship ", `${"<!--".repeat(200_000)}<Relationship `) }, part: "_rels/.rels", why: "the part ends inside a comment" },
  b_deep: { edits: { [SHEET]: at("<sheetData>", `<sheetData><row r="30"><c r="A30"><is>${"<r>".repeat(100_000)}${"</r>".repeat(100_000)}</is></c></row>`) }, part: SHEET, why: "nests elements more than 512 deep" },
  b_comment_20mb: { edits: { [SHEET]: at("<sheetData>", `<sheetData><!--${"x".repeat(TOKEN)}-->`) }, part: SHEET, why: "holds a comment of more than 16,777,216 characters" },
  b_attr_20mb: { edits: { [SHEET]: at("<sheetData>", `<sheetData q="${"x".repeat(TOKEN)}">`) }, part: SHEET, why: "holds an attribute value of more than 16,777,216 characters" },
  b_text_20mb: { edits: { [SHEET]: at('<c r="A6" t="s"><v>5</v></c>', `<c r="A6" t="inlineStr"><is><t>${"x".repeat(TOKEN)}</t></is></c>`) }, part: SHEET, why: "holds a text of more than 16,777,216 characters" },
  x_latin1: { edits: { [SHEET]: (xml) => `<?xml version="1.0" encoding="ISO-8859-1"?>${xml}` }, part: SHEET, why: "declares the encoding “ISO-8859-1”; OPC allows only UTF-8 and UTF-16" },
};
