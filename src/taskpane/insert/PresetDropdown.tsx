/** Chooses one of the presets the standard tables are pre-filled from. */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { isPresetId, PRESET_IDS, type PresetId } from "../../domain/presets";
import { usePane } from "../shell/PaneContext";
import { presetName } from "./presetName";

export function PresetDropdown({ label, value, onChange }: { label: string; value: PresetId; onChange: (id: PresetId) => void }) {
  const { lang } = usePane();
  return (
    <Field label={label}>
      <Dropdown
        value={presetName(value, lang)}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => {
          if (d.optionValue && isPresetId(d.optionValue)) onChange(d.optionValue);
        }}
      >
        {PRESET_IDS.map((id) => (
          <Option key={id} value={id}>
            {presetName(id, lang)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
