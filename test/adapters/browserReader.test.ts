/**
 * The pane's package reader (browserReader.ts with codec.browser.ts, as the pane's build puts it together) against the
 * command line's (PackageWorkbook: the file read, checked, then read again) on the same files: the same snapshots, and
 * the same refusals for damaged, hostile, encrypted, oversized and renamed .xls files.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PackageWorkbook } from "../../src/adapters/xlsx/packageWorkbook";
import type * as BrowserReader from "../../src/adapters/xlsx/browserReader";
import type { readChosenFile as ReadChosenFile } from "../../src/adapters/xlsx/browserReader";
import { DEFAULT_LIMITS, type ReadLimits } from "../../src/adapters/xlsx/package/limits";
import { WorkbookReadError } from "../../src/adapters/xlsx/readError";
import { FIELD_FILES, writeFieldReports } from "../support/fieldReports";
import { HOSTILE_BASE, REFUSED, variant } from "../support/hostileBooks";

const CODEC = path.resolve(__dirname, "../../src/adapters/xlsx/package/codec");

/** The browser build's reader: every module the same, codec.ts replaced by codec.browser.ts as webpack.config.js does. */
function browserReader(): { readChosenFile: typeof ReadChosenFile; ReadError: typeof WorkbookReadError } {
  let loaded: { readChosenFile: typeof ReadChosenFile; ReadError: typeof WorkbookReadError } | undefined;
  jest.isolateModules(() => {
    jest.doMock(CODEC, () => jest.requireActual(`${CODEC}.browser`));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const m = require("../../src/adapters/xlsx/browserReader") as typeof BrowserReader;
    loaded = { readChosenFile: m.readChosenFile, ReadError: m.WorkbookReadError };
  });
  if (!loaded) throw new Error("the browser reader did not load");
  return loaded;
}

type Outcome = { snapshot: unknown } | { kind: string; reason: string };

/** The zip library's own words for a damaged deflate stream differ (zlib, fflate); the rest of the line must not. */
const sameWords = (reason: string): string => reason.replace(/ is damaged \([^)]*\)$/, " is damaged (…)");

async function byCli(file: string, limits: ReadLimits): Promise<Outcome> {
  try {
    return { snapshot: await (await PackageWorkbook.open(file, { limits })).read() };
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return { kind: e.kind, reason: sameWords(e.reason) };
  }
}

async function byPane(reader: ReturnType<typeof browserReader>, file: string, limits: ReadLimits): Promise<Outcome> {
  try {
    const size = (await fs.stat(file)).size;
    return { snapshot: await reader.readChosenFile(file, size, async () => { const b = await fs.readFile(file); return b.buffer.slice(b.byteOffset, b.byteOffset + b.length); }, limits) };
  } catch (e) {
    // The pane's module instance has its own error class: the same one by name, kind and reason.
    if (!(e instanceof reader.ReadError)) throw e;
    expect(e.message.startsWith(`${file}: `)).toBe(true);
    return { kind: e.kind, reason: sameWords(e.reason) };
  }
}

let dir: string;
const files: string[] = [];
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pdx-browser-reader-"));
  const corpus = path.resolve(__dirname, "../fixtures/xlsx-corpus");
  for (const f of (await fs.readdir(corpus)).sort()) if (/\.xls[xm]$/.test(f)) files.push(path.join(corpus, f));
  const examples = path.resolve(__dirname, "../../examples");
  files.push(path.join(examples, "ke-hoach-mau.xlsx"));
  for (const f of (await fs.readdir(path.join(examples, "bao-cao"))).sort()) files.push(path.join(examples, "bao-cao", f));
  await writeFieldReports(dir);
  for (const f of FIELD_FILES) files.push(path.join(dir, f));
  for (const [name, c] of Object.entries(REFUSED)) files.push(await variant(HOSTILE_BASE, c.edits, path.join(dir, `${name}.xlsx`)));
  const base = await fs.readFile(HOSTILE_BASE);
  const write = async (name: string, bytes: Buffer): Promise<void> => {
    await fs.writeFile(path.join(dir, name), bytes);
    files.push(path.join(dir, name));
  };
  await write("encrypted.xlsx", Buffer.concat([OLE, Buffer.from("EncryptionInfo", "utf16le")]));
  await write("renamed-xls.xlsx", OLE);
  await write("cut-off.xlsx", base.subarray(0, Math.floor(base.length * 0.7)));
  await write("empty.xlsx", Buffer.alloc(0));
  await write("text.xlsx", Buffer.from("Cơ quan;Năm\n", "utf8"));
  // A sheet part over 4 MiB, which both readers stream in chunks rather than inflate in one call; and the same with a
  // byte flipped in the middle of its compressed data.
  const rows = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1000}"><c r="A${i + 1000}" t="inlineStr"><is><t>Cơ quan ${i}</t></is></c><c r="B${i + 1000}"><v>${i}</v></c></row>`).join("");
  const big = await variant(HOSTILE_BASE, { "xl/worksheets/sheet1.xml": (xml) => xml.replace("</sheetData>", `${rows}</sheetData>`) }, path.join(dir, "big.xlsx"));
  files.push(big);
  const bigBytes = await fs.readFile(big);
  const bigFlipped = Buffer.from(bigBytes);
  const middle = Math.floor(bigBytes.length / 2);
  bigFlipped[middle] = (bigFlipped[middle] ?? 0) ^ 0x55;
  await write("big-flipped.xlsx", bigFlipped);
  // A byte flipped inside the first compressed part: a CRC or inflate refusal, whichever the data gives.
  const flipped = Buffer.from(base);
  flipped[200] = (flipped[200] ?? 0) ^ 0xff;
  await write("flipped.xlsx", flipped);
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("the pane's package reader", () => {
  it("reads every fixture into the snapshot the command line reads, and refuses what it refuses, with the same reason", async () => {
    const reader = browserReader();
    let read = 0;
    let refused = 0;
    const outcomes = new Map<string, Outcome>();
    for (const file of files) {
      const cli = await byCli(file, DEFAULT_LIMITS);
      const pane = await byPane(reader, file, DEFAULT_LIMITS);
      expect([path.basename(file), pane]).toEqual([path.basename(file), cli]);
      outcomes.set(path.basename(file), pane);
      if ("snapshot" in cli) read++;
      else refused++;
    }
    // The streamed part is read, and its damage found, by both.
    expect("snapshot" in (outcomes.get("big.xlsx") ?? {})).toBe(true);
    expect(outcomes.get("big-flipped.xlsx")).toMatchObject({ kind: "corrupted" });
    // The comparison covers both sides: many read, and every kind of refusal above.
    expect(read).toBeGreaterThanOrEqual(20);
    expect(refused).toBeGreaterThanOrEqual(Object.keys(REFUSED).length + 5);
  }, 300_000);

  it("refuses the same files over lowered limits: the file's size, a part's size, the cells", async () => {
    const reader = browserReader();
    const sample = files.filter((f) => /excel-keep\.xlsx|hostile-bomb|ke-hoach-mau/.test(f));
    let refused = 0;
    for (const limits of [{ ...DEFAULT_LIMITS, fileBytes: 1000 }, { ...DEFAULT_LIMITS, partBytes: 4096 }, { ...DEFAULT_LIMITS, cells: 50 }, { ...DEFAULT_LIMITS, totalBytes: 20_000 }]) {
      for (const file of sample) {
        const cli = await byCli(file, limits);
        if ("kind" in cli) refused++;
        expect([path.basename(file), await byPane(reader, file, limits)]).toEqual([path.basename(file), cli]);
      }
    }
    expect(refused).toBeGreaterThanOrEqual(sample.length * 3);
  }, 120_000);

  it("names the old Excel file and the encrypted one as the command line does", async () => {
    const reader = browserReader();
    const outcome = async (name: string): Promise<Outcome> => byPane(reader, path.join(dir, name), DEFAULT_LIMITS);
    expect(await outcome("renamed-xls.xlsx")).toMatchObject({ kind: "old_excel" });
    expect(await outcome("encrypted.xlsx")).toMatchObject({ kind: "password_protected" });
    expect(await outcome("07-bao-cao-2023.xls")).toMatchObject({ kind: "old_excel" });
  });
});
