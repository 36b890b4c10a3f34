/**
 * The realistic set (test/support/fieldReports.ts): reports filled as agencies fill them, in files written by
 * ExcelJS, consolidated by the library over the package reader and by `pressdx consolidate` over the folder. The
 * merged rows, the findings and the tracker are asserted exactly, and the clean files give no finding.
 */
import fs from "node:fs";
import path from "node:path";
import { PackageWorkbook } from "../../src/adapters/xlsx/packageWorkbook";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import type { CliContext } from "../../src/cli/context";
import { main } from "../../src/cli/main";
import { describeSource } from "../../src/domain/agency/consolidate";
import type { Finding } from "../../src/domain/findings";
import { renderMessage } from "../../src/domain/messages";
import { a1, parseA1 } from "../../src/sheet/a1";
import { cellAt, cellText, type Grid } from "../../src/sheet/grid";
import { CHOICES_HEADERS } from "../../src/sheet/layout/choicesTable";
import { MERGED_SHEET_NAME } from "../../src/sheet/layout/mergedTable";
import { type ConsolidationSource, consolidateAgencies } from "../../src/usecases/consolidateAgencies";
import { CLEAN_FIELD_FILES, FIELD_FILES, writeFieldReports } from "../support/fieldReports";
import { tempDir } from "../cli/capture";

let dir: string;

beforeAll(async () => {
  dir = tempDir("pressdx-field-");
  await writeFieldReports(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const ctx: CliContext = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now: () => new Date("2025-02-03T08:00:00Z"), cwd: dir };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}

/** The sources as the CLI opens them: the package reader, an unreadable file as its reason. */
async function sources(files: readonly string[]): Promise<ConsolidationSource[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { file, port: await PackageWorkbook.open(path.join(dir, file)) };
      } catch (e) {
        return { file, error: (e as Error).message };
      }
    }),
  );
}

const brief = (f: Finding): string => [f.code, f.file ?? "", f.sheet, f.cell].join(" ");

const yes = true;
const no = false;

describe("the realistic set", () => {
  it("merges every readable agency-year, figures as meant, from the right sources", async () => {
    const r = await consolidateAgencies(await sources(FIELD_FILES));
    const rows = r.reports.map((x) => ({ ...x, sources: x.sources.map(describeSource) }));
    expect(rows).toEqual([
      { year: 2023, agency: "Báo Thái Bình", electronic: yes, mediaTypes: 2, platforms: yes, analyticsAi: no, convergedNewsroom: no, baseRevenue: 18500, revenue: 19200, staff: 86, trained: 30, securityLevel: 2, sources: ["01-bao-thai-binh.xlsx › Báo cáo › dòng 7"] },
      { year: 2024, agency: "Báo Thái Bình", electronic: yes, mediaTypes: 2, platforms: yes, analyticsAi: yes, convergedNewsroom: yes, baseRevenue: 18500, revenue: 21000, staff: 88, trained: 52, securityLevel: 3, sources: ["01-bao-thai-binh.xlsx › Báo cáo › dòng 9"] },
      { year: 2023, agency: "Đài Phát thanh và Truyền hình Thái Bình", electronic: yes, mediaTypes: 3, platforms: yes, analyticsAi: no, convergedNewsroom: yes, baseRevenue: 42000, revenue: 40500, staff: 162, trained: 45, securityLevel: 3, sources: ["02-dai-pt-th-thai-binh.xlsx › BC 2023-2024 › dòng 4"] },
      // "Chưa" and "100%" read as blank: the findings ask for a correction.
      { year: 2024, agency: "Đài Phát thanh và Truyền hình Thái Bình", electronic: yes, mediaTypes: 3, platforms: yes, analyticsAi: yes, convergedNewsroom: null, baseRevenue: 42000, revenue: 46800, staff: 158, trained: null, securityLevel: 3, sources: ["02-dai-pt-th-thai-binh.xlsx › BC 2023-2024 › dòng 5"] },
      { year: 2023, agency: "Tạp chí Văn nghệ Thái Bình", electronic: no, mediaTypes: 1, platforms: yes, analyticsAi: null, convergedNewsroom: null, baseRevenue: 1350, revenue: 1420, staff: 18, trained: 6, securityLevel: null, sources: ["03-tap-chi-van-nghe.xlsx › Sheet1 › dòng 2"] },
      { year: 2023, agency: "Tạp chí Khoa học Thái Bình", electronic: yes, mediaTypes: 2, platforms: yes, analyticsAi: no, convergedNewsroom: no, baseRevenue: 900, revenue: 950, staff: 12, trained: 4, securityLevel: 2, sources: ["09-tap-chi-khoa-hoc.xlsx › Bao cao › dòng 2"] },
      { year: 2024, agency: "Tạp chí Khoa học Thái Bình", electronic: yes, mediaTypes: 2, platforms: yes, analyticsAi: yes, convergedNewsroom: no, baseRevenue: 900, revenue: 1100, staff: 12, trained: 8, securityLevel: 3, sources: ["09-tap-chi-khoa-hoc.xlsx › Bao cao › dòng 3"] },
    ]);
    expect(r.province).toEqual({ name: "Thái Bình", from: "reports" });
  });

  it("gives exactly the expected findings, each on its cell, with its severity", async () => {
    const r = await consolidateAgencies(await sources(FIELD_FILES));
    expect(r.findings.map((f) => `${f.severity} ${brief(f)}`)).toEqual([
      "error report.not_yes_no 02-dai-pt-th-thai-binh.xlsx BC 2023-2024 G5",
      "error report.not_a_number 02-dai-pt-th-thai-binh.xlsx BC 2023-2024 K5",
      "warning report.missing_year 03-tap-chi-van-nghe.xlsx Sheet1 B2",
      "error report.security_level_range 03-tap-chi-van-nghe.xlsx Sheet1 L2",
      "warning report.other_province 04-bao-nam-dinh.xlsx Báo cáo B2",
      "info source.not_a_report 05-ke-hoach-2024.xlsx  ",
      "error report.conflict 06-bao-thai-binh-bo-sung.xlsx Bổ sung I4",
      "error source.unreadable 07-bao-cao-2023.xls  ",
      "error source.unreadable 08-dai-cu.xlsx  ",
      "info report.row_skipped 09-tap-chi-khoa-hoc.xlsx Bao cao B4",
    ]);
    const text = (code: string): string => renderMessage(r.findings.find((f) => f.code === code) as Finding, "vi");
    expect(text("report.not_yes_no")).toBe(
      "Đài Phát thanh và Truyền hình Thái Bình năm 2024, cột “Tòa soạn hội tụ”: “Chưa” không phải Có/Không; hãy chọn Có hoặc Không.",
    );
    expect(text("report.not_a_number")).toBe(
      "Đài Phát thanh và Truyền hình Thái Bình năm 2024, cột “Số người được đào tạo CĐS”: “100%” là tỷ lệ phần trăm, nhưng cột này cần một số (số người, số loại hình hoặc triệu đồng); hãy nhập số.",
    );
    expect(text("report.security_level_range")).toContain("cấp độ an toàn thông tin “Có” phải là một số từ 1 đến 5");
    expect(text("report.missing_year")).toBe(
      "Tạp chí Văn nghệ Thái Bình chưa có báo cáo năm 2024 trong khi các cơ quan khác đã báo cáo năm này (đã báo cáo các năm 2023).",
    );
    expect(text("report.other_province")).toBe(
      "Báo cáo này thuộc “Nam Định”, không thuộc “Thái Bình” đang được tổng hợp (tỉnh mà nhiều tệp báo cáo nêu nhất); không đưa vào bảng tổng hợp.",
    );
    expect(text("report.conflict")).toBe(
      "Báo Thái Bình năm 2024 được báo cáo hai lần với số liệu khác nhau ở cột “Doanh thu năm báo cáo (triệu đồng)”: 21.350 triệu đồng ở 06-bao-thai-binh-bo-sung.xlsx › Bổ sung › dòng 4, 21.000 triệu đồng ở 01-bao-thai-binh.xlsx › Báo cáo › dòng 9. Bảng tổng hợp giữ số liệu của 01-bao-thai-binh.xlsx › Báo cáo › dòng 9 (21.000 triệu đồng) (tệp đứng trước theo tên).",
    );
    const unreadable = r.findings.filter((f) => f.code === "source.unreadable").map((f) => renderMessage(f, "en"));
    for (const m of unreadable) expect(m).toMatch(/Excel 97–2003 \(\.xls\) file; open it in Excel and save it as \.xlsx/);
  });

  it("tracks who reported what: conflicts and the missing year show", async () => {
    const r = await consolidateAgencies(await sources(FIELD_FILES));
    expect(r.tracker.years).toEqual([2023, 2024]);
    expect(r.tracker.rows.map((t) => [t.agency, ...t.states])).toEqual([
      ["Báo Thái Bình", "reported", "conflict"],
      ["Đài Phát thanh và Truyền hình Thái Bình", "reported", "reported"],
      ["Tạp chí Khoa học Thái Bình", "reported", "reported"],
      ["Tạp chí Văn nghệ Thái Bình", "reported", "missing"],
    ]);
    expect(r.conflicts).toEqual([
      expect.objectContaining({
        key: "bao thai binh|2024|revenue",
        by: "default",
        candidates: [
          { source: { file: "01-bao-thai-binh.xlsx", sheet: "Báo cáo", row: 9 }, value: 21000 },
          { source: { file: "06-bao-thai-binh-bo-sung.xlsx", sheet: "Bổ sung", row: 4 }, value: 21350 },
        ],
        kept: { file: "01-bao-thai-binh.xlsx", sheet: "Báo cáo", row: 9 },
      }),
    ]);
  });

  it("keeps the first report by file name whatever order the files come in", async () => {
    const reversed = await consolidateAgencies(await sources([...FIELD_FILES].reverse()));
    expect(reversed.reports.find((x) => x.agency === "Báo Thái Bình" && x.year === 2024)?.revenue).toBe(21000);
    expect(reversed.conflicts[0]?.kept.file).toBe("01-bao-thai-binh.xlsx");
  });

  it("gives no finding for a clean report (blank rows, years as text, a signature block)", async () => {
    const r = await consolidateAgencies(await sources(CLEAN_FIELD_FILES));
    expect(r.findings).toEqual([]);
    expect(r.reports.map((x) => `${x.agency} ${x.year}`)).toEqual(["Báo Thái Bình 2023", "Báo Thái Bình 2024"]);
    expect(r.tracker.rows.map((t) => t.states)).toEqual([["reported", "reported"]]);
  });

  it("gives the same rows and findings through `pressdx consolidate` on the folder", async () => {
    const folder = path.join(dir, "..", `${path.basename(dir)}-out`);
    fs.mkdirSync(folder, { recursive: true });
    try {
      const cli = await run("consolidate", ".", "-o", path.join(folder, "tong-hop.xlsx"), "--json");
      expect(cli.stderr).toBe("");
      expect(cli.code).toBe(1);
      const json = JSON.parse(cli.stdout) as { rows: number; findings: Array<Record<string, unknown>> };
      const lib = await consolidateAgencies(await sources(FIELD_FILES));
      expect(json.rows).toBe(lib.reports.length);
      // The reason a file is unreadable is the reader's (the CLI words it in the user's language): compared apart.
      const readable = (code: unknown): boolean => code !== "source.unreadable";
      expect(json.findings.map((f) => [f["code"], f["file"], f["sheet"], f["cell"], readable(f["code"]) ? f["message"] : ""])).toEqual(
        lib.findings.map((f) => [f.code, f.file, f.sheet, f.cell, readable(f.code) ? renderMessage(f, "vi") : ""]),
      );
      expect(json.findings.filter((f) => !readable(f["code"])).map((f) => f["message"])).toEqual([
        "Không đọc được tệp 07-bao-cao-2023.xls: tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
        "Không đọc được tệp 08-dai-cu.xlsx: tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
      ]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** The cells of the consolidation sheet's conflicts table, found by its header. */
function choicesRows(grid: Grid): string[][] {
  for (let row = grid.top; row < grid.top + grid.rows.length; row++) {
    for (let col = 0; col < 60; col++) {
      if (cellText(cellAt(grid, row, col)) !== CHOICES_HEADERS[0]) continue;
      const out: string[][] = [];
      for (let r = row + 1; cellText(cellAt(grid, r, col)) !== ""; r++) {
        out.push(CHOICES_HEADERS.map((_, i) => cellText(cellAt(grid, r, col + i))));
      }
      return out;
    }
  }
  return [];
}

describe("the command's own words", () => {
  it("says which province was consolidated and who has not been heard from, year by year", async () => {
    const out = tempDir("pressdx-text-");
    try {
      const r = await run("consolidate", ".", "-o", path.join(out, "tong-hop.xlsx"));
      expect(r.stdout).toContain(
        [
          "Tỉnh/thành phố tổng hợp: Thái Bình",
          "Theo dõi thu nhận báo cáo:",
          "  Năm 2023: 4 đã báo cáo",
          "  Năm 2024: 3 đã báo cáo · chưa báo cáo: Tạp chí Văn nghệ Thái Bình · số liệu khác nhau: Báo Thái Bình",
        ].join("\n"),
      );
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("choices among conflicting figures, stored in the workbook", () => {
  it("writes the conflict with both figures and the default kept; a choice typed there is honoured by the next run and kept", async () => {
    const out = tempDir("pressdx-choice-");
    try {
      const first = path.join(out, "tong-hop.xlsx");
      expect((await run("consolidate", ".", "-o", first)).code).toBe(1);
      const merged = (await (await XlsxFile.load(first)).read()).sheets.find((g) => g.sheet === MERGED_SHEET_NAME) as Grid;
      const rows = choicesRows(merged);
      expect(rows).toEqual([
        [
          "bao thai binh|2024|revenue",
          "Báo Thái Bình",
          "2024",
          "Doanh thu năm báo cáo (triệu đồng)",
          "01-bao-thai-binh.xlsx › Báo cáo › dòng 9: 21.000 triệu đồng\n06-bao-thai-binh-bo-sung.xlsx › Bổ sung › dòng 4: 21.350 triệu đồng",
          "01-bao-thai-binh.xlsx › Báo cáo › dòng 9",
          "Mặc định: tệp đứng trước theo tên",
        ],
      ]);

      // The user picks the supplement in the "Giữ số liệu của" cell (as the cell's list offers it).
      const book = await XlsxFile.load(first);
      const snap = await book.read();
      const grid = snap.sheets.find((g) => g.sheet === MERGED_SHEET_NAME) as Grid;
      // The cell under the conflicts table's "Giữ số liệu của" header (the provenance column may hold the same text).
      let keptCell = "";
      for (let r = grid.top; r < grid.top + grid.rows.length && !keptCell; r++) {
        for (let c = 0; c < 60; c++) if (cellText(cellAt(grid, r, c)) === CHOICES_HEADERS[5]) keptCell = a1(r + 1, c);
      }
      expect(cellText(cellAt(grid, parseA1(keptCell).row, parseA1(keptCell).col))).toBe("01-bao-thai-binh.xlsx › Báo cáo › dòng 9");
      await book.apply([{ sheet: MERGED_SHEET_NAME, cells: [{ address: keptCell, value: "06-bao-thai-binh-bo-sung.xlsx › Bổ sung › dòng 4" }] }]);
      const chosen = path.join(out, "da-chon.xlsx");
      await book.save(chosen);

      const second = path.join(out, "lan-2.xlsx");
      const again = await run("consolidate", ".", "-o", second, "--into", chosen, "--json");
      const json = JSON.parse(again.stdout) as { conflicts: Array<Record<string, unknown>>; findings: Array<Record<string, unknown>> };
      expect(json.conflicts).toEqual([expect.objectContaining({ kept: "06-bao-thai-binh-bo-sung.xlsx › Bổ sung › dòng 4", by: "choice" })]);
      expect(json.findings.find((f) => f["code"] === "report.conflict")?.["message"]).toContain(
        "Bảng tổng hợp giữ số liệu của 06-bao-thai-binh-bo-sung.xlsx › Bổ sung › dòng 4 (21.350 triệu đồng) (theo lựa chọn đã lưu)",
      );
      const rewritten = (await (await XlsxFile.load(second)).read()).sheets.find((g) => g.sheet === MERGED_SHEET_NAME) as Grid;
      expect(choicesRows(rewritten)[0]?.slice(5)).toEqual(["06-bao-thai-binh-bo-sung.xlsx › Bổ sung › dòng 4", "Đã chọn"]);
      // The merged table holds the chosen figure, with both rows as its sources.
      const tables = rewritten.rows.flatMap((line, i) => (cellText(line[1]) === "Báo Thái Bình" && line[0]?.value === 2024 ? [i] : []));
      expect(tables).toHaveLength(1);
      const at = (tables[0] ?? 0) + rewritten.top;
      expect(cellAt(rewritten, at, 8)?.value).toBe(21350);
      expect(cellText(cellAt(rewritten, at, 12))).toBe("01-bao-thai-binh.xlsx › Báo cáo › dòng 9; 06-bao-thai-binh-bo-sung.xlsx › Bổ sung › dòng 4");

      // A third run into that output keeps the choice again: nothing stacks, nothing is lost.
      const third = path.join(out, "lan-3.xlsx");
      const json3 = JSON.parse((await run("consolidate", ".", "-o", third, "--into", second, "--json")).stdout) as { conflicts: Array<Record<string, unknown>> };
      expect(json3.conflicts).toEqual([expect.objectContaining({ by: "choice" })]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
