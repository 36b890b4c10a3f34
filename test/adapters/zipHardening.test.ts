/**
 * The package kept whole: hostile and odd zips made by a test writer that lies where it is told to
 * (support/hostileZip.ts). Every part read or copied is checked (CRC-32, size, encryption); names are decoded by
 * their flag and never rewritten; two names for one part, and names that climb out, are refused; a directory whose
 * 16-bit count wrapped is read whole and copied whole.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { WorkbookReadError, XlsxFile } from "../../src/adapters/xlsx";
import { PackageEdit } from "../../src/adapters/xlsx/edit/packageEdit";
import { readDirectory, storedFields } from "../../src/adapters/xlsx/package/directory";
import { readWorkbookBytes } from "../../src/adapters/xlsx/package/readPackage";
import { cellAt } from "../../src/sheet/grid";
import { type HostileEntry, hostileZip, workbookParts } from "../support/hostileZip";

const SHEET = "xl/worksheets/sheet1.xml";
const ROWS = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Chỉ tiêu</t></is></c><c r="B1"><v>1.2</v></c></row></sheetData>';
const THEME: HostileEntry = { name: "xl/theme/theme1.xml", content: '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"/>' };

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-zip-hardening-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The workbook's parts with `change` applied to the part named `name` (added when absent). */
function withPart(name: string, change: Partial<HostileEntry>, parts = [...workbookParts(ROWS), THEME]): HostileEntry[] {
  const at = parts.findIndex((p) => p.name === name);
  if (at < 0) return [...parts, { name, content: "", ...change }];
  return parts.map((p, i) => (i === at ? { ...p, ...change } : p));
}

async function refusal(promise: Promise<unknown>): Promise<WorkbookReadError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("not refused");
}

/** Writes a copy the way every writing command does: a cell written, the package settled, then saved. */
async function copy(bytes: Buffer, name = "copy.xlsx"): Promise<string> {
  const file = path.join(dir, name);
  const book = await loaded(bytes, `in-${name}`);
  await book.apply([{ sheet: "Dữ liệu", cells: [{ address: "C1", value: "ghi" }] }]);
  await book.save(file);
  return file;
}

async function loaded(bytes: Buffer, name: string): Promise<XlsxFile> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return XlsxFile.load(file);
}

const exists = (file: string): Promise<boolean> =>
  fs.stat(file).then(
    () => true,
    () => false,
  );

/** Info-ZIP's `unzip -t`: every entry's CRC; throws on an error. */
const unzipTest = (file: string): string => execFileSync("unzip", ["-tq", file], { encoding: "utf8", maxBuffer: 1 << 26 });

describe("CRC-32 and sizes", () => {
  it("reads the honest package (the test writer tells the truth when not told to lie)", async () => {
    const snap = await readWorkbookBytes("ok.xlsx", hostileZip(withPart(SHEET, {})));
    expect(cellAt(snap.sheets[0]!, 0, 1)?.value).toBe(1.2);
  });

  it.each([
    ["a deflated sheet", 8],
    ["a stored sheet", 0],
  ])("refuses %s whose CRC is wrong, naming file and part", async (_label, method) => {
    const bytes = hostileZip(withPart(SHEET, { method, central: { crc32: 0x12345678 }, local: { crc32: 0x12345678 } }));
    const e = await refusal(readWorkbookBytes("crc.xlsx", bytes));
    expect(e.message).toMatch(/^crc\.xlsx: is damaged: part xl\/worksheets\/sheet1\.xml fails its CRC-32 check \([0-9a-f]{8}, the zip says 12345678\)/);
    expect(e.message).not.toMatch(/\n/);
  });

  it("refuses a stored sheet whose figure was changed under its old CRC (1.2 made 0.9)", async () => {
    const honest = workbookParts(ROWS).find((p) => p.name === SHEET)!;
    const tampered = Buffer.from(String(honest.content).replace("<v>1.2</v>", "<v>0.9</v>"));
    const crc = (zlib as unknown as { crc32: (b: Buffer) => number }).crc32(Buffer.from(String(honest.content))) >>> 0;
    const bytes = hostileZip(withPart(SHEET, { method: 0, content: tampered, central: { crc32: crc }, local: { crc32: crc } }));
    await expect(readWorkbookBytes("tampered.xlsx", bytes)).rejects.toThrow(/sheet1\.xml fails its CRC-32 check/);
  });

  it("refuses a large sheet (inflated in chunks) whose CRC is wrong", async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 120_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const body = `<sheetData>${rows.join("")}</sheetData>`;
    expect(body.length).toBeGreaterThan(4 * 1024 * 1024); // past the one-call path
    const bytes = hostileZip(withPart(SHEET, { content: workbookParts(body).find((p) => p.name === SHEET)!.content, central: { crc32: 1 }, local: { crc32: 1 } }));
    await expect(readWorkbookBytes("big-crc.xlsx", bytes)).rejects.toThrow(/big-crc\.xlsx: is damaged: part xl\/worksheets\/sheet1\.xml fails its CRC-32 check/);
  });

  it("refuses a part shorter than its entry declares", async () => {
    const content = String(workbookParts(ROWS).find((p) => p.name === SHEET)!.content);
    const bytes = hostileZip(withPart(SHEET, { central: { size: content.length + 10 }, local: { size: content.length + 10 } }));
    await expect(readWorkbookBytes("short.xlsx", bytes)).rejects.toThrow(/part xl\/worksheets\/sheet1\.xml holds ([\d,]+) bytes, not the ([\d,]+) bytes its zip entry declares/);
  });

  it("says how many bytes a small part declares, not 0 KiB", async () => {
    const bytes = hostileZip(withPart(SHEET, { central: { size: 100 }, local: { size: 100 } }));
    await expect(readWorkbookBytes("over.xlsx", bytes)).rejects.toThrow(/inflates beyond the 100 bytes its zip entry declares/);
  });

  it("reads a package whose unread part has a wrong CRC, but writes no copy carrying it", async () => {
    const bytes = hostileZip(withPart(THEME.name as string, { central: { crc32: 0xdf309b76 }, local: { crc32: 0xdf309b76 } }));
    expect((await readWorkbookBytes("theme.xlsx", bytes)).sheets).toHaveLength(1);
    const out = path.join(dir, "theme-copy.xlsx");
    const e = await refusal(copy(bytes, "theme-copy.xlsx"));
    expect(e.message).toMatch(/theme-copy\.xlsx: is damaged: part xl\/theme\/theme1\.xml fails its CRC-32 check/);
    expect(await exists(out)).toBe(false);
    // The same through PackageEdit without settling: toBuffer() checks what it copies.
    const edit = await PackageEdit.open("theme.xlsx", bytes);
    edit.set(SHEET, "<worksheet/>");
    expect(() => edit.toBuffer()).toThrow(/part xl\/theme\/theme1\.xml fails its CRC-32 check/);
  });

  it("copies an honest unread part byte for byte, and the copy passes unzip -t", async () => {
    const bytes = hostileZip(withPart(THEME.name as string, {}));
    const file = await copy(bytes, "honest-copy.xlsx");
    unzipTest(file);
    const after = await fs.readFile(file);
    const theme = (b: Buffer): unknown => readDirectory(b)?.find((e) => e.name === THEME.name);
    expect(theme(after)).toMatchObject({ crc32: (theme(bytes) as { crc32: number }).crc32 });
  });
});

describe("encrypted and unreadable parts", () => {
  it("refuses to copy an encrypted part it never reads, naming it; reading goes on", async () => {
    const bytes = hostileZip(withPart("docProps/app.xml", { content: "<Properties/>", data: Buffer.from("0123456789abcdef0123456789abcdef"), method: 0, flags: 1 }));
    expect((await readWorkbookBytes("enc.xlsx", bytes)).sheets).toHaveLength(1);
    const e = await refusal(copy(bytes, "enc-copy.xlsx"));
    expect(e.kind).toBe("password_protected");
    expect(e.message).toMatch(/is encrypted \(part docProps\/app\.xml\)/);
    expect(await exists(path.join(dir, "enc-copy.xlsx"))).toBe(false);
  });

  it("refuses to copy a part in a compression method it cannot check", async () => {
    const bytes = hostileZip(withPart("xl/media/x.bin", { content: "abc", method: 14, data: Buffer.from("abc") }));
    await expect(copy(bytes, "lzma-copy.xlsx")).rejects.toThrow(/part xl\/media\/x\.bin uses an unsupported compression method \(14\)/);
  });
});

describe("part names", () => {
  it.each([
    ["two parts with one name", SHEET, /holds two parts named xl\/worksheets\/sheet1\.xml/],
    ["a sheet and its twin in other case", "XL/Worksheets/Sheet1.xml", /holds parts named xl\/worksheets\/sheet1\.xml and XL\/Worksheets\/Sheet1\.xml, one name for OPC/],
    ["[Content_Types].xml twice, in two cases", "[content_types].XML", /holds parts named \[Content_Types\]\.xml and \[content_types\]\.XML/],
  ])("refuses %s", async (_label, twin, message) => {
    const parts = workbookParts(ROWS);
    const original = parts.find((p) => p.name.toString().toLowerCase() === twin.toLowerCase())!;
    const bytes = hostileZip([...parts, { ...original, name: twin, content: String(original.content).replace("1.2", "0.5") }]);
    const e = await refusal(readWorkbookBytes("dup.xlsx", bytes));
    expect(e.message).toMatch(message);
  });

  it("refuses names that climb out of the package or carry a drive letter", async () => {
    for (const name of ["..\\..\\x.xml", "xl/../../x.xml", "C:\\Windows\\x.xml"]) {
      const e = await refusal(readWorkbookBytes("evil.xlsx", hostileZip(withPart(name, { content: "<x/>" }))));
      expect(e.message).toMatch(/is refused: its zip holds an entry named .*, which (climbs out of the package|starts with a drive letter)/);
    }
  });

  it("reads backslash names and copies every name as its stored bytes, never normalised", async () => {
    const parts = workbookParts(ROWS).map((p) => ({ ...p, name: String(p.name).replace(/\//g, "\\") }));
    const bytes = hostileZip([...parts, { name: "xl\\media\\ghi chú.txt", content: "x" }]);
    expect(cellAt((await readWorkbookBytes("bs.xlsx", bytes)).sheets[0]!, 0, 1)?.value).toBe(1.2);
    const file = await copy(bytes, "bs-copy.xlsx");
    const after = await fs.readFile(file);
    const names = readDirectory(after)?.map((e) => storedFields(after, e).nameBytes.toString("utf8"));
    // Untouched parts keep their backslashes; the sheet the command rewrote is written as the package spells it.
    expect(names).toEqual(expect.arrayContaining(["[Content_Types].xml", "_rels\\.rels", "xl\\workbook.xml", "xl\\media\\ghi chú.txt"]));
    expect(names?.some((n) => n.includes("../") || n.includes("..\\"))).toBe(false);
    expect(cellAt((await readWorkbookBytes(file, after)).sheets[0]!, 0, 2)?.value).toBe("ghi");
  });

  it("decodes a name by its UTF-8 flag, CP437 otherwise, or the Info-ZIP Unicode Path it carries", () => {
    const cp437 = Buffer.from([0x78, 0x6c, 0x2f, 0x82, 0x8a, 0x2e, 0x74, 0x78, 0x74]); // xl/éè.txt in code page 437
    const utf8 = Buffer.from("xl/ảnh.txt", "utf8");
    const unicodePath = Buffer.alloc(5 + utf8.length);
    unicodePath.writeUInt8(1, 0);
    unicodePath.writeUInt32LE((zlib as unknown as { crc32: (b: Buffer) => number }).crc32(Buffer.from("xl/anh.txt")) >>> 0, 1);
    utf8.copy(unicodePath, 5);
    const field = Buffer.concat([Buffer.from([0x75, 0x70, unicodePath.length, 0]), unicodePath]);
    const bytes = hostileZip([
      { name: cp437, content: "a" },
      { name: utf8, content: "b", flags: 0x0800 },
      { name: utf8, content: "c" },
      { name: Buffer.from("xl/anh.txt"), content: "d", central: { extra: field } },
    ]);
    // Python's codec says what UTF-8 bytes without the flag read as in code page 437.
    const asCp437 = execFileSync("/usr/bin/python3", ["-c", `import sys;sys.stdout.buffer.write(bytes.fromhex("${utf8.toString("hex")}").decode("cp437").encode("utf8"))`], { encoding: "utf8" });
    expect(asCp437).not.toBe("xl/ảnh.txt");
    expect(readDirectory(bytes)?.map((e) => e.name)).toEqual(["xl/éè.txt", "xl/ảnh.txt", asCp437, "xl/ảnh.txt"]);
  });

  it("copies an untouched part with its own flags, attributes, extra fields and comment", async () => {
    const timestamps = Buffer.from([0x55, 0x54, 5, 0, 1, 0x10, 0x20, 0x30, 0x40]); // extended timestamp, 0x5455
    const bytes = hostileZip(
      withPart("xl/media/a.txt", {
        content: "ảnh",
        flags: 0x0806, // UTF-8 name, maximum compression
        local: { extra: timestamps },
        central: { extra: timestamps, comment: Buffer.from("chú thích"), madeBy: 0x031e, externalAttrs: 0o100644 << 16 },
      }),
    );
    const after = await fs.readFile(await copy(bytes, "flags-copy.xlsx"));
    const entry = readDirectory(after)?.find((e) => e.name === "xl/media/a.txt");
    expect(entry).toMatchObject({ flags: 0x0806, madeBy: 0x031e, externalAttrs: (0o100644 << 16) >>> 0 });
    expect(storedFields(after, entry!).extra.equals(timestamps)).toBe(true);
    expect(storedFields(after, entry!).comment.toString()).toBe("chú thích");
    const local = entry!.localHeader;
    expect(after.subarray(local + 30 + after.readUInt16LE(local + 26), local + 30 + after.readUInt16LE(local + 26) + after.readUInt16LE(local + 28)).equals(timestamps)).toBe(true);
  });

  it("drops the data-descriptor flag of a copied part, whose sizes it writes in the headers", async () => {
    const bytes = hostileZip(withPart("xl/media/a.txt", { content: "abc", flags: 0x0008 }));
    const after = await fs.readFile(await copy(bytes, "descriptor-copy.xlsx"));
    expect(readDirectory(after)?.find((e) => e.name === "xl/media/a.txt")?.flags).toBe(0);
    unzipTest(path.join(dir, "descriptor-copy.xlsx"));
  });
});

describe("directories whose 16-bit count wrapped", () => {
  const N = 70_010;
  /** The workbook plus filler parts: 70,010 entries, the end record saying 70,010 mod 65,536 = 4,474. */
  function many(count?: number): Buffer {
    const parts: HostileEntry[] = [...workbookParts(ROWS)];
    while (parts.length < N) parts.push({ name: `xl/media/f${parts.length}.txt`, content: `${parts.length}`, method: 0 });
    return hostileZip(parts, { count: count ?? N % 0x10000 });
  }

  it("reads every entry by walking the directory's size, and copies them all (zip64)", async () => {
    const bytes = many();
    expect(readDirectory(bytes)?.length).toBe(N);
    const file = await copy(bytes, "wrapped-copy.xlsx");
    // Every part of the source, plus the styles part the write added (the source had none), as Python lists them.
    const script = "import json,sys,zipfile\nprint(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))";
    const names = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8", maxBuffer: 1 << 26 })) as string[];
    expect(new Set(names)).toEqual(new Set([...(readDirectory(bytes) ?? []).map((e) => e.name), "xl/styles.xml"]));
  });

  it("refuses a directory whose count disagrees with its size otherwise", async () => {
    await expect(readWorkbookBytes("bad-count.xlsx", many(4000))).rejects.toThrow(/damaged/);
  });
});
