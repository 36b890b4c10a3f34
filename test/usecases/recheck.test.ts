/**
 * The re-check after the user's edits: narrow only when the edits allow it (cells of known tables on one sheet), and
 * then the same findings as a whole check.
 */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { PRESETS } from "../../src/domain/presets";
import { layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";
import { recheckAfterEdits, recheckScope, type UserEdit } from "../../src/usecases/recheck";

async function twoProvinces(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  for (const sheet of ["Tỉnh A", "Tỉnh B"]) {
    await wb.apply([layoutAppendix({ sheet, preset: PRESETS.national, periods: ["2023-2025", "2026-2030"], top: 2, left: 0, createSheet: true })]);
  }
  await wb.apply([{ sheet: "Tỉnh A", cells: [{ address: "E8", value: 1.5 }] }]);
  return wb;
}

const edit = (sheet: string, address: string, cellsOnly = true): UserEdit => ({ sheet, address, cellsOnly });

describe("which part an edit calls for", () => {
  it("the tables of the edited sheet, from column A and a few rows above, when only cells of its tables were edited", async () => {
    const wb = await twoProvinces();
    const r = await checkWorkbook(wb, { highlight: true });
    if (!r.ok) throw new Error(r.error.code);
    const tables = r.value.report.tables.filter((t) => t.sheet === "Tỉnh B").map((t) => t.range);
    expect(tables).toHaveLength(2);
    const scope = recheckScope(r.value, [edit("Tỉnh B", "D8"), edit("Tỉnh B", "C8:D9")]);
    expect(scope?.sheet).toBe("Tỉnh B");
    const top = Math.min(...tables.map((t) => Number(/^[A-Z]+(\d+)/.exec(t)?.[1])));
    expect(scope?.range).toBe(`A${top - 4}:${/:([A-Z]+\d+)$/.exec(tables[1] ?? "")?.[1]}`);
    // Rows or columns inserted, edits on two sheets, or a cell outside every table: a whole check instead.
    expect(recheckScope(r.value, [edit("Tỉnh B", "D8", false)])).toBeNull();
    expect(recheckScope(r.value, [edit("Tỉnh A", "D8"), edit("Tỉnh B", "D8")])).toBeNull();
    expect(recheckScope(r.value, [edit("Tỉnh B", "Z200")])).toBeNull();
    expect(recheckScope(r.value, [edit("", "D8")])).toBeNull();
    expect(recheckScope(r.value, [])).toBeNull();
  });
});

describe("a re-check after edits", () => {
  it("finds what a whole check finds, and leaves the other sheets' highlights as they were", async () => {
    const wb = await twoProvinces();
    const first = await checkWorkbook(wb, { highlight: true });
    if (!first.ok) throw new Error(first.error.code);
    const rulesA = wb.conditionalFormats("Tỉnh A");
    await wb.apply([{ sheet: "Tỉnh B", cells: [{ address: "D8", value: "4O%" }] }]);
    const again = await recheckAfterEdits(wb, first.value, [edit("Tỉnh B", "D8")], { highlight: true });
    if (!again?.ok) throw new Error("no re-check");
    const whole = await checkWorkbook(wb, { highlight: true });
    if (!whole.ok) throw new Error(whole.error.code);
    const key = (f: { sheet: string; cell: string; code: string }) => `${f.sheet}!${f.cell} ${f.code}`;
    expect(again.value.report.findings.map(key)).toEqual(whole.value.report.findings.map(key));
    expect(again.value.report.tables.map((t) => `${t.sheet}!${t.range}`).sort()).toEqual(whole.value.report.tables.map((t) => `${t.sheet}!${t.range}`).sort());
    expect(again.value.highlighted).toBe(whole.value.highlighted);
    expect(wb.conditionalFormats("Tỉnh A")).toEqual(rulesA);
    expect(wb.conditionalFormats("Tỉnh B").some((r) => r.range === "D8")).toBe(true);
  });

  it("gives way to a whole check when the edits unmade the tables", async () => {
    const wb = await twoProvinces();
    const first = await checkWorkbook(wb, { highlight: true });
    if (!first.ok) throw new Error(first.error.code);
    // The sheet emptied: no table left where they were.
    await wb.apply([{ sheet: "Tỉnh B", cells: [{ address: "A1", value: "trống" }], replace: true }]);
    await expect(recheckAfterEdits(wb, first.value, [edit("Tỉnh B", "A5")], { highlight: true })).resolves.toBeNull();
  });
});
