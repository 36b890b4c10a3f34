/** Write attainment beside the target tables; show each table's rows and the findings about the agency figures. */
import { useState } from "react";
import type { AttainmentView } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { usePane } from "../shell/PaneContext";
import { AttainmentList } from "./AttainmentList";
import { ReportFindings } from "./ReportFindings";

export function AttainSection() {
  const { services, lang, t, runner } = usePane();
  const [result, setResult] = useState<AttainmentView | null>(null);
  const attain = async (): Promise<void> => {
    const v = await runner.run({ activity: (tx) => tx.attaining, task: () => services.writeAttainment(lang), done: (a) => (tx) => tx.attained(a.tables.length) });
    if (v) setResult(v);
  };
  return (
    <section className="pdx-column" aria-labelledby="pane-attain-heading">
      <h2 id="pane-attain-heading" className="pdx-h2">
        {t.attainHeading}
      </h2>
      <p className="pdx-muted">{t.attainHint}</p>
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
