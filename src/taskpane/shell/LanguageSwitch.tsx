/**
 * VI / EN: two toggle buttons (aria-pressed); choosing one switches every text at once and saves the setting. Short
 * labels keep the header on one line at 320 px; a screen reader hears the language in full after the visible text
 * ("EN – English"), so the name starts with what is seen.
 */
import { Button } from "@fluentui/react-components";
import type { Lang } from "../../domain/messages";
import { usePane } from "./PaneContext";

const LANGS: ReadonlyArray<{ readonly lang: Lang; readonly short: string; readonly name: string }> = [
  { lang: "vi", short: "VI", name: "Tiếng Việt" },
  { lang: "en", short: "EN", name: "English" },
];

export function LanguageSwitch() {
  const { lang, t, settings, saveSettings, runner } = usePane();
  const choose = (next: Lang): void => {
    if (next === lang) return;
    // Quiet on success: the switch itself shows that it worked.
    void runner.run({ activity: (tx) => tx.savingSettings, task: () => saveSettings({ ...settings, lang: next }) });
  };
  return (
    <div role="group" aria-label={t.languageLabel} className="pdx-lang">
      {LANGS.map((l) => (
        <Button
          key={l.lang}
          size="small"
          appearance="subtle"
          aria-pressed={lang === l.lang}
          disabledFocusable={runner.busy}
          onClick={() => choose(l.lang)}
          lang={l.lang}
          title={l.name}
        >
          {l.short}
          <span className="pdx-sr"> – {l.name}</span>
        </Button>
      ))}
    </div>
  );
}
