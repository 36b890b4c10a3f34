/** Settings › Diagnostics: which Excel, which API sets, what the last command cost, and a button to copy it all. */
import { screen, within } from "@testing-library/react";
import { FakeServices } from "./fakeServices";
import { openTab, panel, renderApp } from "./renderApp";

describe("the diagnostics in Settings", () => {
  it("shows the host, platform, version, API sets and the last command's cost, and copies them", async () => {
    const services = new FakeServices();
    const { user } = await renderApp(services);
    const copied: string[] = [];
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) } });
    await openTab(user, "Cài đặt");
    const section = within(panel()).getByRole("region", { name: "Chẩn đoán" });
    expect(within(section).getByText("Phiên bản Office: 16.0.19127.20000")).toBeTruthy();
    expect(within(section).getByText("Bộ API ExcelApi: 1.14 ✓, 1.18 ✓, 1.20 ✗")).toBeTruthy();
    expect(within(section).getByText(/^Lệnh gần nhất: validate \(xong\): 840 ms, 3 lượt gửi tới Excel; đã đọc ≈ 207 KB, đã ghi ≈ 7\.3 KB/)).toBeTruthy();
    await user.click(within(section).getByRole("button", { name: "Sao chép thông tin chẩn đoán" }));
    expect(await screen.findByText("Đã sao chép thông tin chẩn đoán.")).toBeTruthy();
    expect(copied).toHaveLength(1);
    expect(copied[0]?.split("\n")).toEqual([
      "Ứng dụng: Excel",
      "Nền tảng: PC",
      "Phiên bản Office: 16.0.19127.20000",
      "Bộ API ExcelApi: 1.14 ✓, 1.18 ✓, 1.20 ✗",
      expect.stringMatching(/^Lệnh gần nhất: validate/),
    ]);
  });

  it("leaves the text on screen to copy by hand when the clipboard is refused", async () => {
    const services = new FakeServices();
    services.diagnosticsInfo = { ...services.diagnosticsInfo, lastCommand: null };
    const { user } = await renderApp(services);
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: () => Promise.reject(new Error("denied")) } });
    await openTab(user, "Cài đặt");
    const section = within(panel()).getByRole("region", { name: "Chẩn đoán" });
    expect(within(section).getByText("Lệnh gần nhất: chưa chạy lệnh nào")).toBeTruthy();
    await user.click(within(section).getByRole("button", { name: "Sao chép thông tin chẩn đoán" }));
    const box = await within(section).findByRole("textbox", { name: "Chẩn đoán" });
    expect((box as HTMLTextAreaElement).value).toMatch(/^Ứng dụng: Excel\n/);
  });
});
