/**
 * The scanner's grammar beyond the basics: line ends and attribute whitespace as XML 1.0 normalises them, comments
 * and processing instructions anywhere, offsets of every token, tokens longer than a chunk, and the caps on one
 * token's length and on depth.
 */
import { WorkbookReadError } from "../../src/adapters/xlsx";
import { scanSink, type ScanLimits } from "../../src/adapters/xlsx/package/scanner";

/** Events, each with the source text its offsets point at. */
function events(xml: string, chunk = xml.length, limits?: ScanLimits): string[] {
  const out: string[] = [];
  const src = (): string => JSON.stringify(xml.slice(sink.at.start, sink.at.end));
  const sink = scanSink(
    "f.xlsx",
    "xl/p.xml",
    {
      open: (name, attrs, selfClosing) => void out.push(`<${name} ${JSON.stringify(attrs.toObject())}${selfClosing ? "/" : ""}> ${sink.at.qname} @${src()}`),
      close: (name) => void out.push(`</${name}> @${src()}`),
      text: (t) => void out.push(`text:${JSON.stringify(t)} @${src()}`),
      comment: (t) => void out.push(`comment:${JSON.stringify(t)} @${src()}`),
      pi: (target, data) => void out.push(`pi:${target} ${JSON.stringify(data)} @${src()}`),
    },
    limits,
  );
  for (let i = 0; i < xml.length; i += chunk) sink.write(xml.slice(i, i + chunk));
  sink.end();
  return out;
}

function refusal(xml: string, chunk: number, limits?: ScanLimits): WorkbookReadError {
  try {
    events(xml, chunk, limits);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("not refused");
}

describe("the scanner's grammar", () => {
  it("normalises line ends in text and CDATA, and whitespace in attribute values; references stay as they say", () => {
    const xml = `<a b="x\r\ny\tz\nw" c="&#13;&#10;&#9;"><t>1\r\n2\r3&#13;4</t><t><![CDATA[5\r\n6]]></t></a>`;
    expect(events(xml)).toEqual([
      `<a {"b":"x y z w","c":"\\r\\n\\t"}> a @"<a b=\\"x\\r\\ny\\tz\\nw\\" c=\\"&#13;&#10;&#9;\\">"`,
      '<t {}> t @"<t>"',
      'text:"1\\n2\\n3\\r4" @"1\\r\\n2\\r3&#13;4"',
      '</t> @"</t>"',
      '<t {}> t @"<t>"',
      'text:"5\\n6" @"<![CDATA[5\\r\\n6]]>"',
      '</t> @"</t>"',
      '</a> @"</a>"',
    ]);
  });

  it("reports comments and instructions before, inside and after the root, with their offsets", () => {
    const xml = `<?xml version="1.0"?>\n<!-- before --><?pi one?><x:r xmlns:x="u"><!-- in <c/> --><?go a b?></x:r><!--after-->`;
    expect(events(xml)).toEqual([
      'comment:" before " @"<!-- before -->"',
      'pi:pi "one" @"<?pi one?>"',
      '<r {"xmlns:x":"u"}> x:r @"<x:r xmlns:x=\\"u\\">"',
      'comment:" in <c/> " @"<!-- in <c/> -->"',
      'pi:go "a b" @"<?go a b?>"',
      '</r> @"</x:r>"',
      'comment:"after" @"<!--after-->"',
    ]);
  });

  it("reads a “>”, a “/” and the other quote inside values, either quote, prefixed names", () => {
    const xml = `<x:r q:n='a>b"c' m="d'e/f"><x:c r='B5'/></x:r>`;
    expect(events(xml)).toEqual([
      `<r {"q:n":"a>b\\"c","m":"d'e/f"}> x:r @"<x:r q:n='a>b\\"c' m=\\"d'e/f\\">"`,
      `<c {"r":"B5"}/> x:c @"<x:c r='B5'/>"`,
      `</c> @"<x:c r='B5'/>"`,
      '</r> @"</x:r>"',
    ]);
  });

  it("gives the same events and offsets for tokens far longer than a chunk, whatever the chunks", () => {
    const long = "x".repeat(5000);
    const xml =
      `<r a="${long}" b='${long}>'>${long}&amp;${long}<!--${long}--><![CDATA[${long}]]>` +
      `<?p ${long}?><c ${Array.from({ length: 600 }, (_, i) => `k${i}="${i}"`).join(" ")}/>${long}\r\n</r    >`;
    const whole = events(xml);
    expect(whole).toHaveLength(9);
    for (const size of [1, 2, 3, 7, 100, 511, 513, 4096, 65536]) expect(events(xml, size)).toEqual(whole);
  });

  it.each([
    ["a comment", (s: string) => `<r><!--${s}--></r>`],
    ["a text", (s: string) => `<r>${s}</r>`],
    ["an attribute value", (s: string) => `<r a="${s}"/>`],
    ["a CDATA section", (s: string) => `<r><![CDATA[${s}]]></r>`],
    ["a processing instruction", (s: string) => `<r><?p ${s}?></r>`],
  ])("refuses %s longer than the cap, in one piece or in chunks", (what, make) => {
    const limits = { tokenChars: 2000, depth: 512 };
    expect(events(make("y".repeat(1900)), 64, limits).length).toBeGreaterThan(0);
    for (const chunk of [64, 1000, 100_000]) {
      const e = refusal(make("y".repeat(2100)), chunk, limits);
      expect([e.kind, e.reason]).toEqual(["too_large", `refused: part xl/p.xml holds ${what} of more than 2,000 characters (the limit)`]);
    }
  });

  it("tells a repeated attribute from names that only look alike, in small tags and in tags of many attributes", () => {
    const many = (extra: string): string => `<a ${Array.from({ length: 40 }, (_, i) => `k${i}="${i}"`).join(" ")}${extra}/>`;
    expect(events('<a ab="1" ac="2" ba="3" b="4"/>')).toEqual(['<a {"ab":"1","ac":"2","ba":"3","b":"4"}/> a @"<a ab=\\"1\\" ac=\\"2\\" ba=\\"3\\" b=\\"4\\"/>"', '</a> @"<a ab=\\"1\\" ac=\\"2\\" ba=\\"3\\" b=\\"4\\"/>"']);
    expect(events(many(' k40="x"'))).toHaveLength(2);
    expect(refusal('<a ab="1" ac="2" ab="3"/>', 100).reason).toBe("is damaged: part xl/p.xml is not well-formed XML (the attribute ab twice in <a>)");
    expect(refusal(many(' k7="x"'), 100).reason).toBe("is damaged: part xl/p.xml is not well-formed XML (the attribute k7 twice in <a>)");
    expect(refusal(many(' k39="x"'), 1000).reason).toBe("is damaged: part xl/p.xml is not well-formed XML (the attribute k39 twice in <a>)");
  });

  it("refuses elements nested deeper than the cap", () => {
    const limits = { tokenChars: 1000, depth: 50 };
    const nest = (n: number): string => "<a>".repeat(n) + "</a>".repeat(n);
    expect(events(nest(50), 7, limits)).toHaveLength(100);
    const e = refusal(nest(51), 7, limits);
    expect([e.kind, e.reason]).toEqual(["too_large", "refused: part xl/p.xml nests elements more than 50 deep (the limit)"]);
  });

  it("refuses a part that ends inside a long token, naming it", () => {
    expect(refusal(`<r><!--${"z".repeat(3000)}`, 100).reason).toBe("is damaged: part xl/p.xml is not well-formed XML (the part ends inside a comment)");
    expect(refusal(`<r a="${"z".repeat(3000)}`, 100).reason).toBe("is damaged: part xl/p.xml is not well-formed XML (the part ends inside an attribute value)");
  });
});
