/**
 * The reviewer's work in the pane (jsdom, over the fake services): accept a finding with a reason by keyboard, see
 * it hidden then shown as accepted, reopen it, reset all, the change summary, the command log, and removing what
 * the tool inserted after a look at what would go.
 */
import { act, screen, within } from "@testing-library/react";
import { FakeServices, PLAN_FINDINGS } from "./fakeServices";
import { findingAt, panel, queryFindingAt, renderApp, tab } from "./renderApp";

async function validated(services = new FakeServices()) {
  const app = await renderApp(services);
  await app.user.click(tab("Kiểm tra"));
  await app.user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText(/^Nhận diện \d+ bảng chỉ tiêu\.$/);
  return app;
}

const D8 = PLAN_FINDINGS[0];

describe("the reviewer's decisions in the pane", () => {
  it("accepts a warning with a reason from the keyboard; it is hidden, then shown as accepted with its reason", async () => {
    const { user, services } = await validated();
    const accept = within(panel()).getByRole("button", { name: "Chấp nhận phát hiện ở ô Phụ lục!D8: Tỷ lệ không đạt được với số cơ quan" });
    accept.focus();
    await user.keyboard("{Enter}");
    const reason = within(panel()).getByRole("textbox", { name: /Lý do chấp nhận/ });
    expect(document.activeElement).toBe(reason);
    await user.keyboard("Tỉnh có 3 cơ quan: 60% là mục tiêu làm tròn");
    // Tab order (reason, then Save) is checked in the browser (test/e2e): jsdom's Tab skips Fluent's focus guards.
    within(panel()).getByRole("button", { name: "Lưu" }).focus();
    await user.keyboard("{Enter}");
    await screen.findByText("Đã chấp nhận phát hiện ở ô Phụ lục!D8; quyết định được lưu trong sổ làm việc.");
    expect(services.callsOf("decide")[0]?.args[0]).toEqual({
      scope: "workbook",
      highlight: true,
      agencies: 3,
      decision: { accept: D8, reason: "Tỉnh có 3 cơ quan: 60% là mục tiêu làm tròn" },
    });
    // Hidden by default, as Excel's ignored errors; focus lands on the filter that shows them.
    expect(queryFindingAt("Phụ lục!D8")).toBeNull();
    const show = within(panel()).getByRole("checkbox", { name: "Hiện phát hiện đã chấp nhận (1)" });
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(document.activeElement).toBe(show);
    await user.keyboard(" ");
    expect(findingAt("Phụ lục!D8")).toBeTruthy();
    expect(within(panel()).getByText("Đã chấp nhận lúc 07/12/2026 06:20: Tỉnh có 3 cơ quan: 60% là mục tiêu làm tròn")).toBeTruthy();
  });

  it("asks for a reason before accepting, and Escape closes the field back onto its button", async () => {
    const { user, services } = await validated();
    await user.click(within(panel()).getByRole("button", { name: "Chấp nhận phát hiện ở ô Phụ lục!C9: Không đọc được thành số" }));
    await user.click(within(panel()).getByRole("button", { name: "Lưu" }));
    expect(within(panel()).getByText("Ghi lý do để người khác hiểu vì sao phát hiện này được chấp nhận.")).toBeTruthy();
    expect(services.callsOf("decide")).toEqual([]);
    await user.keyboard("{Escape}");
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(within(panel()).queryByRole("textbox")).toBeNull();
    expect(document.activeElement).toBe(within(panel()).getByRole("button", { name: "Chấp nhận phát hiện ở ô Phụ lục!C9: Không đọc được thành số" }));
  });

  it("reopens an accepted finding, and reopens all after a confirmation", async () => {
    const services = new FakeServices();
    const { user } = await validated(services);
    for (const cell of ["D8", "E8"]) {
      await user.click(within(panel()).getByRole("button", { name: new RegExp(`^Chấp nhận phát hiện ở ô Phụ lục!${cell}:`) }));
      await user.type(within(panel()).getByRole("textbox"), "đúng");
      await user.click(within(panel()).getByRole("button", { name: "Lưu" }));
      await screen.findByText(`Đã chấp nhận phát hiện ở ô Phụ lục!${cell}; quyết định được lưu trong sổ làm việc.`);
    }
    await user.click(within(panel()).getByRole("checkbox", { name: "Hiện phát hiện đã chấp nhận (2)" }));
    await user.click(within(panel()).getByRole("button", { name: "Mở lại phát hiện ở ô Phụ lục!D8: Tỷ lệ không đạt được với số cơ quan" }));
    await screen.findByText("Đã mở lại phát hiện ở ô Phụ lục!D8.");
    expect(services.callsOf("decide")[2]?.args[0]).toMatchObject({ decision: { reopen: D8 } });

    await user.click(within(panel()).getByRole("button", { name: "Mở lại mọi phát hiện đã chấp nhận" }));
    const confirm = within(panel()).getByRole("region", { name: "Mở lại mọi phát hiện đã chấp nhận" });
    expect(within(confirm).getByText("Mở lại cả 1 phát hiện đã chấp nhận? Lý do đã ghi sẽ bị xóa.")).toBeTruthy();
    expect(document.activeElement).toBe(within(confirm).getByRole("button", { name: "Mở lại mọi phát hiện đã chấp nhận" }));
    await user.keyboard("{Enter}");
    await screen.findByText("Mọi phát hiện đã được mở lại.");
    expect(services.callsOf("decide")[3]?.args[0]).toMatchObject({ decision: { resetAll: true } });
    expect(within(panel()).queryByRole("checkbox", { name: /đã chấp nhận/ })).toBeNull();
  });

  it("puts a note on each coloured cell when the reviewer turns it on, kept in the workbook's settings", async () => {
    const services = new FakeServices();
    const { user } = await renderApp(services);
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("switch", { name: "Ghi chú lý do lên các ô được tô màu" }));
    expect(services.callsOf("saveSettings").at(-1)?.args[0]).toMatchObject({ cellNotes: true });
    await user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText(/^Nhận diện \d+ bảng chỉ tiêu\.$/);
    expect(services.callsOf("validate")[0]?.args[0]).toEqual({ scope: "workbook", highlight: true, agencies: 3, notes: true });
  });

  it("says why notes are off where Excel has none", async () => {
    const services = new FakeServices();
    services.host = { platform: "PC", notesSupported: false };
    const { user } = await renderApp(services);
    await user.click(tab("Kiểm tra"));
    const notes = within(panel()).getByRole("switch", { name: "Ghi chú lý do lên các ô được tô màu" });
    expect((notes as HTMLInputElement).disabled).toBe(true);
    expect(within(panel()).getByText(/Phiên bản Excel này chưa có ghi chú ô/)).toBeTruthy();
  });

  it("says what changed since the previous check", async () => {
    const services = new FakeServices();
    services.validation = { ...services.validation, changes: { fixed: 2, added: 1, unchanged: 45 } };
    await validated(services);
    expect(within(panel()).getByText("So với lần kiểm tra trước: 2 đã sửa, 1 mới, 45 không đổi.")).toBeTruthy();
  });
});

describe("the command log and removing what was inserted", () => {
  it("shows what each command wrote, newest first, and what Ctrl+Z can undo", async () => {
    const services = new FakeServices();
    services.log.push({ at: "07/12/2026 06:30", command: "review", wrote: "'Kiểm tra'!A1:L40" });
    const { user } = await renderApp(services);
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("button", { name: "Xem nhật ký các lệnh" }));
    const log = await screen.findByRole("region", { name: "Nhật ký: công cụ đã ghi gì" });
    const items = within(log).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(["07/12/2026 06:30 · Tạo trang kết quả kiểm tra'Kiểm tra'!A1:L40", "07/12/2026 06:18 · Chèn bảng chỉ tiêuPhụ lục!A1:F22"]);
    expect(within(log).getByText(/Ctrl\+Z hoàn tác mỗi lệnh của công cụ trong một bước; trong Office 2021 và 2024 thì không hoàn tác được/)).toBeTruthy();
  });

  it("lists what would go and what stays before removing anything; only the dialog's button removes", async () => {
    const services = new FakeServices();
    services.removal = {
      removed: [{ kind: "highlights", where: "Phụ lục" }, { kind: "sheet", where: "Kiểm tra" }],
      kept: [{ kind: "table", where: "Phụ lục!A1:F22", keptBecause: "changed" }],
    };
    const { user } = await renderApp(services);
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("button", { name: "Gỡ bỏ những gì công cụ đã chèn…" }));
    const dialog = await within(panel()).findByRole("region", { name: "Gỡ bỏ những gì công cụ đã chèn" });
    expect(services.callsOf("removeInserted").map((c) => c.args[0])).toEqual([{ dryRun: true }]);
    expect(within(dialog).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Tô màu trên trang: Phụ lục",
      "Trang tính của công cụ: Kiểm tra",
      "Bảng chỉ tiêu: Phụ lục!A1:F22 (đã có dữ liệu bạn nhập hoặc sửa)",
    ]);
    await user.keyboard("{Escape}");
    expect(within(panel()).queryByRole("region", { name: "Gỡ bỏ những gì công cụ đã chèn" })).toBeNull();
    expect(services.callsOf("removeInserted")).toHaveLength(1);
    await user.click(within(panel()).getByRole("button", { name: "Gỡ bỏ những gì công cụ đã chèn…" }));
    await user.click(await within(panel()).findByRole("button", { name: "Gỡ bỏ" }));
    await screen.findByText("Đã gỡ bỏ 2 mục do công cụ chèn.");
    expect(services.callsOf("removeInserted").map((c) => c.args[0])).toEqual([{ dryRun: true }, { dryRun: true }, { dryRun: false }]);
  });

  it("speaks English too", async () => {
    const services = new FakeServices();
    services.settings = { ...services.settings, lang: "en" };
    const { user } = await renderApp(services);
    await user.click(tab("Validate"));
    await user.click(within(panel()).getByRole("button", { name: "Validate" }));
    await user.click(await within(panel()).findByRole("button", { name: "Accept the finding at Phụ lục!D8: Share no count of agencies gives" }));
    expect(within(panel()).getByRole("textbox", { name: /Reason for accepting/ })).toBeTruthy();
    expect(within(panel()).getByRole("button", { name: "Remove what the tool inserted…" })).toBeTruthy();
  });
});
