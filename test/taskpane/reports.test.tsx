import { screen, within } from "@testing-library/react";
import { findingAt, panel, renderApp, tab } from "./renderApp";

async function onReports() {
  const app = await renderApp();
  await app.user.click(tab("Số liệu & đánh giá"));
  return app;
}

describe("the Reports & attainment tab", () => {
  it("inserts the agency report form where the user chose", async () => {
    const { user, services } = await onReports();
    await user.click(within(panel()).getByRole("radio", { name: "Tại ô đang chọn" }));
    await user.click(within(panel()).getByRole("button", { name: "Chèn mẫu báo cáo" }));
    expect(services.callsOf("insertAgencyForm")[0]?.args).toEqual([{ where: "selection" }, "vi"]);
    expect(await screen.findByText("Đã chèn mẫu báo cáo vào Báo cáo!A1:L2.")).toBeTruthy();
  });

  it("consolidates the agency tables and shows how many reports and their findings, by agency", async () => {
    const { user } = await onReports();
    await user.click(within(panel()).getByRole("button", { name: "Tổng hợp báo cáo" }));
    expect(await screen.findByText("Đã tổng hợp 3 báo cáo vào trang “Tổng hợp báo cáo”.")).toBeTruthy();
    expect(within(panel()).getByText("3 báo cáo được tổng hợp.")).toBeTruthy();
    expect(within(panel()).getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(["Tạp chí Văn nghệ", "Đài PT-TH Minh Sơn"]);
    expect(findingAt("Báo cáo!K7").textContent).toContain(
      "Tạp chí Văn nghệ năm 2025: số người được đào tạo (21) lớn hơn tổng số lãnh đạo, PV, BTV (18).",
    );
    expect(findingAt("Báo cáo!K7").textContent).toContain("Giá trị: 21");
    expect(findingAt("Báo cáo!A9").textContent).toContain("Giá trị: (trống)");
  });

  it("writes attainment and shows target, actual, ratio and status per row, in Vietnamese figures", async () => {
    const { user, services } = await onReports();
    await user.click(within(panel()).getByRole("button", { name: "Đánh giá kết quả" }));
    expect(await screen.findByText("Đã ghi kết quả thực hiện cho 1 bảng chỉ tiêu.")).toBeTruthy();
    expect(services.callsOf("writeAttainment")[0]?.args).toEqual(["vi"]);
    const table = within(panel()).getByRole("table", { name: "Kết quả thực hiện: Phụ lục › H7:S14" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => within(r).queryAllByRole("cell").map((c) => c.textContent));
    expect(rows.slice(1)).toEqual([
      ["Đưa nội dung lên nền tảng số", "2025", "67%", "100%", "149,3%", "Đạt"],
      ["Tăng doanh thu", "2025", "33% (tăng 20%)", "33,3%", "101%", "Đạt"],
      ["Đào tạo chuyển đổi số", "2025", "100%", "79,7%", "79,7%", "Chưa đạt"],
      ["Phân tích dữ liệu, AI", "2024", "33%", "—", "—", "—"],
    ]);
  });

  it("shows the attainment statuses in English when the pane is", async () => {
    const { user } = await onReports();
    await user.click(within(panel()).getByRole("button", { name: "Đánh giá kết quả" }));
    await screen.findByText("Đã ghi kết quả thực hiện cho 1 bảng chỉ tiêu.");
    await user.click(screen.getByRole("button", { name: "English" }));
    const table = within(panel()).getByRole("table", { name: "Attainment: Phụ lục › H7:S14" });
    expect(within(table).getAllByRole("cell").map((c) => c.textContent)).toEqual(
      expect.arrayContaining(["Met", "Not met", "149.3%", "33% (+20%)"]),
    );
  });
});
