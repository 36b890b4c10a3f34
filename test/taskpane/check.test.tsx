/** The Check tab: running a check, the results first, the findings tree by keyboard, Next/Previous, cancel, stale. */
import { act, screen, waitFor, within } from "@testing-library/react";
import { finding } from "../../src/domain/findings";
import { FakeServices, PLAN_TABLES } from "./fakeServices";
import { findingAt, openTab, panel, queryFindingAt, renderApp, tab, treeRows } from "./renderApp";

async function onCheck(services = new FakeServices()) {
  const app = await renderApp(services);
  await openTab(app.user, "Kiểm tra");
  return app;
}

async function checked(services = new FakeServices()) {
  const app = await onCheck(services);
  await app.user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
  await screen.findAllByText(/^Đã kiểm tra \d+ bảng chỉ tiêu|^Chưa có bảng chỉ tiêu/);
  return app;
}

const rowTexts = (): string[] => treeRows().map((r) => r.textContent ?? "");
/** The plan's tables, the second one long enough to hold a column of blanks. */
const LONG_TABLES = [PLAN_TABLES[0], { ...PLAN_TABLES[1], range: "A17:G40" }] as typeof PLAN_TABLES;
const blanks = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    finding({ code: "figure.blank", sheet: "Phụ lục", cell: `${"CDEF"[i % 4]}${18 + Math.floor(i / 4)}`, indicator: "platforms", year: 2026 + (i % 4), value: null }),
  );

describe("a check", () => {
  it("checks the whole workbook with highlights and the province's agencies, then focuses the summary, without a success notice", async () => {
    const { services } = await checked();
    expect(services.callsOf("validate").map((c) => c.args.slice(0, 2))).toEqual([[{ scope: "workbook", highlight: true, agencies: 3 }, "vi"]]);
    const summary = screen.getByText("Đã kiểm tra 2 bảng chỉ tiêu: 2 lỗi, 4 cảnh báo, 1 lưu ý. Đã tô màu 7 ô.");
    expect(document.activeElement).toBe(summary);
    expect(screen.queryByText("Xong")).toBeNull();
  });

  it("checks only the selected table, without highlights, when asked", async () => {
    const { user, services } = await onCheck();
    await user.click(within(panel()).getByRole("radio", { name: "Bảng đang chọn" }));
    await user.click(within(panel()).getByRole("checkbox", { name: "Tô màu các ô có vấn đề" }));
    await user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText(/^Đã kiểm tra/);
    expect(services.callsOf("validate")[0]?.args[0]).toEqual({ scope: "selection", highlight: false, agencies: 3 });
  });

  it("lists each table's findings errors first, then warnings, then notes, with Vietnamese messages and figures", async () => {
    await checked();
    const titles = treeRows().map((r) => r.title || (r.textContent ?? "").slice(0, 59));
    expect(titles).toEqual([
      "▾1. Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2023 - 2025 (6)",
      "Chọn ô Phụ lục!C9",
      "Chọn ô Phụ lục!D12",
      "Chọn ô Phụ lục!D8",
      "Chọn ô Phụ lục!E8",
      "Chọn ô Phụ lục!E12",
      "Chọn ô Phụ lục!B13",
      "▾2. Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2026 - 2030 (1)",
      "Chọn ô Phụ lục!C20",
    ]);
    expect(treeRows()[0]?.textContent).toContain("Trang “Phụ lục”, A7:F14 · 2023–2025");
    expect(findingAt("Phụ lục!C9").textContent).toContain("Phân tích dữ liệu, AI năm 2023: “4O%”");
    expect(findingAt("Phụ lục!C9").textContent).toContain("Giá trị: “4O%”");
    expect(findingAt("Phụ lục!E12").textContent).toContain("Giá trị: 90% · Mong đợi: 100%");
  });

  it("folds a rule's repeated findings in one table into one line with a count, which opens to its cells", async () => {
    const services = new FakeServices();
    services.validation = { ...services.validation, tables: LONG_TABLES, findings: [...services.validation.findings, ...blanks(31)] };
    const { user } = await checked(services);
    const folded = treeRows().find((r) => r.textContent?.includes("31 ô chưa có chỉ tiêu, 2026–2029"));
    if (!folded) throw new Error(rowTexts().join(" | "));
    expect(folded.getAttribute("aria-expanded")).toBe("false");
    expect(queryFindingAt("Phụ lục!C18")).toBeNull();
    // The decreasing target (a warning of its own) still shows by itself, before the folded blanks.
    expect(treeRows().indexOf(findingAt("Phụ lục!C20"))).toBeLessThan(treeRows().indexOf(folded));
    folded.focus();
    await user.keyboard("{ArrowRight}");
    expect(folded.getAttribute("aria-expanded")).toBe("true");
    expect(findingAt("Phụ lục!C18").getAttribute("aria-level")).toBe("3");
    expect(treeRows().filter((r) => r.getAttribute("aria-level") === "3")).toHaveLength(31);
    await user.click(screen.getByRole("button", { name: "EN – English" }));
    await waitFor(() => expect(rowTexts().some((x) => x.includes("31 cells with no target, 2026–2029"))).toBe(true));
  });

  it("is one tab stop, moved with the arrow keys, Home and End; Left goes to the table, Enter and Space select cells", async () => {
    const { user, services } = await checked();
    const stops = () => treeRows().filter((r) => r.tabIndex === 0);
    expect(stops()).toHaveLength(1);
    stops()[0]?.focus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(document.activeElement).toBe(findingAt("Phụ lục!D12"));
    expect(stops()).toEqual([findingAt("Phụ lục!D12")]);
    await user.keyboard("{Enter}");
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(findingAt("Phụ lục!C20"));
    await user.keyboard(" ");
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement?.textContent).toMatch(/^▾2\. Kế hoạch/);
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement?.getAttribute("aria-expanded")).toBe("false");
    expect(queryFindingAt("Phụ lục!C20")).toBeNull();
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(treeRows()[0]);
    expect(services.callsOf("selectCell").map((c) => c.args)).toEqual([
      ["Phụ lục", "D12"],
      ["Phụ lục", "C20"],
    ]);
  });

  it("goes through the findings with Next and Previous, or F8 and Shift+F8, selecting each cell and opening its line", async () => {
    const services = new FakeServices();
    services.validation = { ...services.validation, tables: LONG_TABLES, findings: [...services.validation.findings, ...blanks(4)] };
    const { user } = await checked(services);
    const nav = within(panel()).getByRole("group", { name: "Đi qua từng ô có vấn đề" });
    const next = within(nav).getByRole("button", { name: "Tiếp ›" });
    const previous = within(nav).getByRole("button", { name: "‹ Trước" });
    expect(nav.textContent).toContain("11 ô cần xem");
    await user.click(next);
    expect(nav.textContent).toContain("1/11");
    expect(previous.getAttribute("aria-disabled")).toBe("true");
    expect(findingAt("Phụ lục!C9").getAttribute("aria-current")).toBe("true");
    for (let i = 0; i < 6; i++) await user.keyboard("{F8}");
    // The seventh: C20, then into the folded blanks of the same table, which open.
    expect(findingAt("Phụ lục!C20").getAttribute("aria-current")).toBe("true");
    await user.keyboard("{F8}");
    expect(findingAt("Phụ lục!C18").getAttribute("aria-current")).toBe("true");
    await user.keyboard("{Shift>}{F8}{/Shift}");
    expect(nav.textContent).toContain("7/11");
    const selected = services.callsOf("selectCell").map((c) => c.args[1]);
    expect(selected).toEqual(["C9", "D12", "D8", "E8", "E12", "B13", "C20", "C18", "C20"]);
  });

  it("shows the counts as the severity filter, and hides a severity with its box", async () => {
    const { user } = await checked();
    const filter = within(panel()).getByRole("group", { name: "Hiện" });
    const warnings = within(filter).getByRole("checkbox", { name: "4 cảnh báo" });
    await user.click(warnings);
    expect(queryFindingAt("Phụ lục!D8")).toBeNull();
    expect(treeRows().map((r) => r.title).filter(Boolean)).toEqual(["Chọn ô Phụ lục!C9", "Chọn ô Phụ lục!D12", "Chọn ô Phụ lục!B13"]);
    for (const name of ["2 lỗi", "1 lưu ý"]) await user.click(within(filter).getByRole("checkbox", { name }));
    expect(screen.getByText("Không có vấn đề nào ở các mức đang hiện.")).toBeTruthy();
  });

  it("counts in English with plurals", async () => {
    const services = new FakeServices();
    services.settings = { ...services.settings, lang: "en" };
    services.validation = { ...services.validation, findings: services.validation.findings.slice(0, 3) };
    const app = await renderApp(services);
    await openTab(app.user, "Check");
    await app.user.click(within(panel()).getByRole("button", { name: "Check" }));
    expect(await screen.findByText("Checked 2 target tables: 1 error, 2 warnings, 0 notes. Highlighted 7 cells.")).toBeTruthy();
    const filter = within(panel()).getByRole("group", { name: "Show" });
    for (const name of ["1 error", "2 warnings", "0 notes"]) expect(within(filter).getByRole("checkbox", { name })).toBeTruthy();
  });

  it("clears the highlights and creates the results sheet, saying so below the buttons", async () => {
    const { user, services } = await checked();
    await user.click(within(panel()).getByRole("button", { name: "Xóa đánh dấu" }));
    expect(await screen.findByText("Đã xóa đánh dấu trên 7 trang tính: các ô trở lại đúng như cũ.")).toBeTruthy();
    await user.click(within(panel()).getByRole("button", { name: "Tạo trang kết quả kiểm tra" }));
    expect(await screen.findByText("Đã ghi kết quả kiểm tra vào trang “Kiểm tra”.")).toBeTruthy();
    expect(services.callsOf("writeReviewSheet")[0]?.args).toEqual([{ agencies: 3 }, "vi"]);
  });

  it("says an empty workbook has no target table yet, in a warning, never a green success, with a way to insert one", async () => {
    const services = new FakeServices();
    services.validation = {
      tables: [],
      findings: [finding({ code: "workbook.no_target_table", sheet: "", cell: "", indicator: null, year: null, value: null, file: "Sổ làm việc này" })],
      highlighted: 0,
      unhighlighted: [],
    };
    const { user } = await checked(services);
    const notice = document.querySelector(".pdx-notice");
    expect(notice?.textContent).toContain("Chưa có bảng chỉ tiêu nào trong sổ làm việc.");
    expect(notice?.textContent).not.toContain("Xong");
    expect(screen.queryByText(/lỗi/)).toBeNull();
    await user.click(within(panel()).getByRole("button", { name: "Chèn bảng chỉ tiêu" }));
    expect(tab("Chèn").getAttribute("aria-selected")).toBe("true");
  });

  it("shows a long folded line fifty cells at a time", async () => {
    const services = new FakeServices();
    services.validation = { tables: services.validation.tables, findings: blanks(120).map((f, i) => ({ ...f, cell: `C${100 + i}` })), highlighted: 0, unhighlighted: [] };
    const { user } = await checked(services);
    const folded = treeRows().find((r) => r.getAttribute("aria-expanded") === "false");
    await user.click(folded as HTMLElement);
    expect(treeRows().filter((r) => r.title.startsWith("Chọn ô"))).toHaveLength(50);
    await user.click(screen.getByText("Hiện thêm 50 (còn 70)"));
    await user.click(screen.getByText("Hiện thêm 20 (còn 20)"));
    expect(treeRows().filter((r) => r.title.startsWith("Chọn ô"))).toHaveLength(120);
  });
});

describe("while and after a command runs", () => {
  it("shows a failure with its message and that nothing changed, until dismissed by its button or by Escape", async () => {
    const services = new FakeServices();
    services.failures.set("validate", { code: "excel.cell_edit_mode", message: "Bạn đang sửa một ô; hãy nhấn Enter rồi thử lại.", nothingChanged: true });
    const { user } = await onCheck(services);
    const check = within(panel()).getByRole("button", { name: "Kiểm tra" });
    await user.click(check);
    expect(await screen.findByText("Bạn đang sửa một ô; hãy nhấn Enter rồi thử lại.")).toBeTruthy();
    expect(screen.getByText("Không có gì trong sổ làm việc bị thay đổi.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Đóng" }));
    expect(screen.queryByText("Bạn đang sửa một ô; hãy nhấn Enter rồi thử lại.")).toBeNull();
    await user.click(check);
    await screen.findByText("Bạn đang sửa một ô; hãy nhấn Enter rồi thử lại.");
    await user.keyboard("{Escape}");
    expect(screen.queryByText("Bạn đang sửa một ô; hãy nhấn Enter rồi thử lại.")).toBeNull();
  });

  it("does not claim the workbook is unchanged when the failure may have changed it", async () => {
    const services = new FakeServices();
    services.failures.set("clearHighlights", { code: "excel.sync_failed", message: "Excel đã từ chối yêu cầu.", nothingChanged: false });
    const { user } = await onCheck(services);
    await user.click(within(panel()).getByRole("button", { name: "Xóa đánh dấu" }));
    expect(await screen.findByText("Excel đã từ chối yêu cầu.")).toBeTruthy();
    expect(screen.queryByText("Không có gì trong sổ làm việc bị thay đổi.")).toBeNull();
  });

  it("disables the buttons while a command runs, keeping the focus; shows progress beside the button; can cancel a check", async () => {
    const services = new FakeServices();
    services.held.add("validate");
    const { user } = await onCheck(services);
    const check = within(panel()).getByRole("button", { name: "Kiểm tra" });
    await user.click(check);
    expect(check.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(check);
    expect(within(panel()).getByRole("button", { name: "Xóa đánh dấu" }).getAttribute("aria-disabled")).toBe("true");
    await user.click(check);
    expect(services.callsOf("validate")).toHaveLength(1);
    expect(screen.queryByText("Đang kiểm tra các bảng chỉ tiêu…")).toBeNull();
    const cancel = await screen.findByRole("button", { name: "Hủy" });
    // Beside the button that started it, not at the top of the pane.
    expect(cancel.parentElement?.parentElement).toBe(check.parentElement);
    expect(screen.getByText("Đang kiểm tra các bảng chỉ tiêu…")).toBeTruthy();
    await user.click(cancel);
    expect(await screen.findByText("Đã hủy kiểm tra.")).toBeTruthy();
    expect(screen.getByText("Không có gì trong sổ làm việc bị thay đổi.")).toBeTruthy();
    expect(check.getAttribute("aria-disabled")).toBeNull();
    expect(screen.getByText(/^Chưa kiểm tra\./)).toBeTruthy();
  });

  it("says the results are out of date once the workbook is edited after the check, and checks again from there", async () => {
    const { user, services } = await checked();
    expect(screen.queryByText(/kết quả có thể đã cũ/)).toBeNull();
    act(() => services.userEdits());
    expect(screen.getByText("Sổ làm việc đã thay đổi sau lần kiểm tra: kết quả có thể đã cũ.")).toBeTruthy();
    await user.click(within(panel()).getByRole("button", { name: "Kiểm tra lại" }));
    await waitFor(() => expect(screen.queryByText(/kết quả có thể đã cũ/)).toBeNull());
    expect(services.callsOf("validate")).toHaveLength(2);
  });
});

describe("checking again as the user types", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  const advance = (ms: number) => act(async () => void jest.advanceTimersByTime(ms));

  it("checks once the edits pause, not at every edit, quietly, and stops listening when switched off or unmounted", async () => {
    const { user, services, unmount } = await renderApp(new FakeServices(), { fakeTimers: true });
    await openTab(user, "Kiểm tra");
    const toggle = within(panel()).getByRole("switch", { name: "Tự động kiểm tra lại khi sửa số liệu" });
    await user.click(toggle);
    expect(services.editListeners).toBe(1);
    services.userEdits();
    await advance(500);
    services.userEdits();
    await advance(799);
    expect(services.callsOf("validate")).toHaveLength(0);
    await advance(1);
    expect(services.callsOf("validate")).toHaveLength(1);
    expect(within(panel()).getByText(/^Đã kiểm tra 2 bảng chỉ tiêu/)).toBeTruthy();
    // Quiet: the focus stays where the user was.
    expect(document.activeElement).toBe(toggle);
    await user.click(toggle);
    expect(services.editListeners).toBe(1); // now only the "out of date" listener
    unmount();
    expect(services.editListeners).toBe(0);
  });

  it("waits for a running command before checking again", async () => {
    const services = new FakeServices();
    services.held.add("clearHighlights");
    services.settings = { ...services.settings, revalidateOnEdit: true };
    const { user } = await renderApp(services, { fakeTimers: true });
    await openTab(user, "Kiểm tra");
    await user.click(within(panel()).getByRole("button", { name: "Xóa đánh dấu" }));
    services.userEdits();
    await advance(800);
    expect(services.callsOf("validate")).toHaveLength(0);
    await act(async () => services.release());
    await advance(800);
    expect(services.callsOf("validate")).toHaveLength(1);
  });
});
