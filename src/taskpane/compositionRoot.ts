/**
 * The pane's one composition root: the use cases the command line runs, wired to a workbook port and the host's
 * few other services (selection, settings, edits). Components get `PaneServices` and never see Excel. In Excel the
 * bindings come from the Office adapter; the preview and the end-to-end test give the same bindings over the
 * in-memory Excel stand-in, so every button runs the real code path.
 */
import { getSelection, isSetSupported, loadSetting, OfficeWorkbook, saveSetting, selectCell, UserEdits } from "../adapters/office";
import type { Lang } from "../domain/messages";
import { PRESETS, isPresetId } from "../domain/presets";
import { findingKey } from "../domain/review";
import { viDateTime } from "../domain/time";
import type { WorkbookPort } from "../ports/workbookPort";
import { type CheckOutcome, type CheckRequest, checkWorkbook } from "../usecases/checkWorkbook";
import { logged, type LoggedCommand, readCommandLog } from "../usecases/commandLog";
import { removeInserted } from "../usecases/removeInserted";
import { clearHighlights } from "../usecases/clearHighlights";
import { renderError } from "../usecases/errorMessages";
import { AGENCY_FORM_SHEET, insertAgencyForm } from "../usecases/insertAgencyForm";
import { insertAppendix } from "../usecases/insertAppendix";
import type { PlaceRequest } from "../usecases/placement";
import type { Result } from "../usecases/result";
import { writeAttainment } from "../usecases/writeAttainment";
import { consolidateWorkbook } from "../usecases/writeConsolidation";
import type { DecisionRequest, Outcome, PaneError, PaneServices, PaneSettings, ValidateRequest, ValidationView, Where } from "./services";
import { DEFAULT_SETTINGS } from "./shell/useSettings";

export const APPENDIX_SHEET = "Phụ lục";
const SETTINGS_KEY = "pressdx.settings";

export { DEFAULT_SETTINGS };

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
    port: new OfficeWorkbook({ notes }),
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

export function createServices(b: HostBindings): PaneServices {
  const placeOf = async (where: Where, sheet: string): Promise<PlaceRequest> => {
    if (where !== "selection") return { sheet, newSheet: true };
    const s = await b.selection();
    return { sheet: s.sheet, at: { row: s.row, col: s.col } };
  };
  const stamp = (): string => viDateTime(b.now());
  // Every command that writes leaves an entry in the workbook's log, in the same batch as its writes.
  const port = (command: LoggedCommand): WorkbookPort => logged(b.port, command, stamp);
  /** A check as the pane asks for it; `extra` adds decisions or stops it being recorded. */
  const check = async (req: ValidateRequest, extra: Partial<CheckRequest>): Promise<Result<ValidationView>> => {
    const scope = req.scope === "selection" ? await b.selection() : null;
    const r = await checkWorkbook(port(extra.decide ? "decide" : "validate"), {
      highlight: req.highlight,
      counts: req.agencies === null ? {} : { agencies: req.agencies },
      file: b.workbookName,
      ...(scope ? { scope: { sheet: scope.sheet, range: scope.range } } : {}),
      ...(req.notes && b.host.notesSupported ? { notes: true } : {}),
      ...extra,
    });
    return map(r, viewOf);
  };

  return {
    host: b.host,

    insertAppendix: (req, lang) =>
      guard(lang, async () => {
        const spot = await placeOf(req.where, APPENDIX_SHEET);
        const r = await insertAppendix(port("insert"), { preset: PRESETS[req.preset], periods: req.periods, ...spot });
        return map(r, (v) => ({ sheet: v.sheet, range: v.range }));
      }),

    validate: (req, lang) => guard(lang, () => check(req, { record: { at: stamp() } })),

    decide: (req, lang) => guard(lang, () => check(req, { decide: { ...decisionOf(req.decision), at: stamp() } })),

    clearHighlights: (lang) => guard(lang, async () => map(await clearHighlights(port("clear")), (v) => ({ cleared: v.sheets.length }))),

    writeReviewSheet: (req, lang) =>
      guard(lang, async () => {
        const r = await checkWorkbook(port("review"), {
          highlight: false,
          counts: req.agencies === null ? {} : { agencies: req.agencies },
          file: b.workbookName,
          review: { file: b.workbookName, checkedAt: stamp() },
        });
        return map(r, (v) => ({ sheet: v.reviewSheet ?? "" }));
      }),

    commandLog: (lang) => guard(lang, async () => ({ ok: true, value: [...(await readCommandLog(b.port))].reverse() })),

    removeInserted: (req, lang) => guard(lang, () => removeInserted(req.dryRun ? b.port : port("remove"), { dryRun: req.dryRun })),

    selectCell: (sheet, cell) => b.selectCell(sheet, cell),

    insertAgencyForm: (req, lang) =>
      guard(lang, async () => map(await insertAgencyForm(port("insert_form"), await placeOf(req.where, AGENCY_FORM_SHEET)), (v) => v)),

    consolidate: (lang) =>
      guard(lang, async () => {
        const r = await consolidateWorkbook(port("consolidate"), { file: b.workbookName, checkedAt: stamp() });
        return map(r, (v) => ({ sheet: v.mergedSheet, reports: v.consolidation.reports.length, findings: v.consolidation.findings }));
      }),

    writeAttainment: (lang) =>
      guard(lang, async () =>
        map(await writeAttainment(port("attain"), { file: b.workbookName }), (v) => ({
          tables: v.tables.map((t) => ({ sheet: t.sheet, range: t.range, block: t.block, chartYear: t.chartYear, rows: t.rows })),
          findings: v.findings,
        })),
      ),

    loadSettings: async () => settingsOf(await b.loadSetting(SETTINGS_KEY).catch(() => undefined)),
    saveSettings: (s) => b.saveSetting(SETTINGS_KEY, JSON.stringify(s)),
    onUserEdit: (listener) => b.onUserEdit(listener),
  };
}

/** A check's outcome as the pane shows it. */
function viewOf(v: CheckOutcome): ValidationView {
  return {
    tables: v.report.tables.map((t) => ({ sheet: t.sheet, range: t.range, title: t.title, years: t.yearColumns.map((c) => c.year) })),
    findings: v.report.findings,
    highlighted: v.highlighted,
    reviews: v.report.reviews,
    changes: v.report.changes,
  };
}

/** The pane's decision as the check carries it out, the finding named by its key. */
function decisionOf(d: DecisionRequest): Omit<NonNullable<CheckRequest["decide"]>, "at"> {
  if ("accept" in d) return { accept: [{ key: findingKey(d.accept), reason: d.reason }] };
  if ("reopen" in d) return { reopen: [findingKey(d.reopen)] };
  return { resetAll: true };
}

function map<T, U>(r: Result<T>, f: (v: T) => U): Result<U> {
  return r.ok ? { ok: true, value: f(r.value) } : r;
}

/**
 * A use case's result as the pane shows it: errors rendered in the pane's language; "nothing changed" only when it
 * is known (a refusal before writing), never after Excel stopped a batch part-way or failed unexpectedly.
 */
async function guard<T>(lang: Lang, run: () => Promise<Result<T>>): Promise<Outcome<T>> {
  try {
    const r = await run();
    if (r.ok) return r;
    const error: PaneError = { code: r.error.code, message: renderError(r.error, lang, "pane"), nothingChanged: r.error.code !== "write.engine_failed" };
    return { ok: false, error };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { code: "unexpected", message: lang === "vi" ? `Excel báo lỗi: ${detail}` : `Excel reported an error: ${detail}`, nothingChanged: false },
    };
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
    ...(o.cellNotes === true ? { cellNotes: true } : {}),
  };
}
