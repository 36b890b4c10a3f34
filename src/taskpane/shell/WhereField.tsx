/** Where to write: a new sheet, or at the selected cell; never over existing data either way. */
import type { Where } from "../services";
import { RadioField } from "./fields";
import { usePane } from "./PaneContext";

export function WhereField({ value, onChange }: { value: Where; onChange: (w: Where) => void }) {
  const { t } = usePane();
  return (
    <RadioField
      label={t.whereLabel}
      hint={t.whereHint}
      value={value}
      onChange={onChange}
      options={[
        { value: "new_sheet", text: t.whereNewSheet },
        { value: "selection", text: t.whereSelection },
      ]}
    />
  );
}
