/**
 * The pane's inflater, measured where it runs (Chromium, as Excel's web view): fflate (kept, codec.browser.ts) against
 * the browser's DecompressionStream("deflate-raw"), on (a) the compressed parts of the example agency reports, as 600
 * files' worth of small parts, and (b) one 32 MiB sheet part. Times are medians of 5 runs in one page; the ratio is
 * what counts. Run: node bin/run-ts.cjs bench/paneInflate.ts
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "playwright-core";
import { readDirectory } from "../src/adapters/xlsx/package/directory";

const ROOT = path.resolve(__dirname, "..");

async function reportParts(): Promise<Array<{ data: Buffer; size: number }>> {
  const dir = path.join(ROOT, "examples/bao-cao");
  const parts: Array<{ data: Buffer; size: number }> = [];
  for (const f of (await fs.readdir(dir)).sort()) {
    const b = await fs.readFile(path.join(dir, f));
    for (const e of readDirectory(b) ?? []) {
      if (e.method !== 8) continue;
      const at = e.localHeader;
      const start = at + 30 + b.readUInt16LE(at + 26) + b.readUInt16LE(at + 28);
      parts.push({ data: b.subarray(start, start + e.compressedSize), size: e.size });
    }
  }
  return parts;
}

function bigSheet(): Buffer {
  const rows: string[] = [];
  let length = 0;
  for (let r = 1; length < 32 * 1024 * 1024; r++) {
    const cells: string[] = [];
    for (let c = 0; c < 10; c++) cells.push(`<c r="${String.fromCharCode(65 + c)}${r}" s="3"><v>${(r * 7919 + c * 104729) % 100000}</v></c>`);
    const row = `<row r="${r}">${cells.join("")}</row>`;
    rows.push(row);
    length += row.length;
  }
  return zlib.deflateRawSync(Buffer.from(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`), { level: 6 });
}

async function main(): Promise<void> {
  const small = await reportParts();
  const files = 600;
  const perFile = small.length / 3; // three example files
  const big = bigSheet();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    // tsx names the functions it passes to the page with a helper the page lacks.
    await page.addScriptTag({ content: "globalThis.__name = (f) => f;" });
    await page.addScriptTag({ content: await fs.readFile(path.join(ROOT, "node_modules/fflate/umd/index.js"), "utf8") });
    const result = await page.evaluate(
      async ({ small, big, repeat }) => {
        const decode = (s: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
        const parts = small.map((p) => ({ data: decode(p.data), size: p.size }));
        const bigPart = decode(big);
        type Inflater = { push(d: Uint8Array, last: boolean): void };
        const f = (globalThis as unknown as { fflate: { Inflate: new (ondata: (c: Uint8Array) => void) => Inflater; inflateSync(d: Uint8Array, o: { out: Uint8Array }): Uint8Array } }).fflate;
        // A part up to 4 MiB as codec.browser.ts inflates it: in one call into its declared size and one byte more.
        const whole = (d: Uint8Array, size: number): number => f.inflateSync(d, { out: new Uint8Array(size + 1) }).length;
        // As codec.browser.ts feeds it: 16 KiB of input at a time, the chunks counted as they come.
        const kept = (d: Uint8Array): number => {
          let n = 0;
          const inflate = new f.Inflate((c) => void (n += c.length));
          for (let at = 0; at < d.length; at += 16384) inflate.push(d.subarray(at, at + 16384), at + 16384 >= d.length);
          return n;
        };
        const native = async (d: Uint8Array<ArrayBuffer>): Promise<number> => {
          const out = new Blob([d]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
          let n = 0;
          const reader = out.getReader();
          for (let r = await reader.read(); !r.done; r = await reader.read()) n += r.value.length;
          return n;
        };
        const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
        const time = async (run: () => Promise<number> | number): Promise<{ ms: number; bytes: number }> => {
          const ms: number[] = [];
          let bytes = 0;
          for (let i = 0; i < 5; i++) {
            const t = performance.now();
            bytes = await run();
            ms.push(performance.now() - t);
          }
          return { ms: median(ms), bytes };
        };
        const smallFflate = await time(() => {
          let n = 0;
          for (let k = 0; k < repeat; k++) for (const p of parts) n += whole(p.data, p.size);
          return n;
        });
        const smallNative = await time(async () => {
          let n = 0;
          for (let k = 0; k < repeat; k++) for (const p of parts) n += await native(p.data);
          return n;
        });
        const bigFflate = await time(() => kept(bigPart));
        const bigNative = await time(() => native(bigPart));
        return { smallFflate, smallNative, bigFflate, bigNative, parts: parts.length };
      },
      { small: small.map((p) => ({ data: p.data.toString("base64"), size: p.size })), big: big.toString("base64"), repeat: files / 3 },
    );
    const line = (what: string, a: { ms: number; bytes: number }, b: { ms: number; bytes: number }): string =>
      `${what}: fflate ${a.ms.toFixed(0)} ms, DecompressionStream ${b.ms.toFixed(0)} ms (fflate/native ${(a.ms / b.ms).toFixed(2)}×), ${(a.bytes / 1048576).toFixed(1)} MiB out`;
    console.log(`pane inflate, Chromium ${browser.version()}`);
    console.log(line(`${files} report files (${Math.round(perFile)} parts each, ${result.parts * (files / 3)} parts)`, result.smallFflate, result.smallNative));
    console.log(line(`one sheet part (${(big.length / 1048576).toFixed(1)} MiB compressed)`, result.bigFflate, result.bigNative));
  } finally {
    await browser.close();
  }
}

void main();
