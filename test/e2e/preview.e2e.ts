/**
 * `npm run preview` as someone without Excel uses it: the real pane beside the stand-in's workbook, drawn, at the
 * width Excel gives a pane (?pane=320, or the width control). Insert the tables, type 150% into a share cell (refused
 * by the cell's validation, as Excel does), type a falling target, check, and see the cell turn yellow.
 */
import type { Browser, Page } from "playwright-core";
import { build, BUILD_TIMEOUT, launch, openPage, serve, shoot } from "./support";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await serve(build("preview"));
  browser = await launch();
  page = await openPage(browser, `${server.url}index.html?pane=320`, null);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("tab", { name: /^Chèn/ }).waitFor();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the preview", () => {
  it("draws the workbook beside a 320 px pane, refuses a typed 150% as Excel's validation does, and flags a falling target", async () => {
    const pane = page.locator("#pane");
    expect(await pane.evaluate((el) => [el.getBoundingClientRect().width, el.scrollWidth <= el.clientWidth])).toEqual([320, true]);
    await page.getByRole("button", { name: "Đã hiểu, ẩn hướng dẫn" }).click();
    await page.getByRole("button", { name: /^Chèn bảng$/ }).click();
    await page.getByText(/Đã chèn bảng chỉ tiêu vào/).waitFor();
    await page.getByRole("tab", { name: "Phụ lục" }).click();
    const c6 = page.locator('table.grid td[data-address="C6"]');
    await expect(c6.textContent()).resolves.toBe("30%");
    const type = async (cell: string, text: string): Promise<void> => {
      await page.locator(`table.grid td[data-address="${cell}"]`).dblclick();
      const input = page.getByRole("textbox", { name: `Phụ lục!${cell}` });
      await input.fill(text);
      await input.press("Enter");
    };
    // The share cells keep a 0–100% rule with a Stop alert: Excel refuses the entry and says why.
    await type("C6", "150%");
    await page.getByRole("alert").filter({ hasText: /0% đến 100%/ }).waitFor();
    await expect(c6.textContent()).resolves.toBe("30%");
    // A share within the rule, but below the year before (50% in 2024): the check flags it.
    const e6 = page.locator('table.grid td[data-address="E6"]');
    await type("E6", "20%");
    await expect(e6.textContent()).resolves.toBe("20%");

    await page.getByRole("tab", { name: /^Kiểm tra/ }).click();
    await page.getByRole("button", { name: /^Kiểm tra$/ }).click();
    await page.getByRole("treeitem", { name: /E6/ }).first().waitFor();
    // The warning's colour (FFEB9C) over the cell.
    await expect(e6.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe("rgb(255, 235, 156)");
    // The tool's store is very hidden: no tab for it, as in Excel.
    expect(await page.getByRole("tab", { name: "PressDX_Data" }).count()).toBe(0);
    expect(await pane.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Bringing the results into view scrolls the pane, not the page: the banner and the sheet tabs stay put.
    expect(await page.locator(".banner").evaluate((el) => el.getBoundingClientRect().top)).toBe(0);
    // The width control changes the pane's width at once.
    await page.getByRole("combobox", { name: /pane/ }).selectOption("450");
    expect(await pane.evaluate((el) => el.getBoundingClientRect().width)).toBe(450);
    await page.getByRole("combobox", { name: /pane/ }).selectOption("320");
    await shoot(page, "preview");
  });
});
