/** The Reports tab: the agency form, consolidation with its findings by agency, attainment as stacked rows. */
import { screen, within } from "@testing-library/react";
import { button, findingAt, openTab, panel, renderApp, treeRows } from "./renderApp";

async function onReports() {
  const app = await renderApp();
  await openTab(app.user, "Báo cáo");
  return app;
}

describe("the Reports tab", () => {
  it("inserts the agency report form where the user chose", async () => {
    const { user, services } = await onReports();
    await user.click(within(panel()).getByRole("radio", { name: "Tại ô đang chọn" }));
    await user.click(button("Chèn mẫu báo cáo"));
    expect(services.callsOf("insertAgencyForm")[0]?.args).toEqual([{ where: "selection" }, "vi"]);
    expect(await screen.findByText("Đã chèn mẫu báo cáo vào trang “Báo cáo” (A1:L2).")).toBeTruthy();
  });

  it("consolidates the agency tables and lists their findings by agency, without a meaningless blank value", async () => {
    const { user } = await onReports();
    await user.click(button("Tổng hợp báo cáo"));
    expect(await screen.findByText("Đã tổng hợp 3 báo cáo vào trang “Tổng hợp báo cáo”.")).toBeTruthy();
    expect(within(panel()).getByText("3 báo cáo được tổng hợp.")).toBeTruthy();
    expect(treeRows().filter((r) => r.getAttribute("aria-level") === "1").map((r) => r.textContent)).toEqual([
      "▾Tạp chí Văn nghệ · trang “Báo cáo” (1)",
      "▾Đài PT-TH Minh Sơn · trang “Báo cáo” (1)",
    ]);
    expect(findingAt("Báo cáo!K7").textContent).toContain("Tạp chí Văn nghệ năm 2025: số người được đào tạo (21) lớn hơn tổng số lãnh đạo, PV, BTV (18).");
    expect(findingAt("Báo cáo!K7").textContent).toContain("Giá trị: 21");
    expect(findingAt("Báo cáo!A9").textContent).not.toContain("Giá trị");
  });

  it("writes attainment and lists each row status first, then indicator and year, then its figures, in Vietnamese figures", async () => {
    const { user, services } = await onReports();
    await user.click(button("Đánh giá kết quả"));
    expect(await screen.findByText("Đã ghi kết quả thực hiện cho 1 bảng chỉ tiêu.")).toBeTruthy();
    expect(services.callsOf("writeAttainment")[0]?.args).toEqual(["vi"]);
    const list = within(panel()).getByRole("region", { name: "Kết quả thực hiện: trang “Phụ lục”, H7:S14" });
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "ĐạtĐưa nội dung lên nền tảng số · 2025Mục tiêu: 67%Thực hiện: 100%Tỷ lệ đạt: 149,3%",
      "ĐạtTăng doanh thu · 2025Mục tiêu: 33% (tăng 20%)Thực hiện: 33,3%Tỷ lệ đạt: 101%",
      "Chưa đạtĐào tạo chuyển đổi số · 2025Mục tiêu: 100%Thực hiện: 79,7%Tỷ lệ đạt: 79,7%",
      "Chưa có số liệuPhân tích dữ liệu, AI · 2024Mục tiêu: 33%Thực hiện: —Tỷ lệ đạt: —",
    ]);
    await user.click(screen.getByRole("button", { name: "EN – English" }));
    expect((await within(panel()).findByRole("region", { name: "Attainment: worksheet “Phụ lục”, H7:S14" })).textContent).toContain("Not metLeaders, staff, reporters and editors trained in press digital transformation · 2025Target: 100%Actual: 79.7%Ratio: 79.7%");
  });
});
