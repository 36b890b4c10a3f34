/** The Reports tab's "choose report files": files chosen, read with progress and cancel, merged, unreadable ones listed. */
import { screen, within } from "@testing-library/react";
import { REPORT_FILES_INPUT } from "../../src/taskpane/reports/ReportFiles";
import { button, findingAt, openTab, panel, renderApp, treeRows } from "./renderApp";

const xlsx = (name: string): File => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

function fileInput(): HTMLInputElement {
  const input = document.getElementById(REPORT_FILES_INPUT);
  if (!(input instanceof HTMLInputElement)) throw new Error("no file input");
  return input;
}

describe("choosing report files", () => {
  it("opens the file chooser from its button, for many .xlsx/.xlsm files", async () => {
    const { user } = await renderApp();
    await openTab(user, "Báo cáo");
    const input = fileInput();
    expect([input.type, input.multiple, input.accept]).toEqual(["file", true, ".xlsx,.xlsm"]);
    let opened = 0;
    input.addEventListener("click", () => opened++);
    await user.click(button("Chọn tệp báo cáo…"));
    expect(opened).toBe(1);
  });

  it("merges the chosen files and lists the one that could not be read, with why, once", async () => {
    const { user, services } = await renderApp();
    await openTab(user, "Báo cáo");
    await user.upload(fileInput(), [xlsx("bao-minh-son.xlsx"), xlsx("hong-dai.xlsx"), xlsx("tap-chi.xlsm")]);
    // The notice says the merge and, as a warning, that a file could not be read.
    expect(await screen.findByText("Đã gộp 2 báo cáo từ 3 tệp vào trang “Tổng hợp báo cáo”; 1 tệp không đọc được.")).toBeTruthy();
    expect(within(panel()).getByText("2 báo cáo được tổng hợp.")).toBeTruthy();
    expect(services.callsOf("consolidateFiles")[0]?.args).toEqual([["bao-minh-son.xlsx", "hong-dai.xlsx", "tap-chi.xlsm"], "vi"]);
    const unreadable = within(panel()).getByRole("region", { name: "1 tệp không đọc được" });
    expect(within(unreadable).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["hong-dai.xlsx: tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx"]);
    // The findings of the merge show as the workbook's own consolidation shows them; the unreadable file, listed
    // above with why, is not told again in the tree; a finding in a file is grouped under that file.
    expect(within(panel()).getByRole("tree", { name: "Vấn đề trong các báo cáo" })).toBeTruthy();
    expect(treeRows().filter((r) => r.getAttribute("aria-level") === "1").map((r) => r.textContent)).toEqual([
      "▾Báo Minh Sơn · bao-minh-son.xlsx › Báo cáo (1)",
      "▾Tạp chí Văn nghệ · trang “Báo cáo” (1)",
      "▾Đài PT-TH Minh Sơn · trang “Báo cáo” (1)",
    ]);
  });

  it("brings the result up after a reading: the files' row with its notice to the top, the result under it", async () => {
    const { user } = await renderApp();
    await openTab(user, "Báo cáo");
    const scrolled: Array<[Element, unknown]> = [];
    const before = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, arg?: unknown) {
      scrolled.push([this, arg]);
    };
    try {
      await user.upload(fileInput(), [xlsx("bao-minh-son.xlsx"), xlsx("tap-chi.xlsm")]);
      await screen.findByText("2 báo cáo được tổng hợp.");
      const [last, how] = scrolled[scrolled.length - 1] ?? [];
      expect(how).toEqual({ block: "start" });
      expect(last?.contains(button("Chọn tệp báo cáo…"))).toBe(true);
      expect(last?.contains(document.querySelector(".pdx-notice"))).toBe(true);
    } finally {
      Element.prototype.scrollIntoView = before;
    }
  });

  it("selects no cell for a finding in a report file (its sheet is in that file), and the workbook's own cell for the others", async () => {
    const { user, services } = await renderApp();
    await openTab(user, "Báo cáo");
    await user.upload(fileInput(), [xlsx("bao-minh-son.xlsx"), xlsx("tap-chi.xlsm")]);
    await screen.findByText("2 báo cáo được tổng hợp.");
    const inFile = treeRows().find((r) => r.getAttribute("aria-level") === "2" && r.textContent?.includes("B7"));
    expect(inFile?.title).toBe("");
    await user.click(inFile as HTMLElement);
    expect(services.callsOf("selectCell")).toEqual([]);
    await user.click(findingAt("Báo cáo!K7"));
    expect(services.callsOf("selectCell").map((c) => c.args)).toEqual([["Báo cáo", "K7"]]);
  });

  it("shows who has not reported, per year, and points to the whole table on the sheet", async () => {
    const { user } = await renderApp();
    await openTab(user, "Báo cáo");
    await user.upload(fileInput(), [xlsx("bao-minh-son.xlsx"), xlsx("tap-chi.xlsm")]);
    const tracker = await within(panel()).findByRole("region", { name: "Theo dõi thu nhận báo cáo" });
    expect(within(tracker).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Năm 2023: 4/4 cơ quan đã báo cáo",
      "Năm 2024: 3/4 cơ quan đã báo cáo" + "Chưa báo cáo: Tạp chí Văn nghệ" + "Số liệu khác nhau: Đài PT-TH Minh Sơn",
    ]);
    expect(within(tracker).getByText("Bảng đầy đủ (cơ quan × năm) ở trang “Tổng hợp báo cáo”.")).toBeTruthy();
  });

  it("keeps the other figure of a conflict between files: reads the same files again with the choice, says so there, focuses the conflict", async () => {
    const { user, services } = await renderApp();
    await openTab(user, "Báo cáo");
    const files = [xlsx("bao-minh-son.xlsx"), xlsx("bao-minh-son-bo-sung.xlsx")];
    await user.upload(fileInput(), files);
    const region = await within(panel()).findByRole("region", { name: "Số liệu khác nhau giữa các báo cáo (1)" });
    expect(region.querySelector(".pdx-candidate-kept")?.textContent).toBe("21.000 triệu đồngbao-minh-son.xlsx › Báo cáo › dòng 3✓ Đang giữ (tệp đứng trước theo tên)");
    await user.click(button("Giữ số liệu này: 21.350 triệu đồng của bao-minh-son-bo-sung.xlsx › Báo cáo › dòng 3", region));
    const choice = { key: "bao minh son|2024|revenue", source: "bao-minh-son-bo-sung.xlsx › Báo cáo › dòng 3" };
    expect(services.callsOf("consolidateFiles").map((c) => c.args)).toEqual([
      [["bao-minh-son.xlsx", "bao-minh-son-bo-sung.xlsx"], "vi"],
      [["bao-minh-son.xlsx", "bao-minh-son-bo-sung.xlsx"], "vi", choice],
    ]);
    expect(await within(panel()).findByText("Đã giữ số liệu của bao-minh-son-bo-sung.xlsx › Báo cáo › dòng 3; bảng tổng hợp đã cập nhật.")).toBeTruthy();
    const kept = within(panel()).getByRole("region", { name: "Số liệu khác nhau giữa các báo cáo (1)" }).querySelector(".pdx-candidate-kept");
    expect(kept?.textContent).toBe("21.350 triệu đồngbao-minh-son-bo-sung.xlsx › Báo cáo › dòng 3✓ Đang giữ (bạn đã chọn)");
    expect(document.activeElement?.textContent).toBe("Báo Minh Sơn · 2024 · Doanh thu năm báo cáo (triệu đồng)");
  });

  it("shows only the latest consolidation's result: the files' after the workbook's, and the workbook's after the files'", async () => {
    const { user } = await renderApp();
    await openTab(user, "Báo cáo");
    const conflictRegions = () => within(panel()).queryAllByRole("region", { name: /^Số liệu khác nhau giữa các báo cáo/ });
    await user.click(button("Tổng hợp báo cáo"));
    await screen.findByText("Đã tổng hợp 3 báo cáo vào trang “Tổng hợp báo cáo”.");
    expect(conflictRegions().map((r) => r.querySelector(".pdx-strong")?.textContent)).toEqual(["Đài PT-TH Minh Sơn · 2025 · Doanh thu năm báo cáo (triệu đồng)"]);
    await user.upload(fileInput(), [xlsx("bao-minh-son.xlsx"), xlsx("bao-minh-son-bo-sung.xlsx")]);
    await screen.findByText("2 báo cáo được tổng hợp.");
    // One tracker and one list of conflicts: the files'.
    expect(within(panel()).getAllByRole("region", { name: "Theo dõi thu nhận báo cáo" })).toHaveLength(1);
    expect(conflictRegions().map((r) => r.querySelector(".pdx-strong")?.textContent)).toEqual(["Báo Minh Sơn · 2024 · Doanh thu năm báo cáo (triệu đồng)"]);
    expect(within(panel()).queryByText("3 báo cáo được tổng hợp.")).toBeNull();
    await user.click(button("Tổng hợp báo cáo"));
    await screen.findByText("3 báo cáo được tổng hợp.");
    expect(within(panel()).queryByText("2 báo cáo được tổng hợp.")).toBeNull();
    expect(conflictRegions()).toHaveLength(1);
  });

  it("says which file it is reading, and can be cancelled before anything is written", async () => {
    const { user, services } = await renderApp();
    await openTab(user, "Báo cáo");
    services.held.add("consolidateFiles");
    await user.upload(fileInput(), [xlsx("a.xlsx"), xlsx("b.xlsx"), xlsx("c.xlsx")]);
    expect(await screen.findByText("Đang đọc tệp 1/3…")).toBeTruthy();
    await user.click(await screen.findByRole("button", { name: "Hủy" }));
    expect(await screen.findByText("Đã hủy đọc tệp; sổ làm việc không thay đổi.")).toBeTruthy();
    expect(services.callsOf("consolidateFiles")).toHaveLength(1);
    expect(within(panel()).queryByRole("region", { name: /không đọc được/ })).toBeNull();
  });
});
