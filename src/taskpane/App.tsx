/**
 * The task pane: a header with the language switch, four tabs (insert, validate, reports & attainment, settings)
 * and the status of the running command. Every workbook action goes through `services`.
 */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { TEXTS } from "./i18n";
import { InsertTab } from "./insert/InsertTab";
import { ReportsTab } from "./reports/ReportsTab";
import type { Outcome, PaneServices, PaneSettings } from "./services";
import { SettingsTab } from "./settings/SettingsTab";
import { CommandStatus } from "./shell/CommandStatus";
import { Header } from "./shell/Header";
import { type Pane, PaneContext } from "./shell/PaneContext";
import { useCommand } from "./shell/useCommand";
import { useSettings } from "./shell/useSettings";
import { ValidateTab } from "./validate/ValidateTab";

const TABS = ["insert", "validate", "reports", "settings"] as const;
type TabId = (typeof TABS)[number];

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  panel: { paddingTop: tokens.spacingVerticalXS },
  // A narrow pane, or English labels, may not hold the four tabs on one line.
  tabs: { flexWrap: "wrap" },
});

export function App({ services }: { services: PaneServices }) {
  const styles = useStyles();
  const { settings, loadError, save } = useSettings(services);
  const runner = useCommand();
  const { fail } = runner;
  const [tab, setTab] = useState<TabId>("insert");
  const lang = settings.lang;
  const t = TEXTS[lang];

  useEffect(() => {
    if (loadError !== null) fail((tx) => tx.settingsNotLoaded(loadError));
  }, [loadError, fail]);

  const saveSettings = useCallback(
    async (next: PaneSettings): Promise<Outcome<null>> => {
      try {
        await save(next);
        return { ok: true, value: null };
      } catch (e) {
        const message = TEXTS[next.lang].settingsNotSaved(e instanceof Error ? e.message : String(e));
        return { ok: false, error: { code: "settings.not_saved", message, nothingChanged: false } };
      }
    },
    [save],
  );

  const pane = useMemo<Pane>(() => ({ services, lang, t, runner, settings, saveSettings }), [services, lang, t, runner, settings, saveSettings]);
  const label: Record<TabId, string> = { insert: t.tabInsert, validate: t.tabValidate, reports: t.tabReports, settings: t.tabSettings };

  return (
    <PaneContext.Provider value={pane}>
      <main className={styles.pane} lang={lang}>
        <Header />
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, d) => {
            // A notice is about the tab it came from.
            if (d.value !== tab) runner.dismiss();
            setTab(d.value as TabId);
          }}
          aria-label={t.tabsLabel}
          size="small"
        >
          {TABS.map((id) => (
            <Tab key={id} value={id} id={`pane-tab-${id}`} aria-controls={`pane-panel-${id}`}>
              {label[id]}
            </Tab>
          ))}
        </TabList>
        <CommandStatus />
        {/* Every panel stays mounted, so results and choices survive a switch of tab. */}
        {TABS.map((id) => (
          <div key={id} role="tabpanel" id={`pane-panel-${id}`} aria-labelledby={`pane-tab-${id}`} hidden={tab !== id} className={styles.panel}>
            {id === "insert" && <InsertTab />}
            {id === "validate" && <ValidateTab />}
            {id === "reports" && <ReportsTab />}
            {id === "settings" && <SettingsTab />}
          </div>
        ))}
      </main>
    </PaneContext.Provider>
  );
}
