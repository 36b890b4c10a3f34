/**
 * Every writing command over workbooks whose XML is odd but valid (test/support/oddBooks.ts: CDATA holding
 * `</c></row>`, comments and instructions between rows and cells and before the root, “>” and quotes in attribute
 * values, single quotes, prefixes, CRLF, `_xHHHH_` escapes, references, UTF-16 parts): each output is well-formed
 * for saxes, loads in openpyxl and in LibreOffice, and holds every value the input held — cell by cell, as each of
 * those readers and the project's own reader see them (the commands write only new sheets, formats and cells
 * that were empty).
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { readWorkbookFile } from "../../src/adapters/xlsx/package/readPackage";
import type { Grid } from "../../src/sheet/grid";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { makeOddBooks, type OddBook, TRAPS } from "../support/oddBooks";
import { Package } from "../support/xlsxParts";
import { pressdx, tempDir } from "./capture";

const REPORTS = path.resolve(__dirname, "../../examples/bao-cao");

/** openpyxl's view of workbooks: every non-empty cell by sheet and address (formulas as their text). */
const READ = `
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    out[f] = {ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}
print(json.dumps(out, default=str))
`;

type Cells = Record<string, Record<string, unknown>>;

function openpyxl(files: readonly string[]): Record<string, Cells> {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", READ, ...files], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })) as Record<string, Cells>;
}

/** The input's cells that the output does not hold as they were, as "sheet!A1: before → after". */
function lost(input: Cells, output: Cells): string[] {
  const out: string[] = [];
  for (const [sheet, cells] of Object.entries(input)) {
    for (const [address, value] of Object.entries(cells)) {
      const now = output[sheet]?.[address];
      if (JSON.stringify(now) !== JSON.stringify(value)) out.push(`${sheet}!${address}: ${JSON.stringify(value)} → ${JSON.stringify(now)}`);
    }
  }
  return out;
}

const count = (cells: Cells): number => Object.values(cells).reduce((n, sheet) => n + Object.keys(sheet).length, 0);

/** The project's own reader's view, in the same shape. */
async function ownCells(file: string): Promise<Cells> {
  const out: Cells = {};
  for (const g of (await readWorkbookFile(file)).sheets) out[g.sheet] = gridCells(g);
  return out;
}

function gridCells(g: Grid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  g.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) out[`${c + g.left}:${r + g.top}`] = cell.formula !== undefined ? `=${cell.formula}` : cell.value;
    }),
  );
  return out;
}

interface Output {
  readonly book: OddBook;
  readonly command: string;
  readonly file: string;
}

let dir: string;
let books: OddBook[];
const outputs: Output[] = [];

beforeAll(async () => {
  dir = tempDir("pressdx-odd-");
  books = await makeOddBooks(dir);
  for (const book of books) {
    const out = (command: string): string => path.join(dir, `${book.name}.${command}.xlsx`);
    const runs: Array<[string, string[]]> = [
      ["validate", ["validate", book.file, "--out", out("validate")]],
      ["insert", ["insert", out("insert"), "--into", book.file, "--sheet", "Mới"]],
      ["attain", ["attain", book.file, "-o", out("attain")]],
      ["consolidate", ["consolidate", REPORTS, "-o", out("consolidate"), "--into", book.file]],
    ];
    for (const [command, argv] of runs) {
      const r = await pressdx(...argv);
      if (r.code >= 2 || r.stderr !== "") throw new Error(`${book.name} ${command}: exit ${r.code}: ${r.stderr}`);
      outputs.push({ book, command, file: out(command) });
    }
  }
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("writing commands over odd-but-valid workbooks", () => {
  it("read the traps as Excel does: CDATA, escapes and line ends in cell texts", async () => {
    for (const book of books) {
      const grid = (await readWorkbookFile(book.file)).sheets.find((g) => g.sheet === "Phụ lục");
      const cells = grid ? gridCells(grid) : {};
      for (const trap of TRAPS) {
        const col = trap.address.charCodeAt(0) - 65;
        const row = Number(trap.address.slice(1)) - 1;
        expect([book.name, trap.address, cells[`${col}:${row}`]]).toEqual([book.name, trap.address, trap.value]);
      }
    }
  });

  it("write outputs whose every part saxes parses and whose relationships and content types hold", async () => {
    expect(outputs).toHaveLength(books.length * 4);
    for (const o of outputs) {
      const pkg = await Package.open(o.file);
      expect([o.book.name, o.command, pkg.problems()]).toEqual([o.book.name, o.command, []]);
    }
  });

  it("keep every cell of the input, as the project's reader reads them", async () => {
    for (const o of outputs) {
      const input = await ownCells(o.book.file);
      expect(count(input)).toBeGreaterThan(100);
      expect([o.book.name, o.command, lost(input, await ownCells(o.file))]).toEqual([o.book.name, o.command, []]);
    }
  });

  it("keep every cell of the input, as openpyxl reads them", () => {
    const read = openpyxl([...books.map((b) => b.file), ...outputs.map((o) => o.file)]);
    for (const o of outputs) {
      const input = read[o.book.file] ?? {};
      expect(count(input)).toBeGreaterThan(100);
      expect([o.book.name, o.command, lost(input, read[o.file] ?? {})]).toEqual([o.book.name, o.command, []]);
    }
  });

  it("keep every cell of the input, as LibreOffice opens and saves them", async () => {
    const converted = await recalcWithLibreOffice([...books.map((b) => b.file), ...outputs.map((o) => o.file)]);
    try {
      const read = openpyxl([...converted.values()]);
      for (const o of outputs) {
        const input = read[converted.get(o.book.file) ?? ""] ?? {};
        expect(count(input)).toBeGreaterThan(100);
        expect([o.book.name, o.command, lost(input, read[converted.get(o.file) ?? ""] ?? {})]).toEqual([o.book.name, o.command, []]);
      }
    } finally {
      const any = [...converted.values()][0];
      if (any) await fs.rm(path.dirname(path.dirname(any)), { recursive: true, force: true });
    }
  }, 240_000);
});
