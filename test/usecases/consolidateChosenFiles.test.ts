/**
 * The pane's merge of chosen files (the use case with the pane's reader) against `pressdx consolidate`'s (the command
 * line's services) on the same folder of field reports: the same reports with their provenance, the same findings,
 * conflicts and tracker, the same unreadable files with the same reasons; and a cancel between files writes nothing.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { readChosenFile } from "../../src/adapters/xlsx/browserReader";
import { WorkbookReadError } from "../../src/adapters/xlsx/readError";
import { createCliServices } from "../../src/cli/compositionRoot";
import { consolidateChosenFiles } from "../../src/usecases/consolidateChosenFiles";
import { FIELD_FILES, writeFieldReports } from "../support/fieldReports";

let dir: string;
const reason = (e: WorkbookReadError): string => `${e.kind}: ${e.reason}`;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pdx-chosen-"));
  await writeFieldReports(dir);
  await fs.writeFile(path.join(dir, "10-hong.xlsx"), Buffer.from("not a zip"));
}, 60_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const NAMES = [...FIELD_FILES, "10-hong.xlsx"];

function chosen(names: readonly string[]) {
  return names.map((name) => ({
    name,
    read: async () => {
      const file = path.join(dir, name);
      const b = await fs.readFile(file);
      return readChosenFile(name, b.length, async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
    },
  }));
}

describe("consolidating chosen files in the pane", () => {
  it("merges as pressdx consolidate does: reports, provenance, findings, conflicts, tracker, unreadable files", async () => {
    const cli = await createCliServices().consolidateFiles(
      NAMES.map((name) => ({ path: path.join(dir, name), name })),
      reason,
    );
    const book = new MemoryWorkbook([{ name: "Trang tính1", cells: {} }]);
    const seen: string[] = [];
    // Given in another order: the pane sorts by name as the command line's folder listing does.
    const r = await consolidateChosenFiles(book, {
      file: "Tong hop.xlsx",
      checkedAt: "07/12/2026 10:00",
      files: chosen([...NAMES].reverse()),
      reason: (e) => (e instanceof WorkbookReadError ? reason(e) : null),
      progress: (i, n) => seen.push(`${i}/${n}`),
    });
    if (!r.ok) throw new Error(r.error.code);
    const pane = r.value.consolidation;
    expect(seen).toEqual(NAMES.map((_, i) => `${i + 1}/${NAMES.length}`));
    expect(pane.sources).toEqual(cli.sources);
    expect(pane.reports).toEqual(cli.reports);
    expect(pane.findings).toEqual(cli.findings);
    expect(pane.conflicts).toEqual(cli.conflicts);
    expect(pane.tracker).toEqual(cli.tracker);
    expect(pane.sources.filter((s) => "error" in s).map((s) => s.file)).toEqual(["07-bao-cao-2023.xls", "08-dai-cu.xlsx", "10-hong.xlsx"]);
    expect(pane.conflicts.length).toBeGreaterThan(0);
    // The merged table is in the workbook.
    const sheets = (await book.read()).sheets.map((g) => g.sheet);
    expect(sheets).toContain(r.value.mergedSheet);
  }, 120_000);

  it("stops between files when cancelled, and writes nothing", async () => {
    const book = new MemoryWorkbook([{ name: "Trang tính1", cells: {} }]);
    const before = JSON.stringify(await book.read());
    let reads = 0;
    const files = chosen(NAMES).map((f) => ({ ...f, read: () => (reads++, f.read()) }));
    const stop = new Error("cancelled");
    await expect(
      consolidateChosenFiles(book, {
        file: "Tong hop.xlsx",
        checkedAt: "07/12/2026 10:00",
        files,
        reason: () => "x",
        pace: async () => {
          if (reads >= 2) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(reads).toBe(2);
    expect(JSON.stringify(await book.read())).toBe(before);
  }, 60_000);
});
