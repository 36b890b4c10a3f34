/**
 * Chooses one of the presets the standard tables are pre-filled from. A native select (Fluent's `Select`): the list
 * is short, the platform's own picker is the most familiar, and Fluent's Dropdown would add its popup machinery to the
 * bundle for nothing.
 */
import { Field, Select } from "@fluentui/react-components";
import { isPresetId, PRESET_IDS, type PresetId } from "../../domain/presets";
import { usePane } from "../shell/PaneContext";
import { presetName } from "./presetName";

export function PresetDropdown({ label, value, onChange }: { label: string; value: PresetId; onChange: (id: PresetId) => void }) {
  const { lang } = usePane();
  return (
    <Field label={label}>
      <Select
        value={value}
        onChange={(_, d) => {
          if (isPresetId(d.value)) onChange(d.value);
        }}
      >
        {PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {presetName(id, lang)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
