/**
 * The end-to-end harness: build the add-in as it ships (and the stand-in as one script), serve the build on
 * localhost, and open it in Debian's Chromium with the office.js CDN answered from node_modules and the stand-in
 * installed before the page's own scripts run. Nothing leaves the machine: every other request is refused.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The host the e2e build is made for (never contacted: the build is served on localhost). */
export const ADDIN_BASE = "https://addins.example/pressdx/";

/** How long a hook that builds may take: a webpack build is ~20 s on an idle machine, minutes on a loaded one. */
export const BUILD_TIMEOUT = 600_000;

/** Runs webpack once per build kind and test run (a build takes most of a minute on two cores). */
export function build(kind: "production" | "standin" | "preview" | "bare"): string {
  const out = { production: "dist", standin: ".tmp/e2e", preview: "dist-preview", bare: ".tmp/bare-pane" }[kind];
  const marker = path.join(ROOT, out, ".e2e-built");
  const stamp = String(process.ppid);
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === stamp) return path.join(ROOT, out);
  const env = kind === "production" ? [] : ["--env", kind];
  // The production build is made for a real host, so the test can see every address rewritten; its module list is
  // kept to check what the bundle holds.
  fs.mkdirSync(path.join(ROOT, ".tmp"), { recursive: true });
  const stats = kind === "production" ? [`--json=${path.join(ROOT, ".tmp/e2e-stats.json")}`] : [];
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", ...env, ...stats], {
    cwd: ROOT,
    stdio: "pipe",
    env: { ...process.env, ADDIN_BASE_URL: ADDIN_BASE },
  });
  fs.writeFileSync(marker, stamp);
  return path.join(ROOT, out);
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml" };

/** A static server for a build folder on 127.0.0.1, on a free port. */
export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/"));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface StandInSetup {
  readonly options?: Record<string, unknown>;
  readonly sheets?: Record<string, Record<string, unknown>>;
}

/** A page at `url` with office.js from node_modules, the stand-in installed first, and no other network. */
export async function openPage(browser: Browser, url: string, setup: StandInSetup | null, watch: { onRequest?(url: string): void } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, deviceScaleFactor: 1 });
  const origin = new URL(url).origin;
  await page.route("**/*", async (route) => {
    const u = route.request().url();
    watch.onRequest?.(u);
    if (u.startsWith(CDN)) {
      const file = path.join(OFFICE_DIST, u.slice(CDN.length).split("?")[0] ?? "");
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
      return route.fulfill({ status: 404, body: "" });
    }
    if (u.startsWith(origin)) return route.continue();
    return route.abort();
  });
  if (setup) {
    await page.addInitScript({ content: `window.__standinOptions = ${JSON.stringify(setup)};` });
    await page.addInitScript({ path: path.join(build("standin"), "standin.js") });
  }
  await page.goto(url);
  return page;
}

/** Where the tests leave their screenshots: outside the tracked tree; `npm run screenshots` publishes them. */
export const SHOTS = path.join(ROOT, ".tmp/screenshots");

/** A screenshot into .tmp/screenshots/ (docs/screenshots/ changes only on purpose, by `npm run screenshots`). */
export async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

/** The pane as wide as Excel makes it: the page is the pane, so its viewport is the pane's width. */
export async function paneWidth(page: Page, width: number, height = 640): Promise<void> {
  await page.setViewportSize({ width, height });
}

/**
 * What sticks out sideways: the page's scroll width against its width, and each visible element whose right edge
 * passes the viewport (also those a parent clips, which a user would see cut). Empty when the pane fits.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const r = el.getBoundingClientRect();
      if (r.width > 1 && r.height > 1 && r.right > width + 0.5) out.push(`${el.tagName.toLowerCase()} “${(el.textContent ?? "").trim().slice(0, 30)}” ends at ${Math.round(r.right)}`);
    }
    return out.slice(0, 10);
  });
}

/** Calls the stand-in's model in the page (what a user does in Excel itself, and what a test looks at). */
export function callModel<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([f, a]) => {
      const m = (window as unknown as { __standin: { model: Record<string, (...x: unknown[]) => unknown> } }).__standin.model;
      const out = m[f as string]?.(...(a as unknown[]));
      return JSON.parse(JSON.stringify(out ?? null));
    },
    [fn, args] as const,
  ) as Promise<T>;
}

/** Waits until `read` gives `expected` (the pane and the stand-in settle in their own time). */
export async function until<T>(read: () => Promise<T>, expected: T, tries = 100): Promise<void> {
  let last: T = await read();
  for (let i = 0; i < tries && JSON.stringify(last) !== JSON.stringify(expected); i++) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

/** What a screen reader would start with for the focused element: its role when it is a tab or a row, then its name. */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const role = el?.getAttribute("role") ?? "";
    // A form control is named by its label, as a screen reader says it; a drop-down, then by its chosen option.
    if (el instanceof HTMLSelectElement) return `${el.labels?.[0]?.textContent ?? ""} ${el.selectedOptions[0]?.textContent ?? ""}`.trim();
    const label = el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? "") : "";
    const said = `${role === "tab" || role === "treeitem" ? `${role} ` : ""}${el?.getAttribute("aria-label") ?? ""} ${label}${el?.textContent ?? ""}`;
    return said.replace(/\s+/g, " ").trim();
  });
}

/** Presses Tab until the focused element matches (keyboard only); returns what it passed on the way. */
export async function tabTo(page: Page, text: RegExp, max = 40): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const label = await focusedLabel(page);
    if (text.test(label)) return seen;
    seen.push(label.slice(0, 40));
  }
  throw new Error(`Tab never reached ${text}; visited: ${seen.join(" | ")}`);
}

/**
 * axe-core in the page (colour contrast included, which jsdom cannot judge). Tabster's focus sentinels (empty,
 * aria-hidden <i tabindex=0 data-tabster-dummy> that hand focus on at once) are left out: Fluent's known false
 * positive (microsoft/fluentui#27517), not content.
 */
export async function axeViolations(page: Page): Promise<Array<{ id: string; targets: string[] }>> {
  await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    type Axe = { run(ctx: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const r = await axe.run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}
