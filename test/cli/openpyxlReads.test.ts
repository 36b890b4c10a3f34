/**
 * A second reader besides LibreOffice: openpyxl (Debian's python3-openpyxl, which CI installs) loads every file the
 * writing commands make from workbooks of each producer, and finds the sheets and the figures pressdx wrote.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pressdx, tempDir } from "./capture";

const CORPUS = path.resolve(__dirname, "../fixtures/xlsx-corpus");
const REPORTS = path.resolve(__dirname, "../../examples/bao-cao");

const READ = `
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    out[f] = {ws.title: [[c.value for c in row] for row in ws.iter_rows(max_row=min(ws.max_row, 40), max_col=min(ws.max_column, 12))] for ws in wb.worksheets}
print(json.dumps(out, default=str))
`;

type Sheets = Record<string, unknown[][]>;

describe("openpyxl reads what pressdx writes", () => {
  it("loads every output of every writing command over files of each producer", async () => {
    const dir = tempDir();
    const outputs: Array<{ file: string; sheet: string }> = [];
    for (const name of ["excel-keep", "openpyxl-keep", "wps-keep", "libreoffice-keep", "google-keep", "pressdx-attain"]) {
      const input = path.join(CORPUS, `${name}.xlsx`);
      const runs: Array<[string[], string, string]> = [
        [["attain", input, "-o"], "attain", "Phụ lục"],
        [["validate", input, "--out"], "validate", "Kiểm tra"],
        [["insert", "", "--into", input, "--sheet", "Mới"], "insert", "Mới"],
      ];
      for (const [args, cmd, sheet] of runs) {
        const out = path.join(dir, `${name}.${cmd}.xlsx`);
        const argv = cmd === "insert" ? ["insert", out, ...args.slice(2)] : [...args, out];
        const r = await pressdx(...argv);
        expect([name, cmd, r.code < 2, r.stderr]).toEqual([name, cmd, true, ""]);
        outputs.push({ file: out, sheet });
      }
    }
    const merged = path.join(dir, "merged.xlsx");
    expect((await pressdx("consolidate", REPORTS, "-o", merged)).code).toBeLessThan(2);
    outputs.push({ file: merged, sheet: "Tổng hợp báo cáo" });
    // A protected report form (sheet protection, unlocked input cells, merged title).
    const agencies = path.join(dir, "co-quan.txt");
    writeFileSync(agencies, "Báo Hưng Yên\n");
    expect((await pressdx("form", "--agencies", agencies, "--year", "2026", "--out", path.join(dir, "forms"))).code).toBe(0);
    outputs.push({ file: path.join(dir, "forms", "bao-cao-2026-bao-hung-yen.xlsx"), sheet: "Báo cáo" });

    const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", READ, ...outputs.map((o) => o.file)], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as Record<string, Sheets>;
    for (const o of outputs) {
      const sheets = read[o.file];
      expect([path.basename(o.file), Object.keys(sheets ?? {})]).toEqual([path.basename(o.file), expect.arrayContaining([o.sheet])]);
      const cells = (sheets?.[o.sheet] ?? []).flat().filter((v) => v !== null && v !== "");
      expect([path.basename(o.file), cells.length > 10]).toEqual([path.basename(o.file), true]);
    }
    // The merged table's first agency row, as pressdx wrote it: a year, then an agency's name.
    const table = read[merged]?.["Tổng hợp báo cáo"] ?? [];
    expect(table.some((row) => typeof row[0] === "number" && row[0] >= 2023 && typeof row[1] === "string" && row[1].length > 3)).toBe(true);
  }, 120_000);
});
