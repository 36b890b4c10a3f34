/** Where to write: a new sheet, or at the selected cell; never over existing data either way. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Where } from "../services";
import { usePane } from "./PaneContext";

export function WhereField({ value, onChange }: { value: Where; onChange: (w: Where) => void }) {
  const { t } = usePane();
  return (
    <Field label={t.whereLabel} hint={t.whereHint}>
      <RadioGroup value={value} onChange={(_, d) => onChange(d.value === "selection" ? "selection" : "new_sheet")}>
        <Radio value="new_sheet" label={t.whereNewSheet} />
        <Radio value="selection" label={t.whereSelection} />
      </RadioGroup>
    </Field>
  );
}
