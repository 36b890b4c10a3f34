/**
 * Write attainment beside the target tables; show each table's rows and the findings about the agency figures.
 * After the click the results are brought into view with the focus on their summary (as the Check tab does), and
 * the summary with the "Chưa đạt only" filter stays at the top while the rows scroll under it.
 */
import { useEffect, useRef, useState } from "react";
import { REPORT_TEXTS } from "../i18n/reports";
import type { AttainmentView } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { CheckField } from "../shell/fields";
import { usePane } from "../shell/PaneContext";
import { AttainmentList, NOT_MET } from "./AttainmentList";
import { ReportFindings } from "./ReportFindings";

export function AttainSection() {
  const { services, lang, runner } = usePane();
  const rt = REPORT_TEXTS[lang];
  const [result, setResult] = useState<AttainmentView | null>(null);
  const [notMetOnly, setNotMetOnly] = useState(false);
  const [shown, setShown] = useState(0);
  const summary = useRef<HTMLParagraphElement>(null);
  const attain = async (): Promise<void> => {
    const v = await runner.run({ activity: (_, l) => REPORT_TEXTS[l].attaining, task: () => services.writeAttainment(lang), done: (a) => (_, l) => REPORT_TEXTS[l].attained(a.tables.length) });
    if (!v) return;
    setResult(v);
    setShown((n) => n + 1);
  };
  useEffect(() => {
    if (shown === 0) return;
    summary.current?.scrollIntoView?.({ block: "start" });
    summary.current?.focus({ preventScroll: true });
  }, [shown]);
  const rows = result?.tables.flatMap((tb) => tb.rows) ?? [];
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const tables = result?.tables.filter((tb) => !notMetOnly || tb.rows.some((r) => r.status === NOT_MET)) ?? [];
  return (
    <section className="pdx-column" aria-labelledby="pane-attain-heading">
      <h2 id="pane-attain-heading" className="pdx-h2">
        {rt.attainHeading}
      </h2>
      <p className="pdx-muted">{rt.attainHint}</p>
      <CommandRow>
        <CommandButton primary onClick={() => void attain()}>
          {rt.attainButton}
        </CommandButton>
      </CommandRow>
      {result && (
        <>
          <div className="pdx-stack">
            <div className="pdx-sticky">
              <p ref={summary} tabIndex={-1} className="pdx-summary">
                {rt.attainSummary(count("Đạt"), count(NOT_MET), count("—"))}
              </p>
              <CheckField label={rt.notMetOnly} checked={notMetOnly} onChange={setNotMetOnly} />
            </div>
            {tables.map((tb) => (
              <AttainmentList key={`${tb.sheet}!${tb.block}`} table={tb} notMetOnly={notMetOnly} reportedYears={result.reportedYears ?? null} />
            ))}
            {tables.length === 0 && <p>{rt.noneNotMet}</p>}
          </div>
          {result.findings.length > 0 && <ReportFindings findings={result.findings} label={rt.attainFindingsLabel} />}
        </>
      )}
    </section>
  );
}
