/**
 * Consolidate the agency report tables of this workbook; show how many reports were merged, who has not reported
 * (the tracker), the figures that differ between reports (the user may keep the other one) and the findings.
 */
import { useState } from "react";
import { REPORT_TEXTS } from "../i18n/reports";
import type { ConflictChoice, ConsolidationView } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { usePane } from "../shell/PaneContext";
import { ConflictList } from "./ConflictList";
import { ReportFindings } from "./ReportFindings";
import { TrackerSummary } from "./TrackerSummary";

/** `current`: this section's result is the latest consolidation (shown); `onResult`: it has a new one. */
export function ConsolidateSection({ current, onResult }: { readonly current: boolean; readonly onResult: () => void }) {
  const { services, lang, runner } = usePane();
  const t = REPORT_TEXTS[lang];
  const [result, setResult] = useState<ConsolidationView | null>(null);
  const [focus, setFocus] = useState<{ key: string; tick: number } | null>(null);
  const consolidate = async (): Promise<void> => {
    const v = await runner.run({
      activity: (_, l) => REPORT_TEXTS[l].consolidating,
      task: () => services.consolidate(lang),
      done: (c) => (_, l) => REPORT_TEXTS[l].consolidated(c.reports, c.sheet),
    });
    if (!v) return;
    setResult(v);
    onResult();
  };
  const keep = async (choice: ConflictChoice): Promise<void> => {
    const v = await runner.run({
      activity: (_, l) => REPORT_TEXTS[l].choosing,
      task: () => services.consolidate(lang, choice),
      done: () => (_, l) => REPORT_TEXTS[l].chosen(choice.source),
    });
    if (!v) return;
    setResult(v);
    setFocus((f) => ({ key: choice.key, tick: (f?.tick ?? 0) + 1 }));
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
      {result && current && (
        <>
          <p>{t.reportsCount(result.reports)}</p>
          {result.tracker && <TrackerSummary tracker={result.tracker} sheet={result.sheet} />}
          {result.conflicts && result.conflicts.length > 0 && <ConflictList conflicts={result.conflicts} onKeep={(c) => void keep(c)} focus={focus} />}
          <ReportFindings findings={result.findings} label={t.consolidateFindingsLabel} />
        </>
      )}
    </section>
  );
}
