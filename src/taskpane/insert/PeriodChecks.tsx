/** The two periods of the strategy, each a table; at least one must be chosen. */
import type { Period } from "../../domain/units";
import { CheckField } from "../shell/fields";
import { usePane } from "../shell/PaneContext";

export const PERIOD_LABELS: Readonly<Record<Period, string>> = { "2023-2025": "2023–2025", "2026-2030": "2026–2030" };

export type PeriodChoice = Readonly<Record<Period, boolean>>;

export function PeriodChecks({ value, onChange }: { value: PeriodChoice; onChange: (v: PeriodChoice) => void }) {
  const { t } = usePane();
  const none = !value["2023-2025"] && !value["2026-2030"];
  return (
    <fieldset className="pdx-fieldset">
      <legend className="pdx-label">{t.periodsLabel}</legend>
      {(Object.keys(PERIOD_LABELS) as Period[]).map((p) => (
        <CheckField key={p} label={PERIOD_LABELS[p]} checked={value[p]} onChange={(checked) => onChange({ ...value, [p]: checked })} />
      ))}
      {none && <span className="pdx-caption pdx-warning-text">{t.periodsNeeded}</span>}
    </fieldset>
  );
}
