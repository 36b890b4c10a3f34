/**
 * Which severities the list shows: one checkbox each, labelled with its count ("3 lỗi", "2 errors"). A checkbox
 * shows its state plainly, where a toggle button's pressed look was a faint grey.
 */
import type { FindingSummary, Severity } from "../../domain/findings";
import { CheckField } from "../shell/fields";
import { usePane } from "../shell/PaneContext";
import { CHECK_TEXTS } from "./checkTexts";
import { SEVERITIES, severityCount } from "./severity";

export type SeverityFilter = Readonly<Record<Severity, boolean>>;

export function SeverityChecks(props: { summary: FindingSummary; shown: SeverityFilter; onToggle: (s: Severity) => void }) {
  const t = CHECK_TEXTS[usePane().lang];
  const count: Record<Severity, number> = { error: props.summary.errors, warning: props.summary.warnings, info: props.summary.infos };
  return (
    <fieldset className="pdx-filter">
      <legend>{t.filterLabel}</legend>
      {SEVERITIES.map((s) => (
        <CheckField key={s} checked={props.shown[s]} onChange={() => props.onToggle(s)} label={severityCount(s, count[s], t)} />
      ))}
    </fieldset>
  );
}
