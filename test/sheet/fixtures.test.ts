// Runs every grid fixture in test/fixtures/grids: each names the tables its sheet must yield.
import { readdirSync } from "fs";
import { join } from "path";
import { findAppendixTables } from "../../src/sheet/recogniseAppendix";
import type { GridFixture } from "./gridFixture";

const DIR = join(__dirname, "..", "fixtures", "grids");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".ts")).sort();

function load(file: string): GridFixture {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(join(DIR, file)) as { fixture: GridFixture }).fixture;
}

describe("appendix recognition over the grid fixtures", () => {
  it("has fixtures to run", () => {
    expect(FILES.length).toBeGreaterThan(10);
  });

  describe.each(FILES)("%s", (file) => {
    const fx = load(file);
    const tables = findAppendixTables(fx.grid);

    it(`finds ${fx.expected.length} table(s): ${fx.description}`, () => {
      expect(tables.map((t) => t.range)).toEqual(fx.expected.map((e) => e.range));
    });

    fx.expected.forEach((exp, i) => {
      it(`reads table ${exp.range}: years, rows and labels`, () => {
        const t = tables[i];
        expect(t).toBeDefined();
        if (!t) return;
        expect(t.sheet).toBe(fx.grid.sheet);
        expect(t.yearColumns.map((y) => y.year)).toEqual(exp.years);
        if (exp.yearCells) expect(t.yearColumns.map((y) => y.cell)).toEqual(exp.yearCells);
        if (exp.title !== undefined) expect(t.title).toBe(exp.title);
        expect(t.rows.map((r) => [r.indicator, r.labelCell])).toEqual(exp.rows);
        if (exp.standard) expect(t.rows.map((r) => r.labelIsStandard)).toEqual(exp.standard);
        for (const row of t.rows) {
          expect(row.cells.map((c) => c.year)).toEqual(exp.years);
        }
        if (exp.confidence) expect(t.recognition?.confidence).toBe(exp.confidence);
        for (const [address, thresholdCell] of Object.entries(exp.thresholds ?? {})) {
          const cell = t.rows.flatMap((r) => r.cells).find((c) => c.cell === address);
          expect(cell?.threshold?.cell).toBe(thresholdCell);
        }
        for (const [address, raw] of Object.entries(exp.cells ?? {})) {
          const cell = t.rows.flatMap((r) => r.cells).find((c) => c.cell === address);
          expect(cell?.raw).toEqual(raw);
        }
      });
    });
  });
});
