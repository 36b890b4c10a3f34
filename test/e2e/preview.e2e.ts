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
  it("draws the workbook beside the pane, and a typed 150% turns red after validating", async () => {
    await page.getByRole("button", { name: /^Chèn bảng$/ }).click();
    await page.getByText(/Đã chèn bảng chỉ tiêu vào/).waitFor();
    await page.getByRole("tab", { name: "Phụ lục" }).click();
    const c6 = page.locator('table.grid td[data-address="C6"]');
    await expect(c6.textContent()).resolves.toBe("30%");
    await c6.dblclick();
    const input = page.getByRole("textbox", { name: "Phụ lục!C6" });
    await input.fill("150%");
    await input.press("Enter");
    await expect(c6.textContent()).resolves.toBe("150%");

    await page.getByRole("tab", { name: /^Kiểm tra/ }).click();
    await page.getByRole("button", { name: /^Kiểm tra$/ }).click();
    await page.getByRole("button", { name: /C6/ }).first().waitFor();
    await expect(c6.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe("rgb(255, 199, 206)");
    await page.screenshot({ path: path.join(ROOT, "docs/screenshots/preview.png") });
  });
});
