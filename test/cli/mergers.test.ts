/**
 * The 2025 mergers from the command line: a plan of the new province gets a lineage table (`pressdx lineage`), the
 * staff fill it in, and the reports of the former agencies consolidate into it and roll up under the new agency;
 * attainment then counts each year over the agencies of that year.
 */
import fs from "node:fs";
import path from "node:path";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import type { CliContext } from "../../src/cli/context";
import { main } from "../../src/cli/main";
import { PRESETS } from "../../src/domain/presets";
import { cellText, type Grid } from "../../src/sheet/grid";
import { layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import { MERGED_SHEET_NAME, SUCCESSOR_HEADER } from "../../src/sheet/layout/mergedTable";
import { TRACK_TEXT } from "../../src/sheet/layout/trackerLayout";
import { report, reportsPatch } from "../support/attainBook";
import { tempDir } from "./capture";

const NEW = "Báo và Phát thanh, Truyền hình Hưng Yên";
let dir: string;

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const ctx: CliContext = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now: () => new Date("2027-01-10T08:00:00Z"), cwd: dir };
  return { code: await main(argv, ctx), stdout, stderr };
}

/** A report file: "UBND TỈNH …" above the form, then the rows. */
async function reportFile(name: string, province: string, rows: Parameters<typeof reportsPatch>[1]): Promise<void> {
  const book = XlsxFile.create();
  const p = reportsPatch("Báo cáo", rows, 2, 0);
  await book.apply([{ ...p, cells: [{ address: "A1", value: `UBND TỈNH ${province.toUpperCase()}` }, ...p.cells] }]);
  await book.save(path.join(dir, "bao-cao", name));
}

beforeAll(async () => {
  dir = tempDir("pressdx-mergers-");
  fs.mkdirSync(path.join(dir, "bao-cao"));
  await reportFile("bao-thai-binh.xlsx", "Thái Bình", [report("Báo Thái Bình", 2024), report("Báo Thái Bình", 2025)]);
  await reportFile("bao-hung-yen.xlsx", "Hưng Yên", [report("Báo Hưng Yên", 2024, { platforms: "Không" }), report("Báo Hưng Yên", 2025)]);
  await reportFile("bao-moi.xlsx", "Hưng Yên", [report(NEW, 2026, { staff: 120, trained: 70 })]);
  await reportFile("bao-nam-dinh.xlsx", "Nam Định", [report("Báo Nam Định", 2026)]);
  const plan = XlsxFile.create();
  await plan.apply([layoutAppendix({ sheet: "Phụ lục", preset: PRESETS.national, periods: ["2023-2025", "2026-2030"], top: 0, left: 0, createSheet: true })]);
  await plan.save(path.join(dir, "ke-hoach.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sheet = async (file: string, name: string): Promise<Grid> => (await (await XlsxFile.load(path.join(dir, file))).read()).sheets.find((g) => g.sheet === name)!;

describe("consolidating across the 2025 mergers", () => {
  it("adds the lineage table, reads it back once filled, rolls the former agencies up and counts each year over its own agencies", async () => {
    const added = await run("lineage", "ke-hoach-sap-nhap.xlsx", "--into", "ke-hoach.xlsx");
    expect(added.stderr).toBe("");
    expect(added.stdout).toMatch(/^Đã thêm bảng sáp nhập vào “Sáp nhập”!A1:D25 → ke-hoach-sap-nhap\.xlsx/);

    // The staff type the two agencies' merger in.
    const book = await XlsxFile.load(path.join(dir, "ke-hoach-sap-nhap.xlsx"));
    await book.apply([
      {
        sheet: "Sáp nhập",
        cells: [
          { address: "A6", value: "Cơ quan báo chí" },
          { address: "B6", value: "Báo Thái Bình" },
          { address: "C6", value: NEW },
          { address: "D6", value: "01/07/2025" },
          { address: "A7", value: "Cơ quan báo chí" },
          { address: "B7", value: "Báo Hưng Yên" },
          { address: "C7", value: NEW },
          { address: "D7", value: "01/07/2025" },
        ],
      },
    ]);
    await book.save(path.join(dir, "ke-hoach-da-dien.xlsx"));

    const merged = await run("consolidate", "bao-cao", "-o", "tong-hop.xlsx", "--into", "ke-hoach-da-dien.xlsx", "--json");
    expect(merged.stderr).toBe("");
    const json = JSON.parse(merged.stdout) as {
      rows: number;
      province: unknown;
      findings: Array<Record<string, unknown>>;
      tracker: { years: number[]; rows: Array<{ agency: string; successor: string | null; states: Record<string, string> }> };
    };
    expect(json.province).toEqual({ name: "Hưng Yên", from: "reports" });
    expect(json.rows).toBe(5);
    expect(json.findings.map((f) => `${f["code"]} ${f["file"]}`)).toEqual(["report.other_province bao-nam-dinh.xlsx"]);
    expect(json.tracker.rows).toEqual([
      { agency: "Báo Hưng Yên", successor: NEW, states: { 2024: "reported", 2025: "reported", 2026: "not_expected" } },
      { agency: "Báo Thái Bình", successor: NEW, states: { 2024: "reported", 2025: "reported", 2026: "not_expected" } },
      { agency: NEW, successor: null, states: { 2024: "not_expected", 2025: "not_expected", 2026: "reported" } },
    ]);

    // On the sheet: the province, what each former agency became, the tracker.
    const g = await sheet("tong-hop.xlsx", MERGED_SHEET_NAME);
    const texts = g.rows.flatMap((r) => r.map((c) => cellText(c)));
    expect(texts).toEqual(expect.arrayContaining(["Tỉnh/thành phố:", "Hưng Yên", SUCCESSOR_HEADER, NEW, TRACK_TEXT.not_expected, TRACK_TEXT.reported]));
    expect(texts.filter((t) => t === NEW).length).toBeGreaterThanOrEqual(5);

    // Attainment over it: the block counts the agencies of each year and says so.
    // (attain reads paths from the process's folder, not the context's: given whole.)
    const attained = await run("attain", path.join(dir, "tong-hop.xlsx"), "-o", path.join(dir, "ket-qua.xlsx"), "--json");
    expect(attained.stderr).toBe("");
    const phuLuc = await sheet("ket-qua.xlsx", "Phụ lục");
    expect(phuLuc.rows.flatMap((r) => r.map((c) => cellText(c)))).toContain(
      "KẾT QUẢ THỰC HIỆN (mỗi năm tính trên các cơ quan báo chí có trong năm đó, theo bảng sáp nhập)",
    );

    // Consolidating into its own output keeps the province it stored.
    const again = JSON.parse((await run("consolidate", "bao-cao", "-o", "lan-2.xlsx", "--into", "tong-hop.xlsx", "--json")).stdout) as { province: unknown };
    expect(again.province).toEqual({ name: "Hưng Yên", from: "workbook" });
  }, 60_000);
});
