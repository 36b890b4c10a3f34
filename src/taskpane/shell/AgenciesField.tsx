/** The province's number of press agencies, typed as text and checked as the user types (first-run card, Settings). */
import { TextField } from "./fields";
import { usePane } from "./PaneContext";

/** "" is unknown; otherwise a whole number above zero, or `undefined` when the text is neither. */
export function parseAgencies(text: string): number | null | undefined {
  const s = text.trim();
  if (s === "") return null;
  if (!/^[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 1000 ? n : undefined;
}

export function agenciesText(n: number | null): string {
  return n === null ? "" : String(n);
}

export function AgenciesField({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const { t } = usePane();
  const invalid = parseAgencies(value) === undefined;
  return <TextField label={t.agenciesLabel} hint={t.agenciesHint} error={invalid ? t.agenciesInvalid : null} inputMode="numeric" value={value} onChange={onChange} />;
}
