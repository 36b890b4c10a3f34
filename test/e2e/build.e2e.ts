/**
 * What `npm run build` ships: a dist/ for any static https host. Every address of the manifest points at
 * ADDIN_BASE_URL and names a file that exists; the browser bundle holds none of ExcelJS, JSZip, tsx or Node's
 * built-ins, and its first screen none of what only a tab or a command needs; every page carries a
 * Content-Security-Policy that allows only its own origin and the office.js CDN; the dev server sends no wildcard
 * CORS header.
 */
import fs from "node:fs";
import path from "node:path";
import { ADDIN_BASE, build, BUILD_TIMEOUT, ROOT } from "./support";

let dist: string;
beforeAll(() => {
  dist = build("production");
}, BUILD_TIMEOUT);

describe("the production build", () => {
  it("rewrites every address of the manifest to ADDIN_BASE_URL, and every address names a file of dist/", () => {
    const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1] ?? "");
    const own = urls.filter((u) => !u.startsWith("https://appsforoffice"));
    expect(own.length).toBeGreaterThan(5);
    for (const u of own) {
      expect(u.startsWith(ADDIN_BASE)).toBe(true);
      expect([u, fs.existsSync(path.join(dist, u.slice(ADDIN_BASE.length)))]).toEqual([u, true]);
    }
    for (const page of ["taskpane.html", "help.html"]) expect(own).toContain(`${ADDIN_BASE}${page}`);
  });

  it("ships none of ExcelJS, JSZip, tsx, Node's built-ins, the xlsx writer or the test doubles (stand-in, preview, memory adapter) to the browser", () => {
    const stats = JSON.parse(fs.readFileSync(path.join(ROOT, ".tmp/e2e-stats.json"), "utf8")) as { modules: Array<{ name?: string; modules?: Array<{ name?: string }> }> };
    const names = stats.modules.flatMap((m) => [m.name ?? "", ...(m.modules ?? []).map((x) => x.name ?? "")]);
    expect(names.length).toBeGreaterThan(100);
    // The package reader ships (the Reports tab reads agencies' files in the pane) with its browser codec; the
    // writer, the Node codec and the command line never do.
    const readerOnly = /src\/adapters\/xlsx\/(package\/(?!codec\.ts)[\w.]+|browserReader\.ts|readError\.ts|readErrorWords\.ts|ooxml\.ts|posixPath\.ts)$/;
    const banned = names.filter(
      (n) =>
        /node_modules\/(exceljs|jszip|tsx|yauzl|saxes)\//.test(n) ||
        /^(node:|\(ignored\))/.test(n) ||
        /src\/(cli|adapters\/memory|standin|preview)\//.test(n) ||
        (/src\/adapters\/xlsx\//.test(n) && !readerOnly.test(n)),
    );
    expect(banned).toEqual([]);
    // And the reader is there: the browser codec, not the Node one.
    expect(names).toEqual(expect.arrayContaining(["./src/adapters/xlsx/package/codec.browser.ts"]));
  });

  it("keeps out of the first screen what only a tab or a command needs: Fluent's table of tokens, the presets' figures, the tabs' own texts", () => {
    type Module = { name?: string; chunks: Array<number | string>; modules?: Array<{ name?: string }> };
    const stats = JSON.parse(fs.readFileSync(path.join(ROOT, ".tmp/e2e-stats.json"), "utf8")) as { namedChunkGroups: Record<string, { chunks: Array<number | string> }>; modules: Module[] };
    const first = new Set(["taskpane", "tab-insert"].flatMap((g) => stats.namedChunkGroups[g]?.chunks ?? []));
    const names = stats.modules.filter((m) => m.chunks.some((c) => first.has(c))).flatMap((m) => [m.name ?? "", ...(m.modules ?? []).map((x) => x.name ?? "")]);
    expect(names).toEqual(expect.arrayContaining(["./src/taskpane/i18n/vi.ts", "./src/domain/presetNames.ts", "./src/taskpane/insert/PresetDropdown.tsx"]));
    const later = /@fluentui\/tokens\/lib\/tokens\.js$|src\/domain\/(presets|indicators|national)\.ts$|src\/taskpane\/(i18n\/(en|reports)|.*Texts)\.ts$/;
    expect(names.filter((n) => later.test(n))).toEqual([]);
  });

  it("gives every page a Content-Security-Policy of its own origin and the office.js CDN only", () => {
    for (const page of ["taskpane.html", "help.html"]) {
      const html = fs.readFileSync(path.join(dist, page), "utf8");
      const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
      expect([page, csp]).toEqual([page, expect.stringContaining("default-src 'self'")]);
      const hosts = [...csp.matchAll(/https:\/\/[^\s;]+/g)].map((m) => m[0]);
      expect(new Set(hosts)).toEqual(new Set(["https://appsforoffice.microsoft.com"]));
      expect(csp).not.toMatch(/\*|unsafe-eval/);
    }
  });

  it("has a dev server that sends no wildcard CORS header", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" }) as { devServer: { headers?: Record<string, string> } };
    expect(Object.keys(config.devServer.headers ?? {}).map((h) => h.toLowerCase())).not.toContain("access-control-allow-origin");
    expect(config.devServer.headers?.["Content-Security-Policy"]).toContain("default-src 'self'");
  });
});
