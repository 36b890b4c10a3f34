/**
 * The reviewer's work in the Check tab (jsdom, over the fake services), by keyboard as a reviewer does it: the
 * findings tree is one tab stop, the arrow keys reach a finding, Tab its Accept or Reopen button. Accept with a
 * reason, see it hidden then shown as accepted, reopen it, reopen all, notes on coloured cells, what changed, the
 * command log, and removing what the tool inserted after a look at what would go.
 */
import { screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { FakeServices, PLAN_FINDINGS } from "./fakeServices";
import { button, findingAt, openTab, panel, queryFindingAt, renderApp } from "./renderApp";

/**
 * jsdom lays nothing out, so Fluent's focus manager (Tabster) takes every element for hidden and sends Tab to the
 * page's top. Say that an element is laid out unless it or a parent is `hidden` (as the Check tab's hidden siblings
 * are), and that the page has a size, so Tab walks the pane as a browser does.
 */
const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.closest("[hidden]") ? null : this.parentElement;
    },
  });
  jest.spyOn(document.body, "getBoundingClientRect").mockReturnValue({ x: 0, y: 0, top: 0, left: 0, right: 320, bottom: 800, width: 320, height: 800, toJSON: () => ({}) });
});
afterAll(() => {
  if (offsetParent) Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
  jest.restoreAllMocks();
});

type User = Awaited<ReturnType<typeof renderApp>>["user"];

async function onCheck(services = new FakeServices()) {
  const app = await renderApp(services);
  await openTab(app.user, services.settings.lang === "en" ? "Check" : "Kiểm tra");
  return app;
}

async function checked(services = new FakeServices()) {
  const app = await onCheck(services);
  await app.user.click(button(services.settings.lang === "en" ? "Check" : "Kiểm tra"));
  await screen.findByText(/^(Đã kiểm tra|Checked) \d+ /);
  return app;
}

const focused = (): HTMLElement | null => document.activeElement as HTMLElement | null;

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user does; fails if it never comes. */
async function tabTo(user: User, target: () => HTMLElement | null, options: { back?: boolean } = {}): Promise<HTMLElement> {
  for (let i = 0; i < 30 && (focused() === null || focused() !== target()); i++) await user.tab({ shift: options.back === true });
  const el = target();
  if (!el || focused() !== el) throw new Error(`Tab never reached it; the focus is on ${focused()?.outerHTML.slice(0, 120) ?? "nothing"}`);
  return el;
}

/** Tabs into the findings tree (one tab stop), then goes to the finding at `where` with Home and the arrow keys. */
async function arrowTo(user: User, where: string): Promise<HTMLElement> {
  await tabTo(user, () => (focused()?.getAttribute("role") === "treeitem" ? focused() : null));
  await user.keyboard("{Home}");
  for (let i = 0; i < 12 && focused() !== findingAt(where); i++) await user.keyboard("{ArrowDown}");
  expect(focused()).toBe(findingAt(where));
  return findingAt(where);
}

/** The buttons inside a finding's row. */
const rowButtons = (where: string): string[] => [...findingAt(where).querySelectorAll("button")].map((b) => b.getAttribute("aria-label") ?? b.textContent ?? "");

/** Accepts the finding at `where` with `reason`, by keyboard from before the tree. */
async function accept(user: User, where: string, reason: string): Promise<void> {
  await arrowTo(user, where);
  await user.tab();
  expect(focused()?.getAttribute("aria-label")).toMatch(new RegExp(`^Chấp nhận phát hiện ở ô ${where}:`));
  await user.keyboard("{Enter}");
  await user.keyboard(reason);
  await tabTo(user, () => button("Lưu"));
  await user.keyboard("{Enter}");
  await screen.findByText(`Đã chấp nhận phát hiện ở ô ${where}; quyết định được lưu trong sổ làm việc.`);
}

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { resultTypes: ["violations"] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const D8 = PLAN_FINDINGS[0];
const E8 = PLAN_FINDINGS[1];
const REASON = "Tỉnh có 3 cơ quan: 60% là mục tiêu làm tròn";

describe("the reviewer's decisions in the pane", () => {
  it("accepts a warning with a reason by keyboard; it is hidden, the focus lands on the filter, and shown it says why", async () => {
    const { user, services } = await checked();
    const row = await arrowTo(user, "Phụ lục!D8");
    // Only the finding with the tree's tab stop has buttons: the tree stays one tab stop.
    expect(rowButtons("Phụ lục!D8")).toEqual(["Chấp nhận phát hiện ở ô Phụ lục!D8: Tỷ lệ không đạt được với số cơ quan"]);
    expect(rowButtons("Phụ lục!E8")).toEqual([]);
    await user.tab();
    expect(focused()).toBe(within(row).getByRole("button", { name: "Chấp nhận phát hiện ở ô Phụ lục!D8: Tỷ lệ không đạt được với số cơ quan" }));
    await user.keyboard("{Enter}");
    const reason = within(panel()).getByRole("textbox", { name: /Lý do chấp nhận/ });
    expect(focused()).toBe(reason);
    expect(await violations()).toEqual([]);
    await user.keyboard(REASON);
    await user.tab();
    expect(focused()).toBe(button("Lưu"));
    await user.keyboard("{Enter}");
    await screen.findByText("Đã chấp nhận phát hiện ở ô Phụ lục!D8; quyết định được lưu trong sổ làm việc.");
    expect(services.callsOf("decide").map((c) => c.args[0])).toEqual([{ scope: "workbook", highlight: true, agencies: 3, decision: { accept: D8, reason: REASON } }]);
    // Hidden by default, as Excel's ignored errors are; the focus lands on the filter that shows them.
    expect(queryFindingAt("Phụ lục!D8")).toBeNull();
    const show = within(panel()).getByRole("checkbox", { name: "Hiện phát hiện đã chấp nhận (1)" });
    await waitFor(() => expect(focused()).toBe(show));
    await user.keyboard(" ");
    expect(findingAt("Phụ lục!D8").textContent).toContain(`Đã chấp nhận lúc 07/12/2026 06:20: ${REASON}`);
    // Another finding is still open, with nothing decided shown.
    expect(findingAt("Phụ lục!E8").textContent).not.toContain("Đã chấp nhận");
  });

  it("asks for a reason before accepting, and Escape closes the field back onto its button", async () => {
    const { user, services } = await checked();
    await arrowTo(user, "Phụ lục!C9");
    await user.tab();
    expect(focused()?.getAttribute("aria-label")).toBe("Chấp nhận phát hiện ở ô Phụ lục!C9: Không đọc được thành số");
    await user.keyboard("{Enter}");
    await tabTo(user, () => button("Lưu"));
    await user.keyboard("{Enter}");
    expect(within(panel()).getByText("Ghi lý do để người khác hiểu vì sao phát hiện này được chấp nhận.")).toBeTruthy();
    expect(services.callsOf("decide")).toEqual([]);
    // Back in the field, to write the reason.
    expect(focused()).toBe(within(panel()).getByRole("textbox", { name: /Lý do chấp nhận/ }));
    await user.keyboard("{Escape}");
    expect(within(panel()).queryByRole("textbox")).toBeNull();
    await waitFor(() => expect(focused()).toBe(within(findingAt("Phụ lục!C9")).getByRole("button", { name: /^Chấp nhận phát hiện ở ô Phụ lục!C9:/ })));
    expect(services.callsOf("decide")).toEqual([]);
  });

  it("reopens an accepted finding by keyboard, and reopens all after a confirmation", async () => {
    const { user, services } = await checked();
    await accept(user, "Phụ lục!D8", "đúng");
    await accept(user, "Phụ lục!E8", "đúng");
    const show = within(panel()).getByRole("checkbox", { name: "Hiện phát hiện đã chấp nhận (2)" });
    await waitFor(() => expect(focused()).toBe(show));
    await user.keyboard(" ");
    await arrowTo(user, "Phụ lục!D8");
    // An accepted finding without the tab stop says what was decided, with no button.
    expect(findingAt("Phụ lục!E8").textContent).toContain("Đã chấp nhận lúc 07/12/2026 06:20: đúng");
    expect(rowButtons("Phụ lục!E8")).toEqual([]);
    await user.tab();
    expect(focused()?.getAttribute("aria-label")).toBe("Mở lại phát hiện ở ô Phụ lục!D8: Tỷ lệ không đạt được với số cơ quan");
    expect(await violations()).toEqual([]);
    await user.keyboard("{Enter}");
    await screen.findByText("Đã mở lại phát hiện ở ô Phụ lục!D8.");
    expect(services.callsOf("decide")[2]?.args[0]).toMatchObject({ decision: { reopen: D8 } });
    expect(findingAt("Phụ lục!D8").textContent).not.toContain("Đã chấp nhận");
    // The focus stays on the finding it was on.
    expect(focused()).toBe(within(findingAt("Phụ lục!D8")).getByRole("button", { name: /^Chấp nhận phát hiện ở ô Phụ lục!D8:/ }));
    expect(within(panel()).getByRole("checkbox", { name: "Hiện phát hiện đã chấp nhận (1)" })).toBeTruthy();

    const resetAll = await tabTo(user, () => [...panel().querySelectorAll<HTMLElement>("button")].find((b) => b.textContent === "Mở lại mọi phát hiện đã chấp nhận") ?? null);
    await user.keyboard("{Enter}");
    const confirm = within(panel()).getByRole("region", { name: "Mở lại mọi phát hiện đã chấp nhận" });
    expect(within(confirm).getByText("Mở lại cả 1 phát hiện đã chấp nhận? Lý do đã ghi sẽ bị xóa.")).toBeTruthy();
    expect(services.callsOf("decide")).toHaveLength(3);
    expect(focused()).toBe(within(confirm).getByRole("button", { name: "Mở lại mọi phát hiện đã chấp nhận" }));
    expect(await violations()).toEqual([]);
    // Escape takes it back without reopening anything.
    await user.keyboard("{Escape}");
    expect(within(panel()).queryByRole("region", { name: "Mở lại mọi phát hiện đã chấp nhận" })).toBeNull();
    expect(focused()).toBe(resetAll);
    expect(services.callsOf("decide")).toHaveLength(3);
    await user.keyboard("{Enter}");
    await user.keyboard("{Enter}");
    await screen.findByText("Mọi phát hiện đã được mở lại.");
    expect(services.callsOf("decide").map((c) => (c.args[0] as { decision: unknown }).decision)).toEqual([
      { accept: D8, reason: "đúng" },
      { accept: E8, reason: "đúng" },
      { reopen: D8 },
      { resetAll: true },
    ]);
    expect(within(panel()).queryByRole("checkbox", { name: /đã chấp nhận/ })).toBeNull();
    expect(findingAt("Phụ lục!E8").textContent).not.toContain("Đã chấp nhận");
    // The button and the filter have gone with the last accepted finding: the focus goes to the check's summary.
    await waitFor(() => expect(focused()?.textContent).toMatch(/^Đã kiểm tra 2 bảng chỉ tiêu:/));
  });

  it("keeps the focus on the finding when it is accepted while accepted findings are shown", async () => {
    const { user, services } = await checked();
    await accept(user, "Phụ lục!E8", "đúng");
    await waitFor(() => expect(focused()?.getAttribute("type")).toBe("checkbox"));
    await user.keyboard(" ");
    await accept(user, "Phụ lục!D8", REASON);
    expect(services.callsOf("decide")).toHaveLength(2);
    expect(findingAt("Phụ lục!D8").textContent).toContain(`Đã chấp nhận lúc 07/12/2026 06:20: ${REASON}`);
    // Where the Accept button was, its Reopen button now is, with the focus.
    await waitFor(() => expect(focused()).toBe(within(findingAt("Phụ lục!D8")).getByRole("button", { name: /^Mở lại phát hiện ở ô Phụ lục!D8:/ })));
  });

  it("puts a note on each coloured cell when the reviewer turns it on, kept in the workbook's settings", async () => {
    const services = new FakeServices();
    const { user, unmount } = await onCheck(services);
    const notes = within(panel()).getByRole("switch", { name: "Ghi chú lý do lên các ô được tô màu" });
    expect((notes as HTMLInputElement).checked).toBe(false);
    notes.focus();
    await user.keyboard(" ");
    expect(services.callsOf("saveSettings").map((c) => c.args[0])).toEqual([
      { lang: "vi", agencies: 3, defaultPreset: "national", revalidateOnEdit: false, introDone: true, cellNotes: true },
    ]);
    expect((notes as HTMLInputElement).checked).toBe(true);
    await user.click(button("Kiểm tra"));
    await screen.findByText(/^Đã kiểm tra \d+ bảng chỉ tiêu/);
    expect(services.callsOf("validate")[0]?.args[0]).toEqual({ scope: "workbook", highlight: true, agencies: 3, notes: true });
    // The pane opened again on this workbook reads it back from its settings.
    unmount();
    await onCheck(services);
    expect((within(panel()).getByRole("switch", { name: "Ghi chú lý do lên các ô được tô màu" }) as HTMLInputElement).checked).toBe(true);
  });

  it("says why notes are off where Excel has none", async () => {
    const services = new FakeServices();
    services.host = { platform: "PC", notesSupported: false };
    await onCheck(services);
    const notes = within(panel()).getByRole("switch", { name: "Ghi chú lý do lên các ô được tô màu" });
    expect((notes as HTMLInputElement).disabled).toBe(true);
    expect(within(panel()).getByText(/Phiên bản Excel này chưa có ghi chú ô/)).toBeTruthy();
  });

  it("says what changed since the previous check, and still does after a decision", async () => {
    const services = new FakeServices();
    services.validation = { ...services.validation, changes: { fixed: 2, added: 1, unchanged: 45 } };
    const { user } = await checked(services);
    const said = "So với lần kiểm tra trước: 2 đã sửa, 1 mới, 45 không đổi.";
    expect(within(panel()).getByText(said)).toBeTruthy();
    await accept(user, "Phụ lục!D8", "đúng");
    expect(within(panel()).getByText(said)).toBeTruthy();
  });
});

describe("the command log and removing what was inserted", () => {
  it("shows what each command wrote, newest first, and what Ctrl+Z can undo", async () => {
    const services = new FakeServices();
    services.log.push({ at: "07/12/2026 06:30", command: "review", wrote: "'Kiểm tra'!A1:L40" });
    const { user } = await onCheck(services);
    await user.click(button("Xem nhật ký các lệnh"));
    const log = await screen.findByRole("region", { name: "Nhật ký: công cụ đã ghi gì" });
    const items = within(log).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(["07/12/2026 06:30 · Tạo trang kết quả kiểm tra'Kiểm tra'!A1:L40", "07/12/2026 06:18 · Chèn bảng chỉ tiêuPhụ lục!A1:F22"]);
    expect(within(log).getByText(/Ctrl\+Z hoàn tác mỗi lệnh của công cụ trong một bước; trong Office 2021 và 2024 thì không hoàn tác được/)).toBeTruthy();
  });

  it("lists what would go and what stays before removing anything; only the dialog's button removes", async () => {
    const services = new FakeServices();
    services.removal = {
      removed: [
        { kind: "highlights", where: "Phụ lục" },
        { kind: "sheet", where: "Kiểm tra" },
      ],
      kept: [{ kind: "table", where: "Phụ lục!A1:F22", keptBecause: "changed" }],
    };
    const { user } = await onCheck(services);
    const opener = button("Gỡ bỏ những gì công cụ đã chèn…");
    await user.click(opener);
    const dialog = await within(panel()).findByRole("region", { name: "Gỡ bỏ những gì công cụ đã chèn" });
    expect(services.callsOf("removeInserted").map((c) => c.args[0])).toEqual([{ dryRun: true }]);
    expect(within(dialog).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Tô màu trên trang: Phụ lục",
      "Trang tính của công cụ: Kiểm tra",
      "Bảng chỉ tiêu: Phụ lục!A1:F22 (đã có dữ liệu bạn nhập hoặc sửa)",
    ]);
    expect(within(dialog).getByText("Sẽ gỡ bỏ:")).toBeTruthy();
    expect(within(dialog).getByText("Sẽ giữ lại:")).toBeTruthy();
    expect(await violations()).toEqual([]);
    await user.keyboard("{Escape}");
    expect(within(panel()).queryByRole("region", { name: "Gỡ bỏ những gì công cụ đã chèn" })).toBeNull();
    expect(focused()).toBe(opener);
    expect(services.callsOf("removeInserted")).toHaveLength(1);
    await user.keyboard("{Enter}");
    const again = await within(panel()).findByRole("region", { name: "Gỡ bỏ những gì công cụ đã chèn" });
    expect(focused()).toBe(within(again).getByRole("button", { name: "Gỡ bỏ" }));
    await user.keyboard("{Enter}");
    await screen.findByText("Đã gỡ bỏ 2 mục do công cụ chèn.");
    expect(services.callsOf("removeInserted").map((c) => c.args[0])).toEqual([{ dryRun: true }, { dryRun: true }, { dryRun: false }]);
  });

  it("speaks English too", async () => {
    const services = new FakeServices();
    services.settings = { ...services.settings, lang: "en" };
    const { user } = await checked(services);
    await tabTo(user, () => (focused()?.getAttribute("role") === "treeitem" ? focused() : null));
    await user.keyboard("{Home}{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(focused()).toBe(findingAt("Phụ lục!D8", "en"));
    await user.tab();
    expect(focused()?.getAttribute("aria-label")).toBe("Accept the finding at Phụ lục!D8: Share no count of agencies gives");
    await user.keyboard("{Enter}");
    expect(within(panel()).getByRole("textbox", { name: /Reason for accepting/ })).toBe(focused());
    expect(button("Remove what the tool inserted…")).toBeTruthy();
    expect(button("Show the command log")).toBeTruthy();
  });
});
