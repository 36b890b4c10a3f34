/**
 * The package scanner against saxes, a kept XML parser: over every XML part of the corpus, the examples and the
 * odd-but-valid workbooks, and over generated parts of each odd form, the scanner's events equal saxes's, whole and
 * in chunks. The intended differences are listed at the end, each shown on an input.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { WorkbookReadError } from "../../src/adapters/xlsx";
import { scanSink, type ScanLimits } from "../../src/adapters/xlsx/package/scanner";
import { partDecoder } from "../../src/adapters/xlsx/package/xml";
import { makeOddBooks } from "../support/oddBooks";
import { utf16 } from "../support/oddXml";

const CORPUS = path.resolve(__dirname, "../fixtures/xlsx-corpus");
const EXAMPLES = path.resolve(__dirname, "../../examples");

/** Events as one comparable list: local names, attributes by qualified name, adjacent texts (and CDATA) joined. */
function ours(xml: string, chunk = xml.length, limits?: ScanLimits): string[] {
  const out: string[] = [];
  const text = (t: string): void => {
    const last = out[out.length - 1];
    if (last?.startsWith("text ")) out[out.length - 1] = last + t;
    else out.push(`text ${t}`);
  };
  const sink = scanSink(
    "f.xlsx",
    "p.xml",
    {
      open: (name, attrs) => void out.push(`<${name} ${JSON.stringify(attrs.toObject())}>`),
      close: (name) => void out.push(`</${name}>`),
      text,
      comment: (t) => void out.push(`comment ${t}`),
      pi: (target, data) => void out.push(`pi ${target} ${data}`),
    },
    limits,
  );
  for (let i = 0; i < xml.length; i += chunk) sink.write(xml.slice(i, i + chunk));
  sink.end();
  return out;
}

function theirs(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  const parser = new SaxesParser({ xmlns: true });
  const text = (t: string): void => {
    if (depth === 0) return; // whitespace between the prolog's items (saxes refuses anything else there)
    const last = out[out.length - 1];
    if (last?.startsWith("text ")) out[out.length - 1] = last + t;
    else out.push(`text ${t}`);
  };
  parser.on("opentag", (t) => {
    depth++;
    out.push(`<${t.local} ${JSON.stringify(Object.fromEntries(Object.entries(t.attributes).map(([k, a]) => [k, a.value])))}>`);
  });
  parser.on("closetag", (t) => {
    depth--;
    out.push(`</${t.local}>`);
  });
  parser.on("text", text);
  parser.on("cdata", text);
  parser.on("comment", (t) => void out.push(`comment ${t}`));
  parser.on("processinginstruction", (p) => void out.push(`pi ${p.target} ${p.body}`));
  parser.write(xml).close();
  return out;
}

/** A part's text decoded without the project's decoder: by byte-order mark, else UTF-8. */
function decoded(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

async function xmlParts(file: string): Promise<Array<{ name: string; bytes: Buffer }>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out: Array<{ name: string; bytes: Buffer }> = [];
  for (const name of Object.keys(zip.files).sort()) {
    // VML is Excel's legacy HTML-ish drawing, not XML: the editor does not parse it (see decisions.md).
    if (!/\.(xml|rels)$/.test(name)) continue;
    out.push({ name, bytes: await zip.file(name)!.async("nodebuffer") });
  }
  return out;
}

let oddDir: string;
let workbooks: string[];
beforeAll(async () => {
  oddDir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-odd-"));
  const corpus = (await fs.readdir(CORPUS)).filter((f) => /\.xls[xm]$/.test(f) && !f.startsWith("hostile-bomb")).map((f) => path.join(CORPUS, f));
  const examples = [path.join(EXAMPLES, "ke-hoach-mau.xlsx"), ...(await fs.readdir(path.join(EXAMPLES, "bao-cao"))).map((f) => path.join(EXAMPLES, "bao-cao", f))];
  const odd = (await makeOddBooks(oddDir)).map((b) => b.file);
  workbooks = [...corpus, ...examples, ...odd];
});
afterAll(async () => {
  await fs.rm(oddDir, { recursive: true, force: true });
});

/** Generated parts, each an odd form a producer may write. */
const ODD_PARTS: ReadonlyArray<[string, string]> = [
  ["CDATA holding the end of a cell and a row", `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a </c></row><row r="2"> b]]></t></is></c></row></sheetData>`],
  ["comments between cells and before the root", `<!-- <worksheet> --><sheetData><row r="1"><!-- </row> --><c r="A1"><v>1</v></c><!-- <c r="B1"> --><c r="C1"><v>2</v></c></row></sheetData>`],
  ["instructions anywhere", `<?xml version="1.0"?><?a b?><r><?c <d> ?><e/><?f?></r><?g h?>`],
  ["“>” and quotes in attribute values", `<r xmlns:q="u"><row q:n="a&gt;b>c" r="1"><c q:n='x>y "z"' r="A1"/></row></r>`],
  ["single quotes throughout", `<?xml version='1.0' encoding='UTF-8'?><r a='1' b='&apos;"'><c r='B5' s='2'/></r>`],
  ["prefixes, default and other", `<x:worksheet xmlns:x="urn:main" xmlns="urn:other"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c></x:row></x:sheetData><pic/></x:worksheet>`],
  ["CRLF everywhere", `<?xml version="1.0"?>\r\n<r\r\n a="1\r\n2"\r\n>\r\n<t>x\r\ny\rz</t>\r\n<![CDATA[p\r\nq]]><!-- c\r\nd --></r>\r\n`],
  ["escapes of cell texts (left as text by XML)", `<si><t>a_x000D_b_x005F_x0041_</t></si>`],
  ["entities and references", `<r a="&lt;&gt;&amp;&quot;&apos;&#x41;&#66;&#x1F600;&#9;&#10;&#13;">&lt;&#x110FF;&#xFFFD;&#x10000;&amp;amp;</r>`],
  ["whitespace in attribute values", `<r a="x\ty\nz" b="  two  spaces  "/>`],
  ["empty and self-closed elements, spaces in tags", `<r ><a/><b ></b ><c\n/><d\ta = "1"\t/></r >`],
  ["names with dots, dashes, digits and non-ASCII letters", `<r.x-1 a.b-2="1" dữ-liệu="2"><ô/></r.x-1>`],
  ["a long comment, text, value, CDATA and instruction", `<r a="${"v".repeat(70_000)}"><!--${"c".repeat(70_000)}-->${"t".repeat(70_000)}<![CDATA[${"d".repeat(70_000)}]]><?p ${"i".repeat(70_000)}?></r>`],
];

describe("the scanner against saxes", () => {
  it("gives saxes's events for every XML part of the corpus, the examples and the odd workbooks, whole and in chunks", async () => {
    let parts = 0;
    for (const file of workbooks) {
      for (const { name, bytes } of await xmlParts(file)) {
        const xml = decoded(bytes);
        // The project's decoder reads every part as the independent one does.
        expect([path.basename(file), name, partDecoder(file, name).whole(bytes)]).toEqual([path.basename(file), name, xml.replace(/^\ufeff/, "")]);
        const text = xml.replace(/^\ufeff/, "");
        const expected = theirs(text);
        expect([path.basename(file), name, ours(text)]).toEqual([path.basename(file), name, expected]);
        expect([path.basename(file), name, ours(text, 4093)]).toEqual([path.basename(file), name, expected]);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(300);
  }, 120_000);

  it.each(ODD_PARTS)("gives saxes's events for %s, in chunks of any size", (_, xml) => {
    const expected = theirs(xml);
    for (const chunk of [xml.length, 1, 2, 5, 64, 1000, 65_536]) {
      if (chunk < 64 && xml.length > 10_000) continue;
      expect(ours(xml, chunk)).toEqual(expected);
    }
  });

  it.each(["le", "be"] as const)("reads a UTF-16%s part as saxes reads its text", (order) => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><sst><si><t>Kế hoạch 😀 &amp; ✓</t></si></sst>`;
    const bytes = utf16(xml, order);
    const text = partDecoder("f.xlsx", "p.xml").whole(bytes);
    expect(ours(text)).toEqual(theirs(xml.replace("UTF-8", "UTF-16")));
  });

  it.each([
    ["a tag not closed", "<a><b></a>"],
    ["a bare ampersand", "<a>x & y</a>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["a reference past U+10FFFF", "<a>&#x110000;</a>"],
    ["a reference to a surrogate", "<a>&#xD800;</a>"],
    ["a reference to U+0000", "<a>&#0;</a>"],
    ["a duplicate attribute", '<a b="1" b="2"/>'],
    ["two roots", "<a/><b/>"],
    ["text after the root", "<a/>x"],
    ["“<” in an attribute value", '<a b="<"/>'],
    ["“--” in a comment", "<a><!-- x -- y --></a>"],
    ["an XML declaration after the start", ' <?xml version="1.0"?><a/>'],
    ["an attribute without quotes", "<a b=1/>"],
    ["attributes run together", '<a b="1"c="2"/>'],
    ["a bad name", "<1a/>"],
    ["an external entity", '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'],
    ["no root", "<!-- only -->"],
  ])("refuses %s, as saxes does", (_, xml) => {
    expect(() => theirs(xml)).toThrow();
    expect(() => ours(xml)).toThrow(WorkbookReadError);
  });

  describe("intended differences", () => {
    it.each([
      // The scanner gives local names and leaves namespaces to the reader, which matches elements by local name.
      ["an unbound prefix", "<x:a/>"],
      // Characters of text are not checked one by one (the scanner finds tags with indexOf): Excel never writes these.
      ["a control character in text", "<a>\u0001</a>"],
      ["“]]>” in text", "<a>]]></a>"],
      // Beyond ASCII, every character is let into a name.
      ["a non-ASCII character that XML keeps out of names", "<a\u00d7b/>"],
    ])("accepts %s, which saxes refuses", (_, xml) => {
      expect(() => theirs(xml)).toThrow();
      expect(() => ours(xml)).not.toThrow();
    });

    it.each([
      // OOXML has no DOCTYPE, and entity definitions are how XML bombs work.
      ["a DOCTYPE, even an empty one", "<!DOCTYPE a><a/>", undefined],
      // Caps on one token's length and on depth, so a hostile part costs bounded memory.
      ["a comment over the token cap", `<a><!--${"x".repeat(2000)}--></a>`, { tokenChars: 1000, depth: 512 }],
      ["elements nested over the depth cap", `${"<a>".repeat(20)}${"</a>".repeat(20)}`, { tokenChars: 1000, depth: 10 }],
    ])("refuses %s, which saxes reads", (_, xml, limits) => {
      expect(() => theirs(xml)).not.toThrow();
      expect(() => ours(xml, 100, limits)).toThrow(WorkbookReadError);
    });
  });
});
