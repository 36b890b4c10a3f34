/**
 * A layout never narrows a column of a user's sheet (issue 8: "`insert --into` narrows existing columns"). The
 * core sees a sheet's widths in Grid.columnWidths; these tests give them through a memory workbook that reports
 * what its columns are, as every adapter is to.
 */
import { MemoryWorkbook, type MemorySheetInput } from "../../src/adapters/memory";
import { PRESETS } from "../../src/domain/presets";
import type { WorkbookSnapshot } from "../../src/sheet/grid";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";
import { insertAppendix } from "../../src/usecases/insertAppendix";

const COLUMNS = 12;

/** A memory workbook whose reads carry every set column width, and the hidden columns it is told of. */
class WidthsWorkbook extends MemoryWorkbook {
  constructor(
    sheets: readonly MemorySheetInput[],
    private readonly hidden: ReadonlySet<number> = new Set(),
  ) {
    super(sheets);
  }

  override async read(): Promise<WorkbookSnapshot> {
    const s = await super.read();
    return {
      ...s,
      sheets: s.sheets.map((g) => ({
        ...g,
        columnWidths: Array.from({ length: COLUMNS }, (_, col) => ({ col, chars: this.columnWidth(g.sheet, col), hidden: this.hidden.has(col) }))
          .filter((w) => w.chars !== undefined || w.hidden)
          .map((w) => ({ first: w.col, last: w.col, chars: w.chars ?? 0, hidden: w.hidden })),
      })),
    };
  }
}

const widths = (wb: MemoryWorkbook, sheet: string): Array<number | undefined> => Array.from({ length: 8 }, (_, c) => wb.columnWidth(sheet, c));

/** "Phụ lục" with a note in A1 and the user's wide columns A (60), B (80) and C (30). */
async function userSheet(hidden?: ReadonlySet<number>): Promise<WidthsWorkbook> {
  const wb = new WidthsWorkbook([{ name: "Phụ lục", cells: { A1: { value: "Ghi chú của người lập" } } }], hidden);
  await wb.apply([{ sheet: "Phụ lục", cells: [], columnWidths: [{ col: 0, chars: 60 }, { col: 1, chars: 80 }, { col: 2, chars: 30 }] }]);
  return wb;
}

describe("inserting tables into a user's sheet", () => {
  it("keeps the columns the user made wider and widens only those narrower than the tables need", async () => {
    const wb = await userSheet();
    const r = await insertAppendix(wb, { preset: PRESETS.national, periods: ["2023-2025", "2026-2030"], sheet: "Phụ lục" });
    expect(r).toMatchObject({ ok: true, value: { range: "A3:H24", createdSheet: false } });
    // STT (6), label (48) and the first year (13) would have narrowed A, B and C; D..G are years, H the unit.
    expect(widths(wb, "Phụ lục")).toEqual([60, 80, 30, 13, 13, 13, 13, 45]);
  });

  it("reads a run of columns as one width (LibreOffice writes <col min=\"4\" max=\"1025\">)", async () => {
    const wb = new (class extends MemoryWorkbook {
      override async read(): Promise<WorkbookSnapshot> {
        const s = await super.read();
        return { ...s, sheets: s.sheets.map((g) => ({ ...g, columnWidths: [{ first: 3, last: 1024, chars: 20 }], defaultColumnWidth: 50 })) };
      }
    })([{ name: "Phụ lục", cells: { A1: { value: "Ghi chú" } } }]);
    await insertAppendix(wb, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Phụ lục" });
    // A..C are the sheet's default 50 wide; D..E in the 20-wide run; F (the unit, 45) is widened.
    expect(widths(wb, "Phụ lục").slice(0, 6)).toEqual([undefined, undefined, undefined, undefined, undefined, 45]);
  });

  it("leaves a hidden column hidden", async () => {
    const wb = await userSheet(new Set([3]));
    await insertAppendix(wb, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Phụ lục" });
    expect(widths(wb, "Phụ lục")[3]).toBeUndefined();
  });

  it("gives a sheet it creates the tables' own widths", async () => {
    const wb = await userSheet();
    await insertAppendix(wb, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Phụ lục", newSheet: true });
    expect(widths(wb, "Phụ lục (2)")).toEqual([6, 48, 13, 13, 13, 45, undefined, undefined]);
  });

  it("sets the layout's widths as before when the workbook does not say what its widths are", async () => {
    const wb = new MemoryWorkbook([{ name: "Phụ lục", cells: { A1: { value: "Ghi chú" } } }]);
    await wb.apply([{ sheet: "Phụ lục", cells: [], columnWidths: [{ col: 1, chars: 80 }] }]);
    await insertAppendix(wb, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Phụ lục" });
    expect(widths(wb, "Phụ lục").slice(0, 3)).toEqual([6, 48, 13]);
  });
});

describe("a sheet of the tool's own", () => {
  it("gets its layout's widths again when a later run replaces it, whatever they had become", async () => {
    const wb = await userSheet();
    await insertAppendix(wb, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Phụ lục" });
    const review = { file: "ke-hoach.xlsx", checkedAt: "22/11/2026 16:30" };
    await checkWorkbook(wb, { highlight: false, review });
    await wb.apply([{ sheet: "Kiểm tra", cells: [], columnWidths: [{ col: 0, chars: 40 }] }]);
    await checkWorkbook(wb, { highlight: false, review });
    expect(wb.columnWidth("Kiểm tra", 0)).toBe(6);
  });
});
