/**
 * Chooses one of the presets the standard tables are pre-filled from. A native select (Fluent's `Select`): the list
 * is short, the platform's own picker is the most familiar, and Fluent's Dropdown would add its popup machinery to the
 * bundle for nothing. Options carry the short name; the source document shows below, wrapped, as the field's hint.
 */
import { Field, makeStyles, Select } from "@fluentui/react-components";
import { isPresetId, PRESET_IDS, type PresetId } from "../../domain/presets";
import { usePane } from "../shell/PaneContext";
import { presetParts } from "./presetName";

// A select is as wide as its longest option unless told otherwise.
const useStyles = makeStyles({ select: { maxWidth: "100%", minWidth: 0 } });

export function PresetDropdown({ label, value, onChange }: { label: string; value: PresetId; onChange: (id: PresetId) => void }) {
  const { lang, t } = usePane();
  const styles = useStyles();
  const source = presetParts(value, lang).source;
  return (
    <Field label={label} hint={source ? t.presetSource(source) : undefined}>
      <Select
        className={styles.select}
        value={value}
        onChange={(_, d) => {
          if (isPresetId(d.value)) onChange(d.value);
        }}
      >
        {PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {presetParts(id, lang).short}
          </option>
        ))}
      </Select>
    </Field>
  );
}
