/**
 * Big and odd workbooks through the Office adapter, over the stand-in — with its own globals and with Microsoft's
 * Office.js library in front of it (test/support/officeClient.ts), so the adapter's calls also pass the real
 * client's rules: merged areas past Excel's 512, notes as content, rules Excel cannot read or delete, writes cut to
 * Excel's limits, and a request refused for its size.
 */
import { OfficeWorkbook, type OfficeNotice } from "../../src/adapters/office";
import { MAX_CELLS_PER_CALL } from "../../src/adapters/office/cellSteps";
import { PRESETS } from "../../src/domain/presets";
import { PatchError } from "../../src/ports/patchError";
import { a1 } from "../../src/sheet/a1";
import type { CellWrite } from "../../src/sheet/patch";
import { createStandIn, installStandIn, type StandIn } from "../../src/standin";
import { checkWorkbook } from "../../src/usecases/checkWorkbook";
import { renderError } from "../../src/usecases/errorMessages";
import { insertAppendix } from "../../src/usecases/insertAppendix";
import { ok } from "../../src/usecases/result";
import { updating } from "../../src/usecases/writing";
import { installOfficeClient, summary, type OfficeClient } from "../support/officeClient";

type Client = "stand-in" | "library";

/** A stand-in with `setup` done through its own globals, then the globals the adapter is to meet. */
function excel(client: Client, options: Parameters<typeof createStandIn>[0] = {}): { s: StandIn; lib: OfficeClient | null } {
  const s = createStandIn({ apiVersion: "1.18", ...options });
  installStandIn(globalThis, s);
  return { s, lib: client === "library" ? installOfficeClient(s) : null };
}

const plan = (port: OfficeWorkbook) => insertAppendix(port, { preset: PRESETS.national, periods: ["2023-2025", "2026-2030"], sheet: "Phụ lục" });

describe.each<Client>(["stand-in", "library"])("big and odd workbooks (%s)", (client) => {
  it("reads a sheet of 600 merged areas in blocks Excel answers (512 at most each), and refuses a value inside one", async () => {
    const { s } = excel(client);
    s.model.addSheet("Cơ quan", Object.fromEntries(Array.from({ length: 600 }, (_, i) => [a1(i * 2, 0), `Cơ quan ${i + 1}`])));
    const sheet = s.model.sheet("Cơ quan");
    for (let i = 0; i < 600; i++) sheet.merges.push({ top: i * 2, left: 0, bottom: i * 2 + 1, right: 0 });
    const port = new OfficeWorkbook();
    const grid = (await port.read()).sheets.find((g) => g.sheet === "Cơ quan");
    expect(grid?.merges).toHaveLength(600);
    expect(grid?.merges).toContain("A1199:A1200");
    await expect(port.apply([{ sheet: "Cơ quan", cells: [{ address: "A1200", value: "x" }] }])).rejects.toThrow("inside merged area A1199:A1200");
    expect(s.model.cell("Cơ quan", "A1200").value).toBe("");
  });

  it("finds its rules by owner and deletes them by id: the user's rules among them survive every re-check", async () => {
    const { s } = excel(client);
    await plan(new OfficeWorkbook());
    s.model.addUserRule("Phụ lục", "C6:E6", { type: "Custom", formula: "=C6>0.9" }, "#00B050");
    s.model.addUserRule("Phụ lục", "D7", { type: "Custom", formula: "=D7<0" }, "#7030A0");
    s.model.userPaste("Phụ lục", "C6", 1.5);
    s.model.userPaste("Phụ lục", "D7", "4O%");
    const port = new OfficeWorkbook();
    await checkWorkbook(port, { highlight: true });
    s.model.userPaste("Phụ lục", "C6", 0.5);
    s.model.userPaste("Phụ lục", "E7", 2);
    await checkWorkbook(port, { highlight: true });
    const rules = s.model.conditionalFormats("Phụ lục");
    expect(rules.filter((r) => r.fill === "#00B050" || r.fill === "#7030A0").map((r) => r.address).sort()).toEqual(["C6:E6", "D7"]);
    const tool = rules.filter((r) => r.formula?.includes("pressdx:")).map((r) => r.address);
    // D7 and E7 are both errors now: one rule for the run of two cells; C6 was fixed.
    expect(tool).toContain("D7:E7");
    expect(tool.some((a) => a.startsWith("C6"))).toBe(false);
  });

  it("leaves a rule Excel cannot read alone and says so; the check still runs and highlights", async () => {
    const { s } = excel(client);
    await plan(new OfficeWorkbook());
    // Two cell-value rules on one cell (#6827): only their types are read (the tool's rules are custom), so no harm.
    s.model.addUserRule("Phụ lục", "F6:F8", { type: "CellValue", operator: "GreaterThan", formula1: "0.9" }, "#FF0000");
    s.model.addUserRule("Phụ lục", "F7", { type: "CellValue", operator: "LessThan", formula1: "0" }, "#0000FF");
    // A custom rule duplicated in Excel's dialog (#6835): its formula cannot be read, so it cannot be told to be ours.
    s.model.addUserRule("Phụ lục", "G6:G8", { type: "Custom", formula: "=G6>0.9" }, "#FF0000");
    s.model.addUserRule("Phụ lục", "G6:G8", { type: "Custom", formula: "=G6>0.9" }, "#FF0000");
    s.model.userPaste("Phụ lục", "C6", 1.5);
    const notices: OfficeNotice[] = [];
    const r = await checkWorkbook(new OfficeWorkbook({ onNotice: (n) => notices.push(n) }), { highlight: true });
    expect(r.ok && r.value.highlighted).toBeGreaterThan(0);
    expect(s.model.conditionalFormats("Phụ lục").some((c) => c.address === "C6" && c.formula?.includes("pressdx:"))).toBe(true);
    expect(notices).toEqual([{ kind: "unreadable_rules", sheet: "Phụ lục", count: 2 }]);
    expect(s.model.conditionalFormats("Phụ lục").filter((c) => !c.formula?.includes("pressdx:"))).toHaveLength(4);
  });

  it("reports a rule of its own Excel refuses to delete, and writes the rest of the change", async () => {
    const { s } = excel(client);
    await plan(new OfficeWorkbook());
    s.model.userPaste("Phụ lục", "C6", 1.5);
    s.model.userPaste("Phụ lục", "D7", "4O%");
    await checkWorkbook(new OfficeWorkbook(), { highlight: true });
    const c6 = s.model.conditionalFormats("Phụ lục").find((c) => c.address === "C6");
    s.model.refuseDelete("Phụ lục", c6?.id ?? "");
    s.model.userPaste("Phụ lục", "C6", 0.5);
    s.model.userPaste("Phụ lục", "E8", 2);
    const notices: OfficeNotice[] = [];
    const r = await checkWorkbook(new OfficeWorkbook({ onNotice: (n) => notices.push(n) }), { highlight: true });
    expect(r.ok).toBe(true);
    expect(notices).toEqual([{ kind: "undeletable_rules", sheet: "Phụ lục", count: 1 }]);
    const now = s.model.conditionalFormats("Phụ lục").map((c) => c.address);
    expect(now).toContain("C6"); // the one Excel kept
    expect(now).toContain("E8"); // the new finding, written after it
  });

  it("never gives setCellProperties more than 50,000 cells (Excel on the web fails past 80,000)", async () => {
    const { s } = excel(client, { platform: "OfficeOnline", payloadLimits: false });
    s.model.addSheet("Ô", {});
    // A checkerboard of two styles: no rectangle of one style, so every cell is styled on its own.
    const cells: CellWrite[] = [];
    for (let r = 0; r < 300; r++) for (let c = 0; c < 300; c++) cells.push({ address: a1(r, c), style: { fill: (r + c) % 2 ? "FFEB9C" : "DDEBF7" } });
    await new OfficeWorkbook().apply([{ sheet: "Ô", cells }]);
    expect(s.model.cell("Ô", "A1").fill).toBe("#DDEBF7");
    expect(s.model.cell("Ô", "KN300").fill).toBe("#DDEBF7");
    expect(s.model.cell("Ô", "B1").fill).toBe("#FFEB9C");
    expect(MAX_CELLS_PER_CALL).toBeLessThanOrEqual(50_000);
  });
});

// Notes (ExcelApi 1.18) through the stand-in's globals only: the library in @microsoft/office-js 1.1.110 predates the
// notes API (its Worksheet has no `notes`); the CDN's office.js, which the pane loads, has it.
describe("notes as content (stand-in)", () => {
  it("counts a note as content: nothing is placed over it, and a table goes below it", async () => {
    const { s } = excel("stand-in");
    s.model.addSheet("Trang 1", { A1: "Kế hoạch của tỉnh" });
    s.model.addNote("Trang 1", "C9", "Số liệu năm trước");
    const port = new OfficeWorkbook({ notes: true });
    const before = s.model.snapshot();
    const over = await insertAppendix(port, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Trang 1", at: { row: 2, col: 0 } });
    expect(over).toEqual({ ok: false, error: { code: "insert.no_space", operands: { sheet: "Trang 1", range: expect.stringMatching(/^A3:/) } } });
    expect(s.model.snapshot()).toEqual(before);
    const below = await insertAppendix(port, { preset: PRESETS.national, periods: ["2023-2025"], sheet: "Trang 1" });
    expect(below.ok && below.value.range).toMatch(/^A11:/);
    expect(s.model.notes("Trang 1")).toContainEqual({ address: "C9", content: "Số liệu năm trước" });
  });

  it("refuses a note where one already is before writing anything (a batch would fail half-way)", async () => {
    const { s } = excel("stand-in");
    s.model.addSheet("Trang 1", {});
    s.model.addNote("Trang 1", "B2", "của người dùng");
    const port = new OfficeWorkbook({ notes: true });
    const write = port.apply([{ sheet: "Trang 1", cells: [{ address: "A1", value: "đầu" }], notes: [{ address: "B2", text: "của công cụ" }] }]);
    await expect(write).rejects.toThrow(PatchError);
    await expect(write).rejects.toThrow("already holds a note");
    expect(s.model.cell("Trang 1", "A1").value).toBe("");
  });

});

describe("writes within Excel on the web's limits (Microsoft's library)", () => {
  it("cuts a 20,000-row write into syncs whose every request is under 1 MB as Office.js serialises it", async () => {
    const { s, lib } = excel("library", { platform: "OfficeOnline" });
    s.model.addSheet("Dữ liệu", {});
    const cells: CellWrite[] = [];
    for (let r = 0; r < 20_000; r++) for (let c = 0; c < 6; c++) cells.push({ address: a1(r, c), value: c === 0 ? `Dòng số ${r + 1} của bảng dữ liệu` : r * 6 + c, style: { border: true } });
    lib?.reset();
    await new OfficeWorkbook().apply([{ sheet: "Dữ liệu", cells }]);
    const cost = summary(lib?.calls ?? []);
    expect(cost.syncs).toBeGreaterThan(3);
    expect(cost.maxRequestBytes).toBeLessThanOrEqual(1_000_000);
    expect(cost.maxResponseBytes).toBeLessThanOrEqual(1_000_000);
    expect(s.model.cell("Dữ liệu", "F20000").value).toBe(19_999 * 6 + 5);
    expect(s.model.cell("Dữ liệu", "A1").borders.top?.style).toBe("Continuous");
  });

  it("says running again would fail alike when Excel refuses a request for its size, and that nothing was written", async () => {
    const { s } = excel("library", { platform: "OfficeOnline" });
    s.model.addSheet("Dữ liệu", {});
    const text = "Một đoạn văn bản dài ".repeat(20);
    const cells: CellWrite[] = Array.from({ length: 20_000 }, (_, r) => ({ address: a1(r, 0), value: `${r}: ${text}` }));
    // A budget far over Excel's 5 MB: the whole write goes in one request, which the web refuses.
    const port = new OfficeWorkbook({ writeBudgetBytes: 100_000_000 });
    const r = await updating(port, () => ({ patches: [{ sheet: "Dữ liệu", cells }], result: ok(undefined) }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("write.too_large");
    expect(r.error.operands["written"]).toBe("no");
    const message = renderError(r.error, "en", "pane");
    expect(message).toMatch(/running again would be refused the same way; the workbook was not changed/);
    expect(message).not.toMatch(/run the command again/);
    expect(s.model.cell("Dữ liệu", "A1").value).toBe("");
  });
});
