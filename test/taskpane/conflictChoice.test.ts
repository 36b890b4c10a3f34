/**
 * Conflicts decided in the open, through the pane's services (issue 17, item 3): a figure kept by the user in the
 * pane is stored in the workbook's conflicts table, the next consolidation keeps it without being told again, and
 * `pressdx consolidate --into` that workbook keeps it too. The same between report files the pane reads.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import type { CliContext } from "../../src/cli/context";
import { main } from "../../src/cli/main";
import { AGENCY_FIELDS, type AgencyField } from "../../src/domain/agency/report";
import { a1 } from "../../src/sheet/a1";
import { AGENCY_FORM_HEADERS } from "../../src/sheet/agencyForm";
import { cellAt, cellText, type Grid } from "../../src/sheet/grid";
import { CHOICES_HEADERS } from "../../src/sheet/layout/choicesTable";
import { MERGED_SHEET_NAME } from "../../src/sheet/layout/mergedTable";
import type { WorkbookPort } from "../../src/ports/workbookPort";
import { createServices, type HostBindings } from "../../src/taskpane/compositionRoot";
import type { ConsolidationView } from "../../src/taskpane/services";
import type { CellWrite } from "../../src/sheet/patch";
import { FIELD_FILES, writeFieldReports } from "../support/fieldReports";

const FIGURES: Record<AgencyField, string | number> = {
  year: 2024,
  agency: "Báo Minh Sơn",
  electronic: "Có",
  mediaTypes: 2,
  platforms: "Có",
  analyticsAi: "Không",
  convergedNewsroom: "Có",
  baseRevenue: 18500,
  revenue: 21000,
  staff: 86,
  trained: 30,
  securityLevel: 3,
};

/** A report table with its header on row 1 and one row of figures on row 2 ("dòng 2"). */
function formCells(revenue: number): CellWrite[] {
  return AGENCY_FIELDS.flatMap((f, c) => [
    { address: a1(0, c), value: AGENCY_FORM_HEADERS[f] },
    { address: a1(1, c), value: f === "revenue" ? revenue : FIGURES[f] },
  ]);
}

function bindings(port: WorkbookPort, workbookName: string): HostBindings {
  return {
    port,
    host: { platform: "test", notesSupported: false },
    selection: async () => ({ sheet: "Báo cáo", range: "A1", row: 0, col: 0 }),
    selectCell: async () => undefined,
    loadSetting: async () => undefined,
    saveSetting: async () => undefined,
    onUserEdit: () => () => undefined,
    now: () => new Date(2026, 11, 7, 9, 5),
    workbookName,
  };
}

function value(o: Awaited<ReturnType<ReturnType<typeof createServices>["consolidate"]>>): ConsolidationView {
  if (!o.ok) throw new Error(o.error.message);
  return o.value;
}

/** The "Giữ số liệu của" and "Cách chọn" cells of the conflicts table's first row. */
function storedChoice(grid: Grid | undefined): string[] {
  if (!grid) return [];
  for (let row = grid.top; row < grid.top + grid.rows.length; row++) {
    for (let col = 0; col < 60; col++) {
      if (cellText(cellAt(grid, row, col)) === CHOICES_HEADERS[0]) return [5, 6].map((i) => cellText(cellAt(grid, row + 1, col + i)));
    }
  }
  return [];
}

/** The merged table's revenue for the agency-year: the cell under "Doanh thu năm báo cáo" on the row of 2024. */
function mergedRevenue(grid: Grid | undefined): unknown {
  if (!grid) return undefined;
  const header = grid.rows.findIndex((r) => r.some((c) => c?.value === AGENCY_FORM_HEADERS.revenue));
  const col = grid.rows[header]?.findIndex((c) => c?.value === AGENCY_FORM_HEADERS.revenue) ?? -1;
  const row = grid.rows.findIndex((r, i) => i > header && r.some((c) => c?.value === 2024));
  return grid.rows[row]?.[col]?.value;
}

describe("a conflict decided in the pane", () => {
  it("is stored in the workbook and honoured by the next consolidation without being asked again (memory adapter)", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([
      { sheet: "Báo cáo", createSheet: true, cells: formCells(21000) },
      { sheet: "Bổ sung", createSheet: true, cells: formCells(21350) },
    ]);
    const pane = createServices(bindings(wb, "Sổ làm việc này"));
    const first = value(await pane.consolidate("vi"));
    expect(first.conflicts).toEqual([
      {
        key: "bao minh son|2024|revenue",
        agency: "Báo Minh Sơn",
        year: 2024,
        column: AGENCY_FORM_HEADERS.revenue,
        candidates: [
          { source: "Sổ làm việc này › Báo cáo › dòng 2", figure: "21.000 triệu đồng" },
          { source: "Sổ làm việc này › Bổ sung › dòng 2", figure: "21.350 triệu đồng" },
        ],
        kept: "Sổ làm việc này › Báo cáo › dòng 2",
        by: "default",
      },
    ]);
    expect(value(await pane.consolidate("en")).conflicts?.[0]?.candidates.map((c) => c.figure)).toEqual(["21,000 million đồng", "21,350 million đồng"]);
    const merged = () => wb.read().then((s) => s.sheets.find((g) => g.sheet === first.sheet));
    expect(mergedRevenue(await merged())).toBe(21000);

    const chosen = value(await pane.consolidate("vi", { key: "bao minh son|2024|revenue", source: "Sổ làm việc này › Bổ sung › dòng 2" }));
    expect(chosen.conflicts?.map((c) => [c.kept, c.by])).toEqual([["Sổ làm việc này › Bổ sung › dòng 2", "choice"]]);
    expect(storedChoice(await merged())).toEqual(["Sổ làm việc này › Bổ sung › dòng 2", "Đã chọn"]);
    expect(mergedRevenue(await merged())).toBe(21350);

    // A pane opened afresh on the workbook (nothing remembered but the workbook) keeps the choice, run after run.
    const later = createServices(bindings(wb, "Sổ làm việc này"));
    for (let run = 0; run < 2; run++) {
      expect(value(await later.consolidate("vi")).conflicts?.map((c) => [c.kept, c.by])).toEqual([["Sổ làm việc này › Bổ sung › dòng 2", "choice"]]);
      expect(mergedRevenue(await merged())).toBe(21350);
    }
    // Picking the first report again is a choice too, stored as such.
    value(await later.consolidate("vi", { key: "bao minh son|2024|revenue", source: "Sổ làm việc này › Báo cáo › dòng 2" }));
    expect(storedChoice(await merged())).toEqual(["Sổ làm việc này › Báo cáo › dòng 2", "Đã chọn"]);
    expect(mergedRevenue(await merged())).toBe(21000);
  });

  it("is honoured by `pressdx consolidate --into` the workbook the pane saved (xlsx adapter)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressdx-pane-choice-"));
    try {
      // One agency's file with a report and a supplement that disagree; the pane has it open as "bao.xlsx".
      fs.mkdirSync(path.join(dir, "bao-cao"));
      const report = XlsxFile.create();
      await report.apply([
        { sheet: "Báo cáo", createSheet: true, cells: formCells(21000) },
        { sheet: "Bổ sung", createSheet: true, cells: formCells(21350) },
      ]);
      await report.save(path.join(dir, "bao-cao", "bao.xlsx"));

      const opened = await XlsxFile.load(path.join(dir, "bao-cao", "bao.xlsx"));
      const pane = createServices(bindings(opened, "bao.xlsx"));
      value(await pane.consolidate("vi", { key: "bao minh son|2024|revenue", source: "bao.xlsx › Bổ sung › dòng 2" }));
      await opened.save(path.join(dir, "ke-hoach.xlsx"));

      let stdout = "";
      const ctx: CliContext = { stdout: (t) => void (stdout += t), stderr: () => undefined, now: () => new Date("2026-12-07T09:00:00Z"), cwd: dir };
      await main(["consolidate", "bao-cao", "-o", "tong-hop.xlsx", "--into", "ke-hoach.xlsx", "--json"], ctx);
      const json = JSON.parse(stdout) as { conflicts: Array<Record<string, unknown>> };
      expect(json.conflicts).toEqual([expect.objectContaining({ kept: "bao.xlsx › Bổ sung › dòng 2", by: "choice" })]);
      const out = (await (await XlsxFile.load(path.join(dir, "tong-hop.xlsx"))).read()).sheets.find((g) => g.sheet === MERGED_SHEET_NAME);
      expect(storedChoice(out)).toEqual(["bao.xlsx › Bổ sung › dòng 2", "Đã chọn"]);
      expect(mergedRevenue(out)).toBe(21350);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("between chosen report files: kept as chosen, stored, and kept again when the same files are read again; the tracker says who is missing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressdx-pane-files-choice-"));
    try {
      await writeFieldReports(dir);
      const chosen = [FIELD_FILES[0], FIELD_FILES[2], FIELD_FILES[5]].map((name) => {
        const bytes = fs.readFileSync(path.join(dir, name));
        return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
      });
      const wb = new MemoryWorkbook();
      await wb.apply([{ sheet: "Sheet1", createSheet: true, cells: [] }]);
      const pane = createServices(bindings(wb, "Sổ làm việc này"));
      const files = async (choice?: { key: string; source: string }) => {
        const o = await pane.consolidateFiles(chosen, "vi", () => undefined, undefined, choice);
        if (!o.ok) throw new Error(o.error.message);
        return o.value;
      };
      const merged = () => wb.read().then((s) => s.sheets.find((g) => g.sheet === MERGED_SHEET_NAME));
      /** Báo Thái Bình's 2024 revenue in the merged table (the conflicts table beside it names 2024 too). */
      const revenue = async (): Promise<unknown> => {
        const grid = await merged();
        const header = grid?.rows.findIndex((r) => r[0]?.value === AGENCY_FORM_HEADERS.year) ?? -1;
        const col = grid?.rows[header]?.findIndex((c) => c?.value === AGENCY_FORM_HEADERS.revenue) ?? -1;
        return grid?.rows.find((r) => r[0]?.value === 2024 && r[1]?.value === "Báo Thái Bình")?.[col]?.value;
      };
      const first = await files();
      expect(await revenue()).toBe(21000);
      const other = "06-bao-thai-binh-bo-sung.xlsx › Bổ sung › dòng 4";
      expect(first.conflicts.map((c) => [c.key, c.candidates.map((x) => x.figure), c.kept, c.by])).toEqual([
        ["bao thai binh|2024|revenue", ["21.000 triệu đồng", "21.350 triệu đồng"], "01-bao-thai-binh.xlsx › Báo cáo › dòng 9", "default"],
      ]);
      expect(first.tracker.years).toEqual([
        { year: 2023, expected: 2, reported: 2, missing: [], conflicting: [] },
        { year: 2024, expected: 2, reported: 1, missing: ["Tạp chí Văn nghệ Thái Bình"], conflicting: ["Báo Thái Bình"] },
      ]);
      const kept = await files({ key: "bao thai binh|2024|revenue", source: other });
      expect(kept.conflicts.map((c) => [c.kept, c.by])).toEqual([[other, "choice"]]);
      expect(storedChoice(await merged())).toEqual([other, "Đã chọn"]);
      expect(await revenue()).toBe(21350);
      // The same files chosen again, no choice given: the workbook's stored one holds.
      expect((await files()).conflicts.map((c) => [c.kept, c.by])).toEqual([[other, "choice"]]);
      expect(await revenue()).toBe(21350);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
