/**
 * The review sheet a reviewer works in, as other programs see it: openpyxl finds its AutoFilter over the findings,
 * the header frozen, a percentage written as a number in the cell's format, Vietnamese rule names with the code last,
 * and the tool's store very hidden; LibreOffice opens it and saves it again with its filter, values and hidden store.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import { removeInserted } from "../../src/usecases/removeInserted";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { pressdx, tempDir } from "./capture";

const READ = `
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f, data_only=True)
    ws = wb["Kiểm tra"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4, max_row=ws.max_row, max_col=12)]
    fmts = [[c.number_format for c in row] for row in ws.iter_rows(min_row=5, max_row=ws.max_row, min_col=8, max_col=8)]
    out[f] = {
        "filter": ws.auto_filter.ref,
        "freeze": ws.freeze_panes,
        "states": {s.title: s.sheet_state for s in wb.worksheets},
        "rows": rows,
        "formats": [r[0] for r in fmts],
    }
print(json.dumps(out, default=str, ensure_ascii=False))
`;

const NAMES = `
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
for f in sys.argv[1:]:
    print(json.dumps([ws.title for ws in openpyxl.load_workbook(f).worksheets], ensure_ascii=False))
`;

interface Seen {
  filter: string | null;
  freeze: string | null;
  states: Record<string, string>;
  rows: unknown[][];
  formats: string[];
}

function openpyxl(files: readonly string[]): Record<string, Seen> {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", READ, ...files], { encoding: "utf8" })) as Record<string, Seen>;
}

describe("the review sheet in openpyxl and LibreOffice", () => {
  it("has a filter over the findings, a frozen header, values as the cells show them, and a very hidden store; it can be removed again", async () => {
    const dir = tempDir();
    const plan = path.join(dir, "ke-hoach.xlsx");
    await pressdx("insert", plan, "--period", "2023-2025");
    const book = await XlsxFile.load(plan);
    await book.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 1.5, style: { numberFormat: "0%" } }] }]);
    const broken = path.join(dir, "sai.xlsx");
    await book.save(broken);
    const out = path.join(dir, "kiem-tra.xlsx");
    expect((await pressdx("validate", broken, "--out", out)).code).toBe(1);
    // The same check's copy with what the tool inserted removed again: the review sheet deleted from the package.
    const copy = await XlsxFile.load(out);
    const removed = await removeInserted(copy);
    // The table was typed into (C6): it stays; the highlights and the review sheet go.
    expect(removed.ok && [removed.value.removed.map((i) => i.kind).sort(), removed.value.kept.map((i) => i.kind)]).toEqual([["highlights", "sheet"], ["table"]]);
    const bare = path.join(dir, "go-bo.xlsx");
    await copy.save(bare);
    const converted = await recalcWithLibreOffice([out, bare]);
    const lo = converted.get(out) ?? "";
    const bareNames = execFileSync("/usr/bin/python3", ["-c", NAMES, bare, converted.get(bare) ?? ""], { encoding: "utf8" }).trim().split("\n");
    // The plan, and the store (very hidden), which keeps the decisions and the log.
    expect(bareNames).toEqual(['["Phụ lục", "PressDX_Data"]', '["Phụ lục", "PressDX_Data"]']);

    const seen = openpyxl([out, lo]);
    for (const [who, s] of [["pressdx", seen[out]], ["LibreOffice", seen[lo]]] as const) {
      if (!s) throw new Error(`nothing read from ${who}`);
      const last = 4 + s.rows.length - 1;
      expect([who, s.filter]).toEqual([who, `A4:L${last}`]);
      // LibreOffice run headless has no view, and saves no view settings at all (frozen panes included, whoever
      // wrote the file: an openpyxl file loses them the same way), so the frozen header is checked in ours.
      if (who === "pressdx") expect(s.freeze).toBe("A5");
      expect([who, s.rows[0]]).toEqual([who, ["STT", "Mức độ", "Trạng thái", "Trang tính", "Ô", "Chỉ tiêu", "Năm", "Giá trị", "Quy tắc", "Nội dung", "Lý do", "Mã quy tắc"]]);
      const c6 = s.rows.findIndex((r) => r[4] === "C6");
      expect([who, s.rows[c6]?.[7], s.formats[c6 - 1], s.rows[c6]?.[8], s.rows[c6]?.[11]]).toEqual([who, 1.5, "0%", "Ngoài khoảng 0–100%", "figure.out_of_range"]);
      expect([who, s.states["PressDX_Data"]]).toEqual([who, who === "pressdx" ? "veryHidden" : expect.stringMatching(/^(veryHidden|hidden)$/)]);
    }
  }, 120_000);
});
