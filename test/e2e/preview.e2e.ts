/**
 * `npm run preview` as someone without Excel uses it: the real pane beside the stand-in's workbook, drawn. Insert
 * the tables, type 150% into a cell of the drawn sheet, validate, and see the cell turn red in the drawing.
 */
import type { Browser, Page } from "playwright-core";
import { build, launch, openPage, serve, ROOT } from "./support";
import path from "node:path";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await serve(build("preview"));
  browser = await launch();
  page = await openPage(browser, `${server.url}index.html`, null);
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.getByRole("tab", { name: /^Chèn bảng/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the preview", () => {
  it("draws the workbook beside the pane, refuses a typed 150% as Excel's validation does, and flags a falling target", async () => {
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
    await page.getByRole("button", { name: /E6/ }).first().waitFor();
    // The warning's colour (FFEB9C) over the cell.
    await expect(e6.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe("rgb(255, 235, 156)");
    await page.screenshot({ path: path.join(ROOT, "docs/screenshots/preview.png") });
  });
});
