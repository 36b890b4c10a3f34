/**
 * The task pane: a header with the language switch, four tabs (insert, validate, reports & attainment, settings)
 * and notices that belong to no command. Every workbook action goes through `services`. Each tab's code is loaded
 * when the tab is first opened, so the first screen carries the shell and the Insert tab only.
 */
import { Tab, TabList } from "@fluentui/react-components";
import { type KeyboardEvent, lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../domain/messages";
import { loadedTexts, loadTexts, type Texts } from "./i18n";
import type { Outcome, PaneServices, PaneSettings } from "./services";
import { CommandStatus } from "./shell/CommandStatus";
import { Header } from "./shell/Header";
import { type Pane, PaneContext, TABS, type TabId } from "./shell/PaneContext";
import { useCommand } from "./shell/useCommand";
import { useSettings } from "./shell/useSettings";

const PANELS: Record<TabId, ReturnType<typeof lazy>> = {
  insert: lazy(() => import(/* webpackChunkName: "tab-insert" */ "./insert/InsertTab").then((m) => ({ default: m.InsertTab }))),
  validate: lazy(() => import(/* webpackChunkName: "tab-validate" */ "./validate/ValidateTab").then((m) => ({ default: m.ValidateTab }))),
  reports: lazy(() => import(/* webpackChunkName: "tab-reports" */ "./reports/ReportsTab").then((m) => ({ default: m.ReportsTab }))),
  settings: lazy(() => import(/* webpackChunkName: "tab-settings" */ "./settings/SettingsTab").then((m) => ({ default: m.SettingsTab }))),
};

export function App({ services }: { services: PaneServices }) {
  const { settings, loadError, save } = useSettings(services);
  const runner = useCommand();
  const { fail, dismiss } = runner;
  const [tab, setTab] = useState<TabId>("insert");
  // Panels stay mounted once opened, so results and choices survive a switch of tab.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set(["insert"]));
  const [checkRequests, setCheckRequests] = useState(0);
  const { lang, t } = useTexts(settings.lang);

  useEffect(() => {
    if (loadError !== null) fail((tx) => tx.settingsNotLoaded(loadError));
  }, [loadError, fail]);

  const saveSettings = useCallback(
    async (next: PaneSettings): Promise<Outcome<null>> => {
      try {
        await save(next);
        return { ok: true, value: null };
      } catch (e) {
        const message = (await loadTexts(next.lang)).settingsNotSaved(e instanceof Error ? e.message : String(e));
        return { ok: false, error: { code: "settings.not_saved", message, nothingChanged: false } };
      }
    },
    [save],
  );

  const goTo = useCallback(
    (id: TabId) => {
      // A notice is about the tab it came from.
      if (id !== tab) dismiss();
      setTab(id);
      setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
    },
    [tab, dismiss],
  );
  const requestCheck = useCallback(() => setCheckRequests((n) => n + 1), []);

  const pane = useMemo<Pane>(
    () => ({ services, lang, t, runner, settings, saveSettings, goTo, checkRequests, requestCheck }),
    [services, lang, t, runner, settings, saveSettings, goTo, checkRequests, requestCheck],
  );
  const label: Record<TabId, string> = { insert: t.tabInsert, validate: t.tabValidate, reports: t.tabReports, settings: t.tabSettings };

  // Escape closes the notice, wherever the focus is in the pane; focus that was on it goes back to the tab.
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== "Escape" || e.defaultPrevented || !runner.notice) return;
    const inNotice = (e.target as HTMLElement).closest?.(".pdx-notice") !== null;
    dismiss();
    if (inNotice) document.getElementById(`pane-tab-${tab}`)?.focus();
  };

  return (
    <PaneContext.Provider value={pane}>
      <main className="pdx-pane" lang={lang} onKeyDown={onKeyDown}>
        <Header />
        {/* Four short labels fit one row at 320 px in both languages (pdx-tabs never wraps). */}
        <TabList className="pdx-tabs" selectedValue={tab} onTabSelect={(_, d) => goTo(d.value as TabId)} aria-label={t.tabsLabel} size="small">
          {TABS.map((id) => (
            <Tab key={id} value={id} id={`pane-tab-${id}`} aria-controls={`pane-panel-${id}`}>
              {label[id]}
            </Tab>
          ))}
        </TabList>
        <CommandStatus />
        {TABS.map((id) => {
          const Panel = PANELS[id];
          return (
            <div key={id} role="tabpanel" id={`pane-panel-${id}`} aria-labelledby={`pane-tab-${id}`} hidden={tab !== id} className="pdx-panel">
              {opened.has(id) && (
                <Suspense fallback={<p>{t.loading}</p>}>
                  <Panel />
                </Suspense>
              )}
            </div>
          );
        })}
      </main>
    </PaneContext.Provider>
  );
}

/** The texts of the wanted language once they are loaded; until then, those on show (Vietnamese at first). */
function useTexts(wanted: Lang): { lang: Lang; t: Texts } {
  const [shown, setShown] = useState<{ lang: Lang; t: Texts }>(() => ({ lang: "vi", t: loadedTexts("vi") as Texts }));
  useEffect(() => {
    let live = true;
    const now = loadedTexts(wanted);
    if (now) setShown({ lang: wanted, t: now });
    else
      void loadTexts(wanted).then((t) => {
        if (live) setShown({ lang: wanted, t });
      });
    return () => {
      live = false;
    };
  }, [wanted]);
  return shown;
}
