/** Grouped findings as an accordion of tables (all open at first), each listing its findings by indicator. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { useState } from "react";
import { FindingSections } from "./FindingSections";
import type { FindingGroup } from "./groupFindings";

export function FindingGroups({ groups }: { groups: readonly FindingGroup[] }) {
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
            <FindingSections sections={g.sections} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
