import { MemoryWorkbook, type MemorySheetInput } from "../../src/adapters/memory";
import type { RawValue } from "../../src/domain/appendix";
import { AGENCY_FIELDS, type AgencyField } from "../../src/domain/agency/report";
import { a1, parseA1 } from "../../src/sheet/a1";
import { cellAt, cellText } from "../../src/sheet/grid";
import { AGENCY_FORM_HEADERS, findAgencyTables } from "../../src/sheet/agencyForm";
import { layoutMergedTable, MERGED_TABLE_NAME, PROVENANCE_HEADER } from "../../src/sheet/layout/mergedTable";
import { patchCells } from "../../src/sheet/patchCells";
import { layoutReviewSheet } from "../../src/sheet/layout/reviewSheet";
import { consolidateAgencies, type ConsolidationSource } from "../../src/usecases/consolidateAgencies";
import { CONSOLIDATION_REVIEW_SHEET, consolidateWorkbook, writeConsolidation } from "../../src/usecases/writeConsolidation";

type Row = Partial<Record<AgencyField, RawValue>>;

const full = (over: Row): Row => ({
  year: 2023,
  agency: "Báo Minh Sơn",
  electronic: "Có",
  mediaTypes: 2,
  platforms: "Có",
  analyticsAi: "Không",
  convergedNewsroom: "Có",
  baseRevenue: 18500,
  revenue: 19200,
  staff: 86,
  trained: 30,
  securityLevel: 3,
  ...over,
});

/** A sheet holding one agency form with its header on row 3 (a title above), columns A..L. */
function formSheet(name: string, rows: readonly Row[]): MemorySheetInput {
  const cells: Record<string, { value: RawValue }> = { A1: { value: "BÁO CÁO SỐ LIỆU" } };
  AGENCY_FIELDS.forEach((f, c) => (cells[a1(2, c)] = { value: AGENCY_FORM_HEADERS[f] }));
  rows.forEach((r, k) =>
    AGENCY_FIELDS.forEach((f, c) => {
      const v = r[f];
      if (v !== undefined && v !== null) cells[a1(3 + k, c)] = { value: v };
    }),
  );
  return { name, cells };
}

const book = (...sheets: MemorySheetInput[]): MemoryWorkbook => new MemoryWorkbook(sheets);

function sources(): ConsolidationSource[] {
  return [
    {
      file: "bao.xlsx",
      port: book(
        formSheet("Báo cáo", [full({ year: 2023 }), full({ year: 2024, revenue: 21000 }), full({ year: 2025 })]),
        formSheet("Bổ sung", [full({ year: 2024, revenue: 21350 })]),
      ),
    },
    {
      file: "dai.xlsx",
      port: book(
        formSheet("Báo cáo", [
          full({ agency: "Đài PT-TH Minh Sơn", year: 2023, mediaTypes: 3 }),
          full({ agency: "Đài PT-TH Minh Sơn", year: 2025, mediaTypes: 3 }),
        ]),
        formSheet("Cũ", [full({ agency: "dai pt-th minh son", year: 2023, mediaTypes: 3 })]),
      ),
    },
  ];
}

describe("consolidateAgencies", () => {
  it("merges every table of every sheet of every file, with findings ordered by file then sheet", async () => {
    const r = await consolidateAgencies(sources());
    expect(r.reports).toHaveLength(5);
    expect(r.sources).toEqual([
      { file: "bao.xlsx", sheets: 2, tables: 2, rows: 4 },
      { file: "dai.xlsx", sheets: 2, tables: 2, rows: 3 },
    ]);
    expect(r.findings.map((f) => [f.file, f.sheet, f.code])).toEqual([
      ["bao.xlsx", "Bổ sung", "report.conflict"],
      ["dai.xlsx", "Báo cáo", "report.missing_year"],
      ["dai.xlsx", "Cũ", "report.duplicate"],
    ]);
    const dai2023 = r.reports.find((x) => x.agency === "Đài PT-TH Minh Sơn" && x.year === 2023);
    expect(dai2023?.sources).toEqual([
      { file: "dai.xlsx", sheet: "Báo cáo", row: 4 },
      { file: "dai.xlsx", sheet: "Cũ", row: 4 },
    ]);
    // The first report of a conflicting pair wins.
    expect(r.reports.find((x) => x.agency === "Báo Minh Sơn" && x.year === 2024)?.revenue).toBe(21000);
  });

  it("reports an unreadable file and still merges the others", async () => {
    const r = await consolidateAgencies([{ file: "hong.xlsx", error: "tệp bị hỏng" }, ...sources()]);
    expect(r.reports).toHaveLength(5);
    expect(r.sources[0]).toEqual({ file: "hong.xlsx", error: "tệp bị hỏng" });
    expect(r.findings[0]).toMatchObject({
      code: "source.unreadable",
      severity: "error",
      file: "hong.xlsx",
      sheet: "",
      cell: "",
      operands: { reason: "tệp bị hỏng" },
    });
  });

  it("notes a workbook without any agency table, as info, and skips it", async () => {
    const plan = book({ name: "Phụ lục", cells: { A1: { value: "PHỤ LỤC" }, B3: { value: "Kế hoạch năm 2024" } } });
    const r = await consolidateAgencies([...sources(), { file: "ke-hoach.xlsx", port: plan }]);
    expect(r.sources[2]).toEqual({ file: "ke-hoach.xlsx", sheets: 1, tables: 0, rows: 0 });
    expect(r.findings.filter((f) => f.code === "source.not_a_report")).toEqual([
      expect.objectContaining({ file: "ke-hoach.xlsx", severity: "info", sheet: "", cell: "" }),
    ]);
  });

  it("counts only rows with figures: a pre-filled name and year is not a report", async () => {
    const r = await consolidateAgencies([
      { file: "a.xlsx", port: book(formSheet("S", [full({}), { year: 2024, agency: "Báo Minh Sơn" }])) },
    ]);
    expect(r.sources).toEqual([{ file: "a.xlsx", sheets: 1, tables: 1, rows: 1 }]);
    expect(r.reports).toHaveLength(1);
  });
});

describe("layoutMergedTable", () => {
  it("writes one normalised row per agency-year, sorted by year then agency, with every source", async () => {
    const r = await consolidateAgencies([
      {
        file: "x.xlsx",
        port: book(
          formSheet("S", [
            full({ agency: "Tạp chí Văn nghệ", year: 2024, platforms: "x", revenue: "1.500", electronic: null, securityLevel: null }),
            full({ agency: "Đài PT-TH", year: 2023 }),
            full({ agency: "Báo Minh Sơn", year: 2024, analyticsAi: null }),
            full({ agency: "Đài PT-TH", year: 2023 }),
          ]),
        ),
      },
    ]);
    const patch = layoutMergedTable({ sheet: "Tổng hợp báo cáo", reports: r.reports });
    const cells = patchCells(patch);
    const at = (address: string): unknown => cells.find((c) => c.address === address)?.value;
    expect([at("A4"), at("B4"), at("M4")]).toEqual(["Năm", "Cơ quan báo chí", PROVENANCE_HEADER]);
    expect([at("B5"), at("B6"), at("B7")]).toEqual(["Đài PT-TH", "Báo Minh Sơn", "Tạp chí Văn nghệ"]);
    expect(at("M5")).toBe("x.xlsx › S › dòng 5; x.xlsx › S › dòng 7");
    // Tạp chí: "x" → Có, "1.500" → 1500, blank electronic → Không, blank level stays blank (style only).
    expect([at("E7"), at("I7"), at("C7")]).toEqual(["Có", 1500, "Không"]);
    const blankWithBorder = (address: string): boolean => {
      const c = cells.find((x) => x.address === address);
      return c !== undefined && c.value === null && c.style?.border === true;
    };
    expect(blankWithBorder("L7")).toBe(true);
    // A yes/no left blank stays blank.
    expect(blankWithBorder("F6")).toBe(true);
    expect(patch.names).toEqual([{ name: MERGED_TABLE_NAME, range: "A4:M7" }]);
    expect(cells.find((c) => c.address === "A4")?.style).toMatchObject({ border: true, fill: expect.any(String) });
    expect(patch.columnWidths).toHaveLength(13);
  });
});

describe("writeConsolidation", () => {
  it("adds the merged table and the review sheet, which findAgencyTables reads back to the same reports", async () => {
    const r = await consolidateAgencies(sources());
    const target = book({ name: "Tổng hợp báo cáo", cells: { A1: { value: "đã có" } } });
    const wrote = await writeConsolidation(target, r, { checkedAt: "2025-01-20 09:00" });
    if (!wrote.ok) throw new Error(wrote.error.code);
    const written = wrote.value;
    expect(written).toEqual({ mergedSheet: "Tổng hợp báo cáo (2)", reviewSheet: CONSOLIDATION_REVIEW_SHEET, tableName: MERGED_TABLE_NAME });
    expect(target.cell("Tổng hợp báo cáo", "A1")?.value).toBe("đã có");
    expect(target.names()[MERGED_TABLE_NAME]).toBe("'Tổng hợp báo cáo (2)'!$A$4:$M$9");

    const snapshot = await target.read();
    const grid = snapshot.sheets.find((g) => g.sheet === written.mergedSheet);
    const tables = findAgencyTables(grid!, "merged.xlsx");
    expect(tables).toHaveLength(1);
    const again = await consolidateAgencies([{ file: "merged.xlsx", port: target }]);
    const strip = (xs: typeof r.reports) =>
      xs.map(({ sources: _s, ...rest }) => rest).sort((a, b) => a.year - b.year || a.agency.localeCompare(b.agency));
    expect(strip(again.reports)).toEqual(strip(r.reports));

    // Findings point into the source files: no links, and a "Tệp" column.
    expect(target.cell(written.reviewSheet, "C4")?.value).toBe("Tệp");
    expect(target.cell(written.reviewSheet, "C5")?.value).toBe("bao.xlsx");
    for (let row = 5; row <= 7; row++) expect(target.linkAt(written.reviewSheet, `E${row}`)).toBeUndefined();
  });
});

describe("the review sheet", () => {
  const f = {
    code: "report.conflict" as const,
    severity: "error" as const,
    sheet: "Báo cáo",
    cell: "I6",
    indicator: null,
    year: 2024,
    value: 21350,
    file: "bao.xlsx",
    agency: "Báo Minh Sơn",
  };
  const base = { sheet: "Kiểm tra", file: "bao.xlsx", findings: [f], summary: { errors: 1, warnings: 0, infos: 0 }, checkedAt: "x" };

  it("links every finding's cell by default (validation)", () => {
    const p = layoutReviewSheet(base);
    expect(p.cells.find((c) => c.address === "E5")?.link).toEqual({ sheet: "Báo cáo", cell: "I6" });
    expect(p.cells.find((c) => c.address === "D4")?.value).toBe("Trang tính");
  });

  it("in a consolidation, names the file and the agency and links only what `linkable` allows", () => {
    const p = layoutReviewSheet({ ...base, variant: "consolidation" });
    const headers = p.cells.filter((c) => /^[A-Z]4$/.test(c.address)).map((c) => c.value);
    expect(headers).toEqual(["STT", "Mức độ", "Tệp", "Trang tính", "Ô", "Cơ quan báo chí", "Năm", "Chỉ tiêu", "Giá trị", "Quy tắc", "Nội dung", "Mã quy tắc"]);
    expect(p.cells.find((c) => c.address === "E5")).toMatchObject({ value: "I6" });
    expect(p.cells.find((c) => c.address === "E5")?.link).toBeUndefined();
    const linked = layoutReviewSheet({ ...base, variant: "consolidation", linkable: () => true });
    expect(linked.cells.find((c) => c.address === "E5")?.link).toEqual({ sheet: "Báo cáo", cell: "I6" });
  });
});

describe("the pane's path: consolidating this workbook, choices remembered in it", () => {
  it("keeps the first report of a conflict, then the one the user picked in the conflicts table, run after run", async () => {
    const wb = book(
      formSheet("Báo cáo", [full({ year: 2024, revenue: 21000 })]),
      formSheet("Bổ sung", [full({ year: 2024, revenue: 21350 })]),
    );
    const first = await consolidateWorkbook(wb, { file: "Sổ tính này", checkedAt: "" });
    expect(first.ok && first.value.consolidation.conflicts.map((c) => [c.key, c.by, c.kept.sheet])).toEqual([["bao minh son|2024|revenue", "default", "Báo cáo"]]);
    const merged = first.ok ? first.value.mergedSheet : "";
    // The user (or, later, the pane) picks the supplement: the "Giữ số liệu của" cell of the conflicts table.
    const snap = await wb.read();
    const grid = snap.sheets.find((g) => g.sheet === merged);
    // The cell under the table's "Giữ số liệu của" header (the provenance column holds the same text: not that one).
    let kept = "";
    grid?.rows.forEach((line, r) =>
      line.forEach((c, col) => {
        if (c?.value === "Giữ số liệu của") kept = a1((grid?.top ?? 0) + r + 1, (grid?.left ?? 0) + col);
      }),
    );
    expect(grid && cellText(cellAt(grid, parseA1(kept).row, parseA1(kept).col))).toBe("Sổ tính này › Báo cáo › dòng 4");
    await wb.apply([{ sheet: merged, cells: [{ address: kept, value: "Sổ tính này › Bổ sung › dòng 4" }] }]);

    for (let run = 0; run < 2; run++) {
      const again = await consolidateWorkbook(wb, { file: "Sổ tính này", checkedAt: "" });
      expect(again.ok && again.value.consolidation.conflicts.map((c) => [c.by, c.kept.sheet])).toEqual([["choice", "Bổ sung"]]);
      expect(again.ok && again.value.consolidation.reports.map((r) => r.revenue)).toEqual([21350]);
    }
    // Re-running stacks nothing: still one consolidation sheet and one review sheet.
    expect(wb.sheetNames()).toEqual(["Báo cáo", "Bổ sung", merged, CONSOLIDATION_REVIEW_SHEET]);
  });
});
