/** Consolidate the agency report tables of this workbook; show how many reports were merged and their findings. */
import { Body1, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../domain/findings";
import { CommandButton } from "../shell/CommandButton";
import { usePane } from "../shell/PaneContext";
import { useTabStyles } from "../shell/styles";
import { CommandRow } from "../shell/CommandRow";
import { ReportFindings } from "./ReportFindings";

interface Consolidation {
  readonly sheet: string;
  readonly reports: number;
  readonly findings: readonly Finding[];
}

export function ConsolidateSection() {
  const { services, lang, t, runner } = usePane();
  const styles = useTabStyles();
  const [result, setResult] = useState<Consolidation | null>(null);
  const consolidate = async (): Promise<void> => {
    const v = await runner.run({
      activity: (tx) => tx.consolidating,
      task: () => services.consolidate(lang),
      done: (c) => (tx) => tx.consolidated(c.reports, c.sheet),
    });
    if (v) setResult(v);
  };
  return (
    <section className={styles.column} aria-labelledby="pane-consolidate-heading">
      <Subtitle2 as="h2" id="pane-consolidate-heading" className={styles.heading}>
        {t.consolidateHeading}
      </Subtitle2>
      <Body1 className={styles.muted}>{t.consolidateHint}</Body1>
      <CommandRow>
        <CommandButton onClick={() => void consolidate()}>{t.consolidateButton}</CommandButton>
      </CommandRow>
      {result && (
        <>
          <Body1>{t.reportsCount(result.reports)}</Body1>
          <ReportFindings findings={result.findings} label={t.consolidateFindingsLabel} />
        </>
      )}
    </section>
  );
}
