/**
 * Settings: the language, the province's number of agencies, the default preset and whether to validate again on
 * edits. Stored in the workbook by the services, so a colleague opening the file gets the same.
 */
import { Caption1, Field, Input, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../../domain/messages";
import { PresetDropdown } from "../insert/PresetDropdown";
import type { PaneSettings } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { usePane } from "../shell/PaneContext";
import { useTabStyles } from "../shell/styles";
import { Diagnostics } from "./Diagnostics";

/** "" is unknown; otherwise a whole number above zero, or `undefined` when the text is neither. */
export function parseAgencies(text: string): number | null | undefined {
  const s = text.trim();
  if (s === "") return null;
  if (!/^[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 ? n : undefined;
}

export function SettingsTab() {
  const { services, t, runner, settings, saveSettings } = usePane();
  const styles = useTabStyles();
  const [draft, setDraft] = useState<PaneSettings>(settings);
  const [agenciesText, setAgenciesText] = useState(settings.agencies === null ? "" : String(settings.agencies));

  // Follow the stored settings when they load or change elsewhere (the header's language switch).
  useEffect(() => {
    setDraft(settings);
    setAgenciesText(settings.agencies === null ? "" : String(settings.agencies));
  }, [settings]);

  const agencies = parseAgencies(agenciesText);
  const save = (): void => {
    if (agencies === undefined) return;
    void runner.run({
      activity: (tx) => tx.savingSettings,
      task: () => saveSettings({ ...draft, agencies }),
      done: () => (tx) => tx.settingsSaved,
    });
  };

  return (
    <div className={styles.column}>
      <Field label={t.settingsLanguage}>
        <RadioGroup value={draft.lang} onChange={(_, d) => setDraft({ ...draft, lang: d.value as Lang })} layout="horizontal">
          <Radio value="vi" label={t.langVi} lang="vi" />
          <Radio value="en" label={t.langEn} lang="en" />
        </RadioGroup>
      </Field>
      <Field label={t.agenciesLabel} hint={t.agenciesHint} validationState={agencies === undefined ? "error" : "none"} validationMessage={agencies === undefined ? t.agenciesInvalid : undefined}>
        <Input inputMode="numeric" value={agenciesText} onChange={(_, d) => setAgenciesText(d.value)} />
      </Field>
      <PresetDropdown label={t.defaultPresetLabel} value={draft.defaultPreset} onChange={(id) => setDraft({ ...draft, defaultPreset: id })} />
      <Switch checked={draft.revalidateOnEdit} onChange={(_, d) => setDraft({ ...draft, revalidateOnEdit: d.checked })} label={t.revalidateDefaultLabel} />
      <div className={styles.buttons}>
        <CommandButton primary blocked={agencies === undefined} onClick={save}>
          {t.saveSettings}
        </CommandButton>
      </div>
      {services.host.platform && (
        // Office names its hosts "PC", "Mac", "OfficeOnline"...: say which Excel that is.
        <Caption1 className={styles.muted}>{t.hostLabel(t.platformNames[services.host.platform] ?? services.host.platform)}</Caption1>
      )}
      <Diagnostics />
    </div>
  );
}
