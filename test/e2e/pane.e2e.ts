/**
 * The planner's day in the pane, in a real browser on the production build, at Excel's 320 px, by keyboard, with
 * the Excel stand-in where Excel would be: the first screen loads little; the first-run card teaches and tries the
 * worked example; the check's summary and first finding are in view and focused; F8 walks the cells; the findings
 * list is one tab stop; typing makes the results out of date; a slow check keeps painting and can be cancelled;
 * consolidation and attainment; and on every tab, at 320, 350 and 450 px, in both languages, with results showing,
 * nothing sticks out sideways and axe finds nothing. Screenshots go to .tmp/screenshots (`npm run screenshots`).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { FIRST_SCREEN_BUDGET, firstScreenScripts, paneBundle } from "../../bench/paneBundle";
import { SEED_REPORTS, SEED_SHEET, seedCells } from "../../src/preview/seed";
import { AGENCY_FORM_COLUMNS } from "../../src/sheet/agencyForm";
import { writeFieldReports } from "../support/fieldReports";
import { axeViolations as axeViolationsIn, build, BUILD_TIMEOUT, callModel, focusedLabel, launch, openPage, overflowing, paneWidth, ROOT, serve, shoot, tabTo as tabToIn, until } from "./support";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;
let dist: string;
/** The scripts the page fetched before the user did anything. */
const firstScripts: string[] = [];

const model = <T>(fn: string, ...args: unknown[]): Promise<T> => callModel<T>(page, fn, ...args);
const tab = (name: RegExp) => page.getByRole("tab", { name });
const button = (name: RegExp) => page.getByRole("button", { name });

async function effectiveFill(sheet: string, address: string): Promise<string | null> {
  const view = await model<{ sheets: Array<{ name: string; rows: Array<Array<{ address: string; fill?: string }>> }> }>("snapshot");
  for (const row of view.sheets.find((x) => x.name === sheet)?.rows ?? []) for (const c of row) if (c.address === address) return c.fill ?? null;
  return null;
}

const focused = (): Promise<string> => focusedLabel(page);
const tabTo = (text: RegExp, max?: number): Promise<string[]> => tabToIn(page, text, max);
const axeViolations = () => axeViolationsIn(page);

beforeAll(async () => {
  dist = build("production");
  build("standin");
  server = await serve(dist);
  browser = await launch();
  page = await openPage(browser, `${server.url}taskpane.html`, {
    options: { apiVersion: "1.14", platform: "OfficeOnline" },
    sheets: { [SEED_SHEET]: seedCells() },
  }, {
    onRequest: (url) => {
      if (url.startsWith(server.url) && url.endsWith(".js")) firstScripts.push(path.basename(url));
    },
  });
  // A step that does not happen fails within this, not at jest's timeout.
  page.setDefaultTimeout(30000);
  await paneWidth(page, 320);
  await page.getByRole("region", { name: "Bắt đầu" }).waitFor();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the pane at 320 px, by keyboard, over the Excel stand-in", () => {
  it("loads only the entry and the Insert tab's scripts for its first screen, within 1.3× a bare Fluent pane", async () => {
    const stats = path.join(ROOT, ".tmp/e2e-stats.json");
    expect([...new Set(firstScripts)].sort()).toEqual(firstScreenScripts(stats));
    const b = paneBundle(dist, stats, build("bare"));
    console.log(`first screen ${(b.firstScreen / 1024).toFixed(1)} KB gzipped = ${b.ratio.toFixed(2)}× a bare Fluent pane (${(b.bare / 1024).toFixed(1)} KB); every chunk ${b.totalRatio.toFixed(2)}×`);
    expect(b.ratio).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
  }, BUILD_TIMEOUT);

  it("teaches on the first run without API names, and tries the worked example from the keyboard: the check's summary is focused, with the first finding in view", async () => {
    await shoot(page, "pane-01-first-run-320");
    expect(await page.locator("main").textContent()).not.toMatch(/ExcelApi|API/);
    expect(await axeViolations()).toEqual([]);
    await tabTo(/Số cơ quan báo chí/);
    await page.keyboard.type("3");
    await tabTo(/Thử với ví dụ/);
    await page.keyboard.press("Enter");
    await page.getByText(/^Đã kiểm tra 2 bảng chỉ tiêu/).waitFor();
    // The tool's store comes with its first write: a very hidden sheet keeping the log (and, later, decisions).
    expect(await model<string[]>("sheetNames")).toEqual([SEED_SHEET, "Ví dụ", "PressDX_Data"]);
    await until(() => effectiveFill("Ví dụ", "D6"), "#FFC7CE");
    const view = await page.evaluate(() => {
      const summary = document.activeElement as HTMLElement;
      const first = document.querySelector('[role="treeitem"][aria-level="2"]') as HTMLElement;
      return { text: summary.textContent, top: summary.getBoundingClientRect().top, firstBottom: first.getBoundingClientRect().bottom, height: innerHeight };
    });
    expect(view.text).toMatch(/^Đã kiểm tra 2 bảng chỉ tiêu: 2 lỗi, \d+ cảnh báo/);
    expect(view.top).toBeGreaterThanOrEqual(0);
    expect(view.firstBottom).toBeLessThanOrEqual(view.height);
    await shoot(page, "pane-02-example-checked-320");
  });

  it("walks the cells with F8 and Shift+F8, selecting each in the workbook; the list is one tab stop, moved by the arrow keys", async () => {
    await page.keyboard.press("F8");
    await until(() => model<string>("selectedAddress"), "'Ví dụ'!D6");
    await page.keyboard.press("F8");
    await until(() => model<string>("selectedAddress"), "'Ví dụ'!C7");
    await page.keyboard.press("Shift+F8");
    await until(() => model<string>("selectedAddress"), "'Ví dụ'!D6");
    await page.getByRole("treeitem", { name: /C7/ }).waitFor();
    await shoot(page, "pane-03-next-320");

    const passed = await tabTo(/^Xóa đánh dấu$/);
    expect(passed.filter((p) => p.startsWith("treeitem"))).toHaveLength(1);
    // Back: the active finding's own button (its actions follow its row), then the row.
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toMatch(/^Chấp nhận phát hiện ở ô/);
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toMatch(/^treeitem/);
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toMatch(/^treeitem .*C7/);
    await model("select", "Ví dụ", "A1");
    await page.keyboard.press("Enter");
    await until(() => model<string>("selectedAddress"), "'Ví dụ'!C7");
    expect(await axeViolations()).toEqual([]);
  });

  it("says on request, by keyboard, how the worked example was read: its years, its rows, where it ended; it fits 320 px and axe finds nothing", async () => {
    await tabTo(/^Vì sao\?/);
    await page.keyboard.press("Enter");
    const region = page.getByRole("region", { name: "Cách công cụ đọc các bảng" });
    await region.waitFor();
    const text = (await region.textContent()) ?? "";
    expect(text).toContain("Trang tính “Ví dụ”, A5:H12");
    expect(text).toContain("Được kiểm tra. Vì có dòng khớp với chỉ tiêu chuẩn của Chiến lược.");
    expect(text).toContain("Cột năm: C5 “Kế hoạch năm 2023” là năm 2023; D5 “Kế hoạch năm 2024” là năm 2024; E5 “Mục tiêu năm 2025” là năm 2025.");
    expect(text).toMatch(/Dòng 6: chỉ tiêu “Đưa nội dung lên nền tảng số”, khớp với “dua noi dung len cac nen tang so”/);
    expect(text).toMatch(/Bảng dừng trước dòng \d+: /);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).toBe("true");
    expect(await overflowing(page)).toEqual([]);
    expect(await axeViolations()).toEqual([]);
    await region.scrollIntoViewIfNeeded();
    await shoot(page, "pane-why-320");
    await page.keyboard.press("Enter");
    await region.waitFor({ state: "detached" });
  });

  it("inserts the national tables; a share typed as 150% makes the results out of date, and checking again finds and highlights it", async () => {
    await tab(/^Chèn/).click();
    await button(/^Chèn bảng$/).click();
    await page.getByText(/Đã chèn bảng chỉ tiêu vào trang “Phụ lục”/).waitFor();
    expect(await model<unknown[][]>("values", "Phụ lục", "C6:E6")).toEqual([[0.3, 0.5, 0.7]]);
    const ownFill = await effectiveFill("Phụ lục", "C6");
    // Pasted: typing 150% is refused by the cell's validation, as in Excel; a plain paste is not checked.
    await model("userPaste", "Phụ lục", "C6", 1.5);
    await tab(/^Kiểm tra/).click();
    await page.getByText("Sổ làm việc đã thay đổi sau lần kiểm tra: kết quả có thể đã cũ.").waitFor();
    await button(/^Kiểm tra lại$/).click();
    const finding = page.getByRole("treeitem", { name: /C6.*150/ });
    await finding.waitFor();
    await until(() => effectiveFill("Phụ lục", "C6"), "#FFC7CE");
    await finding.click();
    await until(() => model<string>("selectedAddress"), "'Phụ lục'!C6");

    // What is said to screen readers, as it is said. Fluent's announcer uses document.ariaNotify where the browser
    // has it (Chromium and Edge's WebView2 do), a live region it clears after half a second elsewhere (Safari).
    await page.evaluate(() => {
      const w = window as unknown as { __heard: string[] };
      const doc = document as Document & { ariaNotify?: (message: string, options?: unknown) => void };
      w.__heard = [];
      const notify = doc.ariaNotify;
      if (notify)
        doc.ariaNotify = function (message: string, options?: unknown) {
          w.__heard.push(message);
          return notify.call(this, message, options);
        };
      new MutationObserver(() => {
        for (const el of document.querySelectorAll("[aria-live]")) if (el.textContent) w.__heard.push(el.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await button(/^Xóa đánh dấu$/).click();
    await until(() => effectiveFill("Phụ lục", "C6"), ownFill);
    // The notice is heard and Escape closes it.
    await until(() => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.some((h) => /Đã xóa đánh dấu/.test(h))), true, 20);
    await page.keyboard.press("Escape");
    await until(() => page.getByText(/Đã xóa đánh dấu/).count(), 0);
  });

  it("consolidates the agencies' reports and writes attainment as status-first rows; a second run stacks nothing", async () => {
    // A supplement from Báo Minh Sơn gives another 2024 revenue: a conflict, first decided by the sheets' order.
    const supplement: Record<string, string | number> = {};
    const figures: Record<string, string | number> = { ...SEED_REPORTS[1], revenue: 22100 };
    AGENCY_FORM_COLUMNS.forEach((c, i) => {
      const col = String.fromCharCode(65 + i);
      supplement[`${col}1`] = c.header;
      const v = figures[c.field];
      if (v !== undefined) supplement[`${col}2`] = v;
    });
    await model("addSheet", "Bổ sung", supplement);
    await tab(/^Báo cáo/).click();
    await button(/^Tổng hợp báo cáo$/).click();
    await page.getByText(/Đã tổng hợp 9 báo cáo/).waitFor();
    // The conflict names both sources with their figures in million đồng, and which one the merged table kept.
    const conflicts = page.getByRole("region", { name: /^Số liệu khác nhau giữa các báo cáo/ });
    const item = conflicts.locator(".pdx-conflict").first();
    expect(await item.textContent()).toBe(
      "Báo Minh Sơn · 2024 · Doanh thu năm báo cáo (triệu đồng)" +
        "21.350 triệu đồngSổ làm việc này › Báo cáo cơ quan › dòng 3✓ Đang giữ (tệp đứng trước theo tên)" +
        "22.100 triệu đồngSổ làm việc này › Bổ sung › dòng 2Giữ số liệu này",
    );
    // By keyboard: Tab to "keep the other figure", Enter; the merged table now holds it, and the choice is stored.
    await button(/^Tổng hợp báo cáo$/).focus();
    await tabTo(/^Giữ số liệu này: 22\.100 triệu đồng của Sổ làm việc này › Bổ sung › dòng 2/, 10);
    await page.keyboard.press("Enter");
    await page.getByText(/^Đã giữ số liệu của Sổ làm việc này › Bổ sung › dòng 2/).waitFor();
    expect(await focused()).toBe("Báo Minh Sơn · 2024 · Doanh thu năm báo cáo (triệu đồng)");
    expect(await item.locator(".pdx-candidate-kept").textContent()).toBe("22.100 triệu đồngSổ làm việc này › Bổ sung › dòng 2✓ Đang giữ (bạn đã chọn)");
    await shoot(page, "pane-05a-conflict-chosen-320", true);
    // The merged table: year, agency, then the figures (the tracker and the conflicts table sit to its right).
    const merged = await model<unknown[][]>("values", "Tổng hợp báo cáo", "A1:Z60");
    const row2024 = merged.find((r) => r[0] === 2024 && r[1] === "Báo Minh Sơn")?.slice(0, 13);
    expect(row2024).toContain(22100);
    expect(row2024).not.toContain(21350);
    expect(merged.some((r) => r.includes("Sổ làm việc này › Bổ sung › dòng 2") && r.includes("Đã chọn"))).toBe(true);

    await button(/^Đánh giá kết quả$/).click();
    await page.getByText(/Đã ghi kết quả thực hiện cho/).waitFor();
    // The results are where the user looks: their summary focused and at the top of the view.
    const summary = page.locator(".pdx-sticky .pdx-summary");
    await until(() => page.evaluate(() => document.activeElement?.classList.contains("pdx-summary") ?? false), true);
    const box = await summary.boundingBox();
    expect(box && box.y >= 0 && box.y < 100).toBe(true);
    await shoot(page, "pane-05-attainment-320", true);
    // Scrolled down the rows, the summary stays at the top.
    const scroller = await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollTop);
    await page.evaluate(() => window.scrollBy(0, 500));
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollTop)).toBeGreaterThan(scroller);
    const stuck = await page.locator(".pdx-sticky").boundingBox();
    expect(stuck && Math.abs(stuck.y) < 2).toBe(true);
    await shoot(page, "pane-05c-attainment-scrolled-320");
    const first = page.getByRole("region", { name: /^Kết quả thực hiện: trang “Phụ lục”/ }).first().getByRole("listitem").first();
    expect(await first.textContent()).toMatch(/^(Đạt|Chưa đạt|Chưa có số liệu)/);
    // "Chưa đạt only", from the summary by keyboard; the summary and the filter stay on top while the rows scroll.
    await summary.focus();
    await page.keyboard.press("Tab");
    // The checkbox, named by its label.
    expect(await focused()).toBe("Chỉ hiện chỉ tiêu Chưa đạt");
    await page.keyboard.press("Space");
    const shown = await page.getByRole("region", { name: /^Kết quả thực hiện: trang/ }).getByRole("listitem").allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((t) => !t.startsWith("Chưa đạt"))).toEqual([]);
    await shoot(page, "pane-05b-not-met-only-320");
    await page.keyboard.press("Space");
    const rules = (await model<unknown[]>("conditionalFormats", "Phụ lục")).length;
    const names = (await model<Array<{ name: string }>>("namedItems")).map((n) => n.name).sort();
    const charts = (await model<Array<{ name: string }>>("charts", "Phụ lục")).map((c) => c.name);
    expect(rules).toBeGreaterThan(0);
    expect(charts).toHaveLength(1);
    expect(names).toEqual(expect.arrayContaining(["PressDX_Agencies_Sheet", "PressDX_Attain_1"]));
    await button(/^Đánh giá kết quả$/).click();
    await page.getByText(/Đã ghi kết quả thực hiện cho/).waitFor();
    expect((await model<unknown[]>("conditionalFormats", "Phụ lục")).length).toBe(rules);
    expect((await model<Array<{ name: string }>>("charts", "Phụ lục")).map((c) => c.name)).toEqual(charts);
    expect((await model<Array<{ name: string }>>("namedItems")).map((n) => n.name).sort()).toEqual(names);
  });

  it("chooses agency report files: reads them in the pane, merges them with provenance, lists the ones it cannot read", async () => {
    await tab(/^Báo cáo/).click();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdx-e2e-files-"));
    try {
      await writeFieldReports(dir);
      fs.writeFileSync(path.join(dir, "10-hong.xlsx"), fs.readFileSync(path.join(dir, "01-bao-thai-binh.xlsx")).subarray(0, 900));
      const chosen = ["01-bao-thai-binh.xlsx", "02-dai-pt-th-thai-binh.xlsx", "06-bao-thai-binh-bo-sung.xlsx", "07-bao-cao-2023.xls", "10-hong.xlsx"];
      await page.locator("#pdx-report-files").setInputFiles(chosen.map((f) => path.join(dir, f)));
      await page.getByText(/^Đã gộp \d+ báo cáo từ 5 tệp vào trang “Tổng hợp báo cáo”; 2 tệp không đọc được\.$/).waitFor();
      const unreadable = page.getByRole("region", { name: "2 tệp không đọc được" });
      expect(await unreadable.getByRole("listitem").allTextContents()).toEqual([
        "07-bao-cao-2023.xls: tệp Excel 97–2003 (.xls) cũ; hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
        expect.stringMatching(/^10-hong\.xlsx: tệp bị hỏng hoặc không đầy đủ; hãy sao chép hoặc tải lại/),
      ]);
      await unreadable.scrollIntoViewIfNeeded();
      await shoot(page, "pane-06-report-files-320", true);
      // The merged sheet names each row's file, sheet and row, the workbook's own reports beside the files'.
      const view = await model<{ sheets: Array<{ name: string; rows: unknown }> }>("snapshot");
      const merged = JSON.stringify(view.sheets.find((x) => x.name === "Tổng hợp báo cáo")?.rows ?? null);
      expect(merged).toContain("01-bao-thai-binh.xlsx");
      expect(merged).toContain("06-bao-thai-binh-bo-sung.xlsx");
      expect(await overflowing(page)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fits 320, 350 and 450 px on every tab, in both languages, with results showing; axe finds nothing at 320", async () => {
    const tabs = { vi: [/^Chèn/, /^Kiểm tra/, /^Báo cáo/, /^Cài đặt/], en: [/^Insert/, /^Check/, /^Reports/, /^Settings/] } as const;
    const found: string[] = [];
    for (const lang of ["vi", "en"] as const) {
      await button(lang === "vi" ? /Tiếng Việt/ : /English/).click();
      await tab(tabs[lang][0]).waitFor();
      for (const width of [320, 350, 450]) {
        await paneWidth(page, width);
        for (const name of tabs[lang]) {
          await tab(name).click();
          for (const o of await overflowing(page)) found.push(`${lang} ${width} ${name}: ${o}`);
          if (width === 320) for (const v of await axeViolations()) found.push(`${lang} ${name}: axe ${v.id} ${v.targets.join(", ")}`);
        }
      }
      await paneWidth(page, 350);
      await tab(tabs[lang][1]).click();
      // Let the tab's underline finish moving before the picture.
      await page.waitForTimeout(500);
      await shoot(page, `pane-04-check-${lang}-350`);
    }
    expect(found).toEqual([]);
    // English counts agree in number: "1 error", "2 errors".
    const summary = (await page.locator('[role="tabpanel"]:not([hidden]) .pdx-summary').textContent()) ?? "";
    const counts = [...summary.matchAll(/(\d+) (table|error|warning|note|cell)(s?)\b/g)].map((m) => [m[0], m[1] === "1" ? m[3] === "" : m[3] === "s"]);
    expect(counts.length).toBeGreaterThanOrEqual(4);
    expect(counts.filter(([, ok]) => !ok)).toEqual([]);
    await button(/Tiếng Việt/).click();
    await paneWidth(page, 320);
  });
  it("is the reviewer's day by keyboard alone: accept a warning with a reason, re-check (it stays), change the cell (it reopens), write the review sheet, add a column, rewrite (it stays), what changed, the log; axe at each step", async () => {
    const REASON = "Tỉnh giảm theo Kế hoạch 192, đã thống nhất với Sở";
    /** From no focus, Tab to the tab list, the arrow keys to the tab, Enter. */
    const toTab = async (name: RegExp): Promise<void> => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await tabTo(/^tab /);
      await page.keyboard.press("Home");
      for (let i = 0; i < 5 && !name.test(await focused()); i++) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
    };
    /** From no focus, Tab to a control and press Enter (or Space). */
    const press = async (name: RegExp, key = "Enter"): Promise<void> => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await tabTo(name, 120);
      await page.keyboard.press(key);
    };
    const check = async (): Promise<void> => {
      await press(/^Kiểm tra$/);
      await page.getByText(/^Đã kiểm tra \d+ bảng chỉ tiêu/).waitFor();
    };
    /** The 1-based row of the review sheet listing `cell` (column E) for the rule `code` (column L). */
    const reviewRow = async (cell: string, code: string): Promise<number> => {
      const rows = await model<unknown[][]>("values", "Kiểm tra", "E1:L200");
      const i = rows.findIndex((r) => r[0] === cell && r[7] === code);
      if (i < 0) throw new Error(`no row for ${cell} ${code}`);
      return i + 1;
    };

    // 2025 below 2024 (50%): the target falls, a warning.
    await model("userEdit", "Phụ lục", "E6", 0.45);
    await toTab(/^tab Kiểm tra/);
    await check();
    // The tree is one tab stop: Tab reaches it, the arrow keys reach the finding, Tab its Accept button.
    await tabTo(/^treeitem/, 80);
    await page.keyboard.press("Home");
    for (let i = 0; i < 120 && !/^treeitem .*E6.*giảm/i.test(await focused()); i++) {
      const closed = await page.evaluate(() => document.activeElement?.getAttribute("aria-expanded") === "false");
      await page.keyboard.press(closed ? "ArrowRight" : "ArrowDown");
    }
    expect(await focused()).toMatch(/^treeitem .*E6/);
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^Chấp nhận phát hiện ở ô Phụ lục!E6/);
    await page.keyboard.press("Enter");
    await page.keyboard.type(REASON);
    await tabTo(/^Lưu$/, 5);
    await page.keyboard.press("Enter");
    await page.getByText(/^Đã chấp nhận phát hiện ở ô Phụ lục!E6/).waitFor();
    // Hidden now, as Excel's ignored errors are; the focus is on the filter that shows it again.
    await until(() => page.evaluate(() => document.activeElement?.closest("label")?.textContent ?? ""), "Hiện phát hiện đã chấp nhận (1)");
    expect(await page.getByRole("treeitem", { name: /E6.*giảm/i }).count()).toBe(0);
    expect(await axeViolations()).toEqual([]);
    expect((await model<{ visibility: string }>("sheet", "PressDX_Data")).visibility).toBe("VeryHidden");
    expect(await model<unknown[][]>("values", "PressDX_Data", "A4:H4")).toEqual([["Phụ lục", "E6", "target.decreasing", "platforms", 2025, "n:0.45", "accepted", REASON]]);

    // A check again keeps it accepted and says what changed since the check before.
    await check();
    await page.getByText(/^So với lần kiểm tra trước: 0 đã sửa, 0 mới, \d+ không đổi\.$/).waitFor();
    await press(/^Hiện phát hiện đã chấp nhận \(1\)$/, "Space");
    await page.getByText(/^Đã chấp nhận lúc .*Tỉnh giảm theo Kế hoạch 192/).first().waitFor();
    await page.getByText(/^Đã chấp nhận lúc/).first().scrollIntoViewIfNeeded();
    await shoot(page, "pane-06-accepted-320");
    expect(await axeViolations()).toEqual([]);

    // The cell changes: the decision no longer holds, the finding is open and coloured again.
    await model("userEdit", "Phụ lục", "E6", 0.4);
    await check();
    await page.getByText(/^Số liệu đã đổi từ khi được chấp nhận/).first().waitFor();
    await until(() => effectiveFill("Phụ lục", "E6"), "#FFEB9C");
    expect(await axeViolations()).toEqual([]);

    // The review sheet: a status and a reason column from the decisions, a filter and a frozen header.
    await press(/^Tạo trang kết quả kiểm tra$/);
    await page.getByText(/^Đã tạo trang kết quả kiểm tra|Kiểm tra”/).first().waitFor();
    await until(async () => (await model<string[]>("sheetNames")).includes("Kiểm tra"), true);
    expect((await model<unknown[][]>("values", "Kiểm tra", "A4:L4"))[0]).toEqual(["STT", "Mức độ", "Trạng thái", "Trang tính", "Ô", "Chỉ tiêu", "Năm", "Giá trị", "Quy tắc", "Nội dung", "Lý do", "Mã quy tắc"]);
    expect((await model<{ frozen: { rows: number; cols: number } }>("sheet", "Kiểm tra")).frozen).toEqual({ rows: 4, cols: 0 });
    let row = await reviewRow("E6", "target.decreasing");
    const line = (await model<unknown[][]>("values", "Kiểm tra", `C${row}:K${row}`))[0] ?? [];
    expect([line[0], line[8]]).toEqual(["Mở lại: số liệu đã đổi", REASON]);

    // The reviewer adds a column of their own beside the findings, as in Excel; the planner fixes 150%, so rows move.
    await model("userEdit", "Kiểm tra", "M4", "Ý kiến người kiểm tra");
    await model("userEdit", "Kiểm tra", `M${row}`, "Hỏi lại Sở về năm 2025");
    await model("userEdit", "Phụ lục", "C6", 0.3);
    await check();
    // 150% at C6 gone: its own finding, and the fall it made at D6.
    const changes = async (): Promise<string> => (await page.getByText(/^So với lần kiểm tra trước/).allTextContents()).join(" | ");
    for (let i = 0; i < 50 && !/: [1-9]\d* đã sửa/.test(await changes()); i++) await page.waitForTimeout(100);
    expect(await changes()).toMatch(/^So với lần kiểm tra trước: [1-9]\d* đã sửa, \d+ mới, \d+ không đổi\.$/);
    await press(/^Tạo trang kết quả kiểm tra$/);
    await until(async () => (await model<unknown[][]>("values", "Kiểm tra", "M4:M4"))[0]?.[0], "Ý kiến người kiểm tra");
    row = await reviewRow("E6", "target.decreasing");
    expect((await model<unknown[][]>("values", "Kiểm tra", `M${row}:M${row}`))[0]?.[0]).toBe("Hỏi lại Sở về năm 2025");
    expect(await axeViolations()).toEqual([]);

    // The command log says what each command wrote, newest first.
    await press(/^Xem nhật ký các lệnh/);
    const log = page.getByRole("region", { name: "Nhật ký: công cụ đã ghi gì" });
    await expect(log.getByRole("listitem").first().textContent()).resolves.toMatch(/Tạo trang kết quả kiểm tra.*Kiểm tra/);
    await log.scrollIntoViewIfNeeded();
    await shoot(page, "pane-07-log-320");
    expect(await axeViolations()).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
  });

  it("keeps painting during a slow check and cancels it, writing nothing", async () => {
    // Forty more copies of the tables, on a CPU slowed twenty times, as on a slow office PC (the stand-in, which sizes
    // every request and response as Excel on the web would, answers on the page's own thread).
    const rows = await model<unknown[][]>("values", "Phụ lục", "A1:H30");
    await page.evaluate((values) => {
      const m = (window as unknown as { __standin: { model: { addSheet(n: string, c: Record<string, unknown>): void } } }).__standin.model;
      const cells: Record<string, unknown> = {};
      values.forEach((row, r) => row.forEach((v, c) => v !== "" && v !== null && (cells[`${"ABCDEFGH"[c]}${r + 1}`] = v)));
      for (let i = 1; i <= 40; i++) m.addSheet(`Tỉnh ${i}`, cells);
    }, rows);
    // And Excel takes its time to answer each sync (another process, or the network on the web): the check is
    // still running when Cancel is pressed, however fast this machine is at the moment.
    await page.evaluate(() => ((window as unknown as { __standin: { model: { syncLatencyMs: number } } }).__standin.model.syncLatencyMs = 400));
    await tab(/^Kiểm tra/).click();
    const frames = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number };
      w.__frames = 0;
      const tick = (): void => {
        w.__frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 20 });
    try {
      const before = await frames();
      await button(/^Kiểm tra$/).click();
      const cancel = button(/^Hủy$/);
      await cancel.waitFor({ timeout: 60000 });
      const during = await frames();
      // The stand-in answers Excel's reads on the page's own thread (real Excel answers from another process), so a
      // click may wait for the page to be free, as a real click would: sent without waiting for the button to look
      // stable over two frames.
      await cancel.click({ force: true, timeout: 60000 });
      await page.getByText("Đã hủy kiểm tra.").waitFor({ timeout: 120000 });
      console.log(`frames painted: ${during - before} from the click to Cancel showing, ${(await frames()) - during} until cancelled`);
      expect(during - before).toBeGreaterThan(1);
      expect(await page.getByText("Không có gì trong sổ làm việc bị thay đổi.").count()).toBe(1);
      expect(await model<unknown[]>("conditionalFormats", "Tỉnh 1")).toEqual([]);
    } finally {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      await page.evaluate(() => ((window as unknown as { __standin: { model: { syncLatencyMs: number } } }).__standin.model.syncLatencyMs = 0));
    }
  });
});
