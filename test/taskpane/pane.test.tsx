/** The pane's first screen and settings: the first-run card, the Insert tab, the language, Settings. */
import { act, screen, within } from "@testing-library/react";
import { FakeServices } from "./fakeServices";
import { button, openTab, panel, renderApp, tab, textbox } from "./renderApp";

const firstRun = () => {
  const services = new FakeServices();
  services.settings = { ...services.settings, agencies: null, introDone: false };
  return services;
};

describe("the first run", () => {
  it("teaches the three steps without API jargon, asks the number of agencies, and can be put away", async () => {
    const { user, services } = await renderApp(firstRun());
    const card = screen.getByRole("region", { name: "Bắt đầu" });
    expect(within(card).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Chèn bảng chỉ tiêu chuẩn (hoặc dùng bảng bạn đã gõ).",
      "Gõ chỉ tiêu của tỉnh vào các cột năm.",
      "Bấm Kiểm tra: ô sai được tô màu và giải thích.",
    ]);
    expect(panel().textContent).not.toMatch(/ExcelApi|API/);
    await user.type(textbox("Số cơ quan báo chí của tỉnh", card), "4");
    await user.click(button("Đã hiểu, ẩn hướng dẫn", card));
    expect(services.callsOf("saveSettings").map((c) => c.args[0])).toEqual([
      { lang: "vi", agencies: 4, defaultPreset: "national", revalidateOnEdit: false, introDone: true },
    ]);
    expect(screen.queryByRole("region", { name: "Bắt đầu" })).toBeNull();
  });

  it("tries it on an example: inserts the example, opens the Check tab and checks, with the agencies given", async () => {
    const { user, services } = await renderApp(firstRun());
    const card = screen.getByRole("region", { name: "Bắt đầu" });
    await user.type(textbox("Số cơ quan báo chí của tỉnh", card), "3");
    await user.click(button("Thử với ví dụ", card));
    await screen.findByText(/^Đã kiểm tra 2 bảng chỉ tiêu/);
    expect(services.callsOf("insertExample")).toHaveLength(1);
    expect(tab("Kiểm tra").getAttribute("aria-selected")).toBe("true");
    expect(services.callsOf("validate")[0]?.args[0]).toEqual({ scope: "workbook", highlight: true, agencies: 3 });
    expect(services.settings.introDone).toBe(true);
  });

  it("does not show once dismissed in this workbook", async () => {
    await renderApp();
    expect(screen.queryByRole("region", { name: "Bắt đầu" })).toBeNull();
  });
});

describe("the Insert tab", () => {
  it("inserts both periods of the default preset on a new sheet, and says where, below the button", async () => {
    const { user, services } = await renderApp();
    await user.click(button("Chèn bảng"));
    expect(services.callsOf("insertAppendix")).toEqual([
      { name: "insertAppendix", args: [{ preset: "national", periods: ["2023-2025", "2026-2030"], where: "new_sheet" }, "vi"] },
    ]);
    expect(await screen.findByText("Đã chèn bảng chỉ tiêu vào trang “Phụ lục” (A1:G30).")).toBeTruthy();
  });

  it("names presets briefly, with their source below, and calls the service with the chosen preset, period and place", async () => {
    const { user, services } = await renderApp();
    const select = within(panel()).getByRole("combobox", { name: "Bộ chỉ tiêu" }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(["Chỉ tiêu quốc gia", "Tỉnh Thái Bình", "Tỉnh Sóc Trăng", "Tỉnh Lâm Đồng", "Bộ Kế hoạch và Đầu tư", "Bảng trống"]);
    await user.selectOptions(select, "Tỉnh Sóc Trăng");
    expect(within(panel()).getByText("Theo Kế hoạch 192/KH-UBND ngày 12/10/2023")).toBeTruthy();
    await user.click(within(panel()).getByRole("checkbox", { name: "2026–2030" }));
    await user.click(within(panel()).getByRole("radio", { name: "Tại ô đang chọn" }));
    await user.click(button("Chèn bảng"));
    expect(services.callsOf("insertAppendix")[0]?.args).toEqual([{ preset: "soc-trang", periods: ["2023-2025"], where: "selection" }, "vi"]);
  });

  it("needs at least one period", async () => {
    const { user } = await renderApp();
    await user.click(within(panel()).getByRole("checkbox", { name: "2023–2025" }));
    await user.click(within(panel()).getByRole("checkbox", { name: "2026–2030" }));
    expect(within(panel()).getByText("Chọn ít nhất một giai đoạn.")).toBeTruthy();
    expect(button("Chèn bảng").getAttribute("aria-disabled")).toBe("true");
  });

  it("reports a command that throws instead of answering, without claiming the workbook is unchanged", async () => {
    const services = new FakeServices();
    services.insertAppendix = () => Promise.reject(new Error("RichApi.Error: GeneralException"));
    const { user } = await renderApp(services);
    await user.click(button("Chèn bảng"));
    expect(await screen.findByText("Đã có lỗi không lường trước: RichApi.Error: GeneralException")).toBeTruthy();
    expect(screen.queryByText("Không có gì trong sổ làm việc bị thay đổi.")).toBeNull();
    expect(button("Chèn bảng").getAttribute("aria-disabled")).toBeNull();
  });
});

describe("the language", () => {
  it("starts as stored in the workbook; VI / EN switches every text and saves it; presets are named in English", async () => {
    const services = new FakeServices();
    services.settings = { ...services.settings, lang: "en", defaultPreset: "soc-trang" };
    const { user } = await renderApp(services);
    expect(tab("Check")).toBeTruthy();
    expect(screen.getByRole("button", { name: "EN – English" }).getAttribute("aria-pressed")).toBe("true");
    const select = within(panel()).getByRole("combobox", { name: "Targets preset" }) as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe("Sóc Trăng province");
    expect(within(panel()).getByText("From plan 192/KH-UBND, 12/10/2023")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "VI – Tiếng Việt" }));
    expect(tab("Kiểm tra")).toBeTruthy();
    expect(services.callsOf("saveSettings").map((c) => (c.args[0] as { lang: string }).lang)).toEqual(["vi"]);
  });
});

describe("the Settings tab", () => {
  it("saves the number of agencies, the default preset and checking on edits, keeping the header's language", async () => {
    const { user, services } = await renderApp();
    const settings = await openTab(user, "Cài đặt");
    const agencies = textbox("Số cơ quan báo chí của tỉnh");
    await user.clear(agencies);
    await user.type(agencies, "5");
    await user.selectOptions(within(settings).getByRole("combobox", { name: "Bộ chỉ tiêu mặc định" }), "Tỉnh Lâm Đồng");
    await user.click(within(settings).getByRole("switch", { name: "Tự động kiểm tra lại khi sửa số liệu (mặc định của sổ làm việc này)" }));
    await user.click(screen.getByRole("button", { name: "EN – English" }));
    await screen.findByRole("tab", { name: /^Settings/ });
    await user.click(button("Save settings"));
    expect(services.callsOf("saveSettings").map((c) => c.args[0])).toEqual([
      { lang: "en", agencies: 3, defaultPreset: "national", revalidateOnEdit: false, introDone: true },
      { lang: "en", agencies: 5, defaultPreset: "lam-dong", revalidateOnEdit: true, introDone: true },
    ]);
    expect(await screen.findByText("Settings saved in the workbook; a colleague opening this file gets the same.")).toBeTruthy();
  });

  it("treats an empty number of agencies as unknown, and checks with the saved number", async () => {
    const { user, services } = await renderApp();
    await openTab(user, "Cài đặt");
    await user.clear(textbox("Số cơ quan báo chí của tỉnh"));
    await user.click(button("Lưu cài đặt"));
    expect((services.callsOf("saveSettings")[0]?.args[0] as { agencies: unknown }).agencies).toBeNull();
    await openTab(user, "Kiểm tra");
    await user.click(button("Kiểm tra"));
    expect(services.callsOf("validate")[0]?.args[0]).toEqual({ scope: "workbook", highlight: true, agencies: null });
  });

  it("refuses a number of agencies that is not a whole number above zero", async () => {
    const { user } = await renderApp();
    await openTab(user, "Cài đặt");
    await user.clear(textbox("Số cơ quan báo chí của tỉnh"));
    await user.type(textbox("Số cơ quan báo chí của tỉnh"), "2,5");
    expect(within(panel()).getByText("Nhập một số nguyên dương, hoặc để trống.")).toBeTruthy();
    expect(button("Lưu cài đặt").getAttribute("aria-disabled")).toBe("true");
  });

  it("names the Excel the pane runs in, and explains missing cell notes without API names", async () => {
    const services = new FakeServices();
    Object.assign(services.host, { notesSupported: false });
    const { user } = await renderApp(services);
    await openTab(user, "Cài đặt");
    expect(within(panel()).getByText("Đang chạy trên: Excel cho Windows")).toBeTruthy();
    expect(within(panel()).getByText(/^Phiên bản Excel này chưa hỗ trợ ghi chú ô/).textContent).not.toMatch(/ExcelApi|1\.18/);
  });

  it("says so when the settings cannot be stored, or read", async () => {
    const services = new FakeServices();
    services.saveSettings = () => Promise.reject(new Error("sổ làm việc chỉ đọc"));
    services.loadSettings = () => Promise.reject(new Error("tệp bị khóa"));
    const { user } = await renderApp(services);
    expect(await screen.findByText("Không đọc được cài đặt đã lưu trong sổ làm việc (tệp bị khóa); đang dùng cài đặt mặc định.")).toBeTruthy();
    await act(async () => void (await openTab(user, "Cài đặt")));
    await user.click(button("Lưu cài đặt"));
    expect(await screen.findByText("Không lưu được cài đặt: sổ làm việc chỉ đọc")).toBeTruthy();
  });
});
