/**
 * Chooses one of the presets the standard tables are pre-filled from: a native select (the list is short, and the
 * platform's own picker is the most familiar). Options carry the short name; the source document shows below as the
 * field's hint, where it wraps: the longest option set the width of the select before.
 */
import { PRESET_IDS, type PresetId } from "../../domain/presetNames";
import { SelectField } from "../shell/fields";
import { usePane } from "../shell/PaneContext";
import { presetParts } from "./presetName";

export function PresetDropdown({ label, value, onChange }: { label: string; value: PresetId; onChange: (id: PresetId) => void }) {
  const { lang, t } = usePane();
  const source = presetParts(value, lang).source;
  return (
    <SelectField
      label={label}
      hint={source ? t.presetSource(source) : null}
      value={value}
      onChange={onChange}
      options={PRESET_IDS.map((id) => ({ value: id, text: presetParts(id, lang).short }))}
    />
  );
}
