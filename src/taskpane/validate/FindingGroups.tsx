/** Grouped findings as an accordion of tables (all open at first), each listing its findings by indicator. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { FindingItem } from "./FindingItem";
import type { FindingGroup } from "./groupFindings";

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalS },
  sectionHeading: { display: "block", margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function FindingGroups({ groups }: { groups: readonly FindingGroup[] }) {
  const styles = useStyles();
  // Closed groups are remembered rather than open ones, so the groups of a new run start open.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const open = groups.map((g) => g.key).filter((k) => !closed.has(k));
  return (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={(_, data) => {
        const key = String(data.value);
        setClosed((prev) => {
          const next = new Set(prev);
          if (next.has(key)) next.delete(key);
          else next.add(key);
          return next;
        });
      }}
    >
      {groups.map((g) => (
        <AccordionItem key={g.key} value={g.key}>
          <AccordionHeader as="h3" size="small">
            {g.heading} ({g.sections.reduce((n, s) => n + s.findings.length, 0)})
          </AccordionHeader>
          <AccordionPanel>
            {g.sections.map((s) => (
              <div key={s.key} className={styles.section}>
                <Caption1Strong as="h4" className={styles.sectionHeading}>{s.heading}</Caption1Strong>
                <ul className={styles.list}>
                  {s.findings.map((f, i) => (
                    <li key={`${f.sheet}!${f.cell}:${f.code}:${i}`}>
                      <FindingItem finding={f} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
