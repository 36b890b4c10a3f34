/**
 * The report form an agency fills alone: its layout, its protection, and reading it back once filled — the blank
 * form (agency and year typed once at the top) and the form handed to one agency (names fixed).
 */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import { consolidateReports } from "../../src/domain/agency/consolidate";
import { findAgencyTables } from "../../src/sheet/agencyForm";
import { AGENCY_LABEL, layoutReportForm, PROVINCE_LABEL, REPORT_FORM_TITLE, reportFormFootprint, YEAR_LABEL } from "../../src/sheet/layout/reportForm";
import { insertAgencyForm } from "../../src/usecases/insertAgencyForm";

const FIGURES = ["Có", 2, "Có", "Có", "Không", 18500, 20000, 80, 40, 3] as const;
const FIGURE_COLS = "CDEFGHIJKL";

/** Types the figures into row `row` (1-based) as an agency would. */
function typeFigures(wb: MemoryWorkbook, sheet: string, row: number): void {
  FIGURES.forEach((v, i) => wb.setCell(sheet, `${FIGURE_COLS[i]}${row}`, v));
}

describe("the report form's layout", () => {
  it("has a title, one line of instructions, province, agency and year cells, then the header, an example row and inputs", () => {
    const p = layoutReportForm({ sheet: "Báo cáo", top: 0, left: 0, years: [2026], createSheet: true, protect: true });
    const at = (a: string): unknown => p.cells.find((c) => c.address === a)?.value;
    expect([at("A1"), at("B3"), at("E3"), at("I3"), at("J3")]).toEqual([`${REPORT_FORM_TITLE} NĂM 2026`, PROVINCE_LABEL, AGENCY_LABEL, YEAR_LABEL, 2026]);
    expect(String(at("A2"))).toMatch(/^Điền số liệu vào các ô trắng/);
    expect(at("A5")).toBe("Năm");
    expect([at("A6"), at("B6")]).toEqual(["Ví dụ", "Báo Minh Sơn (dòng ví dụ, không tổng hợp)"]);
    expect(p.protect).toBe(true);
    expect(p.merges).toEqual(["A1:L1", "A2:L2", "C3:D3", "F3:H3"]);
    expect(reportFormFootprint({ years: [2026] })).toEqual({ rows: 4 + 1 + 1 + 20, cols: 12 });
  });

  it("locks the header, labels and example; leaves the inputs unlocked; fixes a handed-out agency's name and year", () => {
    const blank = layoutReportForm({ sheet: "Báo cáo", top: 0, left: 0, protect: true, createSheet: true });
    const style = (p: typeof blank, a: string) => p.cells.find((c) => c.address === a)?.style;
    for (const a of ["A1", "B3", "A5", "L5", "A6", "L6"]) expect(style(blank, a)?.locked).toBeUndefined();
    for (const a of ["C3", "F3", "J3", "A7", "B7", "L7", "A26", "L26"]) expect(style(blank, a)?.locked).toBe(false);
    const handed = layoutReportForm({ sheet: "Báo cáo", top: 0, left: 0, agencies: ["Báo Hưng Yên"], years: [2026], province: "Hưng Yên", protect: true, createSheet: true });
    for (const a of ["C3", "F3", "J3", "A7", "B7"]) expect(style(handed, a)?.locked).toBeUndefined();
    for (const a of ["C7", "L7"]) expect(style(handed, a)?.locked).toBe(false);
    expect(handed.cells.find((c) => c.address === "F3")?.value).toBe("Báo Hưng Yên");
    expect(handed.cells.find((c) => c.address === "C3")?.value).toBe("Hưng Yên");
  });
});

describe("reading the form back once filled", () => {
  it("reads a blank form where the agency wrote its name and year once, at the top, and not the example row", async () => {
    const wb = new MemoryWorkbook();
    const r = await insertAgencyForm(wb, { sheet: "Báo cáo cơ quan", newSheet: true });
    expect(r).toEqual({ ok: true, value: { sheet: "Báo cáo cơ quan", range: "A1:L26", protected: true } });
    wb.setCell("Báo cáo cơ quan", "C3", "Hưng Yên");
    wb.setCell("Báo cáo cơ quan", "F3", "Báo Hưng Yên");
    wb.setCell("Báo cáo cơ quan", "J3", 2026);
    typeFigures(wb, "Báo cáo cơ quan", 7);
    const [table] = findAgencyTables((await wb.read()).sheets[0]!, "bao-hung-yen.xlsx");
    expect(table?.province).toEqual({ name: "Hưng Yên", address: "C3", from: "label" });
    const merged = consolidateReports(table?.rows ?? []);
    expect(merged.findings).toEqual([]);
    expect(merged.reports).toEqual([
      expect.objectContaining({ agency: "Báo Hưng Yên", year: 2026, revenue: 20000, trained: 40, sources: [{ file: "bao-hung-yen.xlsx", sheet: "Báo cáo cơ quan", row: 7 }] }),
    ]);
  });

  it("reads nothing from a form not filled in, and the example row never", async () => {
    const wb = new MemoryWorkbook();
    await insertAgencyForm(wb, { sheet: "Báo cáo cơ quan", newSheet: true, years: [2026] });
    const [table] = findAgencyTables((await wb.read()).sheets[0]!);
    expect(consolidateReports(table?.rows ?? [])).toMatchObject({ reports: [], findings: [] });
  });

  it("reads a form handed to one agency, filled and saved as a file, its sheet protected", async () => {
    const book = XlsxFile.create();
    const r = await insertAgencyForm(book, { sheet: "Báo cáo", agencies: ["Báo Hưng Yên"], years: [2026], province: "Hưng Yên" });
    expect(r.ok && r.value.protected).toBe(true);
    // The agency types its figures into the unlocked cells (Excel would let nothing else in).
    const snap = await book.read();
    expect(snap.sheets[0]?.protected).toBe(true);
    const filled = new MemoryWorkbook(snap.sheets);
    typeFigures(filled, "Báo cáo", 7);
    const [table] = findAgencyTables((await filled.read()).sheets[0]!, "bao-hung-yen.xlsx");
    expect(consolidateReports(table?.rows ?? []).reports.map((x) => `${x.agency} ${x.year} ${x.staff}`)).toEqual(["Báo Hưng Yên 2026 80"]);
  });
});
