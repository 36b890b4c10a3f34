/** The counts of errors, warnings and notes, each a toggle that shows or hides that severity. */
import { Badge, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { FindingSummary, Severity } from "../../domain/findings";
import { formatNumber } from "../i18n";
import { usePane } from "../shell/PaneContext";
import { SEVERITIES, SEVERITY_BADGE_COLOR, severityLabel } from "./severity";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export type SeverityFilter = Readonly<Record<Severity, boolean>>;

export function SeverityToggles(props: { summary: FindingSummary; shown: SeverityFilter; onToggle: (s: Severity) => void }) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const count: Record<Severity, number> = { error: props.summary.errors, warning: props.summary.warnings, info: props.summary.infos };
  return (
    <div role="group" aria-label={t.filterLabel} className={styles.row}>
      {SEVERITIES.map((s) => (
        <ToggleButton
          key={s}
          size="small"
          appearance="subtle"
          checked={props.shown[s]}
          onClick={() => props.onToggle(s)}
          icon={
            <Badge appearance="filled" color={SEVERITY_BADGE_COLOR[s]} size="medium">
              {formatNumber(count[s], lang)}
            </Badge>
          }
        >
          {severityLabel(s, t)}
        </ToggleButton>
      ))}
    </div>
  );
}
