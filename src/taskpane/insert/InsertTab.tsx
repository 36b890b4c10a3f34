/** Insert: the standard appendix tables, pre-filled from a preset, for the chosen periods, where the user wants them. */
import { Body1 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PresetId } from "../../domain/presets";
import type { Period } from "../../domain/units";
import type { Where } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { usePane } from "../shell/PaneContext";
import { useTabStyles } from "../shell/styles";
import { WhereField } from "../shell/WhereField";
import { type PeriodChoice, PeriodChecks } from "./PeriodChecks";
import { PresetDropdown } from "./PresetDropdown";

export function InsertTab() {
  const { services, lang, t, runner, settings } = usePane();
  const styles = useTabStyles();
  const [preset, setPreset] = useState<PresetId>(settings.defaultPreset);
  const [periods, setPeriods] = useState<PeriodChoice>({ "2023-2025": true, "2026-2030": true });
  const [where, setWhere] = useState<Where>("new_sheet");

  // The workbook's default preset arrives after the first render.
  useEffect(() => setPreset(settings.defaultPreset), [settings.defaultPreset]);

  const chosen = (Object.keys(periods) as Period[]).filter((p) => periods[p]);
  const insert = (): void => {
    void runner.run({
      activity: (tx) => tx.inserting,
      task: () => services.insertAppendix({ preset, periods: chosen, where }, lang),
      done: (v) => (tx) => tx.inserted(`${v.sheet}!${v.range}`),
    });
  };

  return (
    <div className={styles.column}>
      <PresetDropdown label={t.presetLabel} value={preset} onChange={setPreset} />
      <PeriodChecks value={periods} onChange={setPeriods} />
      <WhereField value={where} onChange={setWhere} />
      {!services.host.notesSupported && <Body1 className={styles.muted}>{t.notesUnsupported}</Body1>}
      <div className={styles.buttons}>
        <CommandButton primary blocked={chosen.length === 0} onClick={insert}>
          {t.insertButton}
        </CommandButton>
      </div>
    </div>
  );
}
