import { act, screen, within } from "@testing-library/react";
import { finding } from "../../src/domain/findings";
import { FakeServices } from "./fakeServices";
import { findingAt, panel, queryFindingAt, renderApp, tab } from "./renderApp";

async function validated(services = new FakeServices()) {
  const app = await renderApp(services);
  await app.user.click(tab("Kiểm tra"));
  await app.user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText(/^Nhận diện \d+ bảng chỉ tiêu\.$/);
  return app;
}

describe("the Validate tab", () => {
  it("validates the whole workbook with highlights and the province's agencies by default", async () => {
    const { services } = await validated();
    expect(services.callsOf("validate")).toEqual([{ name: "validate", args: [{ scope: "workbook", highlight: true, agencies: 3 }, "vi"] }]);
  });

  it("validates only the selected table, without highlights, when asked", async () => {
    const app = await renderApp();
    await app.user.click(tab("Kiểm tra"));
    await app.user.click(within(panel()).getByRole("radio", { name: "Bảng đang chọn" }));
    await app.user.click(within(panel()).getByRole("checkbox", { name: "Tô màu các ô có vấn đề" }));
    await app.user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Nhận diện 2 bảng chỉ tiêu.");
    expect(app.services.callsOf("validate")[0]?.args[0]).toEqual({ scope: "selection", highlight: false, agencies: 3 });
  });

  it("shows the counts of errors, warnings and notes, and says what was done", async () => {
    await validated();
    const filter = within(panel()).getByRole("group", { name: "Lọc theo mức độ" });
    expect(within(filter).getByRole("button", { name: "2 Lỗi" })).toBeTruthy();
    expect(within(filter).getByRole("button", { name: "4 Cảnh báo" })).toBeTruthy();
    expect(within(filter).getByRole("button", { name: "1 Lưu ý" })).toBeTruthy();
    expect(screen.getByText("Đã kiểm tra 2 bảng: 2 lỗi, 4 cảnh báo, 1 lưu ý. Đã tô màu 7 ô.")).toBeTruthy();
  });

  it("groups the findings by table, then by indicator, with Vietnamese messages and figures", async () => {
    await validated();
    const first = screen.getByRole("heading", { name: /A7:F14 \(2023–2025\)/ });
    expect(first.textContent).toContain("Phụ lục › A7:F14 (2023–2025) — 1. Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2023 - 2025 (6)");
    expect(screen.getByRole("heading", { name: /A17:G23 \(2026–2030\)/ }).textContent).toContain("(1)");
    const sections = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(sections).toEqual(["Đưa nội dung lên nền tảng số", "Phân tích dữ liệu, AI", "Đào tạo chuyển đổi số", "An toàn thông tin cấp độ 3", "Tòa soạn hội tụ"]);
    const notANumber = findingAt("Phụ lục!C9");
    expect(notANumber.textContent).toContain("Phân tích dữ liệu, AI năm 2023: “4O%” không phải là một số liệu đọc được (ví dụ hợp lệ: 67%, 0,67, trên 65%).");
    expect(notANumber.textContent).toContain("Giá trị: “4O%”");
    const below = findingAt("Phụ lục!E12");
    expect(below.textContent).toContain("Giá trị: 90% · Mong đợi: 100%");
  });

  it("selects a finding's cell when it is clicked", async () => {
    const { user, services } = await validated();
    await user.click(findingAt("Phụ lục!D12"));
    expect(services.callsOf("selectCell")).toEqual([{ name: "selectCell", args: ["Phụ lục", "D12"] }]);
  });

  it("selects a finding's cell from the keyboard, with Enter or Space", async () => {
    const { user, services } = await validated();
    findingAt("Phụ lục!C20").focus();
    await user.keyboard("{Enter}");
    findingAt("Phụ lục!E8").focus();
    await user.keyboard(" ");
    expect(services.callsOf("selectCell").map((c) => c.args)).toEqual([
      ["Phụ lục", "C20"],
      ["Phụ lục", "E8"],
    ]);
  });

  it("hides and shows a severity with its toggle", async () => {
    const { user } = await validated();
    const warnings = within(panel()).getByRole("button", { name: "4 Cảnh báo" });
    expect(warnings.getAttribute("aria-pressed")).toBe("true");
    await user.click(warnings);
    expect(warnings.getAttribute("aria-pressed")).toBe("false");
    expect(queryFindingAt("Phụ lục!D8")).toBeNull();
    expect(screen.queryByRole("heading", { name: /A17:G23/ })).toBeNull();
    expect(findingAt("Phụ lục!C9")).toBeTruthy();
    await user.click(warnings);
    expect(findingAt("Phụ lục!D8")).toBeTruthy();
  });

  it("says so when every finding is filtered out", async () => {
    const { user } = await validated();
    for (const name of ["2 Lỗi", "4 Cảnh báo", "1 Lưu ý"]) await user.click(within(panel()).getByRole("button", { name }));
    expect(screen.getByText("Không có phát hiện nào ở các mức đang hiện.")).toBeTruthy();
  });

  it("shows the same finding in English after switching the language", async () => {
    const { user, services } = await validated();
    await user.click(screen.getByRole("button", { name: "English" }));
    const notANumber = findingAt("Phụ lục!C9", "en");
    expect(notANumber.textContent).toContain("Agencies using a central data-analytics / AI platform 2023: “4O%” is not a readable figure (valid examples: 67%, 0.67, trên 65%).");
    expect(within(panel()).getByRole("button", { name: "2 Error" })).toBeTruthy();
    expect(tab("Validate")).toBeTruthy();
    expect(services.callsOf("saveSettings").map((c) => c.args[0])).toEqual([{ lang: "en", agencies: 3, defaultPreset: "national", revalidateOnEdit: false }]);
  });

  it("clears the highlights and writes the review sheet", async () => {
    const { user, services } = await validated();
    await user.click(within(panel()).getByRole("button", { name: "Xóa đánh dấu" }));
    expect(await screen.findByText("Đã xóa đánh dấu trên 7 trang tính: các ô trở lại đúng như cũ.")).toBeTruthy();
    await user.click(within(panel()).getByRole("button", { name: "Ghi trang kiểm tra" }));
    expect(await screen.findByText("Đã ghi danh sách phát hiện vào trang “Kiểm tra”.")).toBeTruthy();
    expect(services.callsOf("writeReviewSheet")[0]?.args).toEqual([{ agencies: 3 }, "vi"]);
  });

  it("shows a failure with its message and that nothing in the workbook changed, until dismissed", async () => {
    const services = new FakeServices();
    services.failures.set("validate", { code: "excel.cell_edit_mode", message: "Bạn đang sửa một ô; hãy nhấn Enter rồi thử lại.", nothingChanged: true });
    const { user } = await renderApp(services);
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("Bạn đang sửa một ô; hãy nhấn Enter rồi thử lại.")).toBeTruthy();
    expect(screen.getByText("Không có gì trong sổ tính bị thay đổi.")).toBeTruthy();
    expect(screen.getByText("Chưa kiểm tra. Bấm “Kiểm tra” để kiểm tra mọi bảng chỉ tiêu trong sổ tính.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Đóng" }));
    expect(screen.queryByText("Bạn đang sửa một ô; hãy nhấn Enter rồi thử lại.")).toBeNull();
  });

  it("does not claim the workbook is unchanged when the failure may have changed it", async () => {
    const services = new FakeServices();
    services.failures.set("clearHighlights", { code: "excel.sync_failed", message: "Excel đã từ chối yêu cầu.", nothingChanged: false });
    const { user } = await renderApp(services);
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("button", { name: "Xóa đánh dấu" }));
    expect(await screen.findByText("Excel đã từ chối yêu cầu.")).toBeTruthy();
    expect(screen.queryByText("Không có gì trong sổ tính bị thay đổi.")).toBeNull();
  });

  it("disables the buttons while a command runs, so it cannot run twice, keeping the focus where it was", async () => {
    const services = new FakeServices();
    services.held.add("validate");
    const { user } = await renderApp(services);
    await user.click(tab("Kiểm tra"));
    const validate = within(panel()).getByRole("button", { name: "Kiểm tra" });
    await user.click(validate);
    expect(validate.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(validate);
    expect(within(panel()).getByRole("button", { name: "Xóa đánh dấu" }).getAttribute("aria-disabled")).toBe("true");
    await user.click(validate);
    expect(services.callsOf("validate")).toHaveLength(1);
    await act(async () => services.release());
    expect(validate.getAttribute("aria-disabled")).toBeNull();
  });

  it("can be used from the keyboard alone: Enter on the tab, on the button, then on a finding", async () => {
    const { user, services } = await renderApp();
    // Moving focus with Tab and the arrow keys is Fluent's (Tabster's), which needs a real layout; jsdom has none.
    tab("Kiểm tra").focus();
    await user.keyboard("{Enter}");
    expect(tab("Kiểm tra").getAttribute("aria-selected")).toBe("true");
    within(panel()).getByRole("button", { name: "Kiểm tra" }).focus();
    await user.keyboard("{Enter}");
    await screen.findByText("Nhận diện 2 bảng chỉ tiêu.");
    findingAt("Phụ lục!D8").focus();
    await user.keyboard("{Enter}");
    expect(services.callsOf("selectCell").map((c) => c.args)).toEqual([["Phụ lục", "D8"]]);
  });

  it("shows a long list of findings fifty at a time", async () => {
    const services = new FakeServices();
    const blanks = Array.from({ length: 120 }, (_, i) =>
      finding({ code: "figure.blank", sheet: "Tỉnh", cell: `C${i + 2}`, indicator: "platforms", year: 2024, value: null }),
    );
    services.validation = { tables: [{ sheet: "Tỉnh", range: "A1:F200", title: null, years: [2023, 2024, 2025] }], findings: blanks, highlighted: 0, unhighlighted: [] };
    const { user } = await validated(services);
    expect(screen.getAllByTitle(/^Chọn ô Tỉnh!/)).toHaveLength(50);
    await user.click(within(panel()).getByRole("button", { name: "Hiện thêm 50 phát hiện (còn 70)" }));
    expect(screen.getAllByTitle(/^Chọn ô Tỉnh!/)).toHaveLength(100);
    await user.click(within(panel()).getByRole("button", { name: "Hiện thêm 20 phát hiện (còn 20)" }));
    expect(screen.getAllByTitle(/^Chọn ô Tỉnh!/)).toHaveLength(120);
    expect(within(panel()).queryByRole("button", { name: /^Hiện thêm/ })).toBeNull();
  });
});
