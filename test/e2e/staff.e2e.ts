/**
 * Issue 17's "done when", as one walk by the staff who consolidate, in a fresh workbook, at Excel's 320 px, by
 * keyboard, in Chromium over the Excel stand-in, on the production build: insert the report form, insert the
 * province's plan, choose a dozen agency files (a conflict, a blank-row report, another province's report, a plan,
 * old and renamed .xls, a damaged file), see who has not reported, keep the other figure of the conflict, write
 * attainment and read "Chưa đạt only". axe and the sideways check at each step; a screenshot of each
 * (.tmp/screenshots/staff-*.png).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, FileChooser, Page } from "playwright-core";
import { AGENCY_FORM_COLUMNS } from "../../src/sheet/agencyForm";
import { FIELD_FILES, writeFieldReports } from "../support/fieldReports";
import { axeViolations, build, BUILD_TIMEOUT, callModel, focusedLabel, launch, openPage, overflowing, paneWidth, serve, shoot, tabTo, until } from "./support";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;
let dir: string;
/** Hands the next file chooser the page opens to whoever waits for it. */
let chooserOpened: (c: FileChooser) => void = () => undefined;

const model = <T>(fn: string, ...args: unknown[]): Promise<T> => callModel<T>(page, fn, ...args);
const focused = (): Promise<string> => focusedLabel(page);

/** From no focus: Tab to the tab list, the arrow keys to the tab, Enter. */
async function toTab(name: RegExp): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, /^tab /);
  await page.keyboard.press("Home");
  for (let i = 0; i < 5 && !name.test(await focused()); i++) await page.keyboard.press("ArrowRight");
  expect(await focused()).toMatch(name);
  await page.keyboard.press("Enter");
}

/** From no focus, Tab to a control and press a key on it. */
async function press(name: RegExp, key = "Enter"): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, name, 120);
  await page.keyboard.press(key);
}

/** The step's picture, after axe and the sideways check have passed on the same screen. */
async function fitsAndShoot(name: string, fullPage = false): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await overflowing(page)).toEqual([]);
  await shoot(page, name, fullPage);
}

/** The cells of a sheet's block, as text rows, from the first row whose first cell is `title`. */
async function block(sheet: string, title: string, width: number): Promise<string[][]> {
  const rows = await model<unknown[][]>("values", sheet, "A1:AZ80");
  for (const [r, row] of rows.entries()) {
    const c = row.indexOf(title);
    if (c >= 0) return rows.slice(r + 1).map((x) => x.slice(c, c + width).map(String));
  }
  throw new Error(`no “${title}” on ${sheet}`);
}

/** The merged table's rows (year, agency, …, provenance) under its header, until the first blank year. */
async function mergedRows(): Promise<unknown[][]> {
  const rows = await model<unknown[][]>("values", MERGED, "A1:M80");
  const header = rows.findIndex((r) => r[0] === "Năm" && r[12] === "Nguồn (tệp › trang › dòng)");
  const body = rows.slice(header + 1);
  return body.slice(0, body.findIndex((r) => r[0] === "") < 0 ? body.length : body.findIndex((r) => r[0] === ""));
}

/** The conflicts table's row for Báo Thái Bình's 2024 revenue: "Giữ số liệu của", "Cách chọn". */
async function storedChoice(): Promise<string[]> {
  const rows = await block(MERGED, "Mã xung đột", 7);
  const row = rows.find((r) => r[0] === "bao thai binh|2024|revenue");
  return row ? [row[5] ?? "", row[6] ?? ""] : [];
}

const MERGED = "Tổng hợp báo cáo";
/** The file chosen as the agencies send them: the field set, a damaged copy, a duplicate and a cover letter. */
const DAMAGED = "10-bao-thai-binh-hong.xlsx";
const DUPLICATE = "11-bao-thai-binh-gui-lai.xlsx";
const LETTER = "12-cong-van-gui-kem.xlsx";
const CHOSEN = [...FIELD_FILES, DAMAGED, DUPLICATE, LETTER];
const SUPPLEMENT = "06-bao-thai-binh-bo-sung.xlsx › Bổ sung › dòng 4";

/**
 * From no focus, Tab to "Chọn tệp báo cáo…", Enter, and choose the files in the chooser it opens; `meanwhile` runs
 * while the chooser is open (as long as the user takes to pick the files).
 */
async function chooseFiles(meanwhile?: () => Promise<void>): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, /^Chọn tệp báo cáo…$/, 60);
  const chooser = new Promise<FileChooser>((resolve, reject) => {
    const late = setTimeout(() => reject(new Error("no file chooser opened")), 30000);
    chooserOpened = (c) => {
      clearTimeout(late);
      resolve(c);
    };
  });
  await page.keyboard.press("Enter");
  const dialog = await chooser;
  expect(dialog.isMultiple()).toBe(true);
  await meanwhile?.();
  await dialog.setFiles(CHOSEN.map((f) => path.join(dir, f)));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdx-staff-"));
  await writeFieldReports(dir);
  const first = fs.readFileSync(path.join(dir, FIELD_FILES[0]));
  // Cut off in the mail: the zip's directory at its end is gone.
  fs.writeFileSync(path.join(dir, DAMAGED), first.subarray(0, Math.floor(first.length / 2)));
  // Sent twice, the same figures.
  fs.writeFileSync(path.join(dir, DUPLICATE), first);
  // A cover letter's workbook with no report table in it.
  fs.copyFileSync(path.join(dir, FIELD_FILES[4]), path.join(dir, LETTER));
  server = await serve(build("production"));
  build("standin");
  browser = await launch();
  // A fresh workbook: one empty sheet, as Excel opens a new one.
  page = await openPage(browser, `${server.url}taskpane.html`, { options: { apiVersion: "1.14", platform: "OfficeOnline" }, sheets: { Sheet1: {} } });
  page.setDefaultTimeout(30000);
  // Listened to from the start: a listener added just before the key press may not yet intercept the dialog.
  page.on("filechooser", (c) => chooserOpened(c));
  await paneWidth(page, 320);
  await page.getByRole("region", { name: "Bắt đầu" }).waitFor();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("consolidating staff at 320 px, by keyboard: form, plan, a dozen files, tracker, a conflict decided, attainment", () => {
  it("inserts the report form an agency can fill alone: title, instructions, province, agency and year cells, headers, an example row", async () => {
    await toTab(/^tab Báo cáo/);
    await press(/^Chèn mẫu báo cáo$/);
    await page.getByText(/^Đã chèn mẫu báo cáo vào trang “Báo cáo cơ quan” \(A1:L\d+\)\.$/).waitFor();
    const form = await model<unknown[][]>("values", "Báo cáo cơ quan", "A1:L6");
    expect(form[0]?.[0]).toBe("BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ BÁO CHÍ");
    expect(form[1]?.[0]).toMatch(/^Điền số liệu vào các ô trắng, mỗi năm một dòng; chọn Có\/Không trong danh sách;.*gửi lại\.$/);
    // The province, agency and year cells: a label, and the cell to its right left for the agency.
    expect([form[2]?.[1], form[2]?.[2], form[2]?.[4], form[2]?.[5], form[2]?.[8], form[2]?.[9]]).toEqual(["Tỉnh/thành phố:", "", "Cơ quan báo chí:", "", "Năm báo cáo:", ""]);
    expect(form[4]).toEqual(AGENCY_FORM_COLUMNS.map((c) => c.header));
    expect(form[5]?.[0]).toBe("Ví dụ");
    // The headers cannot be changed (the sheet is the form's own, protected without a password); the input cells
    // carry Excel's own checks and prompts.
    expect((await model<{ protected: boolean }>("sheet", "Báo cáo cơ quan")).protected).toBe(true);
    expect((await model<Array<{ prompt?: unknown }>>("validations", "Báo cáo cơ quan")).length).toBeGreaterThan(0);
    await fitsAndShoot("staff-01-form-320");
  });

  it("inserts the province's plan (Thái Bình) from the Insert tab, choosing the preset with the arrow keys", async () => {
    await toTab(/^tab Chèn/);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, /^Bộ chỉ tiêu /, 40);
    for (let i = 0; i < 8 && !/Thái Bình/.test(await focused()); i++) await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("Bộ chỉ tiêu Tỉnh Thái Bình");
    await tabTo(page, /^Chèn bảng$/, 20);
    await page.keyboard.press("Enter");
    const notice = page.getByText(/^Đã chèn bảng chỉ tiêu vào trang “Phụ lục”/);
    await notice.waitFor();
    const plan = await model<unknown[][]>("values", "Phụ lục", "A1:E6");
    expect(plan[1]?.[0]).toBe("Nguồn chỉ tiêu: Tỉnh Thái Bình (Kế hoạch ngày 24/11/2023)");
    expect(plan[4]?.slice(2, 5)).toEqual(["Kế hoạch năm 2023", "Kế hoạch năm 2024", "Mục tiêu năm 2025"]);
    // What the command did is where the user is looking: the notice under the button, in view.
    const box = await notice.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 640).toBe(true);
    await fitsAndShoot("staff-02-plan-320");
  });

  it("chooses a dozen report files by keyboard and sees them read one by one, then merged: unreadable ones listed with why, another province's left out, provenance kept", async () => {
    await toTab(/^tab Báo cáo/);
    // A slow office PC: the reading shows which file it is at, with Cancel, and the pane keeps painting.
    const cdp = await page.context().newCDPSession(page);
    try {
      await chooseFiles(() => cdp.send("Emulation.setCPUThrottlingRate", { rate: 20 }).then(() => undefined));
      await page.getByText(/^Đang đọc tệp \d+\/12…$/).waitFor({ timeout: 60000 });
      expect(await page.getByRole("button", { name: /^Hủy$/ }).count()).toBe(1);
      await shoot(page, "staff-03a-reading-320");
      await page.getByText(/^Đã gộp 7 báo cáo từ 12 tệp vào trang “Tổng hợp báo cáo”; 3 tệp không đọc được\.$/).waitFor({ timeout: 120000 });
    } finally {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    }
    // The result is brought up where the user looks once the chooser closes: the files' button and its notice at
    // the top, the result under them.
    const notice = await page.getByText(/^Đã gộp 7 báo cáo/).boundingBox();
    expect(notice && notice.y >= 0 && notice.y < 150).toBe(true);
    // Finished: no progress, no Cancel.
    expect(await page.getByText(/^Đang đọc tệp/).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Hủy$/ }).count()).toBe(0);

    // The three files that cannot be read, each once, with what to do.
    const unreadable = page.getByRole("region", { name: "3 tệp không đọc được" });
    expect(await unreadable.getByRole("listitem").allTextContents()).toEqual([
      "07-bao-cao-2023.xls: tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
      "08-dai-cu.xlsx: tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
      // As `pressdx consolidate` says it, all in Vietnamese: the reader's detail (English) names no part here.
      `${DAMAGED}: tệp bị hỏng hoặc không đầy đủ; hãy sao chép hoặc tải lại`,
    ]);
    const tree = page.getByRole("tree", { name: "Vấn đề trong các báo cáo" }).last();
    expect(await tree.getByText(/^Không đọc được tệp/).count()).toBe(0);
    // Every finding of a file is under that file: the other province's report is a warning and left out.
    const groups = await tree.locator('[role="treeitem"][aria-level="1"]').allTextContents();
    expect(groups).toEqual(expect.arrayContaining(["▾Báo Nam Định · 04-bao-nam-dinh.xlsx › Báo cáo (1)", "▾05-ke-hoach-2024.xlsx (1)", `▾${LETTER} (1)`]));
    expect(await tree.getByText(/^Báo cáo này thuộc “Nam Định”, không thuộc “Thái Bình” đang được tổng hợp .*không đưa vào bảng tổng hợp\.$/).count()).toBe(1);
    // The duplicate is counted once, and said so.
    expect(await tree.getByText(/^Báo Thái Bình năm 2024 được báo cáo hai lần với số liệu giống nhau/).count()).toBe(1);

    // The merged sheet: Thái Bình's four agencies, 2023 and 2024, less the one not heard from (seven reports); each
    // row names its file, sheet and row — 01's two years on rows 7 and 9, the blank row between them skipped.
    const rows = await mergedRows();
    expect(rows.map((r) => [r[0], r[1], r[12]])).toEqual([
      [2023, "Báo Thái Bình", `01-bao-thai-binh.xlsx › Báo cáo › dòng 7; ${DUPLICATE} › Báo cáo › dòng 7`],
      [2023, "Đài Phát thanh và Truyền hình Thái Bình", "02-dai-pt-th-thai-binh.xlsx › BC 2023-2024 › dòng 4"],
      [2023, "Tạp chí Khoa học Thái Bình", "09-tap-chi-khoa-hoc.xlsx › Bao cao › dòng 2"],
      [2023, "Tạp chí Văn nghệ Thái Bình", "03-tap-chi-van-nghe.xlsx › Sheet1 › dòng 2"],
      [2024, "Báo Thái Bình", `01-bao-thai-binh.xlsx › Báo cáo › dòng 9; ${DUPLICATE} › Báo cáo › dòng 9`],
      [2024, "Đài Phát thanh và Truyền hình Thái Bình", "02-dai-pt-th-thai-binh.xlsx › BC 2023-2024 › dòng 5"],
      [2024, "Tạp chí Khoa học Thái Bình", "09-tap-chi-khoa-hoc.xlsx › Bao cao › dòng 3"],
    ]);
    expect(JSON.stringify(await model<unknown[][]>("values", MERGED, "A1:M80"))).not.toContain("Nam Định");
    // The first report by file name is kept until the user decides: 21,000 million đồng.
    expect(rows[4]?.[8]).toBe(21000);
    await shoot(page, "staff-03-files-320", true);
    await fitsAndShoot("staff-03b-files-merged-320");
  });

  it("sees who has not reported: the tracker on the consolidation sheet (agencies × years) and, per year, in the pane", async () => {
    const tracker = await block(MERGED, "THEO DÕI THU NHẬN BÁO CÁO", 3);
    const end = tracker.findIndex((r) => r[0] === "Số cơ quan chưa báo cáo");
    expect(tracker.slice(0, end + 1)).toEqual([
      ["Cơ quan (theo dõi)", "Năm 2023", "Năm 2024"],
      ["Báo Thái Bình", "Đã báo cáo", "Số liệu khác nhau"],
      ["Đài Phát thanh và Truyền hình Thái Bình", "Đã báo cáo", "Đã báo cáo"],
      ["Tạp chí Khoa học Thái Bình", "Đã báo cáo", "Đã báo cáo"],
      ["Tạp chí Văn nghệ Thái Bình", "Đã báo cáo", "Chưa báo cáo"],
      ["Số cơ quan chưa báo cáo", "0", "1"],
    ]);
    const region = page.getByRole("region", { name: "Theo dõi thu nhận báo cáo" });
    expect(await region.getByRole("listitem").allTextContents()).toEqual([
      "Năm 2023: 4/4 cơ quan đã báo cáo",
      "Năm 2024: 3/4 cơ quan đã báo cáo" + "Chưa báo cáo: Tạp chí Văn nghệ Thái Bình" + "Số liệu khác nhau: Báo Thái Bình",
    ]);
    await region.scrollIntoViewIfNeeded();
    await fitsAndShoot("staff-04-tracker-320");
  });

  it("keeps the supplement's figure of the conflict by keyboard: the merged table holds it, the workbook stores it, and choosing the same files again keeps it", async () => {
    const conflicts = page.getByRole("region", { name: "Số liệu khác nhau giữa các báo cáo (1)" });
    const item = conflicts.locator(".pdx-conflict");
    expect(await item.textContent()).toBe(
      "Báo Thái Bình · 2024 · Doanh thu năm báo cáo (triệu đồng)" +
        "21.000 triệu đồng01-bao-thai-binh.xlsx › Báo cáo › dòng 9✓ Đang giữ (tệp đứng trước theo tên)" +
        `21.350 triệu đồng${SUPPLEMENT}` +
        `21.000 triệu đồng${DUPLICATE} › Báo cáo › dòng 9` +
        // One button: the duplicate's figure is the kept one.
        "Giữ số liệu này",
    );
    expect(await storedChoice()).toEqual(["01-bao-thai-binh.xlsx › Báo cáo › dòng 9", "Mặc định: tệp đứng trước theo tên"]);
    // Named by its figure and source, as a screen reader says it.
    await press(new RegExp(`^Giữ số liệu này: 21\\.350 triệu đồng của ${SUPPLEMENT.replace(/[.()]/g, "\\$&")} `));
    await page.getByText(`Đã giữ số liệu của ${SUPPLEMENT}; bảng tổng hợp đã cập nhật.`).waitFor();
    // The button pressed is gone (its figure is the one kept); the focus is on the conflict's title.
    expect(await focused()).toBe("Báo Thái Bình · 2024 · Doanh thu năm báo cáo (triệu đồng)");
    expect(await item.locator(".pdx-candidate-kept").textContent()).toBe(`21.350 triệu đồng${SUPPLEMENT}✓ Đang giữ (bạn đã chọn)`);
    // The other way back is one button, to the first file's 21,000 (its copy in the duplicate is the same figure).
    expect(await item.getByRole("button", { name: /^Giữ số liệu này/ }).evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")))).toEqual([
      "Giữ số liệu này: 21.000 triệu đồng của 01-bao-thai-binh.xlsx › Báo cáo › dòng 9",
    ]);
    expect((await mergedRows())[4]?.[8]).toBe(21350);
    expect(await storedChoice()).toEqual([SUPPLEMENT, "Đã chọn"]);
    await item.scrollIntoViewIfNeeded();
    await fitsAndShoot("staff-05-conflict-kept-320");

    // The same files chosen again (a late report, or the next morning): the workbook's choice holds.
    await chooseFiles();
    await page.getByText(/^Đã gộp 7 báo cáo từ 12 tệp/).waitFor();
    await until(() => item.locator(".pdx-candidate-kept").textContent(), `21.350 triệu đồng${SUPPLEMENT}✓ Đang giữ (bạn đã chọn)`);
    expect((await mergedRows())[4]?.[8]).toBe(21350);
    expect(await storedChoice()).toEqual([SUPPLEMENT, "Đã chọn"]);
  });

  it("writes attainment against the plan: status first, in view and focused; “Chưa đạt only” by keyboard shows only what was not met", async () => {
    await press(/^Đánh giá kết quả$/);
    await page.getByText(/^Đã ghi kết quả thực hiện cho \d+ bảng chỉ tiêu\.$/).waitFor();
    await until(() => page.evaluate(() => document.activeElement?.classList.contains("pdx-summary") ?? false), true);
    const summary = page.locator(".pdx-sticky .pdx-summary");
    const box = await summary.boundingBox();
    expect(box && box.y >= 0 && box.y < 100).toBe(true);
    const results = page.getByRole("region", { name: /^Kết quả thực hiện: trang “Phụ lục”/ });
    const all = await results.getByRole("listitem").allTextContents();
    expect(all.every((t) => /^(Đạt|Chưa đạt|Chưa có số liệu)/.test(t))).toBe(true);
    await fitsAndShoot("staff-06-attainment-320");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Chỉ hiện chỉ tiêu Chưa đạt");
    await page.keyboard.press("Space");
    const shown = await results.getByRole("listitem").allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((t) => !t.startsWith("Chưa đạt"))).toEqual([]);
    expect(shown.length).toBe(all.filter((t) => t.startsWith("Chưa đạt")).length);
    await fitsAndShoot("staff-06b-not-met-only-320");
  });
});
