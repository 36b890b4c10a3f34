/**
 * Which severities the list shows: one checkbox each, labelled with its count ("3 lỗi", "2 errors"). A checkbox
 * shows its state plainly, where a toggle button's pressed look was a faint grey.
 */
import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { FindingSummary, Severity } from "../../domain/findings";
import { usePane } from "../shell/PaneContext";
import { SEVERITIES, severityCount } from "./severity";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export type SeverityFilter = Readonly<Record<Severity, boolean>>;

export function SeverityChecks(props: { summary: FindingSummary; shown: SeverityFilter; onToggle: (s: Severity) => void }) {
  const { t } = usePane();
  const styles = useStyles();
  const count: Record<Severity, number> = { error: props.summary.errors, warning: props.summary.warnings, info: props.summary.infos };
  return (
    <fieldset className={styles.row}>
      <legend className={styles.legend}>{t.filterLabel}</legend>
      {SEVERITIES.map((s) => (
        <Checkbox key={s} checked={props.shown[s]} onChange={() => props.onToggle(s)} label={severityCount(s, count[s], t)} />
      ))}
    </fieldset>
  );
}
