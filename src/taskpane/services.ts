/**
 * What the task pane may ask of the workbook. Components never call Excel or Office: the composition root hands
 * them an object of this shape (the real use cases over the Office adapter; a fake in tests).
 */
import type { AttainRow } from "../usecases/writeAttainment";
import type { Finding } from "../domain/findings";
import type { Lang } from "../domain/messages";
import type { PresetId } from "../domain/presets";
import type { Period } from "../domain/units";

/** A failure, already rendered in the pane's language; `nothingChanged` says the workbook was left as it was. */
export interface PaneError { readonly code: string; readonly message: string; readonly nothingChanged: boolean }
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PaneError };
export type Where = "new_sheet" | "selection";

export interface PaneSettings {
  readonly lang: Lang;
  /** Number of press agencies in the province, when known (for reachable-share checks). */
  readonly agencies: number | null;
  readonly defaultPreset: PresetId;
  readonly revalidateOnEdit: boolean;
  /** The first-run card was dismissed (or used) in this workbook. */
  readonly introDone: boolean;
}

export interface ValidationView {
  readonly tables: ReadonlyArray<{ readonly sheet: string; readonly range: string; readonly title: string | null; readonly years: readonly number[] }>;
  readonly findings: readonly Finding[];
  /** Cells now highlighted in the workbook. */
  readonly highlighted: number;
}

export interface AttainmentView {
  readonly tables: ReadonlyArray<{ readonly sheet: string; readonly range: string; readonly block: string; readonly chartYear: number | null; readonly rows: readonly AttainRow[] }>;
  readonly findings: readonly Finding[];
}

export interface PaneServices {
  readonly host: { readonly platform: string; readonly notesSupported: boolean };
  insertAppendix(req: { preset: PresetId; periods: readonly Period[]; where: Where }, lang: Lang): Promise<Outcome<{ sheet: string; range: string }>>;
  /** Aborting `signal` cancels the check before it writes anything (an outcome with code "cancelled"). */
  validate(req: { scope: "workbook" | "selection"; highlight: boolean; agencies: number | null }, lang: Lang, signal?: AbortSignal): Promise<Outcome<ValidationView>>;
  /** The worked example of the first run: the national tables on a new sheet with three typed mistakes. */
  insertExample(lang: Lang): Promise<Outcome<{ sheet: string; range: string }>>;
  /** `cleared`: the sheets whose highlights were removed. */
  clearHighlights(lang: Lang): Promise<Outcome<{ cleared: number }>>;
  writeReviewSheet(req: { agencies: number | null }, lang: Lang): Promise<Outcome<{ sheet: string }>>;
  selectCell(sheet: string, cell: string): Promise<void>;
  insertAgencyForm(req: { where: Where }, lang: Lang): Promise<Outcome<{ sheet: string; range: string }>>;
  consolidate(lang: Lang): Promise<Outcome<{ sheet: string; reports: number; findings: readonly Finding[] }>>;
  writeAttainment(lang: Lang): Promise<Outcome<AttainmentView>>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(s: PaneSettings): Promise<void>;
  /** Calls `listener` after the user (not the add-in) changes the workbook; returns an unsubscribe function. */
  onUserEdit(listener: () => void): () => void;
}
