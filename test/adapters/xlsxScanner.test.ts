import { scanSink } from "../../src/adapters/xlsx/package/scanner";
import { WorkbookReadError } from "../../src/adapters/xlsx";

/** Events as one list of strings, text pieces joined, so chunking cannot change it. */
function events(xml: string, chunk = xml.length): string[] {
  const out: string[] = [];
  const sink = scanSink("f.xlsx", "xl/p.xml", {
    open: (name, attrs, selfClosing) => void out.push(`<${name} ${JSON.stringify(attrs.toObject())}${selfClosing ? "/" : ""}>`),
    close: (name) => void out.push(`</${name}>`),
    text: (t) => {
      const last = out[out.length - 1];
      if (last?.startsWith("text:")) out[out.length - 1] = last + t;
      else out.push(`text:${t}`);
    },
  });
  for (let i = 0; i < xml.length; i += chunk) sink.write(xml.slice(i, i + chunk));
  sink.end();
  return out;
}

const XML =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->' +
  '<x:sst xmlns:x="urn:x" a=\'1 &amp; 2\' b="&lt;&#65;&#x42;&quot;&gt;"><x:si><x:t xml:space="preserve"> Kế &amp; hoạch </x:t></x:si>' +
  '<x:si><x:t><![CDATA[<b>&amp;</b>]]></x:t><x:e/></x:si></x:sst>';

describe("the package XML scanner", () => {
  it("gives elements without their prefix, decoded attributes and text, CDATA as it is, and a close for self-closing elements", () => {
    expect(events(XML)).toEqual([
      '<sst {"xmlns:x":"urn:x","a":"1 & 2","b":"<AB\\">"}>',
      "<si {}>",
      '<t {"xml:space":"preserve"}>',
      "text: Kế & hoạch ",
      "</t>",
      "</si>",
      "<si {}>",
      "<t {}>",
      "text:<b>&amp;</b>",
      "</t>",
      "<e {}/>",
      "</e>",
      "</si>",
      "</sst>",
    ]);
  });

  it("reads attributes with spaces around “=”, a “>” or “/” inside a value, and an element with none", () => {
    const xml = `<r><c r = "A1" f='x>y' g="a/b" /><v>1</v><e\n  k="2"\t/></r>`;
    const expected = ['<r {}>', '<c {"r":"A1","f":"x>y","g":"a/b"}/>', "</c>", "<v {}>", "text:1", "</v>", '<e {"k":"2"}/>', "</e>", "</r>"];
    expect(events(xml)).toEqual(expected);
    for (let size = 1; size <= 7; size++) expect(events(xml, size)).toEqual(expected);
  });

  it("gives the same events whatever the chunks the part arrives in", () => {
    const whole = events(XML);
    for (let size = 1; size <= 12; size++) expect(events(XML, size)).toEqual(whole);
  });

  it.each([
    ["<a><b></a>", "</a> closes <b>"],
    ["<a>", "<a> is not closed"],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', "a DOCTYPE or unknown declaration: “<!DOCTYPE”"],
    ['<a><!DOCTYPE a SYSTEM "file:///etc/passwd"></a>', "a DOCTYPE or unknown declaration: “<!DOCTYPE”"],
    ["<a>1 & 2</a>", "a bare “&” or an unknown entity in “1 & 2”"],
    ["<a>&nbsp;</a>", "a bare “&” or an unknown entity in “&nbsp;”"],
    ['<a b="1', 'the part ends inside a tag: <a b="1'],
    ["<a b=1/>", "an attribute without quotes in <a>"],
    ['<a><b c="x & y"/></a>', "a bare “&” or an unknown entity in “x & y”"],
    ["<a>&#x110000;</a>", "a character reference to no XML character, &#x110000;"],
    ['<a b="&#0;"/>', "a character reference to no XML character, &#0;"],
    ["<a>&#xD800;</a>", "a character reference to no XML character, &#xD800;"],
    ["<a>&#99999999999;</a>", "a bare “&” or an unknown entity in “&#99999999999;”"],
    ["<a/><b/>", "a second root element <b>"],
    ["<a/>x", "text outside the root element: “x”"],
    ["<a><!-- a -- b --></a>", "“--” inside a comment"],
    ['<a b="1" b="2"/>', "the attribute b twice in <a>"],
    ['<a b="1"c="2"/>', "no space between attributes in <a>"],
    ['<a b="x<y"/>', "a “<” in an attribute value of <a>"],
    ['<a><?xml version="1.0"?></a>', "an XML declaration after the start of the part"],
    ["<1a/>", "a bad element name: “<1a/”"],
    ['<a "b"/>', "a bad attribute name in <a>: “\"”"],
    ["<![CDATA[x]]><a/>", "a CDATA section outside the root element"],
    ["<a></a\n\u001b[2Jpressdx: OK>", "</a\\u000a\\u001b[2Jpressdx: OK> closes <a>"],
  ])("refuses %s as damaged", (xml, why) => {
    let error: unknown;
    try {
      // A handler that reads no attribute: a bad value fails the part all the same.
      const sink = scanSink("f.xlsx", "xl/p.xml", { open: () => undefined, text: () => undefined });
      sink.write(xml);
      sink.end();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).reason).toBe(`is damaged: part xl/p.xml is not well-formed XML (${why})`);
  });

  it("gives attributes by qualified name and by local name, in the tag being opened only", () => {
    const xml = `<sheet xmlns:rel="urn:r"><drawing rel:id="rId7" a="1" b='&amp;' ab="2"/><c r="A1" s="4"/></sheet>`;
    for (let size = 1; size <= xml.length; size++) {
      const seen: string[] = [];
      const sink = scanSink("f.xlsx", "xl/p.xml", {
        open(name, attrs) {
          if (name === "drawing") {
            seen.push(`${attrs.get("rel:id")} ${attrs.byLocal("id")} ${attrs.get("id")} ${attrs.get("a")} ${attrs.get("b")} ${attrs.get("ab")} ${attrs.get("r")}`);
          }
          if (name === "c") seen.push(`${attrs.get("r")} ${attrs.get("s")} ${attrs.get("a")} ${attrs.byLocal("id")}`);
        },
      });
      for (let i = 0; i < xml.length; i += size) sink.write(xml.slice(i, i + size));
      sink.end();
      expect(seen).toEqual(["rId7 rId7 undefined 1 & 2 undefined", "A1 4 undefined undefined"]);
    }
  });
});
