import { consolidateReports } from "../../src/domain/agency/consolidate";
import { parseA1 } from "../../src/sheet/a1";
import {
  AGENCY_FORM_COLUMNS,
  AGENCY_FORM_HEADERS,
  agencyFormFootprint,
  findAgencyTables,
  layoutAgencyForm,
  matchAgencyHeader,
} from "../../src/sheet/agencyForm";
import type { CellValue, Grid, GridCell } from "../../src/sheet/grid";
import type { SheetPatch } from "../../src/sheet/patch";

/** A grid holding what the patch writes (values only), from A1, as an adapter would read it back. */
function gridFromPatch(patch: SheetPatch, edits: Record<string, CellValue> = {}): Grid {
  const rows: Array<Array<GridCell | undefined>> = [];
  const put = (address: string, value: CellValue): void => {
    const { row, col } = parseA1(address);
    const line = (rows[row] ??= []);
    line[col] = { value };
  };
  for (const c of patch.cells) if (c.value !== undefined) put(c.address, c.value);
  for (const [address, value] of Object.entries(edits)) put(address, value);
  return { sheet: patch.sheet, top: 0, left: 0, rows: Array.from(rows, (r) => r ?? []) };
}

/** A grid from a block of rows placed at (top, left). */
function gridAt(sheet: string, top: number, left: number, block: CellValue[][]): Grid {
  return { sheet, top, left, rows: block.map((r) => r.map((value) => (value === null ? undefined : { value }))) };
}

describe("the form's columns", () => {
  it("are AGENCY_FORM.md's headers, in order", () => {
    expect(AGENCY_FORM_COLUMNS.map((c) => c.header)).toEqual([
      "Năm",
      "Cơ quan báo chí",
      "Báo điện tử",
      "Số loại hình báo chí",
      "Đưa nội dung lên nền tảng số",
      "Dùng nền tảng phân tích dữ liệu, AI",
      "Tòa soạn hội tụ",
      "Doanh thu năm gốc (triệu đồng)",
      "Doanh thu năm báo cáo (triệu đồng)",
      "Tổng số lãnh đạo, PV, BTV",
      "Số người được đào tạo CĐS",
      "Cấp độ ATTT",
    ]);
  });

  it.each(AGENCY_FORM_COLUMNS.map((c) => [c.header, c.field] as const))("recognise %p as %p", (header, field) =>
    expect(matchAgencyHeader(header)).toBe(field),
  );

  it.each([
    ["NĂM", "year"],
    ["Năm báo cáo", "year"],
    ["Tên cơ quan báo chí", "agency"],
    ["Ten co quan bao chi", "agency"],
    ["Doanh thu năm gốc", "baseRevenue"],
    ["Doanh thu 2022 (triệu đồng)", "baseRevenue"],
    ["Doanh thu", "revenue"],
    ["Cấp độ ATTT (1-5)", "securityLevel"],
    ["cap do attt", "securityLevel"],
    ["Là báo điện tử (Có/Không)", "electronic"],
    ["So nguoi duoc dao tao CDS", "trained"],
    ["Tổng số  lãnh đạo,PV,BTV", "staff"],
    ["Sử dụng AI", "analyticsAi"],
    ["STT", null],
    ["Ghi chú", null],
    ["Kế hoạch năm 2024", null],
  ] as const)("recognise %p as %p", (header, field) => expect(matchAgencyHeader(header)).toBe(field));
});

describe("layoutAgencyForm", () => {
  it("writes a bold, filled, wrapped header row at the given place", () => {
    const patch = layoutAgencyForm({ sheet: "Báo cáo", top: 2, left: 1 });
    const header = patch.cells.filter((c) => parseA1(c.address).row === 2);
    expect(header.map((c) => c.address)).toEqual(["B3", "C3", "D3", "E3", "F3", "G3", "H3", "I3", "J3", "K3", "L3", "M3"]);
    expect(header.map((c) => c.value)).toEqual(AGENCY_FORM_COLUMNS.map((c) => c.header));
    for (const c of header) expect(c.style).toMatchObject({ font: { bold: true }, wrap: true, fill: expect.any(String) });
    expect(patch.columnWidths).toHaveLength(12);
    expect(patch.columnWidths?.[0]).toEqual({ col: 1, chars: 8 });
  });

  it("lays out twenty blank rows when no agency is named", () => {
    const patch = layoutAgencyForm({ sheet: "BC", top: 0, left: 0 });
    expect(agencyFormFootprint({})).toEqual({ rows: 21, cols: 12 });
    expect(patch.cells).toHaveLength(12 * 21);
    expect(patch.cells.filter((c) => c.value !== undefined)).toHaveLength(12);
    expect(patch.validations?.[0]?.range).toBe("A2:A21");
  });

  it("pre-fills one row per agency and year", () => {
    const patch = layoutAgencyForm({ sheet: "BC", top: 0, left: 0, agencies: ["Báo Thái Bình", "Đài PT-TH"], years: [2024, 2025] });
    const value = (a: string): unknown => patch.cells.find((c) => c.address === a)?.value;
    expect([value("A2"), value("B2"), value("A3"), value("B3"), value("A5"), value("B5")]).toEqual([
      2024, "Báo Thái Bình", 2025, "Báo Thái Bình", 2025, "Đài PT-TH",
    ]);
    expect(value("C2")).toBeUndefined();
    expect(agencyFormFootprint({ agencies: ["a", "b"], years: [2024, 2025] })).toEqual({ rows: 5, cols: 12 });
  });

  it("pre-fills a single year on blank rows", () => {
    const patch = layoutAgencyForm({ sheet: "BC", top: 0, left: 0, years: [2025] });
    expect(patch.cells.find((c) => c.address === "A21")?.value).toBe(2025);
  });

  it("passes createSheet through", () => {
    expect(layoutAgencyForm({ sheet: "BC", top: 0, left: 0, createSheet: true }).createSheet).toBe(true);
    expect(layoutAgencyForm({ sheet: "BC", top: 0, left: 0 }).createSheet).toBeUndefined();
  });

  it("validates every input column natively, with a Vietnamese prompt", () => {
    const patch = layoutAgencyForm({ sheet: "BC", top: 4, left: 2, agencies: ["A", "B", "C"], years: [2023] });
    const byHeader = new Map(
      (patch.validations ?? []).map((v) => [AGENCY_FORM_HEADERS[AGENCY_FORM_COLUMNS[parseA1(v.range.split(":")[0] ?? "").col - 2]?.field ?? "year"], v]),
    );
    expect(byHeader.get("Năm")).toMatchObject({ range: "C6:C8", type: "whole", min: 2023, max: 2030 });
    for (const h of ["Báo điện tử", "Đưa nội dung lên nền tảng số", "Dùng nền tảng phân tích dữ liệu, AI", "Tòa soạn hội tụ"]) {
      expect(byHeader.get(h)).toMatchObject({ type: "list", list: ["Có", "Không"], allowBlank: true });
    }
    for (const h of ["Số loại hình báo chí", "Tổng số lãnh đạo, PV, BTV", "Số người được đào tạo CĐS"]) {
      expect(byHeader.get(h)).toMatchObject({ type: "whole", min: 0 });
      expect(byHeader.get(h)?.max).toBeUndefined();
    }
    for (const h of ["Doanh thu năm gốc (triệu đồng)", "Doanh thu năm báo cáo (triệu đồng)"]) {
      expect(byHeader.get(h)).toMatchObject({ type: "decimal", min: 0 });
    }
    expect(byHeader.get("Cấp độ ATTT")).toMatchObject({ type: "whole", min: 1, max: 5 });
    for (const v of patch.validations ?? []) {
      expect(v.prompt?.message).toMatch(/\S/);
      expect((v.prompt?.title ?? "").length).toBeLessThanOrEqual(32); // Excel's limit
      expect((v.prompt?.message ?? "").length).toBeLessThanOrEqual(255);
    }
  });
});

describe("findAgencyTables", () => {
  it("reads back a laid-out form, filled in, into reports (round trip)", () => {
    const patch = layoutAgencyForm({ sheet: "Báo cáo", top: 3, left: 2, agencies: ["Báo Thái Bình", "Đài PT-TH Thái Bình"], years: [2023] });
    const grid = gridFromPatch(patch, {
      E5: "Có", F5: 3, G5: "Có", H5: "Không", I5: "Có", J5: 10000, K5: 11000, L5: 80, M5: 40, N5: 3,
      E6: "Không", F6: 2, G6: "x", H6: "k", I6: "", J6: 5000, K6: 5100, L6: 120, M6: 60,
      B9: "Ghi chú: số liệu đến 31/12",
    });
    const tables = findAgencyTables(grid, "thai-binh.xlsx");
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t?.range).toBe("C4:N6");
    expect(t?.headerRow).toBe(3);
    expect(t?.columns.year).toEqual({ col: 2, header: "Năm" });
    expect(t?.rows.map((r) => r.source)).toEqual([
      { file: "thai-binh.xlsx", sheet: "Báo cáo", row: 5 },
      { file: "thai-binh.xlsx", sheet: "Báo cáo", row: 6 },
    ]);
    expect(t?.rows[0]?.cells.revenue).toEqual({ address: "K5", header: "Doanh thu năm báo cáo (triệu đồng)", value: 11000 });

    const { reports, findings } = consolidateReports(t?.rows ?? []);
    expect(findings).toEqual([]);
    expect(reports.map(({ sources: _s, ...r }) => r)).toEqual([
      { year: 2023, agency: "Báo Thái Bình", electronic: true, mediaTypes: 3, platforms: true, analyticsAi: false,
        convergedNewsroom: true, baseRevenue: 10000, revenue: 11000, staff: 80, trained: 40, securityLevel: 3 },
      { year: 2023, agency: "Đài PT-TH Thái Bình", electronic: false, mediaTypes: 2, platforms: true, analyticsAi: false,
        convergedNewsroom: null, baseRevenue: 5000, revenue: 5100, staff: 120, trained: 60, securityLevel: null },
    ]);
  });

  it("finds a blank form with its pre-filled rows, which consolidate as no report yet", () => {
    const patch = layoutAgencyForm({ sheet: "BC", top: 0, left: 0, agencies: ["A"], years: [2023, 2024] });
    const [t] = findAgencyTables(gridFromPatch(patch));
    expect(t?.rows).toHaveLength(2);
    const merged = consolidateReports(t?.rows ?? []);
    expect(merged).toMatchObject({ reports: [], findings: [], conflicts: [] });
    // Returned without figures: the tracker lists the agency as not heard from, but no year was reported by anyone.
    expect(merged.tracker).toEqual({ years: [2023, 2024], reportedYears: [], rows: [{ agency: "A", successor: null, states: ["missing", "missing"] }] });
  });

  it("recognises shuffled, unaccented and reworded headers at an offset, ignoring extra columns", () => {
    const grid = gridAt("Sheet1", 10, 3, [
      ["BÁO CÁO SỐ LIỆU NĂM 2025", null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ["STT", "Ten co quan bao chi", "Cap do ATTT (1-5)", "Nam", "Bao dien tu", "Ghi chú", "Doanh thu nam goc", "Doanh thu"],
      [1, "Báo Thái Bình", 3, 2023, "co", "đã xác nhận", 100, 120],
      [2, "Tạp chí Văn nghệ", null, 2023, "khong", null, 50, 40],
      [null, null, null, null, null, null, null, null],
      ["Người lập biểu", null, null, null, null, null, null, null],
    ]);
    const tables = findAgencyTables(grid, "f.xlsx");
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t?.range).toBe("E13:K15");
    expect(Object.keys(t?.columns ?? {}).sort()).toEqual(
      ["agency", "baseRevenue", "electronic", "revenue", "securityLevel", "year"].sort(),
    );
    expect(t?.columns.securityLevel).toEqual({ col: 5, header: "Cap do ATTT (1-5)" });
    expect(t?.rows[0]?.cells.year).toEqual({ address: "G14", header: "Nam", value: 2023 });
    const { reports, findings } = consolidateReports(t?.rows ?? []);
    expect(findings).toEqual([]);
    expect(reports.map((r) => [r.agency, r.electronic, r.securityLevel, r.baseRevenue, r.revenue, r.platforms])).toEqual([
      ["Báo Thái Bình", true, 3, 100, 120, null],
      ["Tạp chí Văn nghệ", false, null, 50, 40, null],
    ]);
  });

  it("reads two forms one above the other, and stops each at its blank row", () => {
    const header = ["Năm", "Cơ quan báo chí", "Báo điện tử", "Cấp độ ATTT"];
    const grid = gridAt("BC", 0, 0, [
      header,
      [2023, "A", "Có", 3],
      [null, null, null, null],
      header,
      [2024, "A", "Có", 4],
      [2024, "B", "Không", null],
    ]);
    const tables = findAgencyTables(grid);
    expect(tables.map((t) => [t.range, t.rows.length])).toEqual([
      ["A1:D2", 1],
      ["A4:D6", 2],
    ]);
  });

  it("ignores tables that are not the form", () => {
    const grid = gridAt("KH", 0, 0, [
      ["STT", "Chỉ tiêu", "Đơn vị đo lường", "Kế hoạch năm 2023", "Kế hoạch năm 2024"],
      [1, "Cơ quan báo chí đưa nội dung lên các nền tảng số", "%", 0.8, 0.9],
    ]);
    expect(findAgencyTables(grid)).toEqual([]);
    // Năm and the name alone are not enough.
    expect(findAgencyTables(gridAt("X", 0, 0, [["Năm", "Cơ quan báo chí", "Ghi chú"], [2024, "A", ""]]))).toEqual([]);
  });

  it("keeps the first of two columns with the same meaning", () => {
    const grid = gridAt("BC", 0, 0, [
      ["Năm", "Cơ quan báo chí", "Doanh thu 2022", "Doanh thu năm gốc", "Doanh thu"],
      [2024, "A", 1, 2, 3],
    ]);
    expect(findAgencyTables(grid)[0]?.columns.baseRevenue).toEqual({ col: 2, header: "Doanh thu 2022" });
  });
});
