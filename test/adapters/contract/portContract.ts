/**
 * The port's contract: the same patches and reads, run against every adapter (memory, xlsx, Office over the Excel
 * stand-in), must give the same workbook. Each adapter brings a harness that builds a workbook from plain sheet
 * inputs and inspects the result by its own means (the xlsx harness through a saved file read back, the Office
 * harness through the stand-in's model), normalised to one `WorkbookState`.
 */
import { PatchError } from "../../../src/ports/patchError";
import type { WorkbookPort } from "../../../src/ports/workbookPort";
import type { GridCell } from "../../../src/sheet/grid";
import type { ChartSpec, SheetPatch } from "../../../src/sheet/patch";
import { blockCells } from "../../../src/sheet/patchCells";

/** A sheet to start from: cells, the user's own fills and conditional formats, merges, protection. */
export interface ContractSheet {
  readonly name: string;
  readonly cells: Readonly<Record<string, GridCell>>;
  readonly fills?: Readonly<Record<string, string>>;
  readonly merges?: readonly string[];
  readonly protected?: boolean;
  readonly userRules?: ReadonlyArray<{ readonly range: string; readonly formula: string; readonly fill: string }>;
}

/** What a workbook holds, as every adapter must agree on it. */
export interface SheetState {
  readonly name: string;
  /** Non-empty cells: value (formula cells: the formula only), number format when not General. */
  readonly cells: Record<string, { value?: unknown; formula?: string; numberFormat?: string }>;
  /** Cell fills (not conditional formats), "RRGGBB". */
  readonly fills: Record<string, string>;
  readonly merges: string[];
  /** Column widths in characters (rounded to 0.1), by 0-based column. */
  readonly widths: Record<number, number>;
  /** Row heights in points (rounded to 0.1), by 0-based row. */
  readonly heights: Record<number, number>;
  /** Data validation per cell: its type and prompt message. */
  readonly validations: Record<string, { type: string; prompt?: string }>;
  /** Conditional formats: owner (null for the user's), range, the rule's own formula, fill. */
  readonly rules: Array<{ owner: string | null; range: string; formula: string; fill: string | null }>;
  readonly charts: Array<{ name: string; title: string }>;
  /** Note texts by cell (however the adapter keeps them). */
  readonly notes: Record<string, string>;
  /** Internal links by cell: "Sheet!A1". */
  readonly links: Record<string, string>;
  /** Sheet protection, and the cells that stay editable under it (sorted addresses). */
  readonly protected: boolean;
  readonly unlocked: string[];
  /** "visible", "hidden" or "veryHidden". */
  readonly visibility: string;
  /** The AutoFilter's range, or null. */
  readonly autoFilter: string | null;
  /** Rows and columns frozen (0, 0 when none). */
  readonly frozen: { rows: number; cols: number };
}

export interface WorkbookState {
  readonly sheets: SheetState[];
  /** Workbook-scoped names → reference without "=" ("'Kế hoạch'!$B$2:$D$4"). */
  readonly names: Record<string, string>;
}

export interface Subject {
  readonly port: WorkbookPort;
  inspect(): Promise<WorkbookState>;
}

export interface Harness {
  readonly name: string;
  make(sheets: readonly ContractSheet[], names?: Readonly<Record<string, string>>): Promise<Subject>;
}

const PLAN: ContractSheet = {
  name: "Kế hoạch",
  cells: {
    A1: { value: "Chỉ tiêu" },
    B2: { value: 0.5, numberFormat: "0%" },
    B3: { value: "67%" },
    C2: { value: 12 },
  },
  fills: { B2: "FFFF00" },
  userRules: [{ range: "C2:C3", formula: "C2>10", fill: "00B050" }],
};

const chart = (name: string, title: string): ChartSpec => ({
  name,
  title,
  categories: "A10:A12",
  series: [{ name: "Mục tiêu", values: "B10:B12", color: "4472C4" }],
  anchor: { from: "E10", cols: 6, rows: 10 },
  percentAxis: true,
});

const sheetOf = (state: WorkbookState, name: string): SheetState => {
  const s = state.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${state.sheets.map((x) => x.name).join(", ")}`);
  return s;
};

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the write to be refused");
}

export function describePortContract(harness: Harness): void {
  describe(`the port contract: ${harness.name}`, () => {
    it("reads what the workbook holds: values, formulas, number formats, merges, protection and owned things", async () => {
      const s = await harness.make([{ ...PLAN, merges: ["A5:C5"], cells: { ...PLAN.cells, A5: { value: "gộp" }, D2: { value: 24, formula: "C2*2" } } }]);
      const snap = await s.port.read();
      const g = snap.sheets[0];
      expect(g?.sheet).toBe("Kế hoạch");
      const at = (r: number, c: number) => g?.rows[r - (g?.top ?? 0)]?.[c - (g?.left ?? 0)];
      expect(at(1, 1)).toEqual({ value: 0.5, numberFormat: "0%" });
      expect(at(2, 1)).toEqual({ value: "67%" });
      expect(at(1, 3)).toMatchObject({ formula: "C2*2" });
      expect(g?.merges).toEqual(["A5:C5"]);
      expect(g?.protected ?? false).toBe(false);
      expect(g?.ownedFormats ?? []).toEqual([]);
    });

    it("writes values, formulas and number formats; null blanks a cell; a style-only write keeps value and format", async () => {
      const s = await harness.make([PLAN]);
      await s.port.apply([
        {
          sheet: "Kế hoạch",
          cells: [
            { address: "D2", formula: "C2*2", style: { numberFormat: "0" } },
            { address: "B3", value: null },
            { address: "B2", style: { font: { bold: true } } },
            { address: "E2", value: "Đạt", style: { fill: "C6EFCE" } },
          ],
        },
      ]);
      const sheet = sheetOf(await s.inspect(), "Kế hoạch");
      expect(sheet.cells.D2).toEqual({ formula: "C2*2", numberFormat: "0" });
      expect(sheet.cells.B3).toBeUndefined();
      expect(sheet.cells.B2).toEqual({ value: 0.5, numberFormat: "0%" });
      expect(sheet.fills).toEqual({ B2: "FFFF00", E2: "C6EFCE" });
      expect(sheet.cells.E2).toEqual({ value: "Đạt" });
    });

    it("writes a row block as the cells it stands for, over the user's cells and with cells written after it", async () => {
      const blocks = [
        {
          top: 1,
          left: 2,
          styles: [{ numberFormat: "0.0" }, { fill: "C6EFCE" }, {}],
          rows: [
            [1.5, "Có", null],
            [2, null, true],
            [-3, "  dấu cách  ", "x"],
          ],
        },
      ];
      const cells = [{ address: "D3", value: "sau khối" }];
      // One workbook at a time: the Office harness's stand-in is the page's one Excel.
      const viaCells = await harness.make([PLAN]);
      await viaCells.port.apply([{ sheet: "Kế hoạch", cells: [...blockCells(blocks[0]!), ...cells] }]);
      const expected = await viaCells.inspect();
      const viaBlock = await harness.make([PLAN]);
      await viaBlock.port.apply([{ sheet: "Kế hoạch", blocks, cells }]);
      const state = await viaBlock.inspect();
      expect(state).toEqual(expected);
      const sheet = sheetOf(state, "Kế hoạch");
      // C2 held the user's 12: the block's null in E2 blanks, its values replace; D3 is the later cell's.
      expect([sheet.cells.C2, sheet.cells.D2, sheet.cells.E2, sheet.cells.D3, sheet.cells.D4]).toEqual([
        { value: 1.5, numberFormat: "0.0" },
        { value: "Có" },
        undefined,
        { value: "sau khối" },
        { value: "  dấu cách  " },
      ]);
      expect(sheet.fills).toMatchObject({ B2: "FFFF00", D2: "C6EFCE", D3: "C6EFCE", D4: "C6EFCE" });
    });

    it("refuses a row block over a merge, or with a row of another width, and writes nothing of the batch", async () => {
      const s = await harness.make([{ ...PLAN, merges: ["F5:G5"] }]);
      const before = await s.inspect();
      const merged = await rejection(
        s.port.apply([
          { sheet: "Kế hoạch", cells: [{ address: "A8", value: "ok" }] },
          { sheet: "Kế hoạch", cells: [], blocks: [{ top: 3, left: 5, styles: [{}, {}], rows: [["a", "b"], ["c", "d"]] }] },
        ]),
      );
      expect(merged).toBeInstanceOf(PatchError);
      expect((merged as PatchError).cell).toBe("G5");
      const ragged = await rejection(s.port.apply([{ sheet: "Kế hoạch", cells: [], blocks: [{ top: 9, left: 0, styles: [{}, {}], rows: [["a", "b"], ["c"]] }] }]));
      expect(ragged).toBeInstanceOf(PatchError);
      expect((ragged as PatchError).cell).toBe("A11");
      expect(await s.inspect()).toEqual(before);
    });

    it("refuses a value inside a merge of the same patch, and writes nothing of the batch", async () => {
      const s = await harness.make([PLAN]);
      const before = await s.inspect();
      const e = await rejection(
        s.port.apply([
          { sheet: "Kế hoạch", cells: [{ address: "A8", value: "ok" }] },
          { sheet: "Kế hoạch", cells: [{ address: "A9", value: "a" }, { address: "B9", value: "b" }], merges: ["A9:C9"] },
        ]),
      );
      expect(e).toBeInstanceOf(PatchError);
      expect((e as PatchError).cell).toBe("B9");
      expect(await s.inspect()).toEqual(before);
    });

    it("refuses to write to a protected sheet, naming it, and writes nothing of the batch", async () => {
      const s = await harness.make([PLAN, { name: "Khóa", cells: { A1: { value: "x" } }, protected: true }]);
      expect((await s.port.read()).sheets.map((g) => g.protected ?? false)).toEqual([false, true]);
      const before = await s.inspect();
      const e = await rejection(
        s.port.apply([
          { sheet: "Kế hoạch", cells: [{ address: "A8", value: "ok" }] },
          { sheet: "Khóa", cells: [{ address: "B1", value: "y" }] },
        ]),
      );
      expect(e).toBeInstanceOf(PatchError);
      expect([(e as PatchError).code, (e as PatchError).sheet]).toEqual(["protected", "Khóa"]);
      expect(await s.inspect()).toEqual(before);
    });

    it("protects a sheet it creates once the batch is written, its input cells left unlocked", async () => {
      const s = await harness.make([PLAN]);
      const input = { border: true, locked: false } as const;
      await s.port.apply([
        {
          sheet: "Biểu mẫu",
          createSheet: true,
          protect: true,
          cells: [
            { address: "A1", value: "Năm", style: { font: { bold: true } } },
            { address: "A2", value: 2026, style: input },
            { address: "B2", style: input },
          ],
        },
        // A later patch of the same batch may still write to it: protection comes at the end.
        { sheet: "Biểu mẫu", cells: [{ address: "C1", value: "Ghi chú" }] },
      ]);
      const state = await s.inspect();
      expect(sheetOf(state, "Biểu mẫu")).toMatchObject({ protected: true, unlocked: ["A2", "B2"], cells: { A1: { value: "Năm" }, A2: { value: 2026 }, C1: { value: "Ghi chú" } } });
      expect(sheetOf(state, "Kế hoạch")).toMatchObject({ protected: false, unlocked: [] });
      expect((await s.port.read()).sheets.map((g) => [g.sheet, g.protected ?? false])).toEqual([
        ["Kế hoạch", false],
        ["Biểu mẫu", true],
      ]);
      // The tool writes nothing more there.
      const e = await rejection(s.port.apply([{ sheet: "Biểu mẫu", cells: [{ address: "B2", value: "x" }] }]));
      expect((e as PatchError).code).toBe("protected");
    });

    it("never protects a sheet that exists, and writes nothing of the batch", async () => {
      const s = await harness.make([PLAN]);
      const before = await s.inspect();
      const e = await rejection(s.port.apply([{ sheet: "Kế hoạch", protect: true, cells: [{ address: "A8", value: "x" }] }]));
      expect(e).toBeInstanceOf(PatchError);
      expect((e as PatchError).message).toMatch(/only on a sheet the batch creates/);
      expect(await s.inspect()).toEqual(before);
    });

    it("sets column widths in characters and row heights in points", async () => {
      const s = await harness.make([PLAN]);
      await s.port.apply([{ sheet: "Kế hoạch", cells: [], columnWidths: [{ col: 1, chars: 40 }, { col: 3, chars: 9 }], rowHeights: [{ row: 4, points: 30 }] }]);
      const sheet = sheetOf(await s.inspect(), "Kế hoạch");
      expect(sheet.widths).toEqual({ 1: 40, 3: 9 });
      expect(sheet.heights).toEqual({ 4: 30 });
    });

    it("replaces a cell's validation rather than piling rules up", async () => {
      const s = await harness.make([PLAN]);
      const rule = (range: string, message: string): SheetPatch => ({
        sheet: "Kế hoạch",
        cells: [],
        validations: [{ range, type: "decimal", min: 0, max: 1, allowBlank: true, prompt: { title: "Tỷ lệ", message } }],
      });
      await s.port.apply([rule("B2:B4", "lần một")]);
      await s.port.apply([rule("B3:B3", "lần hai")]);
      const sheet = sheetOf(await s.inspect(), "Kế hoạch");
      expect(sheet.validations).toEqual({
        B2: { type: "decimal", prompt: "lần một" },
        B3: { type: "decimal", prompt: "lần hai" },
        B4: { type: "decimal", prompt: "lần một" },
      });
    });

    it("finds its own conditional formats again by owner and removes only those; re-applying never stacks", async () => {
      const s = await harness.make([PLAN]);
      const mark = (owner: string, range: string, fill: string): SheetPatch => ({
        sheet: "Kế hoạch",
        cells: [],
        removeOwned: [owner],
        conditionalFormats: [{ owner, range, formula: "TRUE", style: { fill } }],
      });
      await s.port.apply([mark("highlight", "B2", "FFC7CE"), mark("attain:1", "E2:E4", "C6EFCE")]);
      await s.port.apply([mark("highlight", "B3", "FFEB9C")]);
      expect(new Set((await s.port.read()).sheets[0]?.ownedFormats)).toEqual(new Set(["highlight", "attain:1"]));
      let sheet = sheetOf(await s.inspect(), "Kế hoạch");
      expect(sheet.rules).toEqual(
        expect.arrayContaining([
          { owner: null, range: "C2:C3", formula: "C2>10", fill: "00B050" },
          { owner: "attain:1", range: "E2:E4", formula: "TRUE", fill: "C6EFCE" },
          { owner: "highlight", range: "B3", formula: "TRUE", fill: "FFEB9C" },
        ]),
      );
      expect(sheet.rules).toHaveLength(3);

      await s.port.apply([{ sheet: "Kế hoạch", cells: [], removeOwned: ["highlight", "attain:1"] }]);
      sheet = sheetOf(await s.inspect(), "Kế hoạch");
      expect(sheet.rules).toEqual([{ owner: null, range: "C2:C3", formula: "C2>10", fill: "00B050" }]);
      expect(sheet.fills).toEqual({ B2: "FFFF00" });
      expect((await s.port.read()).sheets[0]?.ownedFormats ?? []).toEqual([]);
    });

    it("replaces a chart by name, and removes it as an owned thing", async () => {
      const s = await harness.make([
        { name: "Biểu đồ", cells: { A10: { value: "a" }, A11: { value: "b" }, A12: { value: "c" }, B10: { value: 0.1 }, B11: { value: 0.2 }, B12: { value: 0.3 } } },
      ]);
      await s.port.apply([{ sheet: "Biểu đồ", cells: [], charts: [chart("PressDX_Attain_1_chart", "Năm 2024")] }]);
      await s.port.apply([{ sheet: "Biểu đồ", cells: [], charts: [chart("PressDX_Attain_1_chart", "Năm 2025")] }]);
      expect(sheetOf(await s.inspect(), "Biểu đồ").charts).toEqual([{ name: "PressDX_Attain_1_chart", title: "Năm 2025" }]);
      expect((await s.port.read()).sheets[0]?.charts).toEqual(["PressDX_Attain_1_chart"]);
      await s.port.apply([{ sheet: "Biểu đồ", cells: [], removeOwned: ["PressDX_Attain_1_chart"] }]);
      expect(sheetOf(await s.inspect(), "Biểu đồ").charts).toEqual([]);
    });

    it("re-points a defined name, and removes names it is told to", async () => {
      const s = await harness.make([PLAN], { Other: "'Kế hoạch'!$A$1" });
      await s.port.apply([{ sheet: "Kế hoạch", cells: [], names: [{ name: "PressDX_Attain_1", range: "E1:H4" }] }]);
      await s.port.apply([{ sheet: "Kế hoạch", cells: [], names: [{ name: "PressDX_Attain_1", range: "E1:J9" }] }]);
      expect((await s.inspect()).names).toEqual({ Other: "'Kế hoạch'!$A$1", PressDX_Attain_1: "'Kế hoạch'!$E$1:$J$9" });
      await s.port.apply([{ sheet: "Kế hoạch", cells: [], removeNames: ["PressDX_Attain_1", "Missing"] }]);
      expect((await s.inspect()).names).toEqual({ Other: "'Kế hoạch'!$A$1" });
    });

    it("creates a sheet when asked, refuses a missing sheet otherwise, and links to cells of the workbook", async () => {
      const s = await harness.make([PLAN]);
      await expect(s.port.apply([{ sheet: "Không có", cells: [{ address: "A1", value: 1 }] }])).rejects.toBeInstanceOf(PatchError);
      await s.port.apply([
        { sheet: "Kiểm tra", createSheet: true, cells: [{ address: "A1", value: "B2", link: { sheet: "Kế hoạch", cell: "B2" } }], notes: [{ address: "A1", text: "xem ô B2" }] },
      ]);
      const state = await s.inspect();
      expect(state.sheets.map((x) => x.name)).toEqual(["Kế hoạch", "Kiểm tra"]);
      const review = sheetOf(state, "Kiểm tra");
      expect(review.links).toEqual({ A1: "Kế hoạch!B2" });
      expect(review.notes).toEqual({ A1: "xem ô B2" });
    });

    it("replaces a sheet of its own in place: everything on it goes, its place and the references to it stay", async () => {
      const s = await harness.make([
        { name: "Tổng hợp", cells: { A1: { value: "cũ" }, B5: { value: 9 } }, merges: ["A1:C1"] },
        { name: "Kế hoạch", cells: { A1: { value: 9, formula: "'Tổng hợp'!B5" } } },
      ]);
      await s.port.apply([
        { sheet: "Tổng hợp", cells: [], conditionalFormats: [{ owner: "x", range: "B5", formula: "TRUE", style: { fill: "FFC7CE" } }], columnWidths: [{ col: 0, chars: 30 }] },
      ]);
      await s.port.apply([{ sheet: "Tổng hợp", replace: true, cells: [{ address: "B5", value: 12 }] }]);
      const state = await s.inspect();
      expect(state.sheets.map((x) => x.name)).toEqual(["Tổng hợp", "Kế hoạch"]);
      const merged = sheetOf(state, "Tổng hợp");
      expect(merged.cells).toEqual({ B5: { value: 12 } });
      expect(merged.merges).toEqual([]);
      expect(merged.rules).toEqual([]);
      expect(merged.widths).toEqual({});
      expect(sheetOf(state, "Kế hoạch").cells.A1?.formula).toBe("'Tổng hợp'!B5");
    });

    it("hides a sheet of its own very hidden, filters and freezes a sheet; a replaced sheet keeps its state, not its filter", async () => {
      const s = await harness.make([PLAN]);
      await s.port.apply([
        { sheet: "Dữ liệu", createSheet: true, visibility: "veryHidden", cells: [{ address: "A1", value: "pressdx-store" }] },
        {
          sheet: "Kiểm tra",
          createSheet: true,
          cells: [{ address: "A3", value: "STT" }, { address: "B3", value: "Ô" }, { address: "A4", value: 1 }, { address: "B4", value: "C6" }],
          autoFilter: "A3:B4",
          freeze: { rows: 3, cols: 0 },
        },
      ]);
      let state = await s.inspect();
      expect(sheetOf(state, "Dữ liệu")).toMatchObject({ visibility: "veryHidden", autoFilter: null, frozen: { rows: 0, cols: 0 } });
      expect(sheetOf(state, "Kiểm tra")).toMatchObject({ visibility: "visible", autoFilter: "A3:B4", frozen: { rows: 3, cols: 0 } });
      expect(sheetOf(state, "Kế hoạch").visibility).toBe("visible");
      const snap = await s.port.read();
      expect(snap.sheets.map((g) => g.visibility ?? "visible")).toEqual(["visible", "veryHidden", "visible"]);
      expect(snap.structureProtected ?? false).toBe(false);

      await s.port.apply([{ sheet: "Kiểm tra", replace: true, cells: [{ address: "A1", value: "mới" }], freeze: { rows: 1, cols: 2 } }]);
      await s.port.apply([{ sheet: "Dữ liệu", replace: true, cells: [{ address: "A1", value: "pressdx-store" }] }]);
      state = await s.inspect();
      expect(sheetOf(state, "Kiểm tra")).toMatchObject({ autoFilter: null, frozen: { rows: 1, cols: 2 } });
      expect(sheetOf(state, "Dữ liệu").visibility).toBe("veryHidden");
      await s.port.apply([{ sheet: "Dữ liệu", cells: [], visibility: "visible" }]);
      expect(sheetOf(await s.inspect(), "Dữ liệu").visibility).toBe("visible");
    });

    it("clears a range whole, takes notes off cells, and reads the notes it can", async () => {
      const s = await harness.make([PLAN]);
      await s.port.apply([
        {
          sheet: "Kế hoạch",
          cells: [
            { address: "A8", value: "bảng", style: { fill: "C6EFCE", numberFormat: "0%" } },
            { address: "B8", value: 0.5 },
            { address: "A9", value: "gộp" },
          ],
          merges: ["A9:B9"],
          validations: [{ range: "A8:C8", type: "decimal", min: 0, max: 1, allowBlank: true }],
          notes: [{ address: "B8", text: "ghi chú trong bảng" }, { address: "C2", text: "PressDX Planner: ô này" }],
        },
      ]);
      const notes = (await s.port.read()).sheets[0]?.notes;
      // An adapter either reads every note or says nothing of notes (Office without ExcelApi 1.18).
      if (notes !== undefined) expect([...notes].sort((a, b) => a.address.localeCompare(b.address))).toEqual([
        { address: "B8", text: "ghi chú trong bảng" },
        { address: "C2", text: "PressDX Planner: ô này" },
      ]);
      await s.port.apply([{ sheet: "Kế hoạch", cells: [], clear: ["A8:B9"], removeNotes: ["C2"] }]);
      const sheet = sheetOf(await s.inspect(), "Kế hoạch");
      expect(sheet.cells.A8 ?? sheet.cells.B8 ?? sheet.cells.A9).toBeUndefined();
      expect(sheet.cells.C2).toEqual({ value: 12 });
      expect(sheet.fills).toEqual({ B2: "FFFF00" });
      expect(sheet.merges).toEqual([]);
      expect(Object.keys(sheet.validations)).toEqual(["C8"]);
      if (notes !== undefined) expect(sheet.notes).toEqual({});
      if (notes !== undefined) expect((await s.port.read()).sheets[0]?.notes).toEqual([]);
    });

    it("deletes a sheet of its own with the names pointing at it; other sheets and names stay", async () => {
      const s = await harness.make([PLAN], { Other: "'Kế hoạch'!$A$1" });
      await s.port.apply([
        { sheet: "Tổng hợp", createSheet: true, cells: [{ address: "A1", value: "x" }], names: [{ name: "PressDX_Agencies_Sheet", range: "A1" }], notes: [{ address: "A1", text: "n" }] },
        { sheet: "Kiểm tra", createSheet: true, cells: [{ address: "A3", value: "STT" }, { address: "A4", value: 1 }], autoFilter: "A3:A4" },
      ]);
      await s.port.apply([{ sheet: "Tổng hợp", cells: [], deleteSheet: true, removeNames: ["PressDX_Agencies_Sheet"] }]);
      const state = await s.inspect();
      expect(state.sheets.map((x) => x.name)).toEqual(["Kế hoạch", "Kiểm tra"]);
      expect(state.names).toEqual({ Other: "'Kế hoạch'!$A$1" });
      expect(sheetOf(state, "Kiểm tra").autoFilter).toBe("A3:A4");
      const e = await rejection(s.port.apply([{ sheet: "Kiểm tra", cells: [{ address: "A1", value: 1 }], deleteSheet: true }]));
      expect(e).toBeInstanceOf(PatchError);
    });

    it("update() lets a plan decide from what it reads, returns its result, and writes nothing when told nothing", async () => {
      const s = await harness.make([PLAN]);
      const before = await s.inspect();
      const seen = await s.port.update((snap) => ({ patches: [], result: snap.sheets.map((g) => g.sheet) }));
      expect(seen).toEqual(["Kế hoạch"]);
      expect(await s.inspect()).toEqual(before);
      const written = await s.port.update((snap) => ({
        patches: [{ sheet: snap.sheets[0]?.sheet ?? "", cells: [{ address: "F1", value: snap.sheets.length }] }],
        result: "done",
      }));
      expect(written).toBe("done");
      expect(sheetOf(await s.inspect(), "Kế hoạch").cells.F1).toEqual({ value: 1 });
    });
  });
}
