/**
 * The pane's one composition root: the use cases the command line runs, wired to a workbook port and the host's
 * few other services (selection, settings, edits). Components get `PaneServices` and never see Excel. In Excel the
 * bindings come from the Office adapter; the preview and the end-to-end test give the same bindings over the
 * in-memory Excel stand-in, so every button runs the real code path. The engine (use cases, rules, layouts, the
 * adapter's reads and writes) is loaded on the first command, not with the first screen.
 */
import { getSelection, hostInfo, type HostInfo, isSetSupported, loadSetting, saveSetting, selectCell, UserEdits } from "../adapters/office/host";
import type { OfficeNotice, RunMeasure } from "../adapters/office/officeWorkbook";
import type { Lang } from "../domain/messages";
import { isPresetId } from "../domain/presetNames";
import type { Planner, UpdateOptions, WorkbookPort } from "../ports/workbookPort";
import type { CheckOutcome, CheckRequest } from "../usecases/checkWorkbook";
import type { LoggedCommand } from "../usecases/commandLog";
import type { PlaceRequest } from "../usecases/placement";
import type { Result } from "../usecases/result";
import { loadTexts } from "./i18n";
import type { CommandMeasure, UserEdit, Outcome, PaneError, PaneServices, PaneSettings, ValidateRequest, ValidationView, Where } from "./services";
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
  onUserEdit(listener: (edit: UserEdit) => void, failed?: (message: string) => void): () => void;
  now(): Date;
  /** How findings and the review sheet name this workbook. */
  readonly workbookName: string;
  /** Which Excel this is (absent where there is no Office: tests). */
  info?(): HostInfo;
  /** What the port's runs have cost so far, added up (absent where the port does not measure). */
  measured?(): RunTotals;
  /** What Excel could not do that the port went on without, since the last call (absent: nothing to tell). */
  takeNotices?(): OfficeNotice[];
}

/** The port's runs added up: a command's cost is the difference before and after it. */
export interface RunTotals {
  syncs: number;
  bytesRead: number;
  bytesWritten: number;
  largestWrite: number;
}

/** Totals that the Office adapter's measures add to. */
function meter(): { totals: RunTotals; add(m: RunMeasure): void } {
  const totals: RunTotals = { syncs: 0, bytesRead: 0, bytesWritten: 0, largestWrite: 0 };
  return {
    totals,
    add: (m) => {
      totals.syncs += m.syncs;
      totals.bytesRead += m.bytesRead;
      totals.bytesWritten += m.bytesWritten;
      totals.largestWrite = Math.max(totals.largestWrite, m.largestWrite);
    },
  };
}

/** The bindings of the real Excel, through the Office adapter. */
export function officeBindings(): HostBindings {
  const notes = isSetSupported("1.18");
  const edits = new UserEdits();
  const m = meter();
  let notices: OfficeNotice[] = [];
  return {
    // ExcelApi 1.20: a command's syncs are one undo step (Excel keeps undo records for add-in writes).
    port: lazyPort(async () => new (await engine()).OfficeWorkbook({ notes, undoGroups: isSetSupported("1.20"), onMeasure: m.add, onNotice: (n) => notices.push(n) })),
    host: { platform: hostInfo().platform, notesSupported: notes },
    selection: getSelection,
    selectCell,
    loadSetting,
    saveSetting,
    onUserEdit: (l, failed) => edits.subscribe(l, failed),
    now: () => new Date(),
    workbookName: "Sổ làm việc này",
    info: hostInfo,
    measured: () => ({ ...m.totals }),
    takeNotices: () => {
      const taken = notices;
      notices = [];
      return taken;
    },
  };
}

/** A port whose adapter is loaded on first use. */
function lazyPort(load: () => Promise<WorkbookPort>): WorkbookPort {
  let port: Promise<WorkbookPort> | null = null;
  const get = (): Promise<WorkbookPort> => (port ??= load());
  return {
    read: async () => (await get()).read(),
    update: async <T,>(plan: Planner<T>, opts?: UpdateOptions): Promise<T> => (await get()).update(plan, opts),
    apply: async (patches) => (await get()).apply(patches),
  };
}

/** Thrown by a command's pace when the user cancels; nothing has been written then. `said`: the pane's line for it. */
class Cancelled extends Error {
  constructor(readonly said?: string) {
    super("cancelled");
  }
}

/** Gives the page a turn once the running slice is used up; stops the command when the user cancelled. */
function pacer(signal: AbortSignal | undefined, said?: string): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (signal?.aborted) throw new Cancelled(said);
    if (performance.now() - since < PACE_SLICE_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = performance.now();
    if (signal?.aborted) throw new Cancelled(said);
  };
}


export function createServices(b: HostBindings): PaneServices {
  const placeOf = async (where: Where, sheet: string): Promise<PlaceRequest> => {
    if (where !== "selection") return { sheet, newSheet: true };
    const s = await b.selection();
    return { sheet: s.sheet, at: { row: s.row, col: s.col } };
  };
  let last: CommandMeasure | null = null;
  /** A command run through `guard`, its cost measured for the diagnostics. */
  const run = async <T>(command: string, lang: Lang, task: () => Promise<Result<T>>): Promise<Outcome<T>> => {
    const before = b.measured?.();
    b.takeNotices?.();
    const started = Date.now();
    const guarded = await guard(lang, task);
    const raw = b.takeNotices?.() ?? [];
    // Notices come only from the adapter, so the engine that words them is loaded by then.
    const notices = raw.length === 0 ? [] : (await engine()).noticeTexts(raw, lang);
    const outcome: Outcome<T> = guarded.ok && notices.length > 0 ? { ...guarded, notices } : guarded;
    const after = b.measured?.();
    last = {
      command,
      ok: outcome.ok,
      ms: Date.now() - started,
      syncs: (after?.syncs ?? 0) - (before?.syncs ?? 0),
      bytesRead: (after?.bytesRead ?? 0) - (before?.bytesRead ?? 0),
      bytesWritten: (after?.bytesWritten ?? 0) - (before?.bytesWritten ?? 0),
      largestWrite: after?.largestWrite ?? 0,
    };
    return outcome;
  };
  // The last check, so that a re-check after edits reads only the tables they touched.
  let checked: { key: string; req: CheckRequest; outcome: CheckOutcome } | null = null;
  /** The engine, and a port that logs each write in the workbook's store as `command`'s, in the same batch. */
  const logging = async (command: LoggedCommand) => {
    const e = await engine();
    return { e, port: e.logged(b.port, command, () => e.viDateTime(b.now())) };
  };
  const counts = (agencies: number | null) => (agencies === null ? {} : { agencies });
  const keyOf = (req: ValidateRequest): string => JSON.stringify([req.scope, req.highlight, req.agencies, req.notes === true]);
  /** A check as the pane asks for it; `extra` adds decisions or records it. Kept for the re-checks after edits. */
  const check = async (req: ValidateRequest, extra: Partial<CheckRequest>, signal?: AbortSignal): Promise<Result<ValidationView>> => {
    const { e, port } = await logging(extra.decide ? "decide" : "validate");
    const scope = req.scope === "selection" ? await b.selection() : null;
    const request: CheckRequest = {
      highlight: req.highlight,
      counts: counts(req.agencies),
      file: b.workbookName,
      ...(scope ? { scope: { sheet: scope.sheet, range: scope.range } } : {}),
      ...(req.notes && b.host.notesSupported ? { notes: true } : {}),
    };
    const r = await e.checkWorkbook(port, { ...request, ...extra, pace: pacer(signal) });
    if (r.ok) checked = { key: keyOf(req), req: request, outcome: r.value };
    return map(r, e.viewOf);
  };

  return {
    host: b.host,

    insertAppendix: (req, lang) =>
      run("insertAppendix", lang, async () => {
        const { e, port } = await logging("insert");
        const spot = await placeOf(req.where, APPENDIX_SHEET);
        const r = await e.insertAppendix(port, { preset: e.PRESETS[req.preset], periods: req.periods, ...spot });
        return map(r, (v) => ({ sheet: v.sheet, range: v.range }));
      }),

    insertExample: (lang) =>
      run("insertExample", lang, async () => {
        const { e, port } = await logging("insert");
        return map(await e.insertExample(port), (v) => ({ sheet: v.sheet, range: v.range }));
      }),

    validate: (req, lang, signal) =>
      run(req.edits ? "recheck" : "validate", lang, async () => {
        const previous = req.edits && checked?.key === keyOf(req) ? checked : null;
        if (previous && req.edits) {
          const { e, port } = await logging("validate");
          // A re-check of the edited tables when that is enough; a failed one falls back to a whole check.
          const again = await e.recheckAfterEdits(port, previous.outcome, req.edits, previous.req).catch(() => null);
          if (again) {
            if (again.ok) checked = { ...previous, outcome: again.value };
            return map(again, e.viewOf);
          }
        }
        const e = await engine();
        return check(req, { record: { at: e.viDateTime(b.now()) } }, signal);
      }),

    decide: (req, lang) =>
      run("decide", lang, async () => {
        const e = await engine();
        return check(req, { decide: { ...e.decisionOf(req.decision), at: e.viDateTime(b.now()) } });
      }),

    clearHighlights: (lang) =>
      run("clearHighlights", lang, async () => {
        const { e, port } = await logging("clear");
        return map(await e.clearHighlights(port), (v) => ({ cleared: v.sheets.length }));
      }),

    writeReviewSheet: (req, lang) =>
      run("writeReviewSheet", lang, async () => {
        const { e, port } = await logging("review");
        const r = await e.checkWorkbook(port, {
          highlight: false,
          counts: counts(req.agencies),
          file: b.workbookName,
          review: { file: b.workbookName, checkedAt: e.viDateTime(b.now()) },
        });
        return map(r, (v) => ({ sheet: v.reviewSheet ?? "" }));
      }),

    commandLog: (lang) => guard(lang, async () => ({ ok: true, value: [...(await (await engine()).readCommandLog(b.port))].reverse() })),

    removeInserted: (req, lang) =>
      run("removeInserted", lang, async () => {
        const { e, port } = await logging("remove");
        return e.removeInserted(req.dryRun ? b.port : port, { dryRun: req.dryRun });
      }),

    selectCell: (sheet, cell) => b.selectCell(sheet, cell),

    insertAgencyForm: (req, lang) =>
      run("insertAgencyForm", lang, async () => {
        const { e, port } = await logging("insert_form");
        return map(await e.insertAgencyForm(port, await placeOf(req.where, e.AGENCY_FORM_SHEET)), (v) => v);
      }),

    consolidate: (lang, choice) =>
      run("consolidate", lang, async () => {
        const { e, port } = await logging("consolidate");
        // A choice is given over those the workbook stores, and written back with the conflicts table.
        const settings = choice ? { settings: { choices: new Map([[choice.key, choice.source]]) } } : {};
        const r = await e.consolidateWorkbook(port, { file: b.workbookName, checkedAt: e.viDateTime(b.now()), ...settings });
        return map(r, (v) => ({
          sheet: v.mergedSheet,
          reports: v.consolidation.reports.length,
          findings: v.consolidation.findings,
          conflicts: e.conflictViews(v.consolidation.conflicts, lang),
          tracker: e.trackerView(v.consolidation.tracker),
        }));
      }),

    consolidateFiles: (files, lang, progress, signal, choice) =>
      run("consolidateFiles", lang, async () => {
        const { e, port } = await logging("consolidate");
        const pace = pacer(signal, e.FILES_CANCELLED[lang]);
        // As `consolidate`: a choice is given over those the workbook stores, and written back with the conflicts table.
        const choices = choice ? { choices: new Map([[choice.key, choice.source]]) } : {};
        return e.consolidateReportFiles(port, { file: b.workbookName, checkedAt: e.viDateTime(b.now()), files, lang, progress, pace, ...choices });
      }),

    writeAttainment: (lang) =>
      run("writeAttainment", lang, async () => {
        const { e, port } = await logging("attain");
        return map(await e.writeAttainment(port, { file: b.workbookName }), (v) => ({
          // Where the block is: beside its table, further right, or on a sheet of its own.
          tables: v.tables.map((t) => ({ sheet: t.blockSheet, range: t.range, block: t.block, chartYear: t.chartYear, rows: t.rows })),
          findings: v.findings,
          reportedYears: v.reportedYears,
        }));
      }),

    // A failed load is the caller's to report (the pane says so and goes on with the defaults).
    loadSettings: async () => settingsOf(await b.loadSetting(SETTINGS_KEY)),
    saveSettings: (s) => b.saveSetting(SETTINGS_KEY, JSON.stringify(s)),
    onUserEdit: (listener, failed) => b.onUserEdit(listener, failed),
    diagnostics: () => {
      const info = b.info?.() ?? { host: "", platform: b.host.platform, version: "", apiSets: [] };
      return { ...info, lastCommand: last };
    },
  };
}



function map<T, U>(r: Result<T>, f: (v: T) => U): Result<U> {
  return r.ok ? { ok: true, value: f(r.value) } : r;
}

/**
 * A use case's result as the pane shows it: errors rendered in the pane's language; "nothing changed" only when it
 * is known (a refusal before writing, a cancelled check, or a write Excel refused before any of it was applied),
 * never after Excel stopped a write part-way or failed unexpectedly.
 */
async function guard<T>(lang: Lang, run: () => Promise<Result<T>>): Promise<Outcome<T>> {
  try {
    const r = await run();
    if (r.ok) return r;
    const { renderError, mayHaveWritten } = await engine();
    const error: PaneError = { code: r.error.code, message: renderError(r.error, lang, "pane"), nothingChanged: !mayHaveWritten(r.error) };
    return { ok: false, error };
  } catch (e) {
    const t = await loadTexts(lang);
    if (e instanceof Cancelled) return { ok: false, error: { code: "cancelled", message: e.said ?? t.checkCancelled, nothingChanged: true } };
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
    ...(o.cellNotes === true ? { cellNotes: true } : {}),
  };
}

