import { MemoryWorkbook } from "../../src/adapters/memory";
import { PatchError } from "../../src/adapters/patchCheck";
import { PRESETS } from "../../src/domain/presets";
import { cellAt } from "../../src/sheet/grid";
import { layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import type { SheetPatch } from "../../src/sheet/patch";

function sample(): MemoryWorkbook {
  return new MemoryWorkbook([
    { name: "Kế hoạch", cells: { B2: { value: "STT" }, C3: { value: 0.67, numberFormat: "0%" }, D3: { value: 1.34, formula: "C3*2" } }, merges: ["E1:F1"] },
    { sheet: "Grid", top: 1, left: 1, rows: [[{ value: 1 }, undefined, { value: "x" }]] },
  ]);
}

describe("memory workbook", () => {
  it("reads sheets given cell by cell or as grids, in order, with their used range", async () => {
    const snap = await sample().read();
    expect(snap.sheets.map((s) => s.sheet)).toEqual(["Kế hoạch", "Grid"]);
    const [plan, grid] = snap.sheets;
    expect(plan).toMatchObject({ top: 1, left: 1, merges: ["E1:F1"] });
    expect(cellAt(plan!, 2, 2)).toEqual({ value: 0.67, numberFormat: "0%" });
    expect(cellAt(plan!, 2, 3)).toEqual({ value: 1.34, formula: "C3*2" });
    expect(cellAt(grid!, 1, 3)).toEqual({ value: "x" });
  });

  it("applies values, formulas as text and number formats, and records the rest", async () => {
    const wb = sample();
    await wb.apply([
      {
        sheet: "Kế hoạch",
        cells: [
          { address: "C4", value: 0.5, style: { numberFormat: "0%", fill: "FFEB9C" } },
          { address: "D4", formula: "=C4*2" },
          { address: "A1", value: "xem", link: { sheet: "Grid", cell: "B2" } },
        ],
        validations: [{ range: "C3:C4", type: "decimal", min: 0, max: 1, allowBlank: true }],
        notes: [{ address: "C4", text: "trên 50%" }],
        names: [{ name: "PressDX_Table", range: "B2:D4" }],
        columnWidths: [{ col: 1, chars: 40 }],
        rowHeights: [{ row: 3, points: 30 }],
        conditionalFormats: [{ owner: "test", range: "C3:C4", formula: "C3<0.5", style: { fill: "FFC7CE" } }],
      },
    ]);
    expect(wb.cell("Kế hoạch", "C4")).toEqual({ value: 0.5, numberFormat: "0%" });
    expect(wb.cell("Kế hoạch", "D4")).toEqual({ value: null, formula: "C4*2" });
    expect(wb.linkAt("Kế hoạch", "A1")).toEqual({ sheet: "Grid", cell: "B2" });
    expect(wb.styleAt("Kế hoạch", "C4")?.fill).toBe("FFEB9C");
    expect([...wb.validations("Kế hoạch").keys()]).toEqual(["C3", "C4"]);
    expect(wb.conditionalFormats("Kế hoạch")).toHaveLength(1);
    expect(wb.noteAt("Kế hoạch", "C4")).toBe("trên 50%");
    expect(wb.names()).toEqual({ PressDX_Table: "'Kế hoạch'!$B$2:$D$4" });
    expect(wb.columnWidth("Kế hoạch", 1)).toBe(40);
    expect(wb.rowHeight("Kế hoạch", 3)).toBe(30);
    expect((await wb.read()).names).toEqual({ PressDX_Table: "'Kế hoạch'!$B$2:$D$4" });
  });

  it("keeps value, formula and number format on a style-only write", async () => {
    const wb = sample();
    await wb.apply([{ sheet: "Kế hoạch", cells: [{ address: "D3", style: { fill: "FFC7CE" } }, { address: "C3", style: { fill: "FFC7CE" } }] }]);
    expect(wb.cell("Kế hoạch", "D3")).toEqual({ value: 1.34, formula: "C3*2" });
    expect(wb.cell("Kế hoạch", "C3")).toEqual({ value: 0.67, numberFormat: "0%" });
  });

  it("creates a sheet only when asked, matching existing names case-insensitively", async () => {
    const wb = sample();
    await wb.apply([{ sheet: "KẾ HOẠCH", cells: [{ address: "A9", value: 1 }] }]);
    expect(wb.cell("Kế hoạch", "A9")?.value).toBe(1);
    await expect(wb.apply([{ sheet: "Mới", cells: [] }])).rejects.toThrow(/sheet "Mới".*no such sheet/);
    await wb.apply([{ sheet: "Mới", createSheet: true, cells: [{ address: "A1", value: "ok" }] }]);
    expect(wb.sheetNames()).toEqual(["Kế hoạch", "Grid", "Mới"]);
  });

  it.each<[string, SheetPatch[], RegExp]>([
    ["a bad address", [{ sheet: "Grid", cells: [{ address: "C0", value: 1 }] }], /sheet "Grid", C0: not an A1 cell address/],
    ["a missing sheet", [{ sheet: "Nope", cells: [{ address: "A1", value: 1 }] }], /sheet "Nope": no such sheet/],
    ["an overlapping merge", [{ sheet: "Kế hoạch", cells: [], merges: ["F1:G1"] }], /F1:G1: overlaps merged area E1:F1/],
    ["two new merges that overlap", [{ sheet: "Grid", cells: [], merges: ["A1:B2", "B2:C3"] }], /B2:C3: overlaps merged area A1:B2/],
    ["a value inside a merge", [{ sheet: "Kế hoạch", cells: [{ address: "F1", value: 1 }] }], /F1: inside merged area E1:F1/],
    ["a link to a missing sheet", [{ sheet: "Grid", cells: [{ address: "A1", value: "x", link: { sheet: "Nope", cell: "A1" } }] }], /missing sheet "Nope"/],
    ["a bad fill", [{ sheet: "Grid", cells: [{ address: "A1", style: { fill: "red" } }] }], /fill "red"/],
    ["a bad name", [{ sheet: "Grid", cells: [], names: [{ name: "A1", range: "A1" }] }], /"A1" is not a valid name/],
    ["a bad sheet name", [{ sheet: "a/b", createSheet: true, cells: [] }], /not a valid sheet name/],
  ])("changes nothing when a batch holds %s", async (_what, bad, message) => {
    const wb = sample();
    const before = await wb.read();
    const good: SheetPatch = { sheet: "Kế hoạch", cells: [{ address: "C3", value: 0.1 }], merges: ["A10:B10"] };
    const error = await wb.apply([good, ...bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PatchError);
    expect((error as Error).message).toMatch(message);
    expect(await wb.read()).toEqual(before);
    expect(wb.merges("Kế hoạch")).toEqual(["E1:F1"]);
  });

  it("re-applying the same merge is a no-op, not an overlap", async () => {
    const wb = sample();
    await wb.apply([{ sheet: "Kế hoạch", cells: [], merges: ["E1:F1"] }]);
    expect(wb.merges("Kế hoạch")).toEqual(["E1:F1"]);
  });

  it("holds an inserted appendix: values, formats, validations and notes", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([layoutAppendix({ sheet: "Phụ lục", preset: PRESETS["soc-trang"], periods: ["2023-2025", "2026-2030"], top: 0, left: 0, createSheet: true })]);
    expect(wb.cell("Phụ lục", "E6")).toEqual({ value: 0.65, numberFormat: "0%" });
    expect(wb.noteAt("Phụ lục", "E6")).toBe("Kế hoạch ghi: trên 65%");
    expect([...wb.validations("Phụ lục").values()].filter((v) => v.type === "decimal").length).toBeGreaterThan(0);
    expect(wb.merges("Phụ lục")).toContain("F5:H5");
  });
});

describe("the pre-write check of row blocks", () => {
  const refusal = async (blocks: SheetPatch["blocks"]): Promise<string> => {
    const wb = sample();
    const before = JSON.stringify(await wb.read());
    const e = await wb.apply([{ sheet: "Kế hoạch", cells: [{ address: "A1", value: "ok" }], ...(blocks ? { blocks } : {}) }]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PatchError);
    expect(JSON.stringify(await wb.read())).toBe(before);
    return (e as PatchError).message;
  };

  it("refuses a block that leaves the sheet, a figure Excel cannot hold, a text too long or a bad style, naming the cell", async () => {
    expect(await refusal([{ top: 1_048_575, left: 0, styles: [{}], rows: [[1], [2]] }])).toContain("A1048576:A1048577: outside the sheet");
    expect(await refusal([{ top: -1, left: 0, styles: [{}], rows: [[1]] }])).toContain("bad block corner");
    expect(await refusal([{ top: 9, left: 1, styles: [{}, {}], rows: [[1, 2], [3, Number.NaN]] }])).toContain("C11: value NaN is not a finite number");
    expect(await refusal([{ top: 9, left: 0, styles: [{}], rows: [["x".repeat(32_768)]] }])).toContain("A10: a text over Excel's 32,767 characters");
    expect(await refusal([{ top: 9, left: 0, styles: [{ fill: "red" }], rows: [[1]] }])).toContain('A10: fill "red" is not RRGGBB');
  });

  it("lets a block write the top-left cell of a merge, as a cell write may", async () => {
    const wb = sample();
    await wb.apply([{ sheet: "Kế hoạch", cells: [], blocks: [{ top: 0, left: 3, styles: [{}, {}], rows: [["d", "e"]] }] }]);
    const plan = (await wb.read()).sheets[0]!;
    expect([cellAt(plan, 0, 3)?.value, cellAt(plan, 0, 4)?.value]).toEqual(["d", "e"]);
  });
});
