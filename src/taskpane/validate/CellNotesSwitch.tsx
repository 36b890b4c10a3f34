/**
 * The setting that puts a note on each flagged cell saying why it is coloured, so colleagues without the add-in
 * see it. Stored with the workbook's settings; off, and explained, where Excel has no notes (ExcelApi 1.18).
 */
import { Caption1, Switch } from "@fluentui/react-components";
import { usePane } from "../shell/PaneContext";
import { REVIEW_TEXTS } from "./reviewTexts";

export function CellNotesSwitch() {
  const { services, settings, saveSettings, lang, runner } = usePane();
  const t = REVIEW_TEXTS[lang];
  const supported = services.host.notesSupported;
  const save = async (on: boolean): Promise<void> => {
    const r = await saveSettings({ ...settings, cellNotes: on });
    if (!r.ok) runner.fail((tx) => tx.settingsNotSaved(r.error.message));
  };
  return (
    <div>
      <Switch
        checked={supported && settings.cellNotes === true}
        disabled={!supported}
        onChange={(_, d) => void save(d.checked)}
        label={t.cellNotesLabel}
      />
      <br />
      <Caption1 className="pdx-muted">{supported ? t.cellNotesHint : t.cellNotesUnsupported}</Caption1>
    </div>
  );
}
