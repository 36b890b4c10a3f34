/** The two periods of the strategy, each a table; at least one must be chosen. */
import { Caption1, Checkbox, Label, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Period } from "../../domain/units";
import { usePane } from "../shell/PaneContext";

export const PERIOD_LABELS: Readonly<Record<Period, string>> = { "2023-2025": "2023–2025", "2026-2030": "2026–2030" };

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column" },
  warning: { color: tokens.colorStatusDangerForeground1 },
});

export type PeriodChoice = Readonly<Record<Period, boolean>>;

export function PeriodChecks({ value, onChange }: { value: PeriodChoice; onChange: (v: PeriodChoice) => void }) {
  const { t } = usePane();
  const styles = useStyles();
  const labelId = useId();
  const none = !value["2023-2025"] && !value["2026-2030"];
  return (
    <div role="group" aria-labelledby={labelId} className={styles.group}>
      <Label id={labelId} weight="semibold">
        {t.periodsLabel}
      </Label>
      {(Object.keys(PERIOD_LABELS) as Period[]).map((p) => (
        <Checkbox key={p} label={PERIOD_LABELS[p]} checked={value[p]} onChange={(_, d) => onChange({ ...value, [p]: d.checked === true })} />
      ))}
      {none && <Caption1 className={styles.warning}>{t.periodsNeeded}</Caption1>}
    </div>
  );
}
