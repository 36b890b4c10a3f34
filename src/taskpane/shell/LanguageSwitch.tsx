/** Tiếng Việt / English: two toggles; choosing one switches every text at once and saves the setting. */
import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/messages";
import { usePane } from "./PaneContext";

const useStyles = makeStyles({ row: { display: "flex", gap: tokens.spacingHorizontalXS } });

export function LanguageSwitch() {
  const { lang, t, settings, saveSettings, runner } = usePane();
  const styles = useStyles();
  const choose = (next: Lang): void => {
    if (next === lang) return;
    // Quiet on success: the switch itself shows that it worked.
    void runner.run({ activity: (tx) => tx.savingSettings, task: () => saveSettings({ ...settings, lang: next }) });
  };
  return (
    <div role="group" aria-label={t.languageLabel} className={styles.row}>
      <ToggleButton size="small" appearance="subtle" checked={lang === "vi"} disabledFocusable={runner.busy} onClick={() => choose("vi")} lang="vi">
        {t.langVi}
      </ToggleButton>
      <ToggleButton size="small" appearance="subtle" checked={lang === "en"} disabledFocusable={runner.busy} onClick={() => choose("en")} lang="en">
        {t.langEn}
      </ToggleButton>
    </div>
  );
}
