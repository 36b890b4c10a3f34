/**
 * Insert: the first-run card until it is dismissed; then the standard appendix tables, pre-filled from a preset, for
 * the chosen periods, where the user wants them.
 */
import { useEffect, useState } from "react";
import type { PresetId } from "../../domain/presetNames";
import type { Period } from "../../domain/units";
import type { Where } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { usePane } from "../shell/PaneContext";
import { WhereField } from "../shell/WhereField";
import { IntroCard } from "./IntroCard";
import { type PeriodChoice, PeriodChecks } from "./PeriodChecks";
import { PresetDropdown } from "./PresetDropdown";

export function InsertTab() {
  const { services, lang, t, runner, settings } = usePane();
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
      done: (v) => (tx) => tx.inserted(v.sheet, v.range),
    });
  };

  return (
    <div className="pdx-column">
      {!settings.introDone && <IntroCard />}
      <section className="pdx-column" aria-labelledby="pane-insert-heading">
        <h2 id="pane-insert-heading" className="pdx-h2">
          {t.insertHeading}
        </h2>
        <PresetDropdown label={t.presetLabel} value={preset} onChange={setPreset} />
        <PeriodChecks value={periods} onChange={setPeriods} />
        <WhereField value={where} onChange={setWhere} />
        <CommandRow>
          <CommandButton primary blocked={chosen.length === 0} onClick={insert}>
            {t.insertButton}
          </CommandButton>
        </CommandRow>
      </section>
    </div>
  );
}
