/**
 * "Remove what was inserted" over the memory adapter: the tool's tables, blocks, sheets and highlights go by its
 * ownership markers, the workbook is left as it was before them, and nothing of the user's goes: a table typed into
 * since, a review sheet written on, a sheet a user's formula refers to are kept and named.
 */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { PRESETS } from "../../src/domain/presets";
import { storeGrid } from "../../src/sheet/store/reviewStore";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";
import { insertAgencyForm } from "../../src/usecases/insertAgencyForm";
import { insertAppendix } from "../../src/usecases/insertAppendix";
import { removeInserted } from "../../src/usecases/removeInserted";
import { writeAttainment } from "../../src/usecases/writeAttainment";
import { report, reportsPatch } from "../support/attainBook";

const REVIEW = { file: "ke-hoach.xlsx", checkedAt: "07/12/2026 06:18" };

/** Where the form went (the report form's size is the layout's, not this test's). */
let formRange = "";

/** A user's workbook with a sheet of their own, the tables inserted on a new sheet, checked with a review sheet. */
async function workedBook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook([{ name: "Ghi chú", cells: { A1: { value: "của tôi" } } }]);
  const ins = await insertAppendix(wb, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Phụ lục", newSheet: true });
  if (!ins.ok) throw new Error(ins.error.code);
  const form = await insertAgencyForm(wb, { sheet: "Ghi chú", at: { row: 5, col: 0 } });
  if (!form.ok) throw new Error(form.error.code);
  formRange = form.value.range;
  await checkWorkbook(wb, { highlight: true, review: REVIEW, record: { at: "07/12/2026 06:18" } });
  return wb;
}

describe("removing what the tool inserted", () => {
  it("says first what would go, writing nothing; then removes tables, form, highlights and review sheet, leaving the user's", async () => {
    const wb = await workedBook();
    wb.setCell("Phụ lục", "C6", 1.5); // a mistake the check colours...
    await checkWorkbook(wb, { highlight: true, review: REVIEW, record: { at: "07/12/2026 06:18" } });
    wb.setCell("Phụ lục", "C6", 0.3); // ...then put back as inserted: the table is as the tool wrote it again
    const before = await wb.read();
    const dry = await removeInserted(wb, { dryRun: true });
    if (!dry.ok) throw new Error(dry.error.code);
    expect(await wb.read()).toEqual(before);
    expect(dry.value.kept).toEqual([]);
    expect(dry.value.removed.map((i) => `${i.kind} ${i.where}`).sort()).toEqual(
      [`form Ghi chú!${formRange}`, "highlights Phụ lục", "sheet Kiểm tra", "sheet Phụ lục", "table Phụ lục!A1:F12"].sort(),
    );

    const done = await removeInserted(wb);
    expect(done).toEqual(dry);
    const store = storeGrid(await wb.read())?.sheet;
    const left = wb.sheetNames().filter((n) => n !== store);
    expect(left).toEqual(["Ghi chú"]);
    expect(wb.cell("Ghi chú", "A1")?.value).toBe("của tôi");
    expect(wb.cell("Ghi chú", "A6")).toBeUndefined();
    expect(wb.validations("Ghi chú").size).toBe(0);
    expect(Object.keys(wb.names())).toEqual([]);
    // The store (decisions, the log) stays: it is the workbook's record.
    expect(wb.visibility("PressDX_Data")).toBe("veryHidden");
    expect(await removeInserted(wb)).toEqual({ ok: false, error: { code: "remove.nothing", operands: {} } });
  });

  it("keeps a table the user has typed into since, and a review sheet the reviewer wrote on", async () => {
    const wb = await workedBook();
    await wb.apply([{ sheet: "Phụ lục", cells: [{ address: "D7", value: 0.55 }] }]);
    await wb.apply([{ sheet: "Kiểm tra", cells: [{ address: "N4", value: "Ý kiến" }, { address: "N5", value: "đồng ý" }] }]);
    const r = await removeInserted(wb);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.kept).toEqual([
      { kind: "table", where: "Phụ lục!A1:F12", keptBecause: "changed" },
      { kind: "sheet", where: "Kiểm tra", keptBecause: "changed" },
    ]);
    expect(wb.cell("Phụ lục", "D7")?.value).toBe(0.55);
    expect(wb.cell("Kiểm tra", "N5")?.value).toBe("đồng ý");
    expect(wb.conditionalFormats("Phụ lục")).toEqual([]);
  });

  it("removes attainment blocks, but keeps a sheet a user's formula refers to", async () => {
    const wb = await workedBook();
    await wb.apply([reportsPatch("Báo cáo", [report("Báo A", 2023), report("Báo B", 2023)])]);
    const attained = await writeAttainment(wb);
    if (!attained.ok) throw new Error(attained.error.code);
    await wb.apply([{ sheet: "Ghi chú", cells: [{ address: "B1", formula: "COUNTA('Kiểm tra'!A:A)", value: 9 }] }]);
    const r = await removeInserted(wb);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.removed.some((i) => i.kind === "attainment")).toBe(true);
    expect(r.value.kept).toEqual([{ kind: "sheet", where: "Kiểm tra", keptBecause: "referenced", by: "Ghi chú!B1" }]);
    expect(Object.keys(wb.names()).filter((n) => n.startsWith("PressDX_Attain_"))).toEqual([]);
    expect(wb.sheetNames()).toContain("Kiểm tra");
    expect(wb.sheetNames()).toContain("Báo cáo");
  });
});

describe("removing what was inserted, in Excel and in a file", () => {
  it("finds an inserted table as it was written, through the Office adapter and through the file adapter", async () => {
    const { createStandIn, installStandIn } = await import("../../src/standin");
    const { OfficeWorkbook } = await import("../../src/adapters/office");
    const { XlsxFile } = await import("../../src/adapters/xlsx/xlsxFile");
    const standin = createStandIn({ apiVersion: "1.18" });
    standin.model.addSheet("Ghi chú", { A1: "của tôi" });
    installStandIn(globalThis, standin);
    const file = XlsxFile.create();
    await file.apply([{ sheet: "Ghi chú", createSheet: true, cells: [{ address: "A1", value: "của tôi" }] }]);
    for (const port of [new OfficeWorkbook({ notes: true }), file]) {
      for (const preset of [PRESETS.national, PRESETS["thai-binh"]]) {
        const ins = await insertAppendix(port, { preset, periods: ["2023-2025", "2026-2030"], sheet: "Phụ lục", newSheet: true });
        if (!ins.ok) throw new Error(ins.error.code);
      }
      const r = await removeInserted(port);
      if (!r.ok) throw new Error(`${r.error.code} ${JSON.stringify(r.error.operands)}`);
      expect(r.value.kept).toEqual([]);
      expect(r.value.removed.filter((i) => i.kind === "sheet").map((i) => i.where)).toEqual(["Phụ lục", "Phụ lục (2)"]);
      expect((await port.read()).sheets.map((g) => g.sheet)).toEqual(["Ghi chú"]);
    }
  });
});
