/**
 * Measurement 5: time and memory against the length of one token (a comment, an attribute value, a text) from 1 to
 * 16 MB — linear growth means each doubling of the length about doubles the time — and the audit's 240 MB comment,
 * which the token cap refuses. The scanner alone is timed in this process, fed 64 KiB chunks as a streamed part
 * is; the whole read (inflate, decode, scan) in a fresh process, for its peak memory.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PackageEdit } from "../src/adapters/xlsx/edit/packageEdit";
import { scanSink } from "../src/adapters/xlsx/package/scanner";
import { fmt, gc, median } from "./stats";

const MB = 1_000_000;
const SIZES = [1, 2, 4, 8, 16];
const CHUNK = 64 * 1024;
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = "</sheetData></worksheet>";

const KINDS: ReadonlyArray<[string, (body: string) => string]> = [
  ["comment", (body) => `<!--${body}-->`],
  ["attribute value", (body) => `<row r="1"><c r="A1" q="${body}"/></row>`],
  ["text", (body) => `<row r="1"><c r="A1" t="inlineStr"><is><t>${body}</t></is></c></row>`],
];

/** A workbook of one sheet holding `inner` in its sheetData. */
function workbook(inner: Buffer | string): Buffer {
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const edit = PackageEdit.fromParts("token.xlsx", {
    "[Content_Types].xml": `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  });
  edit.set("xl/worksheets/sheet1.xml", typeof inner === "string" ? `${HEAD}${inner}${TAIL}` : Buffer.concat([Buffer.from(HEAD), inner, Buffer.from(TAIL)]));
  return edit.toBuffer();
}

/**
 * The scanner alone over `xml` in 64 KiB chunks, the handler taking every text as the sheet reader does. Timed in
 * CPU time (this thread and the collector's): on a machine shared with other jobs the wall clock mostly measures
 * the wait for a core.
 */
function scanMs(xml: string): number {
  gc();
  const t0 = process.cpuUsage();
  let chars = 0;
  const sink = scanSink("token.xlsx", "xl/worksheets/sheet1.xml", { open: () => undefined, text: (t) => void (chars += t.length) });
  for (let i = 0; i < xml.length; i += CHUNK) sink.write(xml.slice(i, i + CHUNK));
  sink.end();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/** The whole read in a fresh process: {ms, maxRssMiB, refused}. */
function readInChild(file: string): { ms: number; maxRssMiB: number; refused?: string } {
  const out = execFileSync(process.execPath, [path.join(__dirname, "readChild.cjs"), "read", file], { encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out.trim()) as { ms: number; maxRssMiB: number; refused?: string };
}

export function tokenScaling(dir: string, runs: number): void {
  console.log("6. one token of 1 to 16 MB: the scanner alone (64 KiB chunks, median of runs) and the whole read's peak memory in a fresh process");
  const empty = path.join(dir, "token-empty.xlsx");
  fs.writeFileSync(empty, workbook(""));
  console.log(`  a fresh process reading an empty sheet peaks at ${fmt(readInChild(empty).maxRssMiB, 0)} MiB`);
  for (const [kind, make] of KINDS) {
    // Warm-up: the first scans of a kind of token pay for its compilation (CPU time counts the compiler's threads).
    for (let k = 0; k < 6; k++) scanMs(`${HEAD}${make("x".repeat(MB))}${TAIL}`);
    const times: number[] = [];
    const peaks: number[] = [];
    for (const size of SIZES) {
      const inner = make("x".repeat(size * MB));
      const xml = `${HEAD}${inner}${TAIL}`;
      times.push(median(Array.from({ length: runs }, () => scanMs(xml))));
      const file = path.join(dir, "token.xlsx");
      fs.writeFileSync(file, workbook(inner));
      peaks.push(readInChild(file).maxRssMiB);
    }
    const ratios = times.slice(1).map((t, i) => t / (times[i] ?? t));
    const whole = (times[times.length - 1] ?? 0) / (times[0] ?? 1);
    console.log(`  ${kind}: ${SIZES.map((s, i) => `${s} MB ${fmt(times[i] ?? 0, 1)} ms`).join(" · ")} (CPU)`);
    console.log(`    each doubling ×[${ratios.map((r) => fmt(r)).join(" ")}], 16 MB ÷ 1 MB ×${fmt(whole, 1)} (linear: 16, quadratic: 256); whole read peak [${peaks.map((p) => fmt(p, 0)).join(" ")}] MiB`);
  }
  // The audit's b_comment_240mb: 240 MB of comment in a 0.2 MB file, refused at the token cap.
  const big = path.join(dir, "token-240mb.xlsx");
  fs.writeFileSync(big, workbook(Buffer.concat([Buffer.from("<!--"), Buffer.alloc(240 * MB, "x"), Buffer.from("-->")])));
  const r = readInChild(big);
  console.log(`  a 240 MB comment (${fmt(fs.statSync(big).size / 1048576, 1)} MiB file): ${r.refused ? "refused" : "read"} in ${fmt(r.ms, 0)} ms, peak ${fmt(r.maxRssMiB, 0)} MiB (${r.refused ?? ""})`);
}
