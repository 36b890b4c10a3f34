import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { FakeServices } from "./fakeServices";
import { panel, renderApp, tab } from "./renderApp";

/** The violations axe finds in the pane as shown (hidden panels are out of the accessibility tree). */
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { resultTypes: ["violations"] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("accessibility (axe)", () => {
  it("does report a violation in this environment when there is one", async () => {
    document.body.innerHTML = '<main lang="vi"><button type="button"></button></main>';
    expect(await violations()).toEqual(["button-name: button"]);
    document.body.innerHTML = "";
  });

  it("finds no violation on the Insert tab", async () => {
    await renderApp();
    expect(await violations()).toEqual([]);
  });

  it("finds no violation on the Validate tab with findings and a message bar shown", async () => {
    const { user } = await renderApp();
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Nhận diện 2 bảng chỉ tiêu.");
    expect(screen.getByText("Đã kiểm tra 2 bảng: 2 lỗi, 4 cảnh báo, 1 lưu ý. Đã tô màu 7 ô.")).toBeTruthy();
    expect(await violations()).toEqual([]);
  });

  it("finds no violation on the Validate tab with an error bar shown", async () => {
    const services = new FakeServices();
    services.failures.set("validate", { code: "excel.busy", message: "Excel đang bận.", nothingChanged: true });
    const { user } = await renderApp(services);
    await user.click(tab("Kiểm tra"));
    await user.click(within(panel()).getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Không có gì trong sổ tính bị thay đổi.");
    expect(await violations()).toEqual([]);
  });

  it("finds no violation on the Reports & attainment tab with a consolidation and attainment shown", async () => {
    const { user } = await renderApp();
    await user.click(tab("Số liệu & đánh giá"));
    await user.click(within(panel()).getByRole("button", { name: "Tổng hợp báo cáo" }));
    await screen.findByText("3 báo cáo được tổng hợp.");
    await user.click(within(panel()).getByRole("button", { name: "Đánh giá kết quả" }));
    await screen.findByText("Đã ghi kết quả thực hiện cho 1 bảng chỉ tiêu.");
    expect(await violations()).toEqual([]);
  });

  it("finds no violation on the Settings tab, in English, with an invalid entry", async () => {
    const services = new FakeServices();
    services.settings = { ...services.settings, lang: "en" };
    const { user } = await renderApp(services);
    await user.click(tab("Settings"));
    const agencies = within(panel()).getByRole("textbox", { name: "Number of press agencies in the province" });
    await user.clear(agencies);
    await user.type(agencies, "x");
    expect(within(panel()).getByText("Enter a whole number above zero, or leave it empty.")).toBeTruthy();
    expect(await violations()).toEqual([]);
  });
});
