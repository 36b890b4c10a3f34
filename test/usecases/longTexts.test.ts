/**
 * Texts longer than Excel's 32,767 characters: a workbook holding one gets a finding naming the sheet, the cell and
 * the length; and nothing the tool writes is ever that long (a label or an agency name copied into a review sheet,
 * a merged table or a pre-filled form is cut with an ellipsis), so Excel never has to "repair" a file we wrote.
 */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { AGENCY_FIELDS } from "../../src/domain/agency/report";
import { renderMessage } from "../../src/domain/messages";
import { PRESETS } from "../../src/domain/presets";
import { a1 } from "../../src/sheet/a1";
import { AGENCY_FORM_HEADERS } from "../../src/sheet/agencyForm";
import { fitCellText, MAX_CELL_TEXT } from "../../src/sheet/cellLimits";
import { MAX_ROW_HEIGHT } from "../../src/sheet/layout/rowHeight";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";
import { consolidateAgencies } from "../../src/usecases/consolidateAgencies";
import { insertAgencyForm } from "../../src/usecases/insertAgencyForm";
import { insertAppendix } from "../../src/usecases/insertAppendix";
import { validateWorkbook } from "../../src/usecases/validateWorkbook";
import { writeConsolidation } from "../../src/usecases/writeConsolidation";

const HUGE = "x".repeat(40_000);

/** A plan (the national tables on "Phụ lục", first figure cell C6) and a notes sheet. */
async function plan(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook([{ name: "Ghi chú", cells: { A1: { value: "Ghi chú của người lập" } } }]);
  const inserted = await insertAppendix(wb, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Phụ lục" });
  expect(inserted).toMatchObject({ ok: true, value: { range: "A1:F12" } });
  return wb;
}

/** Every text of a sheet of the memory workbook, by address. */
function texts(wb: MemoryWorkbook, sheet: string): string[] {
  const out: string[] = [];
  for (let r = 0; r < 60; r++) for (let c = 0; c < 20; c++) {
    const v = wb.cell(sheet, a1(r, c))?.value;
    if (typeof v === "string") out.push(v);
  }
  return out;
}

function rowHeights(wb: MemoryWorkbook, sheet: string): number[] {
  return Array.from({ length: 60 }, (_, r) => wb.rowHeight(sheet, r) ?? 0);
}

describe("a text longer than Excel keeps in a cell", () => {
  it("is an error in a target table and a warning anywhere else, naming the sheet, the cell and the length", async () => {
    const wb = await plan();
    wb.setCell("Phụ lục", "C6", HUGE);
    wb.setCell("Ghi chú", "A3", "y".repeat(MAX_CELL_TEXT + 1));
    wb.setCell("Ghi chú", "A4", "z".repeat(MAX_CELL_TEXT)); // exactly the limit: Excel keeps it
    const report = await validateWorkbook(wb);
    const long = report.findings.filter((f) => f.code.endsWith("text_too_long"));
    expect(long).toMatchObject([
      { code: "cell.text_too_long", severity: "warning", sheet: "Ghi chú", cell: "A3", value: null, operands: { length: 32_768, limit: 32_767 } },
      { code: "table.text_too_long", severity: "error", sheet: "Phụ lục", cell: "C6", value: null, operands: { length: 40_000, limit: 32_767 } },
    ]);
    expect(renderMessage(long[1]!, "en")).toBe(
      "Cell C6 of sheet “Phụ lục” lies in a target table and holds 40,000 characters, more than the 32,767 Excel keeps in a cell: Excel reports the file as damaged when opening it and cuts this text, so the table is no longer what was checked; shorten the cell's text.",
    );
    // The figure itself is still judged as any unreadable figure is.
    expect(report.findings.find((f) => f.cell === "C6" && f.code === "figure.not_a_number")).toBeDefined();
  });

  it("is reported for the selected tables only when the check is scoped to a selection", async () => {
    const wb = await plan();
    wb.setCell("Phụ lục", "C6", HUGE);
    wb.setCell("Ghi chú", "A3", HUGE);
    const report = await validateWorkbook(wb, { scope: { sheet: "Phụ lục", range: "C6" } });
    expect(report.findings.filter((f) => f.code.endsWith("text_too_long")).map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Phụ lục!C6"]);
  });

  it("is reported in a workbook with no target table too", async () => {
    const wb = new MemoryWorkbook([{ name: "Tờ trình", cells: { A1: { value: HUGE } } }]);
    const report = await validateWorkbook(wb);
    expect(report.findings.map((f) => f.code)).toEqual(["workbook.no_target_table", "cell.text_too_long"]);
  });
});

describe("texts the tool writes", () => {
  it("are cut to 32,766 characters and an ellipsis, never splitting a character", () => {
    expect(fitCellText("ngắn")).toBe("ngắn");
    expect(fitCellText("x".repeat(MAX_CELL_TEXT))).toHaveLength(MAX_CELL_TEXT);
    const cut = fitCellText(HUGE);
    expect(cut).toHaveLength(MAX_CELL_TEXT);
    expect(cut.endsWith("x…")).toBe(true);
    // An emoji (two code units) across the cut is left out whole.
    const emoji = fitCellText(`${"x".repeat(MAX_CELL_TEXT - 2)}📰${HUGE}`);
    expect(emoji).toBe(`${"x".repeat(MAX_CELL_TEXT - 2)}…`);
  });

  it("fit the review sheet of a plan whose cell is too long, which is written rather than refused", async () => {
    const wb = await plan();
    wb.setCell("Phụ lục", "C6", HUGE);
    const checked = await checkWorkbook(wb, { highlight: true, review: { file: "ke-hoach.xlsx", checkedAt: "22/11/2026 16:30" } });
    expect(checked).toMatchObject({ ok: true, value: { reviewSheet: "Kiểm tra" } });
    const written = texts(wb, "Kiểm tra");
    expect(Math.max(...written.map((t) => t.length))).toBe(MAX_CELL_TEXT);
    expect(written.filter((t) => t.length === MAX_CELL_TEXT).every((t) => t.endsWith("…"))).toBe(true);
    expect(Math.max(...rowHeights(wb, "Kiểm tra"))).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    // The user's own cell is the user's: the tool does not cut it.
    expect(wb.cell("Phụ lục", "C6")?.value).toBe(HUGE);
  });

  it("fit the merged table and its review sheet when an agency name or the list of files is too long", async () => {
    const name = `Báo ${HUGE}`;
    const cells: Record<string, { value: string | number }> = {};
    AGENCY_FIELDS.forEach((f, c) => (cells[a1(0, c)] = { value: AGENCY_FORM_HEADERS[f] }));
    cells["A2"] = { value: 2024 };
    cells["B2"] = { value: name };
    cells["C2"] = { value: "có lẽ" }; // a finding, so the name is copied into the review sheet too
    const file = `${"bao-cao-".repeat(5000)}.xlsx`;
    const consolidation = await consolidateAgencies([{ file, port: new MemoryWorkbook([{ name: "Báo cáo", cells }]) }]);
    expect(consolidation.reports.map((r) => r.agency)).toEqual([name]);
    const out = new MemoryWorkbook();
    const wrote = await writeConsolidation(out, consolidation, { checkedAt: "22/11/2026 16:30" });
    expect(wrote.ok).toBe(true);
    for (const sheet of ["Tổng hợp báo cáo", "Kiểm tra báo cáo"]) {
      const written = texts(out, sheet);
      expect(written.some((t) => t.length === MAX_CELL_TEXT && t.endsWith("…"))).toBe(true);
      expect(written.every((t) => t.length <= MAX_CELL_TEXT)).toBe(true);
      expect(Math.max(...rowHeights(out, sheet))).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    }
  });

  it("fit a report form pre-filled with an agency name too long for a cell", async () => {
    const wb = new MemoryWorkbook();
    const r = await insertAgencyForm(wb, { sheet: "Báo cáo cơ quan", agencies: [HUGE], years: [2024] });
    expect(r.ok).toBe(true);
    // In the agency cell above the table and in the row, both cut to what Excel keeps.
    expect(texts(wb, "Báo cáo cơ quan").filter((t) => t.startsWith("xxx")).map((t) => t.length)).toEqual([MAX_CELL_TEXT, MAX_CELL_TEXT]);
  });
});
