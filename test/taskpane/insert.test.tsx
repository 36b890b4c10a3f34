import { screen, within } from "@testing-library/react";
import { FakeServices } from "./fakeServices";
import { panel, renderApp } from "./renderApp";

describe("the Insert tab", () => {
  it("inserts both periods of the default preset on a new sheet unless told otherwise", async () => {
    const { user, services } = await renderApp();
    await user.click(within(panel()).getByRole("button", { name: "Chèn bảng" }));
    expect(services.callsOf("insertAppendix")).toEqual([
      { name: "insertAppendix", args: [{ preset: "national", periods: ["2023-2025", "2026-2030"], where: "new_sheet" }, "vi"] },
    ]);
    expect(await screen.findByText("Đã chèn bảng chỉ tiêu vào Phụ lục!A1:G30.")).toBeTruthy();
  });

  it("calls the service with the chosen preset, period and place", async () => {
    const { user, services } = await renderApp();
    await user.click(within(panel()).getByRole("combobox", { name: "Bộ chỉ tiêu" }));
    await user.click(screen.getByRole("option", { name: "Tỉnh Thái Bình (Kế hoạch ngày 24/11/2023)" }));
    await user.click(within(panel()).getByRole("checkbox", { name: "2026–2030" }));
    await user.click(within(panel()).getByRole("radio", { name: "Tại ô đang chọn" }));
    await user.click(within(panel()).getByRole("button", { name: "Chèn bảng" }));
    expect(services.callsOf("insertAppendix")[0]?.args).toEqual([{ preset: "thai-binh", periods: ["2023-2025"], where: "selection" }, "vi"]);
  });

  it("needs at least one period", async () => {
    const { user } = await renderApp();
    await user.click(within(panel()).getByRole("checkbox", { name: "2023–2025" }));
    await user.click(within(panel()).getByRole("checkbox", { name: "2026–2030" }));
    expect(within(panel()).getByText("Chọn ít nhất một giai đoạn.")).toBeTruthy();
    expect(within(panel()).getByRole("button", { name: "Chèn bảng" }).getAttribute("aria-disabled")).toBe("true");
  });

  it("starts from the workbook's default preset and names presets in English when the pane is in English", async () => {
    const services = new FakeServices();
    services.settings = { ...services.settings, lang: "en", defaultPreset: "soc-trang" };
    await renderApp(services);
    expect(within(panel()).getByRole("combobox", { name: "Targets preset" }).textContent).toBe("Sóc Trăng province (plan 192/KH-UBND, 12/10/2023)");
  });

  it("explains that it never writes over data", async () => {
    await renderApp();
    expect(within(panel()).getByText("Chỉ ghi vào ô trống: không bao giờ ghi đè lên dữ liệu có sẵn.")).toBeTruthy();
  });

  it("reports a command that throws instead of answering, without claiming the workbook is unchanged", async () => {
    const services = new FakeServices();
    services.insertAppendix = () => Promise.reject(new Error("RichApi.Error: GeneralException"));
    const { user } = await renderApp(services);
    await user.click(within(panel()).getByRole("button", { name: "Chèn bảng" }));
    expect(await screen.findByText("Đã có lỗi không lường trước: RichApi.Error: GeneralException")).toBeTruthy();
    expect(screen.queryByText("Không có gì trong sổ tính bị thay đổi.")).toBeNull();
    expect(within(panel()).getByRole("button", { name: "Chèn bảng" }).getAttribute("aria-disabled")).toBeNull();
  });
});
