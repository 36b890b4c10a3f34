/**
 * Microsoft's Office.js client library (`@microsoft/office-js` dist/excel-web-16.00.debug.js, the file Excel on the
 * web loads) run in this process over the stand-in's model: the library's `Excel`, `Office` and `OfficeExtension`
 * become the globals the add-in's code sees, and every request it sends through `OfficeExtension.HttpUtility
 * .sendRequest` is measured and answered by the stand-in's wire server (src/standin/wire.ts). The bytes of a request
 * are therefore exactly what the library would send to Excel.
 *
 * The library runs in the caller's realm (it checks plain objects by prototype), with a jsdom document when the
 * realm has none. Its network functions are replaced, so nothing leaves the process.
 */
import fs from "node:fs";
import { JSDOM } from "jsdom";
import path from "node:path";
import { compareVersions } from "../../src/standin/workbook";
import type { StandIn } from "../../src/standin";
import { WireServer, type WireRequest, type WireResponse } from "../../src/standin/wire";

const LIBRARY = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js");

export interface WireCall {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  /** The library's own clean-up request after a run (releasing the references it kept); not awaited by the add-in. */
  readonly cleanup: boolean;
  readonly error: string | null;
}

export interface OfficeClient {
  /** Every request sent since the last reset, in order. */
  readonly calls: WireCall[];
  reset(): void;
  /** The globals as they were before `installOfficeClient`. */
  uninstall(): void;
}

interface Globals {
  Excel?: unknown;
  Office?: unknown;
  OfficeExtension?: unknown;
  window?: unknown;
  document?: unknown;
  navigator?: unknown;
  location?: unknown;
}

let loaded: { Excel: unknown; Office: unknown; OfficeExtension: Library } | null = null;

interface Library {
  HttpUtility: { sendRequest: (req: { url: string; body: unknown }) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }> };
  ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
}

/** Evaluates the library once per realm. */
function library(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const g = globalThis as unknown as Globals;
  const saved: Globals = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  if (typeof g.document === "undefined") {
    const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { url: "https://localhost/" });
    g.document = dom.window.document;
    g.navigator = dom.window.navigator;
    g.location = dom.window.location;
  }
  if (typeof g.window === "undefined") g.window = globalThis;
  // The library is a classic script: evaluated globally, its top-level declarations become globals of this realm.
  (0, eval)(fs.readFileSync(LIBRARY, "utf8"));
  loaded = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension as Library };
  Object.assign(g, saved);
  return loaded;
}

/**
 * Installs the real client over `standin`'s model. `web`: Excel on the web's 5 MB limits on both directions
 * (default: the stand-in's platform is "OfficeOnline").
 */
export function installOfficeClient(standin: StandIn, opts: { web?: boolean } = {}): OfficeClient {
  const lib = library();
  const g = globalThis as unknown as Globals;
  const before: Globals = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  const model = standin.model;
  const server = new WireServer(model, opts.web ?? model.options.platform === "OfficeOnline");
  const calls: WireCall[] = [];
  let inRun = 0;

  lib.OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = { url: "https://standin.invalid/_api", headers: {} };
  lib.OfficeExtension.HttpUtility.sendRequest = async (req) => {
    const body = (typeof req.body === "string" ? JSON.parse(req.body) : req.body) as WireRequest;
    const requestText = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    const requestBytes = Buffer.byteLength(requestText, "utf8");
    const flags = Number(/[?&]flags=(\d+)/.exec(req.url)?.[1] ?? 0);
    const response: WireResponse = await server.handle(body, requestBytes, flags);
    const text = JSON.stringify(response);
    calls.push({
      requestBytes,
      responseBytes: Buffer.byteLength(text, "utf8"),
      actions: body.Actions.length,
      cleanup: inRun === 0,
      error: response.Error?.Code ?? null,
    });
    return { statusCode: 200, headers: {}, body: text };
  };

  // What the library asks of Office: the requirement sets this Excel has (ExcelApi from the stand-in's options).
  const office = lib.Office as Record<string, unknown>;
  const requirements = {
    isSetSupported: (name: string, version?: string | number) =>
      name !== "ExcelApi" || version === undefined || compareVersions(model.options.apiVersion, String(version)) >= 0,
  };
  const context = { requirements, platform: model.options.platform, host: "Excel", diagnostics: { host: "Excel", platform: model.options.platform, version: "16.0" } };
  const officeGlobal = new Proxy(office, { get: (t, k) => (k === "context" ? context : (t as Record<string | symbol, unknown>)[k]) });
  const excel = lib.Excel as Record<string, unknown>;
  const realRun = excel["run"] as (...args: unknown[]) => Promise<unknown>;
  // Runs are counted so that the library's fire-and-forget clean-up request after a run can be told apart.
  const excelGlobal = new Proxy(excel, {
    get: (t, k) =>
      k === "run"
        ? async (...args: unknown[]) => {
            inRun++;
            try {
              return await realRun.apply(t, args);
            } finally {
              inRun--;
            }
          }
        : t[k as string],
  });
  g.Excel = excelGlobal;
  g.Office = officeGlobal;
  g.OfficeExtension = lib.OfficeExtension;
  (globalThis as unknown as { window: Globals }).window.Office = officeGlobal;

  return {
    calls,
    reset: () => void calls.splice(0),
    uninstall: () => {
      Object.assign(g, before);
    },
  };
}

/** The largest request and response, and the round trips the add-in waited for, of a list of calls. */
export function summary(calls: readonly WireCall[]): { syncs: number; cleanups: number; maxRequestBytes: number; maxResponseBytes: number; requestBytes: number; responseBytes: number } {
  const awaited = calls.filter((c) => !c.cleanup);
  return {
    syncs: awaited.length,
    cleanups: calls.length - awaited.length,
    maxRequestBytes: Math.max(0, ...calls.map((c) => c.requestBytes)),
    maxResponseBytes: Math.max(0, ...calls.map((c) => c.responseBytes)),
    requestBytes: calls.reduce((s, c) => s + c.requestBytes, 0),
    responseBytes: calls.reduce((s, c) => s + c.responseBytes, 0),
  };
}
