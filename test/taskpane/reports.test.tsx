/** The Reports tab: the agency form, consolidation with its findings by agency, attainment as stacked rows. */
import { screen, waitFor, within } from "@testing-library/react";
import type { ConflictView } from "../../src/taskpane/services";
import { FakeServices } from "./fakeServices";
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
    // Who has not reported, per year, under the count.
    const tracker = within(panel()).getByRole("region", { name: "Theo dõi thu nhận báo cáo" });
    expect(within(tracker).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Năm 2023: 4/4 cơ quan đã báo cáo",
      "Năm 2024: 3/4 cơ quan đã báo cáo" + "Chưa báo cáo: Tạp chí Văn nghệ" + "Số liệu khác nhau: Đài PT-TH Minh Sơn",
    ]);
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
      "Chưa có số liệuPhân tích dữ liệu, AI · 2024Mục tiêu: 33%. Chưa có báo cáo nào của năm 2024.",
      "Chưa có số liệuĐào tạo đại học báo chí số · 2025Mục tiêu: 100%. Chỉ các cơ sở đào tạo báo chí báo cáo chỉ tiêu này; mẫu báo cáo của cơ quan báo chí không có số liệu này.",
      "Chưa có số liệuAn toàn thông tin cấp độ 3 · 2025Mục tiêu: 100%. Chưa có cơ quan báo chí điện tử nào báo cáo năm này.",
    ]);
    await user.click(screen.getByRole("button", { name: "EN – English" }));
    expect((await within(panel()).findByRole("region", { name: "Attainment: worksheet “Phụ lục”, H7:S14" })).textContent).toContain("Not metLeaders, staff, reporters and editors trained in press digital transformation · 2025Target: 100%Actual: 79.7%Ratio: 79.7%");
  });

  it("lists each conflict with both sources and their figures as their field is, says which one is kept, and keeps the other on request", async () => {
    const { user, services } = await onReports();
    await user.click(button("Tổng hợp báo cáo"));
    const region = await within(panel()).findByRole("region", { name: "Số liệu khác nhau giữa các báo cáo (2)" });
    const items = [...region.querySelectorAll(".pdx-conflict")];
    expect(items[0]?.textContent).toBe(
      "Đài PT-TH Minh Sơn · 2025 · Doanh thu năm báo cáo (triệu đồng)" +
        "21.350 triệu đồngSổ làm việc này › Báo cáo › dòng 8✓ Đang giữ (tệp đứng trước theo tên)" +
        "2.135 triệu đồngSổ làm việc này › Báo cáo bổ sung › dòng 4" +
        "Giữ số liệu này",
    );
    expect(items[1]?.textContent).toContain("22 người" + "Sổ làm việc này › Báo cáo bổ sung › dòng 5✓ Đang giữ (bạn đã chọn)");
    expect(region.textContent).not.toContain("%");

    await user.click(button("Giữ số liệu này: 2.135 triệu đồng của Sổ làm việc này › Báo cáo bổ sung › dòng 4", region));
    expect(services.callsOf("consolidate").map((c) => c.args)).toEqual([
      ["vi"],
      ["vi", { key: "dai pt-th minh son|2025|revenue", source: "Sổ làm việc này › Báo cáo bổ sung › dòng 4" }],
    ]);
    expect(await within(region).findByText("Đã giữ số liệu của Sổ làm việc này › Báo cáo bổ sung › dòng 4; bảng tổng hợp đã cập nhật.")).toBeTruthy();
    const first = region.querySelector(".pdx-conflict");
    expect(first?.querySelector(".pdx-candidate-kept")?.textContent).toBe("2.135 triệu đồngSổ làm việc này › Báo cáo bổ sung › dòng 4✓ Đang giữ (bạn đã chọn)");
    // The button pressed is gone; the focus is on the conflict's title, and the other source can be kept again.
    expect(document.activeElement?.textContent).toBe("Đài PT-TH Minh Sơn · 2025 · Doanh thu năm báo cáo (triệu đồng)");
    expect(button("Giữ số liệu này: 21.350 triệu đồng của Sổ làm việc này › Báo cáo › dòng 8", region)).toBeTruthy();
  });

  it("offers to keep each other figure once: not a copy of the kept one, nor two buttons that look alike", async () => {
    const services = new FakeServices();
    const src = (file: string) => `${file} › Báo cáo › dòng 9`;
    services.conflicts = [
      {
        key: "bao thai binh|2024|revenue",
        agency: "Báo Thái Bình",
        year: 2024,
        column: "Doanh thu năm báo cáo (triệu đồng)",
        candidates: [
          { source: src("01.xlsx"), figure: "21.000 triệu đồng" },
          { source: src("06.xlsx"), figure: "21.350 triệu đồng" },
          { source: src("11.xlsx"), figure: "21.000 triệu đồng" },
          { source: src("12.xlsx"), figure: "21.350 triệu đồng" },
        ],
        kept: src("01.xlsx"),
        by: "default",
      },
    ];
    const { user } = await renderApp(services);
    await openTab(user, "Báo cáo");
    await user.click(button("Tổng hợp báo cáo"));
    const region = await within(panel()).findByRole("region", { name: "Số liệu khác nhau giữa các báo cáo (1)" });
    expect(within(region).getAllByRole("button").map((b) => [b.getAttribute("aria-label"), b.textContent])).toEqual([
      [`Giữ số liệu này: 21.350 triệu đồng của ${src("06.xlsx")}`, "Giữ số liệu này"],
    ]);
    // Two other figures: a button for each, saying which.
    services.conflicts = [{ ...(services.conflicts[0] as ConflictView), candidates: [...(services.conflicts[0]?.candidates ?? []), { source: src("13.xlsx"), figure: "2.135 triệu đồng" }] }];
    await user.click(button("Tổng hợp báo cáo"));
    await waitFor(() => expect(within(region).getAllByRole("button").map((b) => b.textContent)).toEqual(["Giữ số liệu này: 21.350 triệu đồng", "Giữ số liệu này: 2.135 triệu đồng"]));
  });

  it("filters attainment to “Chưa đạt” only under a summary that stays on top, and focuses the summary after the click", async () => {
    const { user } = await onReports();
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    await user.click(button("Đánh giá kết quả"));
    const summary = await within(panel()).findByText("2 Đạt · 1 Chưa đạt · 3 chưa có số liệu");
    expect(document.activeElement).toBe(summary);
    // The notice under the button is brought into view first, then the summary to the top, where it stays.
    expect(scrolled).toEqual([document.querySelector(".pdx-notice"), summary]);
    expect(summary.parentElement?.className).toBe("pdx-sticky");
    const list = () => within(panel()).getByRole("region", { name: "Kết quả thực hiện: trang “Phụ lục”, H7:S14" });
    expect(within(list()).getAllByRole("listitem")).toHaveLength(6);

    // By keyboard: Space turns the filter on and off (user-event cannot Tab from a tabIndex -1 element; the e2e
    // suite tabs to it from the summary in Chromium).
    within(panel()).getByRole("checkbox", { name: "Chỉ hiện chỉ tiêu Chưa đạt" }).focus();
    await user.keyboard(" ");
    expect(within(list()).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Chưa đạtĐào tạo chuyển đổi số · 2025Mục tiêu: 100%Thực hiện: 79,7%Tỷ lệ đạt: 79,7%"]);
    await user.keyboard(" ");
    expect(within(list()).getAllByRole("listitem")).toHaveLength(6);
  });
});
