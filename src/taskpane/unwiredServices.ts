/**
 * TEMPORARY stand-in until the composition root wires the use cases over the Office adapter: the pane renders,
 * and every command says it is not available yet, without touching the workbook.
 */
import type { Lang } from "../domain/messages";
import type { Outcome, PaneServices, PaneSettings } from "./services";
import { DEFAULT_SETTINGS } from "./shell/useSettings";

const NOT_WIRED: Readonly<Record<Lang, string>> = {
  vi: "Chức năng này chưa được kết nối với Excel trong phiên bản này.",
  en: "This command is not connected to Excel in this build yet.",
};

function notWired<T>(lang: Lang): Promise<Outcome<T>> {
  return Promise.resolve({ ok: false, error: { code: "pane.not_wired", message: NOT_WIRED[lang], nothingChanged: true } });
}

export function unwiredServices(platform: string): PaneServices {
  let settings: PaneSettings = DEFAULT_SETTINGS;
  return {
    host: { platform, notesSupported: false },
    insertAppendix: (_req, lang) => notWired(lang),
    validate: (_req, lang) => notWired(lang),
    clearHighlights: (lang) => notWired(lang),
    writeReviewSheet: (_req, lang) => notWired(lang),
    selectCell: () => Promise.resolve(),
    insertAgencyForm: (_req, lang) => notWired(lang),
    consolidate: (lang) => notWired(lang),
    writeAttainment: (lang) => notWired(lang),
    loadSettings: () => Promise.resolve(settings),
    saveSettings: (s) => {
      settings = s;
      return Promise.resolve();
    },
    onUserEdit: () => () => undefined,
  };
}
