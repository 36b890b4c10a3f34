/** Write attainment beside the target tables; show each table's rows and the findings about the agency figures. */
import { Body1, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { AttainmentView } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { usePane } from "../shell/PaneContext";
import { useTabStyles } from "../shell/styles";
import { CommandRow } from "../shell/CommandRow";
import { AttainmentList } from "./AttainmentList";
import { ReportFindings } from "./ReportFindings";

export function AttainSection() {
  const { services, lang, t, runner } = usePane();
  const styles = useTabStyles();
  const [result, setResult] = useState<AttainmentView | null>(null);
  const attain = async (): Promise<void> => {
    const v = await runner.run({ activity: (tx) => tx.attaining, task: () => services.writeAttainment(lang), done: (a) => (tx) => tx.attained(a.tables.length) });
    if (v) setResult(v);
  };
  return (
    <section className={styles.column} aria-labelledby="pane-attain-heading">
      <Subtitle2 as="h2" id="pane-attain-heading" className={styles.heading}>
        {t.attainHeading}
      </Subtitle2>
      <Body1 className={styles.muted}>{t.attainHint}</Body1>
      <CommandRow>
        <CommandButton primary onClick={() => void attain()}>
          {t.attainButton}
        </CommandButton>
      </CommandRow>
      {result && (
        <>
          {result.tables.map((tb) => (
            <AttainmentList key={`${tb.sheet}!${tb.block}`} table={tb} />
          ))}
          {result.findings.length > 0 && <ReportFindings findings={result.findings} label={t.attainFindingsLabel} />}
        </>
      )}
    </section>
  );
}
