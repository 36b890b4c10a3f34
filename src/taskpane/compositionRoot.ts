/**
 * The pane's one composition root: the use cases the command line runs, wired to a workbook port and the host's
 * few other services (selection, settings, edits). Components get `PaneServices` and never see Excel. In Excel the
 * bindings come from the Office adapter; the preview and the end-to-end test give the same bindings over the
 * in-memory Excel stand-in, so every button runs the real code path. The engine (use cases, rules, layouts, the
 * adapter's reads and writes) is loaded on the first command, not with the first screen.
 */
import { getSelection, isSetSupported, loadSetting, saveSetting, selectCell, UserEdits } from "../adapters/office/host";
import type { Lang } from "../domain/messages";
import { PRESETS, isPresetId } from "../domain/presets";
import type { Planner, WorkbookPort } from "../ports/workbookPort";
import type { PlaceRequest } from "../usecases/placement";
import type { Result } from "../usecases/result";
import { loadTexts } from "./i18n";
import type { Outcome, PaneError, PaneServices, PaneSettings, Where } from "./services";
import { DEFAULT_SETTINGS } from "./shell/useSettings";

export const APPENDIX_SHEET = "Phụ lục";
const SETTINGS_KEY = "pressdx.settings";
/** A check gives the page a turn after running this long, so the pane keeps painting (and a Cancel click lands). */
export const PACE_SLICE_MS = 12;

export { DEFAULT_SETTINGS };

const engine = () => import(/* webpackChunkName: "engine" */ "./engine");

/** What the composition root needs of the host. */
export interface HostBindings {
  readonly port: WorkbookPort;
  readonly host: PaneServices["host"];
  selection(): Promise<{ sheet: string; range: string; row: number; col: number }>;
  selectCell(sheet: string, cell: string): Promise<void>;
  loadSetting(key: string): Promise<unknown>;
  saveSetting(key: string, value: unknown): Promise<void>;
  onUserEdit(listener: () => void): () => void;
  now(): Date;
  /** How findings and the review sheet name this workbook. */
  readonly workbookName: string;
}

/** The bindings of the real Excel, through the Office adapter. */
export function officeBindings(): HostBindings {
  const notes = isSetSupported("1.18");
  const edits = new UserEdits();
  return {
    port: lazyPort(async () => new (await engine()).OfficeWorkbook({ notes })),
    host: { platform: typeof Office !== "undefined" ? String(Office.context?.platform ?? "") : "", notesSupported: notes },
    selection: getSelection,
    selectCell,
    loadSetting,
    saveSetting,
    onUserEdit: (l) => edits.subscribe(l),
    now: () => new Date(),
    workbookName: "Sổ làm việc này",
  };
}

/** A port whose adapter is loaded on first use. */
function lazyPort(load: () => Promise<WorkbookPort>): WorkbookPort {
  let port: Promise<WorkbookPort> | null = null;
  const get = (): Promise<WorkbookPort> => (port ??= load());
  return {
    read: async () => (await get()).read(),
    update: async <T,>(plan: Planner<T>): Promise<T> => (await get()).update(plan),
    apply: async (patches) => (await get()).apply(patches),
  };
}

/** Thrown by a check's pace when the user cancels; nothing has been written then. */
class Cancelled extends Error {}

/** Gives the page a turn once the running slice is used up; stops the check when the user cancelled. */
function pacer(signal: AbortSignal | undefined): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (signal?.aborted) throw new Cancelled();
    if (performance.now() - since < PACE_SLICE_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = performance.now();
    if (signal?.aborted) throw new Cancelled();
  };
}

export function createServices(b: HostBindings): PaneServices {
  const placeOf = async (where: Where, sheet: string): Promise<PlaceRequest> => {
    if (where !== "selection") return { sheet, newSheet: true };
    const s = await b.selection();
    return { sheet: s.sheet, at: { row: s.row, col: s.col } };
  };
  const counts = (agencies: number | null) => (agencies === null ? {} : { agencies });

  return {
    host: b.host,

    insertAppendix: (req, lang) =>
      guard(lang, async () => {
        const e = await engine();
        const spot = await placeOf(req.where, APPENDIX_SHEET);
        const r = await e.insertAppendix(b.port, { preset: PRESETS[req.preset], periods: req.periods, ...spot });
        return map(r, (v) => ({ sheet: v.sheet, range: v.range }));
      }),

    insertExample: (lang) => guard(lang, async () => map(await (await engine()).insertExample(b.port), (v) => ({ sheet: v.sheet, range: v.range }))),

    validate: (req, lang, signal) =>
      guard(lang, async () => {
        const e = await engine();
        const scope = req.scope === "selection" ? await b.selection() : null;
        const r = await e.checkWorkbook(b.port, {
          highlight: req.highlight,
          counts: counts(req.agencies),
          file: b.workbookName,
          pace: pacer(signal),
          ...(scope ? { scope: { sheet: scope.sheet, range: scope.range } } : {}),
        });
        return map(r, (v) => ({
          tables: v.report.tables.map((t) => ({ sheet: t.sheet, range: t.range, title: t.title, years: t.yearColumns.map((c) => c.year) })),
          findings: v.report.findings,
          highlighted: v.highlighted,
        }));
      }),

    clearHighlights: (lang) => guard(lang, async () => map(await (await engine()).clearHighlights(b.port), (v) => ({ cleared: v.sheets.length }))),

    writeReviewSheet: (req, lang) =>
      guard(lang, async () => {
        const e = await engine();
        const r = await e.checkWorkbook(b.port, {
          highlight: false,
          counts: counts(req.agencies),
          file: b.workbookName,
          review: { file: b.workbookName, checkedAt: e.localStamp(b.now()) },
        });
        return map(r, (v) => ({ sheet: v.reviewSheet ?? "" }));
      }),

    selectCell: (sheet, cell) => b.selectCell(sheet, cell),

    insertAgencyForm: (req, lang) =>
      guard(lang, async () => {
        const e = await engine();
        return map(await e.insertAgencyForm(b.port, await placeOf(req.where, e.AGENCY_FORM_SHEET)), (v) => v);
      }),

    consolidate: (lang) =>
      guard(lang, async () => {
        const e = await engine();
        const r = await e.consolidateWorkbook(b.port, { file: b.workbookName, checkedAt: e.localStamp(b.now()) });
        return map(r, (v) => ({ sheet: v.mergedSheet, reports: v.consolidation.reports.length, findings: v.consolidation.findings }));
      }),

    writeAttainment: (lang) =>
      guard(lang, async () =>
        map(await (await engine()).writeAttainment(b.port, { file: b.workbookName }), (v) => ({
          tables: v.tables.map((t) => ({ sheet: t.sheet, range: t.range, block: t.block, chartYear: t.chartYear, rows: t.rows })),
          findings: v.findings,
        })),
      ),

    loadSettings: async () => settingsOf(await b.loadSetting(SETTINGS_KEY).catch(() => undefined)),
    saveSettings: (s) => b.saveSetting(SETTINGS_KEY, JSON.stringify(s)),
    onUserEdit: (listener) => b.onUserEdit(listener),
  };
}

function map<T, U>(r: Result<T>, f: (v: T) => U): Result<U> {
  return r.ok ? { ok: true, value: f(r.value) } : r;
}

/**
 * A use case's result as the pane shows it: errors rendered in the pane's language; "nothing changed" only when it
 * is known (a refusal before writing, a cancelled check), never after Excel stopped a batch part-way or failed
 * unexpectedly.
 */
async function guard<T>(lang: Lang, run: () => Promise<Result<T>>): Promise<Outcome<T>> {
  try {
    const r = await run();
    if (r.ok) return r;
    const { renderError } = await engine();
    const error: PaneError = { code: r.error.code, message: renderError(r.error, lang, "pane"), nothingChanged: r.error.code !== "write.engine_failed" };
    return { ok: false, error };
  } catch (e) {
    const t = await loadTexts(lang);
    if (e instanceof Cancelled) return { ok: false, error: { code: "cancelled", message: t.checkCancelled, nothingChanged: true } };
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: "unexpected", message: t.excelError(detail), nothingChanged: false } };
  }
}

/** Settings from the workbook, each field checked; anything missing or wrong takes its default. */
export function settingsOf(raw: unknown): PaneSettings {
  let o: Record<string, unknown> = {};
  try {
    const parsed: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
    if (parsed && typeof parsed === "object") o = parsed as Record<string, unknown>;
  } catch {
    o = {};
  }
  const agencies = typeof o.agencies === "number" && Number.isInteger(o.agencies) && o.agencies > 0 && o.agencies <= 1000 ? o.agencies : null;
  return {
    lang: o.lang === "en" ? "en" : "vi",
    agencies,
    defaultPreset: typeof o.defaultPreset === "string" && isPresetId(o.defaultPreset) ? o.defaultPreset : DEFAULT_SETTINGS.defaultPreset,
    revalidateOnEdit: o.revalidateOnEdit === true,
    introDone: o.introDone === true,
  };
}
