/** Consolidate the agency report tables of this workbook; show how many reports were merged and their findings. */
import { useState } from "react";
import type { Finding } from "../../domain/findings";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { usePane } from "../shell/PaneContext";
import { ReportFindings } from "./ReportFindings";

interface Consolidation {
  readonly sheet: string;
  readonly reports: number;
  readonly findings: readonly Finding[];
}

export function ConsolidateSection() {
  const { services, lang, t, runner } = usePane();
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
    <section className="pdx-column" aria-labelledby="pane-consolidate-heading">
      <h2 id="pane-consolidate-heading" className="pdx-h2">
        {t.consolidateHeading}
      </h2>
      <p className="pdx-muted">{t.consolidateHint}</p>
      <CommandRow>
        <CommandButton onClick={() => void consolidate()}>{t.consolidateButton}</CommandButton>
      </CommandRow>
      {result && (
        <>
          <p>{t.reportsCount(result.reports)}</p>
          <ReportFindings findings={result.findings} label={t.consolidateFindingsLabel} />
        </>
      )}
    </section>
  );
}
