/**
 * Typing is never disturbed: every batch of the add-in waits for the user's cell edit to end (settings, the edit
 * listener, commands); a re-check after an edit reads only the table it touched and writes only the highlights that
 * changed; with ExcelApi 1.20 a command is one undo step.
 */
import { OfficeWorkbook } from "../../src/adapters/office";
import { loadSetting, saveSetting, UserEdits } from "../../src/adapters/office/host";
import { PRESETS } from "../../src/domain/presets";
import type { UserEdit } from "../../src/ports/userEdit";
import { createStandIn, installStandIn, type StandIn } from "../../src/standin";
import { createServices, officeBindings } from "../../src/taskpane/compositionRoot";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";
import { insertAppendix } from "../../src/usecases/insertAppendix";
import { installOfficeClient, summary } from "../support/officeClient";

function excel(options: Parameters<typeof createStandIn>[0] = {}): StandIn {
  const s = createStandIn({ apiVersion: "1.14", ...options });
  installStandIn(globalThis, s);
  return s;
}

/** Resolves to "pending" if `p` has not settled after the stand-in had time to run a batch. */
async function stillPending(p: Promise<unknown>): Promise<boolean> {
  const marker = Symbol("pending");
  const first = await Promise.race([p.then(() => "done"), new Promise((r) => setTimeout(() => r(marker), 50))]);
  return first === marker;
}

describe("every batch waits for the user's cell edit", () => {
  it("loads and saves settings, and registers the edit listener, once the user stops typing (no InvalidOperationInCellEditMode)", async () => {
    const s = excel();
    s.model.addSheet("Trang");
    s.model.settings.set("pressdx.settings", '{"lang":"vi"}');
    s.model.startCellEdit();
    const loaded = loadSetting("pressdx.settings");
    expect(await stillPending(loaded)).toBe(true);
    const saved = saveSetting("pressdx.other", "1");
    expect(await stillPending(saved)).toBe(true);
    const edits: UserEdit[] = [];
    const failures: string[] = [];
    new UserEdits().subscribe((e) => edits.push(e), (m) => failures.push(m));
    s.model.endCellEdit();
    await expect(loaded).resolves.toBe('{"lang":"vi"}');
    await saved;
    expect(s.model.settingsObject()["pressdx.other"]).toBe("1");
    await new Promise((r) => setTimeout(r, 20));
    s.model.userEdit("Trang", "B3", 7);
    await s.model.settleEvents();
    await new Promise((r) => setTimeout(r, 20));
    expect(failures).toEqual([]);
    expect(edits).toEqual([{ sheet: "Trang", address: "B3", cellsOnly: true }]);
  });

  it("reports a failed settings load instead of swallowing it", async () => {
    excel({ apiVersion: "1.3" }); // no workbook settings before ExcelApi 1.4
    const services = createServices(officeBindings());
    await expect(services.loadSettings()).rejects.toThrow(/ApiNotFound|could not be found/);
  });

  it("tells the caller when Excel refuses to report edits, and tries again at the next subscription", async () => {
    const s = excel({ apiVersion: "1.8" }); // WorksheetCollection.onChanged is 1.9
    s.model.addSheet("Trang");
    const edits = new UserEdits();
    const failures: string[] = [];
    edits.subscribe(() => undefined, (m) => failures.push(m));
    await new Promise((r) => setTimeout(r, 20));
    expect(failures).toHaveLength(1);
    edits.subscribe(() => undefined, (m) => failures.push(m));
    await new Promise((r) => setTimeout(r, 20));
    expect(failures).toHaveLength(2);
  });
});

describe("one command, one undo step (ExcelApi 1.20)", () => {
  it("runs each command in one Excel.run asking Excel to merge its syncs into one undo group, where Excel has 1.20", async () => {
    for (const [version, merged] of [
      ["1.20", true],
      ["1.19", false],
    ] as const) {
      const s = excel({ apiVersion: version });
      s.model.addSheet("Sheet1");
      const runs: unknown[] = [];
      const run = s.Excel.run as (...a: unknown[]) => Promise<unknown>;
      (globalThis as unknown as { Excel: { run: unknown } }).Excel = {
        ...s.Excel,
        run: (...a: unknown[]) => {
          runs.push(a[0]);
          return run(...a);
        },
      };
      const services = createServices(officeBindings());
      const r = await services.insertAppendix({ preset: "national", periods: ["2023-2025"], where: "new_sheet" }, "vi");
      expect(r.ok).toBe(true);
      expect(runs).toEqual([merged ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true }]);
    }
  });
});

describe("the diagnostics' measures", () => {
  it("count the last command's round trips and estimate its bytes, and name this Excel and its API sets", async () => {
    const s = excel({ apiVersion: "1.18", platform: "OfficeOnline" });
    s.model.addSheet("Sheet1");
    const services = createServices(officeBindings());
    expect(services.diagnostics().lastCommand).toBeNull();
    await services.insertAppendix({ preset: "national", periods: ["2023-2025"], where: "new_sheet" }, "vi");
    const d = services.diagnostics();
    expect(d.platform).toBe("OfficeOnline");
    expect(d.apiSets.filter((a) => a.supported).map((a) => a.version)).toEqual(["1.14", "1.15", "1.16", "1.17", "1.18"]);
    expect(d.lastCommand).toEqual(expect.objectContaining({ command: "insertAppendix", ok: true, syncs: s.model.stats.syncs }));
    expect(d.lastCommand?.syncs).toBe(3);
    expect(d.lastCommand?.bytesWritten).toBeGreaterThan(10_000);
    expect(d.lastCommand?.largestWrite).toBe(d.lastCommand?.bytesWritten);
  });
});

describe("a re-check after an edit (Microsoft's library over the stand-in)", () => {
  it("reads only the edited table's sheet range and writes only the rule that changed", async () => {
    const s = excel({ platform: "OfficeOnline", apiVersion: "1.14" });
    for (const sheet of ["Tỉnh 1", "Tỉnh 2", "Tỉnh 3"]) {
      await insertAppendix(new OfficeWorkbook(), { preset: PRESETS.national, periods: ["2023-2025", "2026-2030"], sheet });
      s.model.userPaste(sheet, "C6", 1.5);
    }
    const lib = installOfficeClient(s);
    const services = createServices(officeBindings());
    const first = await services.validate({ scope: "workbook", highlight: true, agencies: null }, "vi");
    expect(first.ok).toBe(true);
    const rulesBefore = new Map(["Tỉnh 1", "Tỉnh 2", "Tỉnh 3"].map((sh) => [sh, s.model.conditionalFormats(sh)]));

    s.model.userPaste("Tỉnh 2", "D7", "4O%");
    lib.reset();
    const again = await services.validate(
      { scope: "workbook", highlight: true, agencies: null, edits: [{ sheet: "Tỉnh 2", address: "D7", cellsOnly: true }] },
      "vi",
    );
    if (!again.ok || !first.ok) throw new Error("validation failed");
    const cost = summary(lib.calls);
    expect(cost.syncs).toBe(2); // the table's range read, one write
    expect(cost.requestBytes + cost.responseBytes).toBeLessThan(50_000);
    // The other sheets' rules untouched; on the edited sheet one rule more, none replaced.
    expect(s.model.conditionalFormats("Tỉnh 1")).toEqual(rulesBefore.get("Tỉnh 1"));
    expect(s.model.conditionalFormats("Tỉnh 3")).toEqual(rulesBefore.get("Tỉnh 3"));
    const t2 = s.model.conditionalFormats("Tỉnh 2");
    expect(t2.filter((r) => !rulesBefore.get("Tỉnh 2")?.some((b) => b.id === r.id)).map((r) => r.address)).toEqual(["D7"]);
    // The merged outcome is what a whole check finds.
    const whole = await checkWorkbook(new OfficeWorkbook(), { highlight: true });
    if (!whole.ok) throw new Error(whole.error.code);
    const key = (f: { sheet: string; cell: string; code: string }) => `${f.sheet}!${f.cell} ${f.code}`;
    expect(again.value.findings.map(key).sort()).toEqual(whole.value.report.findings.map(key).sort());
    expect(again.value.highlighted).toBe(whole.value.highlighted);
  });
});
