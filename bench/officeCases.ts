/**
 * The cases of `npm run bench:office` (bench/office.ts), at any scale: what each add-in command asks of Excel on the
 * web, measured with Microsoft's own client library (test/support/officeClient.ts: `excel-web-16.00.debug.js`
 * serialising every request, the stand-in answering it), and again as the stand-in counts it on its own. The test
 * test/adapters/officeFidelity.test.ts runs them small; the benchmark at full size.
 */
import { OfficeWorkbook } from "../src/adapters/office";
import { PRESETS } from "../src/domain/presets";
import { createStandIn, installStandIn, type StandIn } from "../src/standin";
import type { SheetPatch } from "../src/sheet/patch";
import { createServices, type HostBindings } from "../src/taskpane/compositionRoot";
import type { PaneServices } from "../src/taskpane/services";
import { insertAppendix } from "../src/usecases/insertAppendix";
import { writeAttainment } from "../src/usecases/writeAttainment";
import { consolidateWorkbook } from "../src/usecases/writeConsolidation";
import { installOfficeClient, summary } from "../test/support/officeClient";
import { provincePatches, rng } from "./generateProvinces";
import { reportPatches } from "./generateReports";

const MB = 1_000_000;

export interface Workload {
  readonly name: string;
  /** Builds the workbook the case starts from (through the stand-in's own globals, no limits). */
  build(s: StandIn): Promise<void>;
  /** What comes before the case through the same pane services, unmeasured (the check a re-check follows). */
  prepare?(s: StandIn, services: PaneServices): Promise<unknown>;
  /** What is measured. */
  run(port: OfficeWorkbook, services: PaneServices): Promise<unknown>;
}

async function applyAll(patches: readonly SheetPatch[]): Promise<void> {
  // A sheet at a time: the set-up is not what is measured, and one batch of 63 sheets would be needlessly large.
  for (const p of patches) await new OfficeWorkbook().apply([p]);
}

export interface Scale {
  readonly provinces: number;
  readonly agencies: number;
}

/** The sizes the issue names: 63 provinces (about 14,000 findings), 600 agencies × 8 years. */
export const FULL: Scale = { provinces: 63, agencies: 600 };

export function workloads(scale: Scale): Workload[] {
  const provinces = (): Promise<void> => applyAll(provincePatches(scale.provinces));
  const agencies = async (): Promise<void> => {
    await insertAppendix(new OfficeWorkbook(), { preset: PRESETS.national, periods: ["2023-2025", "2026-2030"], sheet: "Phụ lục" });
    const names = Array.from({ length: scale.agencies }, (_, i) => `Cơ quan báo chí số ${i + 1}`);
    await applyAll(reportPatches("Báo cáo", names, rng(781)));
  };
  const p = scale.provinces;
  const a = scale.agencies;
  // The sheet the live re-check edits: "Tỉnh 17" of 63, the last at a smaller scale.
  const edited = `Tỉnh ${String(Math.min(17, p)).padStart(2, "0")}`;
  return [
    {
      name: "insert appendix",
      build: async (s) => void s.model.addSheet("Sheet1"),
      run: (port) => insertAppendix(port, { preset: PRESETS.national, periods: ["2023-2025", "2026-2030"], sheet: "Phụ lục" }),
    },
    {
      name: `validate + highlight (${p} provinces)`,
      build: provinces,
      run: (_port, services) => services.validate({ scope: "workbook", highlight: true, agencies: null }, "vi"),
    },
    {
      name: `review sheet (${p} provinces)`,
      build: provinces,
      run: (_port, services) => services.writeReviewSheet({ agencies: null }, "vi"),
    },
    {
      // The pane's path: a check, the user types a figure into a table, the pause re-checks with that edit.
      name: `live re-check, one pause (${p} provinces)`,
      build: provinces,
      prepare: async (s, services) => {
        await services.validate({ scope: "workbook", highlight: true, agencies: null }, "vi");
        // A share of 150 % pasted (typing it is refused by the cell's validation): one new finding, so the pause writes one rule.
        s.model.userPaste(edited, "D8", 1.5);
      },
      run: (_port, services) =>
        services.validate({ scope: "workbook", highlight: true, agencies: null, edits: [{ sheet: edited, address: "D8", cellsOnly: true }] }, "vi"),
    },
    {
      name: `consolidate (${a} agencies × 8 years)`,
      build: agencies,
      run: (port) => consolidateWorkbook(port, { file: "bench", checkedAt: "" }),
    },
    {
      name: `attainment (${a} agencies × 8 years)`,
      build: async () => {
        await agencies();
        await consolidateWorkbook(new OfficeWorkbook(), { file: "bench", checkedAt: "" });
      },
      run: (port) => writeAttainment(port, { file: "bench" }),
    },
  ];
}

function services(port: OfficeWorkbook): PaneServices {
  const bindings: HostBindings = {
    port,
    host: { platform: "OfficeOnline", notesSupported: false },
    selection: () => Promise.resolve({ sheet: "Sheet1", range: "A1", row: 0, col: 0 }),
    selectCell: () => Promise.resolve(),
    loadSetting: () => Promise.resolve(undefined),
    saveSetting: () => Promise.resolve(),
    onUserEdit: () => () => undefined,
    now: () => new Date(2026, 11, 7),
    workbookName: "bench",
  };
  return createServices(bindings);
}

/** The case measured through Microsoft's library, then again through the stand-in's own globals. */
export async function measure(w: Workload): Promise<Record<string, unknown>> {
  const real = createStandIn({ apiVersion: "1.14", platform: "OfficeOnline", payloadLimits: false });
  installStandIn(globalThis, real);
  await w.build(real);
  const client = installOfficeClient(real, { web: true });
  const port = new OfficeWorkbook();
  const pane = services(port);
  await w.prepare?.(real, pane);
  client.reset();
  const outcome = await w.run(port, pane).catch((e: unknown) => ({ ok: false, error: String(e) }));
  const r = summary(client.calls);
  client.uninstall();

  const own = createStandIn({ apiVersion: "1.14", platform: "OfficeOnline", payloadLimits: false });
  installStandIn(globalThis, own);
  await w.build(own);
  const ownPort = new OfficeWorkbook();
  const ownPane = services(ownPort);
  await w.prepare?.(own, ownPane);
  own.model.stats.reset();
  await w.run(ownPort, ownPane).catch(() => undefined);
  const b = own.model.stats.batches;
  const ok = typeof outcome === "object" && outcome !== null && "ok" in outcome ? (outcome as { ok: boolean }).ok : true;
  return {
    case: w.name,
    syncs: r.syncs,
    maxRequestBytes: r.maxRequestBytes,
    maxResponseBytes: r.maxResponseBytes,
    requestBytes: r.requestBytes,
    responseBytes: r.responseBytes,
    cleanups: r.cleanups,
    ok,
    underMB: r.maxRequestBytes <= MB && r.maxResponseBytes <= MB,
    standin: {
      syncs: own.model.stats.syncs,
      maxRequestBytes: Math.max(0, ...b.map((x) => x.requestBytes)),
      maxResponseBytes: Math.max(0, ...b.map((x) => x.responseBytes)),
    },
    ...(ok ? {} : { error: (outcome as { error?: unknown }).error }),
  };
}
