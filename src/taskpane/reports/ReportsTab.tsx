/** Reports & attainment: hand out the agency form, consolidate the agencies' tables, write attainment beside the targets. */
import { Body1, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../domain/findings";
import type { AttainmentView, Where } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { usePane } from "../shell/PaneContext";
import { useTabStyles } from "../shell/styles";
import { WhereField } from "../shell/WhereField";
import { FindingGroups } from "../validate/FindingGroups";
import { groupBySheet } from "../validate/groupFindings";
import { AttainmentTable } from "./AttainmentTable";

interface Consolidation {
  readonly sheet: string;
  readonly reports: number;
  readonly findings: readonly Finding[];
}

export function ReportsTab() {
  const { services, lang, t, runner } = usePane();
  const styles = useTabStyles();
  const [where, setWhere] = useState<Where>("new_sheet");
  const [consolidation, setConsolidation] = useState<Consolidation | null>(null);
  const [attainment, setAttainment] = useState<AttainmentView | null>(null);
  const byAgency = (f: Finding): string => f.agency ?? t.otherGroup;

  const insertForm = (): void => {
    void runner.run({
      activity: (tx) => tx.insertingForm,
      task: () => services.insertAgencyForm({ where }, lang),
      done: (v) => (tx) => tx.formInserted(`${v.sheet}!${v.range}`),
    });
  };
  const consolidate = async (): Promise<void> => {
    const v = await runner.run({
      activity: (tx) => tx.consolidating,
      task: () => services.consolidate(lang),
      done: (c) => (tx) => tx.consolidated(c.reports, c.sheet),
    });
    if (v) setConsolidation(v);
  };
  const attain = async (): Promise<void> => {
    const v = await runner.run({ activity: (tx) => tx.attaining, task: () => services.writeAttainment(lang), done: (a) => (tx) => tx.attained(a.tables.length) });
    if (v) setAttainment(v);
  };

  return (
    <div className={styles.column}>
      <section className={styles.column} aria-labelledby="pane-form-heading">
        <Subtitle2 as="h2" id="pane-form-heading" className={styles.heading}>
          {t.agencyFormHeading}
        </Subtitle2>
        <Body1 className={styles.muted}>{t.agencyFormHint}</Body1>
        <WhereField value={where} onChange={setWhere} />
        <div className={styles.buttons}>
          <CommandButton onClick={insertForm}>
            {t.insertFormButton}
          </CommandButton>
        </div>
      </section>

      <section className={styles.column} aria-labelledby="pane-consolidate-heading">
        <Subtitle2 as="h2" id="pane-consolidate-heading" className={styles.heading}>
          {t.consolidateHeading}
        </Subtitle2>
        <Body1 className={styles.muted}>{t.consolidateHint}</Body1>
        <div className={styles.buttons}>
          <CommandButton primary onClick={() => void consolidate()}>
            {t.consolidateButton}
          </CommandButton>
        </div>
        {consolidation && (
          <>
            <Body1>{t.reportsCount(consolidation.reports)}</Body1>
            <FindingGroups groups={groupBySheet(consolidation.findings, byAgency)} />
          </>
        )}
      </section>

      <section className={styles.column} aria-labelledby="pane-attain-heading">
        <Subtitle2 as="h2" id="pane-attain-heading" className={styles.heading}>
          {t.attainHeading}
        </Subtitle2>
        <Body1 className={styles.muted}>{t.attainHint}</Body1>
        <div className={styles.buttons}>
          <CommandButton primary onClick={() => void attain()}>
            {t.attainButton}
          </CommandButton>
        </div>
        {attainment && (
          <>
            {attainment.tables.map((tb) => (
              <AttainmentTable key={`${tb.sheet}!${tb.block}`} table={tb} />
            ))}
            <FindingGroups groups={groupBySheet(attainment.findings, byAgency)} />
          </>
        )}
      </section>
    </div>
  );
}
