/**
 * The proof that what `insert` and `validate --out` write opens in a real spreadsheet engine with every
 * figure and formula intact: LibreOffice recomputes the files and we compare cell by cell.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { readValues, recalcWithLibreOffice, type SavedCell } from "../support/libreoffice";
import { pressdx, tempDir } from "./capture";

const EXAMPLE_PLAN = path.resolve(__dirname, "../../examples/ke-hoach-mau.xlsx");

function expectSameCells(before: Map<string, SavedCell>, after: Map<string, SavedCell>, sheets: readonly string[]): void {
  let compared = 0;
  for (const [key, cell] of before) {
    if (!sheets.some((s) => key.startsWith(`${s}!`))) continue;
    const back = after.get(key);
    if (typeof cell.value === "number") expect([key, back?.value]).toEqual([key, expect.closeTo(cell.value, 12)]);
    else expect([key, back?.value ?? null]).toEqual([key, cell.value]);
    if (cell.numberFormat?.includes("%")) expect([key, back?.numberFormat]).toEqual([key, expect.stringContaining("%")]);
    if (cell.formula) expect([key, back?.formula]).toEqual([key, expect.any(String)]);
    compared++;
  }
  expect(compared).toBeGreaterThan(20);
}

describe("a real spreadsheet engine opens what pressdx writes", () => {
  it("keeps every figure of inserted tables and of a reviewed plan, and recomputes its formulas", async () => {
    const dir = tempDir();
    const inserted = path.join(dir, "inserted.xlsx");
    expect((await pressdx("insert", inserted, "--preset", "thai-binh")).code).toBe(0);

    // A plan with formulas of its own: the review copy must keep them computing.
    const plan = path.join(dir, "plan-with-formulas.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE_PLAN);
    const ws = wb.getWorksheet("Phụ lục");
    if (!ws) throw new Error("no sheet");
    ws.getCell("J8").value = { formula: "C8*C4", result: 1 };
    ws.getCell("J9").value = { formula: "SUM(C18:G18)", result: 5 };
    await wb.xlsx.writeFile(plan);
    const reviewed = path.join(dir, "reviewed.xlsx");
    expect((await pressdx("validate", plan, "--out", reviewed)).code).toBe(1);

    const converted = await recalcWithLibreOffice([inserted, reviewed]);
    const insertedBack = await readValues(converted.get(inserted) ?? "");
    expectSameCells(await readValues(inserted), insertedBack, ["Phụ lục"]);
    expect(insertedBack.get("Phụ lục!C6")?.value).toBeCloseTo(2 / 3, 12);
    expect(insertedBack.get("Phụ lục!E9")?.value).toBe("33% cơ quan báo chí tăng doanh thu 20%");

    const reviewedBack = await readValues(converted.get(reviewed) ?? "");
    expectSameCells(await readValues(plan), reviewedBack, ["Phụ lục"]);
    // LibreOffice computed the plan's own formulas from the figures.
    expect(reviewedBack.get("Phụ lục!J8")?.value).toBeCloseTo(1, 12);
    expect(reviewedBack.get("Phụ lục!J9")?.value).toBeCloseTo(5, 12);
    // The review sheet's links are live HYPERLINK formulas showing the cell address.
    const link = reviewedBack.get("Kiểm tra!E5");
    expect(link?.formula).toMatch(/^HYPERLINK\("#/i);
    expect(typeof link?.value).toBe("string");
  });
});

describe("a real spreadsheet engine recomputes what pressdx writes into a user's workbook", () => {
  const CORPUS = path.resolve(__dirname, "../fixtures/xlsx-corpus");
  interface AttainCell {
    readonly sheet: string;
    readonly cell: string;
    readonly value: number | string | null;
  }

  // Files of every producer, holding charts, images, pivots, protection and names: the package writer edits only
  // the plan sheet, and LibreOffice must open the copy and compute the attainment formulas to pressdx's own figures.
  it("computes every attainment cell to pressdx's own figure, and keeps the user's formula computing", async () => {
    const dir = tempDir();
    const producers = ["excel-keep", "openpyxl-keep", "wps-keep", "libreoffice-keep", "google-keep"];
    const runs = await Promise.all(
      producers.map(async (name) => {
        const out = path.join(dir, `${name}.attain.xlsx`);
        const r = await pressdx("attain", path.join(CORPUS, `${name}.xlsx`), "-o", out, "--json");
        expect([name, r.code, r.stderr]).toEqual([name, 0, ""]);
        return { name, out, cells: (JSON.parse(r.stdout) as { cells: AttainCell[] }).cells };
      }),
    );
    const converted = await recalcWithLibreOffice(runs.map((r) => r.out));
    for (const run of runs) {
      const back = await readValues(converted.get(run.out) ?? "");
      const numbers = run.cells.filter((c) => typeof c.value === "number");
      expect([run.name, numbers.length > 5]).toEqual([run.name, true]);
      for (const c of run.cells) {
        const got = back.get(`${c.sheet}!${c.cell}`)?.value ?? null;
        if (typeof c.value === "number") expect([run.name, c.cell, got]).toEqual([run.name, c.cell, expect.closeTo(c.value, 9)]);
        else expect([run.name, c.cell, got ?? ""]).toEqual([run.name, c.cell, c.value ?? ""]);
      }
      // The user's own formula (C14 of the plan sheet) still computes in the copy.
      expect([run.name, typeof back.get("Phụ lục!C14")?.value]).toEqual([run.name, "number"]);
    }
  }, 180_000);
});
