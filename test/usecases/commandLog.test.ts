/**
 * The log of what each command wrote, kept in the workbook (the pane's composition root over the memory adapter):
 * one entry per writing command, in the same batch as its writes; a re-check that writes the same ranges updates its
 * entry's time; a write to the store alone (a decision that changes no highlight) is not logged; a locked workbook without a store runs its commands
 * unlogged rather than refusing them.
 */
import { MemoryWorkbook } from "../../src/adapters/memory";
import { createServices, type HostBindings } from "../../src/taskpane/compositionRoot";
import type { PaneServices } from "../../src/taskpane/services";

function services(wb: MemoryWorkbook, clock: { now: Date }): PaneServices {
  const b: HostBindings = {
    port: wb,
    host: { platform: "test", notesSupported: true },
    selection: async () => ({ sheet: "Phụ lục", range: "C6", row: 5, col: 2 }),
    selectCell: async () => undefined,
    loadSetting: async () => undefined,
    saveSetting: async () => undefined,
    onUserEdit: () => () => undefined,
    now: () => clock.now,
    workbookName: "Sổ làm việc này",
  };
  return createServices(b);
}

const REQ = { scope: "workbook", highlight: true, agencies: null } as const;

async function log(s: PaneServices): Promise<string[]> {
  const r = await s.commandLog("vi");
  if (!r.ok) throw new Error(r.error.message);
  return r.value.map((e) => `${e.at} ${e.command} ${e.wrote}`);
}

describe("the command log", () => {
  it("records each writing command with its time and the ranges it wrote, newest first", async () => {
    const wb = new MemoryWorkbook();
    const clock = { now: new Date(2026, 11, 7, 6, 18) };
    const s = services(wb, clock);
    expect(await log(s)).toEqual([]);
    await s.insertAppendix({ preset: "national", periods: ["2023-2025"], where: "new_sheet" }, "vi");
    wb.setCell("Phụ lục", "C6", 1.5);
    clock.now = new Date(2026, 11, 7, 6, 20);
    const checked = await s.validate(REQ, "vi");
    if (!checked.ok) throw new Error(checked.error.message);
    clock.now = new Date(2026, 11, 7, 6, 25);
    await s.validate(REQ, "vi"); // the same highlights again: nothing is written, so nothing is logged
    const f = checked.value.findings.find((x) => x.cell === "C6");
    if (!f) throw new Error("no finding at C6");
    // Accepted, C6 is no longer coloured: the decision's run removes its highlight, and says so.
    await s.decide({ ...REQ, decision: { accept: f, reason: "x" } }, "vi");
    // Accepted again with another reason: only the store is written, which the log leaves out.
    await s.writeReviewSheet({ agencies: null }, "vi");
    await s.decide({ ...REQ, decision: { accept: f, reason: "y" } }, "vi");
    expect(await log(s)).toEqual([
      "07/12/2026 06:25 review 'Kiểm tra'!A1:L5",
      "07/12/2026 06:25 decide 'Phụ lục'",
      "07/12/2026 06:20 validate 'Phụ lục'!C6",
      "07/12/2026 06:18 insert 'Phụ lục'!A1:F12",
    ]);
  });

  it("leaves a structure-locked workbook without a store unlogged, and still runs the command", async () => {
    const wb = new MemoryWorkbook([{ name: "Phụ lục", cells: {} }]);
    wb.structureProtected = true;
    const s = services(wb, { now: new Date(2026, 11, 7, 6, 18) });
    const r = await s.insertAppendix({ preset: "national", periods: ["2023-2025"], where: "selection" }, "vi");
    expect(r.ok).toBe(true);
    expect(wb.sheetNames()).toEqual(["Phụ lục"]);
    expect(await log(s)).toEqual([]);
  });
});
