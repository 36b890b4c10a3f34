/**
 * Settings: the province's number of agencies, the default preset and whether to check again on edits (the language
 * is the header's VI / EN). Stored in the workbook by the services, so a colleague opening the file gets the same.
 */
import { useEffect, useState } from "react";
import { PresetDropdown } from "../insert/PresetDropdown";
import type { PaneSettings } from "../services";
import { AgenciesField, agenciesText, parseAgencies } from "../shell/AgenciesField";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { CheckField } from "../shell/fields";
import { usePane } from "../shell/PaneContext";
import { Diagnostics } from "./Diagnostics";
import { DIAGNOSTICS_TEXTS } from "./diagnosticsTexts";

export function SettingsTab() {
  const { services, lang, t, runner, settings, saveSettings } = usePane();
  const host = DIAGNOSTICS_TEXTS[lang];
  const [draft, setDraft] = useState<PaneSettings>(settings);
  const [text, setText] = useState(agenciesText(settings.agencies));

  // Follow the stored settings when they load or change elsewhere (the first-run card); a switch of language in the
  // header keeps what is being edited here.
  const { agencies: stored, defaultPreset, revalidateOnEdit } = settings;
  useEffect(() => {
    setDraft((d) => ({ ...d, agencies: stored, defaultPreset, revalidateOnEdit }));
    setText(agenciesText(stored));
  }, [stored, defaultPreset, revalidateOnEdit]);

  const agencies = parseAgencies(text);
  const save = (): void => {
    if (agencies === undefined) return;
    void runner.run({
      activity: (tx) => tx.savingSettings,
      // The language is the header's; a switch there while this tab was open must not be undone here.
      task: () => saveSettings({ ...draft, lang: settings.lang, agencies }),
      done: () => (tx) => tx.settingsSaved,
    });
  };

  return (
    <div className="pdx-column">
      <AgenciesField value={text} onChange={setText} />
      <PresetDropdown label={t.defaultPresetLabel} value={draft.defaultPreset} onChange={(id) => setDraft({ ...draft, defaultPreset: id })} />
      <CheckField switch checked={draft.revalidateOnEdit} onChange={(on) => setDraft({ ...draft, revalidateOnEdit: on })} label={t.revalidateDefaultLabel} />
      <CommandRow>
        <CommandButton primary blocked={agencies === undefined} onClick={save}>
          {t.saveSettings}
        </CommandButton>
      </CommandRow>
      {services.host.platform && (
        // Office names its hosts "PC", "Mac", "OfficeOnline"...: say which Excel that is.
        <p className="pdx-caption pdx-muted">{host.hostLabel(host.platformNames[services.host.platform] ?? services.host.platform)}</p>
      )}
      <Diagnostics />
      {!services.host.notesSupported && <p className="pdx-caption pdx-muted">{host.notesUnsupported}</p>}
    </div>
  );
}
