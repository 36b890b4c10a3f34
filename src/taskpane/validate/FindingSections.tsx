/**
 * A group's findings, indicator by indicator. A workbook of many provinces can hold thousands of findings: the list
 * shows them a page at a time, so the pane stays quick, with a button for the rest.
 */
import { Button, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { usePane } from "../shell/PaneContext";
import { FindingActions } from "./FindingActions";
import { FindingItem } from "./FindingItem";
import type { FindingSection } from "./groupFindings";

export const FINDINGS_PAGE = 50;

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalS },
  sectionHeading: { display: "block", margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function FindingSections({ sections }: { sections: readonly FindingSection[] }) {
  const { t } = usePane();
  const styles = useStyles();
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const total = sections.reduce((n, s) => n + s.findings.length, 0);
  let budget = limit;
  const shown = sections.flatMap((s) => {
    if (budget <= 0) return [];
    const findings = s.findings.slice(0, budget);
    budget -= findings.length;
    return [{ ...s, findings }];
  });
  return (
    <>
      {shown.map((s) => (
        <div key={s.key} className={styles.section}>
          <Caption1Strong as="h4" className={styles.sectionHeading}>
            {s.heading}
          </Caption1Strong>
          <ul className={styles.list}>
            {s.findings.map((f, i) => (
              <li key={`${f.sheet}!${f.cell}:${f.code}:${i}`}>
                <FindingItem finding={f} />
                <FindingActions finding={f} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {total > limit && (
        <Button size="small" onClick={() => setLimit(limit + FINDINGS_PAGE)}>
          {t.showMore(Math.min(FINDINGS_PAGE, total - limit), total - limit)}
        </Button>
      )}
    </>
  );
}
