/**
 * The zip writer: new entries deflated in one call or, from 1 MiB, as a stream; zip64 fields and end records when a
 * package needs them. Every output is read back by independent readers (Python's zipfile, Info-ZIP's unzip, JSZip).
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { newEntry, newEntryFromChunks, writeZip, type ZipEntry } from "../../src/adapters/xlsx/edit/zipWriter";
import { readDirectory, storedFields } from "../../src/adapters/xlsx/package/directory";
import { DEFAULT_LIMITS } from "../../src/adapters/xlsx/package/limits";
import { ZipPackage } from "../../src/adapters/xlsx/package/zip";
import { partsOf } from "../support/hostileZip";

const MiB = 1024 * 1024;
const crcOf = (b: Buffer): number => (zlib as unknown as { crc32: (b: Buffer) => number }).crc32(b) >>> 0;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-zipwriter-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Text that deflates but not to nothing: rows of a sheet with varying numbers. */
function sheetText(bytes: number): Buffer {
  const rows: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const row = `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100003}</v></c></row>`;
    rows.push(row);
    n += row.length;
  }
  return Buffer.from(rows.join("")).subarray(0, bytes);
}

function* slices(b: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < b.length; at += size) yield b.subarray(at, at + size);
}

/** Python's zipfile: the names it lists and the first entry whose CRC fails (None when all pass; not checked with `names`). */
function python(file: string, check: "crc" | "names" = "crc"): { names: string[]; bad: string | null } {
  const test = check === "crc" ? "z.testzip()" : "None";
  const script = `import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nprint(json.dumps({'names':z.namelist(),'bad':${test}}))`;
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8", maxBuffer: 1 << 26 })) as { names: string[]; bad: string | null };
}

/** Info-ZIP's `unzip -t`: throws when it finds any error. */
function unzipTest(file: string): string {
  return execFileSync("unzip", ["-tq", file], { encoding: "utf8", maxBuffer: 1 << 26 });
}

async function save(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

describe("new entries from chunks (the streaming path)", () => {
  it("below 1 MiB gives the entry newEntry gives, whatever the chunking", async () => {
    const text = sheetText(200_000);
    const one = newEntry("xl/worksheets/sheet1.xml", text);
    const streamed = await newEntryFromChunks("xl/worksheets/sheet1.xml", slices(text, 4096));
    expect(streamed).toEqual(one);
    expect(await newEntryFromChunks("empty.xml", [])).toEqual(newEntry("empty.xml", Buffer.alloc(0)));
  });

  it.each([
    ["exactly 1 MiB in one chunk", MiB, MiB],
    ["1 MiB + 1 byte, the boundary inside a chunk", MiB + 1, 1000],
    ["6 MiB in 64 KiB chunks (the deflate stream pushes back)", 6 * MiB, 64 * 1024],
    ["3 MiB in chunks of 777 bytes", 3 * MiB, 777],
  ])("from 1 MiB deflates as a stream: %s", async (_label, size, chunk) => {
    const text = sheetText(size);
    const entry = await newEntryFromChunks("xl/worksheets/sheet1.xml", slices(text, chunk));
    expect(entry.method).toBe(8);
    expect(entry.size).toBe(text.length);
    expect(entry.crc32).toBe(crcOf(text));
    expect(entry.data.length).toBeLessThan(text.length / 2);
    expect(zlib.inflateRawSync(entry.data).equals(text)).toBe(true);
  });

  it("writes a package that Python, unzip, JSZip and the reader all read back", async () => {
    const big = sheetText(2 * MiB + 123);
    const entries = [newEntry("[Content_Types].xml", "<Types/>"), await newEntryFromChunks("xl/worksheets/sheet1.xml", slices(big, 50_000)), newEntry("xl/ảnh.txt", "tên tiếng Việt")];
    const file = await save("streamed.zip", writeZip(entries));
    const bytes = await fs.readFile(file);
    expect(python(file)).toEqual({ names: ["[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/ảnh.txt"], bad: null });
    unzipTest(file);
    const jszip = await partsOf(bytes);
    expect(jszip.find((p) => p.name === "xl/worksheets/sheet1.xml")?.content.equals(big)).toBe(true);
    const zip = await ZipPackage.open(file, bytes, DEFAULT_LIMITS);
    expect(await zip.text("xl/ảnh.txt")).toBe("tên tiếng Việt");
    expect((await zip.text("xl/worksheets/sheet1.xml"))?.length).toBe(big.length);
  });
});

describe("zip64, when a package needs it", () => {
  it("writes more than 65,535 entries with zip64 end records, read whole by Python, unzip and the reader", async () => {
    const n = 70_010;
    const entries: ZipEntry[] = [];
    for (let i = 0; i < n; i++) {
      const data = Buffer.from(`${i}`);
      entries.push({ name: `xl/media/p${i}.txt`, method: 0, crc32: crcOf(data), size: data.length, data, time: 0, date: 0x21 });
    }
    const bytes = writeZip(entries);
    const file = await save("many.zip", bytes);
    // The classic end record cannot count them: it says 0xFFFF, and the zip64 record holds the count.
    expect(bytes.readUInt16LE(bytes.length - 12)).toBe(0xffff);
    expect(python(file, "names").names.length).toBe(n);
    unzipTest(file); // every CRC
    const names = readDirectory(bytes)?.map((e) => e.name);
    expect(names?.length).toBe(n);
    expect(names?.[n - 1]).toBe(`xl/media/p${n - 1}.txt`);
  });

  it("encodes sizes and offsets in zip64 fields as independent readers expect (threshold lowered to 0)", async () => {
    const big = sheetText(MiB + 5);
    const entries = [newEntry("a.xml", "<a/>"), await newEntryFromChunks("b.xml", [big]), newEntry("c.txt", Buffer.alloc(0))];
    const bytes = writeZip(entries, { zip64From: 0 });
    const file = await save("zip64.zip", bytes);
    // Every size and offset of every header is 0xFFFFFFFF, the values in zip64 extra fields.
    for (const e of readDirectory(bytes) ?? []) expect(storedFields(bytes, e).extra.readUInt16LE(0)).toBe(0x0001);
    expect(bytes.readUInt32LE(bytes.length - 6)).toBe(0xffffffff);
    expect(python(file)).toEqual({ names: ["a.xml", "b.xml", "c.txt"], bad: null });
    unzipTest(file);
    const zip = await ZipPackage.open(file, bytes, DEFAULT_LIMITS);
    expect(await zip.text("a.xml")).toBe("<a/>");
    expect(await zip.text("b.xml")).toBe(big.toString("utf8"));
    expect(await zip.text("c.txt")).toBe("");
    // Written without lowering the threshold, the same entries need no zip64 at all.
    const plain = writeZip(entries);
    expect(readDirectory(plain)?.every((e) => storedFields(plain, e).extra.length === 0)).toBe(true);
  });
});
