// The tables the add-in lays out are recognised again as they were written, for every preset.
import { PRESET_IDS, PRESETS } from "../../src/domain/presets";
import { layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import { findAppendixTables } from "../../src/sheet/recogniseAppendix";
import { MemoryWorkbook } from "../../src/adapters/memory";

describe("recognising the add-in's own appendix layout", () => {
  it.each(PRESET_IDS)("reads back both tables of the %s preset at C5", async (id) => {
    const preset = PRESETS[id];
    const book = new MemoryWorkbook([{ name: "Phụ lục", cells: {} }]);
    await book.apply([layoutAppendix({ sheet: "Phụ lục", preset, periods: ["2023-2025", "2026-2030"], top: 4, left: 2 })]);
    const snapshot = await book.read();
    const grid = snapshot.sheets.find((s) => s.sheet === "Phụ lục");
    expect(grid).toBeDefined();
    if (!grid) return;
    const tables = findAppendixTables(grid);
    expect(tables.map((t) => t.yearColumns.map((y) => y.year))).toEqual([
      [2023, 2024, 2025],
      [2026, 2027, 2028, 2029, 2030],
    ]);
    for (const t of tables) {
      expect(t.title).not.toBeNull();
      expect(t.rows.map((r) => r.indicator)).toEqual(preset.indicators);
      expect(t.rows.every((r) => r.labelIsStandard)).toBe(true);
    }
    // Both tables share one column grid, the first one's unit cell merged across the spare year columns.
    expect(tables.map((t) => t.range.replace(/\d+/g, ""))).toEqual(["C:J", "C:J"]);
  });
});
