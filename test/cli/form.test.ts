/** `pressdx form`: one ready, protected report form per agency; no clobber without --force; the forms read back. */
import fs from "node:fs";
import path from "node:path";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import type { CliContext } from "../../src/cli/context";
import { fileNames } from "../../src/cli/commands/form";
import { main } from "../../src/cli/main";
import { findAgencyTables } from "../../src/sheet/agencyForm";
import { recalcWithLibreOffice, requireLibreOffice } from "../support/libreoffice";
import { all, Package } from "../support/xlsxParts";
import { tempDir } from "./capture";

let dir: string;
beforeEach(() => {
  dir = tempDir("pressdx-form-");
  fs.writeFileSync(
    path.join(dir, "co-quan.txt"),
    "\uFEFF# Các cơ quan báo chí của tỉnh\nBáo Hưng Yên\r\n\n  Đài Phát thanh và Truyền hình   Hưng Yên \nTạp chí Văn nghệ Hưng Yên\n",
  );
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const ctx: CliContext = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now: () => new Date("2026-01-05T08:00:00Z"), cwd: dir };
  return { code: await main(argv, ctx), stdout, stderr };
}

describe("pressdx form", () => {
  it("writes one protected form per agency, named from the agency, each read back as that agency's empty report", async () => {
    const r = await run("form", "--agencies", "co-quan.txt", "--year", "2026", "--out", "gui-di", "--province", "Hưng Yên");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const names = ["bao-cao-2026-bao-hung-yen.xlsx", "bao-cao-2026-dai-phat-thanh-va-truyen-hinh-hung-yen.xlsx", "bao-cao-2026-tap-chi-van-nghe-hung-yen.xlsx"];
    expect(fs.readdirSync(path.join(dir, "gui-di")).sort()).toEqual(names);
    expect(r.stdout).toBe(
      `Đã ghi 3 biểu mẫu báo cáo năm 2026 vào gui-di:\n  ${names[0]}  (Báo Hưng Yên)\n  ${names[1]}  (Đài Phát thanh và Truyền hình Hưng Yên)\n  ${names[2]}  (Tạp chí Văn nghệ Hưng Yên)\n`,
    );
    const snap = await (await XlsxFile.load(path.join(dir, "gui-di", names[1] ?? ""))).read();
    expect(snap.sheets.map((g) => [g.sheet, g.protected])).toEqual([["Báo cáo", true]]);
    const [table] = findAgencyTables(snap.sheets[0]!, names[1]);
    expect(table?.province).toEqual({ name: "Hưng Yên", address: "C3", from: "label" });
    expect(table?.rows.map((row) => [row.cells.year?.value, row.cells.agency?.value])).toEqual([[2026, "Đài Phát thanh và Truyền hình Hưng Yên"]]);
  });

  it("refuses to replace a form already there, writing none, unless --force", async () => {
    fs.mkdirSync(path.join(dir, "gui-di"));
    fs.writeFileSync(path.join(dir, "gui-di", "bao-cao-2026-tap-chi-van-nghe-hung-yen.xlsx"), "cũ");
    const r = await run("form", "--agencies", "co-quan.txt", "--year", "2026", "--out", "gui-di");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("pressdx form: gui-di/bao-cao-2026-tap-chi-van-nghe-hung-yen.xlsx already exists (1 of 3 files); pass --force to replace them\n");
    expect(fs.readdirSync(path.join(dir, "gui-di"))).toEqual(["bao-cao-2026-tap-chi-van-nghe-hung-yen.xlsx"]);
    expect((await run("form", "--agencies", "co-quan.txt", "--year", "2026", "--out", "gui-di", "--force")).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, "gui-di"))).toHaveLength(3);
  });

  it.each([
    [["form", "--agencies", "co-quan.txt", "--out", "x"], /usage: pressdx form/],
    [["form", "--agencies", "co-quan.txt", "--year", "2022", "--out", "x"], /--year must be years from 2023 to 2030/],
    [["form", "--agencies", "khong-co.txt", "--year", "2026", "--out", "x"], /khong-co\.txt: file not found/],
    [["form", "--agencies", "co-quan.txt", "--year", "2026", "--out", "co-quan.txt"], /co-quan\.txt is a file; --out names a folder/],
  ])("exits 2 on %j", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("refuses a list naming an agency twice, however spelled", async () => {
    fs.writeFileSync(path.join(dir, "lap.txt"), "Báo Hưng Yên\nbao hung yen\n");
    const r = await run("form", "--agencies", "lap.txt", "--year", "2026", "--out", "gui-di");
    expect(r.stderr).toBe("pressdx form: lap.txt: line 2 repeats “bao hung yen” (line 1)\n");
    expect(fs.existsSync(path.join(dir, "gui-di"))).toBe(false);
  });

  it("writes a protection LibreOffice keeps: the sheet protected, the input cells unlocked, the labels not", async () => {
    requireLibreOffice();
    expect((await run("form", "--agencies", "co-quan.txt", "--year", "2026", "--out", "gui-di")).code).toBe(0);
    const file = path.join(dir, "gui-di", "bao-cao-2026-bao-hung-yen.xlsx");
    const converted = (await recalcWithLibreOffice([file])).get(file) ?? "";
    expect((await (await XlsxFile.load(converted)).read()).sheets[0]?.protected).toBe(true);
    // Read from the parts themselves: ExcelJS ignores the applyProtection="true" LibreOffice writes.
    const pkg = await Package.open(converted);
    const xfs = all(all(pkg.part("xl/styles.xml"), "cellXfs")[0]!, "xf");
    const style = new Map(all(pkg.part(pkg.sheetParts().get("Báo cáo") ?? ""), "c").map((c) => [c.attrs.r, Number(c.attrs.s ?? 0)]));
    const locked = (a: string): boolean => {
      const lock = all(xfs[style.get(a) ?? 0]!, "protection")[0]?.attrs.locked ?? "1";
      return lock !== "0" && lock !== "false";
    };
    expect(["A1", "B3", "A5", "A6", "A7", "B7"].map(locked)).toEqual([true, true, true, true, true, true]);
    expect(["C7", "H7", "L7"].map(locked)).toEqual([false, false, false]);
  }, 60_000);

  it("makes file names safe and unique", () => {
    expect(fileNames(["Báo A/B: số 1", "Báo A B số 1", "???", "Đài"], [2024, 2025])).toEqual([
      "bao-cao-2024-2025-bao-a-b-so-1.xlsx",
      "bao-cao-2024-2025-bao-a-b-so-1-2.xlsx",
      "bao-cao-2024-2025-co-quan.xlsx",
      "bao-cao-2024-2025-dai.xlsx",
    ]);
  });
});
