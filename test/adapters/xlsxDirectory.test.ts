/** The zip directory reader: plain and zip64 directories, and directories that do not add up. */
import { PackageEdit } from "../../src/adapters/xlsx/edit/packageEdit";
import { readDirectory } from "../../src/adapters/xlsx/package/directory";
import { readWorkbookBytes } from "../../src/adapters/xlsx/package/readPackage";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";

async function sample(): Promise<Buffer> {
  const book = XlsxFile.create();
  await book.apply([{ sheet: "Kế hoạch", createSheet: true, cells: [{ address: "B2", value: "Đưa nội dung lên nền tảng số" }, { address: "C2", value: 0.8 }] }]);
  return book.contents;
}

/** The same package with a zip64 directory: every size and offset moved into zip64 extra fields, zip64 end records. */
function asZip64(bytes: Buffer): Buffer {
  const entries = readDirectory(bytes);
  if (!entries) throw new Error("no directory");
  const firstCentral = Math.max(...entries.map((e) => e.localHeader + 30 + bytes.readUInt16LE(e.localHeader + 26) + bytes.readUInt16LE(e.localHeader + 28) + e.compressedSize));
  const body = bytes.subarray(0, firstCentral);
  const central: Buffer[] = [];
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(45, 4);
    head.writeUInt16LE(45, 6);
    head.writeUInt16LE(e.flags, 8);
    head.writeUInt16LE(e.method, 10);
    head.writeUInt16LE(e.time, 12);
    head.writeUInt16LE(e.date, 14);
    head.writeUInt32LE(e.crc32, 16);
    head.writeUInt32LE(0xffffffff, 20);
    head.writeUInt32LE(0xffffffff, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt16LE(28, 30);
    head.writeUInt32LE(0xffffffff, 42);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(e.size), 4);
    extra.writeBigUInt64LE(BigInt(e.compressedSize), 12);
    extra.writeBigUInt64LE(BigInt(e.localHeader), 20);
    central.push(head, name, extra);
  }
  const dir = Buffer.concat(central);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(dir.length), 40);
  end64.writeBigUInt64LE(BigInt(body.length), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(body.length + dir.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([body, dir, end64, locator, end]);
}

describe("zip directory", () => {
  it("reads a zip64 directory as the plain one, and the workbook in it", async () => {
    const plain = await sample();
    const zip64 = asZip64(plain);
    expect(zip64.length).toBeGreaterThan(plain.length);
    // The same parts where they were; only the headers' version and extra fields differ.
    const facts = (b: Buffer): unknown => readDirectory(b)?.map(({ name, method, flags, crc32, compressedSize, size, localHeader, time, date }) => ({ name, method, flags, crc32, compressedSize, size, localHeader, time, date }));
    expect(facts(zip64)).toEqual(facts(plain));
    expect(await readWorkbookBytes("zip64.xlsx", zip64)).toEqual(await readWorkbookBytes("plain.xlsx", plain));
  });

  it("finds no directory in a cut-off file, nor in one whose directory points past its end", async () => {
    const plain = await sample();
    expect(readDirectory(plain.subarray(0, plain.length - 30))).toBeNull();
    const lying = Buffer.from(plain);
    lying.writeUInt32LE(plain.length, plain.length - 6); // the directory's offset, past the end record
    expect(readDirectory(lying)).toBeNull();
    await expect(readWorkbookBytes("cut.xlsx", plain.subarray(0, plain.length - 30))).rejects.toThrow(/damaged or incomplete/);
  });
});

describe("part text", () => {
  it("reads a part that starts with a UTF-8 byte-order mark", async () => {
    const edit = await PackageEdit.open("bom.xlsx", await sample());
    const sheet = (await edit.text("xl/worksheets/sheet1.xml")) ?? "";
    edit.set("xl/worksheets/sheet1.xml", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sheet, "utf8")]));
    const snap = await readWorkbookBytes("bom.xlsx", edit.toBuffer());
    expect(snap.sheets[0]?.rows[0]?.map((c) => c?.value)).toEqual(["Đưa nội dung lên nền tảng số", 0.8]);
  });
});
