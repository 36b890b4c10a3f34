/**
 * axe-core over the pane in each state a user meets (jsdom: no colour contrast, which the end-to-end test judges in
 * Chromium), and the live region that makes notices heard.
 */
import { act, screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { finding } from "../../src/domain/findings";
import { FakeServices } from "./fakeServices";
import { button, openTab, renderApp, treeRows } from "./renderApp";

/** The violations axe finds in the pane as shown (hidden panels are out of the accessibility tree). */
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { resultTypes: ["violations"] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("accessibility (axe)", () => {
  it("does report a violation in this environment when there is one", async () => {
    document.body.innerHTML = '<main lang="vi"><button type="button"></button><div role="tree"><div role="treeitem" aria-level="x"></div></div></main>';
    try {
      expect(await violations()).toEqual(["aria-treeitem-name: div[role=\"treeitem\"]", "aria-valid-attr-value: div[role=\"treeitem\"]", "button-name: button"]);
    } finally {
      document.body.innerHTML = "";
    }
  });

  it("finds none on the first screen, with the first-run card", async () => {
    const services = new FakeServices();
    services.settings = { ...services.settings, introDone: false };
    await renderApp(services);
    expect(screen.getByRole("region", { name: "Bắt đầu" })).toBeTruthy();
    expect(await violations()).toEqual([]);
  });

  it("finds none on the Check tab with results, a folded line open, a current finding and the out-of-date hint", async () => {
    const services = new FakeServices();
    const blanks = ["C18", "D18", "E18"].map((cell, i) => finding({ code: "figure.blank", sheet: "Phụ lục", cell, indicator: "platforms", year: 2026 + i, value: null }));
    services.validation = { ...services.validation, findings: [...services.validation.findings, ...blanks] };
    const { user } = await renderApp(services);
    await openTab(user, "Kiểm tra");
    await user.click(button("Kiểm tra"));
    await screen.findByText(/^Đã kiểm tra/);
    await user.click(treeRows().find((r) => r.getAttribute("aria-expanded") === "false") as HTMLElement);
    await user.click(button("Tiếp ›"));
    act(() => services.userEdits());
    expect(screen.getByText(/kết quả có thể đã cũ/)).toBeTruthy();
    expect(await violations()).toEqual([]);
  });

  it("finds none with an error notice, or an empty workbook's notice, and the notice is in a live region", async () => {
    const services = new FakeServices();
    services.failures.set("validate", { code: "excel.busy", message: "Excel đang bận.", nothingChanged: true });
    const { user } = await renderApp(services);
    await openTab(user, "Kiểm tra");
    await user.click(button("Kiểm tra"));
    await screen.findByText("Không có gì trong sổ làm việc bị thay đổi.");
    expect(await violations()).toEqual([]);
    // The pane's live region (Fluent's announcer) gets the notice for a moment (it writes innerText, which jsdom
    // keeps as a plain property; the end-to-end test reads it in Chromium).
    await waitFor(() => expect((document.querySelector("[aria-live] span") as HTMLElement | null)?.innerText).toContain("Excel đang bận."));
    services.failures.delete("validate");
    services.validation = { tables: [], findings: [finding({ code: "workbook.no_target_table", sheet: "", cell: "", indicator: null, year: null, value: null })], highlighted: 0, unhighlighted: [] };
    await user.click(button("Kiểm tra"));
    await screen.findAllByText("Chưa có bảng chỉ tiêu nào trong sổ làm việc.");
    expect(await violations()).toEqual([]);
  });

  it("finds none on the Reports tab with a consolidation and attainment shown", async () => {
    const { user } = await renderApp();
    await openTab(user, "Báo cáo");
    await user.click(button("Tổng hợp báo cáo"));
    await screen.findByText("3 báo cáo được tổng hợp.");
    await user.click(button("Đánh giá kết quả"));
    await screen.findByText("Đã ghi kết quả thực hiện cho 1 bảng chỉ tiêu.");
    expect(await violations()).toEqual([]);
  });

  it("finds none on the Settings tab, in English, with an invalid entry", async () => {
    const services = new FakeServices();
    services.settings = { ...services.settings, lang: "en" };
    const { user } = await renderApp(services);
    const settings = await openTab(user, "Settings");
    const agencies = settings.querySelector("input") as HTMLInputElement;
    await user.clear(agencies);
    await user.type(agencies, "x");
    expect(screen.getByText("Enter a whole number above zero, or leave it empty.")).toBeTruthy();
    expect(await violations()).toEqual([]);
  });
});
