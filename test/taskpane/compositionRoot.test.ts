import { MemoryWorkbook } from "../../src/adapters/memory";
import { renderMessage } from "../../src/domain/messages";
import { createServices, DEFAULT_SETTINGS, type HostBindings, settingsOf } from "../../src/taskpane/compositionRoot";

function bindings(wb: MemoryWorkbook, selection = { sheet: "Phụ lục", range: "C6", row: 5, col: 2 }) {
  const settings = new Map<string, unknown>();
  const selected: string[] = [];
  const b: HostBindings = {
    port: wb,
    host: { platform: "test", notesSupported: false },
    selection: async () => selection,
    selectCell: async (sheet, cell) => {
      selected.push(`${sheet}!${cell}`);
    },
    loadSetting: async (k) => settings.get(k),
    saveSetting: async (k, v) => {
      settings.set(k, v);
    },
    onUserEdit: () => () => undefined,
    now: () => new Date(2026, 10, 30, 9, 5),
    workbookName: "Sổ làm việc này",
  };
  return { b, settings, selected };
}

describe("the pane's composition root", () => {
  it("inserts the national tables on a new sheet, then finds a 150% share typed into them, highlights it and clears it", async () => {
    const wb = new MemoryWorkbook();
    const s = createServices(bindings(wb).b);
    const inserted = await s.insertAppendix({ preset: "national", periods: ["2023-2025", "2026-2030"], where: "new_sheet" }, "vi");
    expect(inserted).toEqual({ ok: true, value: { sheet: "Phụ lục", range: expect.stringMatching(/^A1:/) } });
    wb.setCell("Phụ lục", "C6", 1.5);
    const checked = await s.validate({ scope: "workbook", highlight: true, agencies: null }, "vi");
    if (!checked.ok) throw new Error(checked.error.message);
    const f = checked.value.findings.find((x) => x.cell === "C6");
    expect(f?.code).toBe("figure.out_of_range");
    expect(checked.value.highlighted).toBeGreaterThan(0);
    expect(renderMessage(f!, "vi")).toMatch(/150/);
    expect(wb.conditionalFormats("Phụ lục").some((r) => r.range === "C6")).toBe(true);
    const cleared = await s.clearHighlights("vi");
    expect(cleared).toEqual({ ok: true, value: { cleared: 1 } });
    expect(wb.conditionalFormats("Phụ lục")).toEqual([]);
  });

  it("gives the pane how each table was read and why a block beside it was refused", async () => {
    const wb = new MemoryWorkbook([
      {
        name: "Phụ lục",
        cells: {
          A1: { value: "STT" }, B1: { value: "Nội dung chỉ tiêu" }, C1: { value: "Năm 2024" }, D1: { value: "Năm 2025" },
          A2: { value: 1 }, B2: { value: "Tòa soạn hội tụ" }, C2: { value: 0.5, numberFormat: "0%" }, D2: { value: 0.8, numberFormat: "0%" },
          F1: { value: "Nội dung" }, G1: { value: "Năm 2024" }, H1: { value: "Năm 2025" },
          F2: { value: "Tòa soạn hội tụ" }, G2: { value: "Lồng ghép" }, H2: { value: "-" },
        },
      },
    ]);
    const checked = await createServices(bindings(wb).b).validate({ scope: "workbook", highlight: false, agencies: null }, "vi");
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.value.readings?.map((r) => [r.range, r.taken, r.reasons, r.explanation?.rows.map((x) => `${x.cell} ${x.read}`)])).toEqual([
      ["A1:D2", "target", ["indicator_rows"], ["B2 indicator"]],
      ["F1:H2", "refused", ["resource_texts"], ["F2 indicator"]],
    ]);
  });

  it("renders a refusal in the pane's language, saying nothing was changed", async () => {
    const wb = new MemoryWorkbook([{ name: "Phụ lục", cells: { C6: { value: "đã có" } } }]);
    const s = createServices(bindings(wb).b);
    const r = await s.insertAppendix({ preset: "national", periods: ["2023-2025"], where: "selection" }, "en");
    expect(r).toEqual({
      ok: false,
      error: { code: "insert.no_space", message: expect.stringMatching(/^Sheet “Phụ lục”: range C6:H17 is not empty/), nothingChanged: true },
    });
  });

  it("keeps settings in the workbook and falls back to defaults for anything missing or wrong", async () => {
    const { b, settings } = bindings(new MemoryWorkbook());
    const s = createServices(b);
    expect(await s.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const mine = { lang: "en", agencies: 12, defaultPreset: "thai-binh", revalidateOnEdit: true, introDone: true } as const;
    await s.saveSettings(mine);
    expect(JSON.parse(String(settings.get("pressdx.settings")))).toEqual(mine);
    expect(await s.loadSettings()).toEqual(mine);
    expect(settingsOf('{"lang":"fr","agencies":-3,"defaultPreset":"nowhere"}')).toEqual(DEFAULT_SETTINGS);
    expect(settingsOf("not json")).toEqual(DEFAULT_SETTINGS);
  });

  it("cancels a check before it writes anything, saying so in the pane's language", async () => {
    const wb = new MemoryWorkbook();
    const s = createServices(bindings(wb).b);
    await s.insertAppendix({ preset: "national", periods: ["2023-2025"], where: "new_sheet" }, "vi");
    wb.setCell("Phụ lục", "C6", 1.5);
    const abort = new AbortController();
    abort.abort();
    expect(await s.validate({ scope: "workbook", highlight: true, agencies: null }, "en", abort.signal)).toEqual({
      ok: false,
      error: { code: "cancelled", message: "Check cancelled.", nothingChanged: true },
    });
    expect(wb.conditionalFormats("Phụ lục")).toEqual([]);
  });

  it("inserts the worked example on a sheet of its own, which the next check finds wrong where it was typed", async () => {
    const wb = new MemoryWorkbook();
    const s = createServices(bindings(wb).b);
    expect(await s.insertExample("vi")).toEqual({ ok: true, value: { sheet: "Ví dụ", range: expect.stringMatching(/^A1:/) } });
    const checked = await s.validate({ scope: "workbook", highlight: true, agencies: 3 }, "vi");
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.value.findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual(["D6", "C7"]);
  });
});
