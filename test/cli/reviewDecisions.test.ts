/**
 * A reviewer's decisions hold wherever the workbook goes. Decided in Excel (the pane over the Excel stand-in), saved
 * as an .xlsx, checked by `pressdx validate`: accepted findings are marked, and only open errors fail the run. The
 * reverse: decided on the file (the xlsx adapter), opened in Excel: the pane shows them accepted, and a changed cell
 * reopens its decision. A `validate --out` copy records its check, so the next run says what changed.
 */
import path from "node:path";
import { OfficeWorkbook } from "../../src/adapters/office";
import { PackageWorkbook } from "../../src/adapters/xlsx/packageWorkbook";
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import type { Finding } from "../../src/domain/findings";
import { findingKey } from "../../src/domain/review";
import { installStandIn, type StandIn } from "../../src/standin";
import { createServices, type HostBindings } from "../../src/taskpane/compositionRoot";
import type { PaneServices, ValidationView } from "../../src/taskpane/services";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";
import { pressdx, tempDir } from "./capture";
import { openInExcel, saveAsXlsx } from "../support/workbookCopies";

interface JsonFinding {
  sheet: string;
  cell: string;
  code: string;
  severity: string;
  status: string;
  reason?: string;
}
interface JsonReport {
  findings: JsonFinding[];
  summary: { errors: number };
  open: { errors: number; warnings: number };
  changes: { fixed: number; added: number; unchanged: number } | null;
}

function paneOver(standin: StandIn): PaneServices {
  installStandIn(globalThis, standin);
  const b: HostBindings = {
    port: new OfficeWorkbook(),
    host: { platform: "test", notesSupported: false },
    selection: async () => ({ sheet: "Phụ lục", range: "A1", row: 0, col: 0 }),
    selectCell: async () => undefined,
    loadSetting: async () => undefined,
    saveSetting: async () => undefined,
    onUserEdit: () => () => undefined,
    now: () => new Date(2026, 11, 7, 6, 18),
    workbookName: "Sổ làm việc này",
  };
  return createServices(b);
}

const REQUEST = { scope: "workbook", highlight: true, agencies: null } as const;

async function check(s: PaneServices): Promise<ValidationView> {
  const r = await s.validate(REQUEST, "vi");
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const at = (v: { findings: readonly Finding[] }, cell: string, code: string): Finding => {
  const f = v.findings.find((x) => x.cell === cell && x.code === code);
  if (!f) throw new Error(`no ${code} at ${cell}`);
  return f;
};

async function validateJson(file: string): Promise<{ code: number; report: JsonReport }> {
  const run = await pressdx("validate", file, "--json");
  expect(run.stderr).toBe("");
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

describe("decisions made in Excel hold in the batch run", () => {
  it("marks accepted findings in --json and the text, and counts only open errors in the exit status", async () => {
    const standin = openInExcel({ sheets: [{ sheet: "Ghi chú", top: 0, left: 0, rows: [[{ value: "x" }]] }], names: {} });
    const pane = paneOver(standin);
    const inserted = await pane.insertAppendix({ preset: "national", periods: ["2023-2025"], where: "new_sheet" }, "vi");
    expect(inserted.ok).toBe(true);
    // 150% pasted (typing it is refused by the cell's validation, as in Excel).
    standin.model.userPaste("Phụ lục", "C6", 1.5).userEdit("Phụ lục", "D7", 0.6).userEdit("Phụ lục", "E7", 0.5);
    const first = await check(pane);
    for (const [f, reason] of [
      [at(first, "C6", "figure.out_of_range"), "Tỉnh nhập 150% theo chỉ đạo, sẽ sửa"],
      [at(first, "E7", "target.decreasing"), "Giảm theo kế hoạch 192"],
    ] as const) {
      const r = await pane.decide({ ...REQUEST, decision: { accept: f, reason } }, "vi");
      if (!r.ok) throw new Error(r.error.message);
    }
    const file = path.join(tempDir(), "da-kiem-tra.xlsx");
    await saveAsXlsx(await new OfficeWorkbook().read(), file);

    const { code, report } = await validateJson(file);
    const c6 = report.findings.find((f) => f.cell === "C6" && f.code === "figure.out_of_range");
    expect(c6).toMatchObject({ severity: "error", status: "accepted", reason: "Tỉnh nhập 150% theo chỉ đạo, sẽ sửa" });
    expect(report.findings.find((f) => f.cell === "E7" && f.code === "target.decreasing")?.status).toBe("accepted");
    expect(report.findings.filter((f) => f.status === "accepted")).toHaveLength(2);
    // The error is still an error; accepted, it no longer fails the run.
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.open.errors).toBe(0);
    expect(code).toBe(0);

    const text = await pressdx("validate", file);
    expect(text.stdout).toMatch(/C6 .*— ĐÃ CHẤP NHẬN: Tỉnh nhập 150% theo chỉ đạo, sẽ sửa/);
    expect(text.stdout).toMatch(/2 phát hiện đã được người kiểm tra chấp nhận\./);
    expect(text.code).toBe(0);
  });
});

describe("decisions made on the file hold in Excel", () => {
  it("shows them accepted in the pane, and reopens one whose cell changes", async () => {
    const dir = tempDir();
    const plan = path.join(dir, "ke-hoach.xlsx");
    expect((await pressdx("insert", plan, "--period", "2023-2025")).code).toBe(0);
    const book = await XlsxFile.load(plan);
    await book.apply([{ sheet: "Phụ lục", cells: [{ address: "D7", value: 0.6 }, { address: "E7", value: 0.5 }] }]);
    const checked = await checkWorkbook(book, { highlight: true });
    if (!checked.ok) throw new Error(checked.error.code);
    const key = findingKey(at(checked.value.report, "E7", "target.decreasing"));
    const decided = await checkWorkbook(book, { highlight: true, decide: { accept: [{ key, reason: "đã thống nhất với Sở" }], at: "07/12/2026 06:18" } });
    expect(decided.ok).toBe(true);
    const file = path.join(dir, "da-quyet-dinh.xlsx");
    await book.save(file);

    const standin = openInExcel(await (await PackageWorkbook.open(file)).read());
    expect(standin.model.sheet("PressDX_Data").visibility).toBe("VeryHidden");
    const pane = paneOver(standin);
    const view = await check(pane);
    const i = view.findings.findIndex((f) => f.cell === "E7" && f.code === "target.decreasing");
    expect(view.reviews?.[i]).toEqual({ status: "accepted", reason: "đã thống nhất với Sở", at: "07/12/2026 06:18" });

    standin.model.userEdit("Phụ lục", "E7", 0.45);
    const after = await check(pane);
    const j = after.findings.findIndex((f) => f.cell === "E7" && f.code === "target.decreasing");
    expect(after.reviews?.[j]?.status).toBe("reopened");
  });
});

describe("what changed, in the batch run", () => {
  it("a --out copy records its check; the next run on it compares against it", async () => {
    const dir = tempDir();
    const plan = path.join(dir, "ke-hoach.xlsx");
    await pressdx("insert", plan, "--period", "2023-2025");
    const book = await XlsxFile.load(plan);
    await book.apply([{ sheet: "Phụ lục", cells: [{ address: "C6", value: 1.5 }] }]);
    const broken = path.join(dir, "sai.xlsx");
    await book.save(broken);
    const copy = path.join(dir, "ban-sao.xlsx");
    expect((await pressdx("validate", broken, "--out", copy)).code).toBe(1);
    const { report } = await validateJson(copy);
    expect(report.changes).toEqual({ fixed: 0, added: 0, unchanged: report.findings.length });
    const text = await pressdx("validate", copy);
    expect(text.stdout).toContain(`So với lần kiểm tra trước: 0 đã sửa, 0 mới, ${report.findings.length} không đổi.`);
    // The very hidden store and the review sheet are never checked.
    expect(report.findings.filter((f) => f.sheet !== "Phụ lục")).toEqual([]);
  });
});
