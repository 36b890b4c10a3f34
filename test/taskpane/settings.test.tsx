import { screen, within } from "@testing-library/react";
import { FakeServices } from "./fakeServices";
import { panel, renderApp, tab } from "./renderApp";

describe("the Settings tab", () => {
  it("starts the pane in the language stored in the workbook", async () => {
    const services = new FakeServices();
    services.settings = { ...services.settings, lang: "en" };
    await renderApp(services);
    expect(tab("Validate")).toBeTruthy();
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("saves the language, the number of agencies, the default preset and re-validation", async () => {
    const { user, services } = await renderApp();
    await user.click(tab("Cài đặt"));
    const settings = panel();
    await user.click(within(settings).getByRole("radio", { name: "English" }));
    const agencies = within(settings).getByRole("textbox", { name: "Số cơ quan báo chí của tỉnh" });
    await user.clear(agencies);
    await user.type(agencies, "5");
    await user.click(within(settings).getByRole("combobox", { name: "Bộ chỉ tiêu mặc định" }));
    await user.click(screen.getByRole("option", { name: "Tỉnh Lâm Đồng (Kế hoạch tháng 5/2023)" }));
    await user.click(within(settings).getByRole("switch", { name: "Mặc định kiểm tra lại khi sửa sổ tính" }));
    await user.click(within(settings).getByRole("button", { name: "Lưu cài đặt" }));
    expect(services.callsOf("saveSettings").map((c) => c.args[0])).toEqual([
      { lang: "en", agencies: 5, defaultPreset: "lam-dong", revalidateOnEdit: true },
    ]);
    expect(await screen.findByText("Settings saved in the workbook; a colleague opening this file gets the same.")).toBeTruthy();
    expect(tab("Settings")).toBeTruthy();
  });

  it("treats an empty number of agencies as unknown, and uses the saved number when validating", async () => {
    const { user, services } = await renderApp();
    await user.click(tab("Cài đặt"));
    await user.clear(within(panel()).getByRole("textbox", { name: "Số cơ quan báo chí của tỉnh" }));
    await user.click(within(panel()).getByRole("button", { name: "Lưu cài đặt" }));
    expect(services.callsOf("saveSettings")[0]?.args[0]).toEqual({ lang: "vi", agencies: null, defaultPreset: "national", revalidateOnEdit: false });
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
    expect(services.callsOf("validate")[0]?.args[0]).toEqual({ scope: "workbook", highlight: true, agencies: null });
  });

  it("refuses a number of agencies that is not a whole number above zero", async () => {
    const { user } = await renderApp();
    await user.click(tab("Cài đặt"));
    const agencies = within(panel()).getByRole("textbox", { name: "Số cơ quan báo chí của tỉnh" });
    await user.clear(agencies);
    await user.type(agencies, "2,5");
    expect(within(panel()).getByText("Nhập một số nguyên dương, hoặc để trống.")).toBeTruthy();
    expect(within(panel()).getByRole("button", { name: "Lưu cài đặt" }).getAttribute("aria-disabled")).toBe("true");
  });

  it("names the Excel the pane runs in", async () => {
    const { user } = await renderApp();
    await user.click(tab("Cài đặt"));
    expect(within(panel()).getByText("Đang chạy trên: Excel cho Windows")).toBeTruthy();
  });

  it("says so when the settings cannot be stored", async () => {
    const services = new FakeServices();
    services.saveSettings = () => Promise.reject(new Error("sổ tính chỉ đọc"));
    const { user } = await renderApp(services);
    await user.click(tab("Cài đặt"));
    await user.click(within(panel()).getByRole("button", { name: "Lưu cài đặt" }));
    expect(await screen.findByText("Không lưu được cài đặt: sổ tính chỉ đọc")).toBeTruthy();
  });
});

describe("settings that cannot be read", () => {
  it("leave the pane in Vietnamese with the defaults, and say why", async () => {
    const services = new FakeServices();
    services.loadSettings = () => Promise.reject(new Error("tệp bị khóa"));
    await renderApp(services);
    expect(tab("Chèn bảng")).toBeTruthy();
    expect(await screen.findByText("Không đọc được cài đặt đã lưu trong sổ tính (tệp bị khóa); đang dùng cài đặt mặc định.")).toBeTruthy();
  });
});
