/** Parts decoded as OPC asks: UTF-8 or UTF-16 by byte-order mark or first characters; other encodings refused. */
import { WorkbookReadError } from "../../src/adapters/xlsx";
import { partDecoder } from "../../src/adapters/xlsx/package/xml";

const TEXT = '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\n<sst><si><t>Kế hoạch 😀 ✓</t></si></sst>';

function utf16be(s: string): Buffer {
  return Buffer.from(s, "utf16le").swap16();
}

const forms: Array<[string, Buffer]> = [
  ["UTF-8", Buffer.from(TEXT.replace("UTF-16", "UTF-8"), "utf8")],
  ["UTF-8 with its mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT.replace("UTF-16", "UTF-8"), "utf8")])],
  ["UTF-16LE with its mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")])],
  ["UTF-16BE with its mark", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ["UTF-16LE without a mark", Buffer.from(TEXT, "utf16le")],
  ["UTF-16BE without a mark", utf16be(TEXT)],
];

describe("part decoding", () => {
  it.each(forms)("reads %s whole and in chunks of any size, odd ones too", (_, bytes) => {
    const expected = bytes[0] === 0xef || bytes.toString("latin1").startsWith("<?xml") ? TEXT.replace("UTF-16", "UTF-8") : TEXT;
    expect(partDecoder("f.xlsx", "xl/p.xml").whole(bytes)).toBe(expected);
    for (const size of [1, 2, 3, 5, 64]) {
      const d = partDecoder("f.xlsx", "xl/p.xml");
      let out = "";
      for (let i = 0; i < bytes.length; i += size) out += d.write(bytes.subarray(i, i + size));
      out += d.end();
      expect(out).toBe(expected);
    }
  });

  it("leaves the bytes it was given as they were (a stored part is a view of the file)", () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]);
    const copy = Buffer.from(bytes);
    partDecoder("f.xlsx", "xl/p.xml").whole(bytes);
    expect(bytes.equals(copy)).toBe(true);
  });

  it.each(["ISO-8859-1", "windows-1258", "UTF-32"])("refuses a part that declares %s, naming file and part", (encoding) => {
    const bytes = Buffer.from(`<?xml version="1.0" encoding="${encoding}"?><a/>`, "latin1");
    const chunked = (d: ReturnType<typeof partDecoder>): string => {
      let out = "";
      for (let i = 0; i < bytes.length; i++) out += d.write(bytes.subarray(i, i + 1));
      return out + d.end();
    };
    for (const read of [(d: ReturnType<typeof partDecoder>) => d.whole(bytes), (d: ReturnType<typeof partDecoder>) => d.write(bytes) + d.end(), chunked]) {
      let error: unknown;
      try {
        read(partDecoder("f.xlsx", "xl/p.xml"));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WorkbookReadError);
      expect((error as Error).message).toBe(`f.xlsx: is damaged: part xl/p.xml declares the encoding “${encoding}”; OPC allows only UTF-8 and UTF-16`);
    }
  });
});
