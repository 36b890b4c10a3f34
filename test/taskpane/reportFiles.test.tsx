/** The Reports tab's "choose report files": files chosen, read with progress and cancel, merged, unreadable ones listed. */
import { screen, within } from "@testing-library/react";
import { REPORT_FILES_INPUT } from "../../src/taskpane/reports/ReportFiles";
import { button, openTab, panel, renderApp, treeRows } from "./renderApp";

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

  it("merges the chosen files and lists the one that could not be read, with why", async () => {
    const { user, services } = await renderApp();
    await openTab(user, "Báo cáo");
    await user.upload(fileInput(), [xlsx("bao-minh-son.xlsx"), xlsx("hong-dai.xlsx"), xlsx("tap-chi.xlsm")]);
    expect(await screen.findByText("Đã gộp 2 báo cáo từ 3 tệp vào trang “Tổng hợp báo cáo”.", { selector: "p" })).toBeTruthy();
    expect(services.callsOf("consolidateFiles")[0]?.args).toEqual([["bao-minh-son.xlsx", "hong-dai.xlsx", "tap-chi.xlsm"], "vi"]);
    const unreadable = within(panel()).getByRole("region", { name: "1 tệp không đọc được" });
    expect(within(unreadable).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["hong-dai.xlsx: tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx"]);
    // The findings of the merge show as the workbook's own consolidation shows them.
    // The findings of the merge show as the workbook's own consolidation shows them; a file that could not be read is
    // a group of its own, named by the file (it has no sheet to name).
    expect(within(panel()).getByRole("tree", { name: "Vấn đề trong các báo cáo" })).toBeTruthy();
    expect(treeRows().filter((r) => r.getAttribute("aria-level") === "1").map((r) => r.textContent)[0]).toBe("▾hong-dai.xlsx (1)");
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
