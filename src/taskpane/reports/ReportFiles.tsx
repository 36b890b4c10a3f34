/**
 * "Choose report files…": the agencies' workbooks read in the pane, one at a time with the count shown and a Cancel
 * button, merged with this workbook's report tables into the consolidation sheet; the files that could not be read
 * are listed with why, and the findings shown as the workbook's own consolidation shows them.
 */
import { useRef, useState } from "react";
import { REPORT_TEXTS } from "../i18n/reports";
import type { FilesConsolidation } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { usePane } from "../shell/PaneContext";
import { ReportFindings } from "./ReportFindings";
import { reportFilesTexts } from "./reportFilesTexts";

export const REPORT_FILES_INPUT = "pdx-report-files";
/** The row whose progress and notice the reading shows: the run starts from the file chooser, not from the button. */
const FILES_ROW = "pdx-report-files-row";

export function ReportFiles() {
  const { services, lang, runner } = usePane();
  const f = reportFilesTexts(lang);
  const input = useRef<HTMLInputElement>(null);
  // The file being read: kept in a ref for the progress line and in state so the row is drawn again.
  const step = useRef<{ file: number; total: number } | null>(null);
  const [, setStep] = useState<{ file: number; total: number } | null>(null);
  const [result, setResult] = useState<FilesConsolidation | null>(null);

  const read = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    step.current = null;
    const v = await runner.run({
      activity: () => (step.current ? f.filesReading(step.current.file, step.current.total) : f.filesActivity),
      task: (signal) =>
        services.consolidateFiles(
          files,
          lang,
          (file, total) => {
            step.current = { file, total };
            setStep(step.current);
          },
          signal,
        ),
      cancellable: true,
      origin: FILES_ROW,
      done: (r) => (r.unreadable.length > 0 ? { intent: "warning", text: () => f.filesMerged(r.reports, r.files, r.sheet) } : () => f.filesMerged(r.reports, r.files, r.sheet)),
    });
    step.current = null;
    setStep(null);
    if (v) setResult(v);
  };

  return (
    <section className="pdx-column" aria-labelledby="pane-files-heading">
      <h2 id="pane-files-heading" className="pdx-h2">
        {f.filesHeading}
      </h2>
      <p className="pdx-muted">{f.filesHint}</p>
      <input
        ref={input}
        id={REPORT_FILES_INPUT}
        type="file"
        multiple
        accept=".xlsx,.xlsm"
        aria-label={f.filesInputLabel}
        tabIndex={-1}
        hidden
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = ""; // the same files may be chosen again
          void read(files);
        }}
      />
      <CommandRow id={FILES_ROW}>
        <CommandButton onClick={() => input.current?.click()}>{f.filesButton}</CommandButton>
      </CommandRow>
      {result && (
        <>
          <p>{f.filesMerged(result.reports, result.files, result.sheet)}</p>
          {result.unreadable.length > 0 && (
            <section aria-label={f.filesUnreadableLabel(result.unreadable.length)}>
              <h3 className="pdx-h3">{f.filesUnreadableLabel(result.unreadable.length)}</h3>
              <ul className="pdx-list">
                {result.unreadable.map((u) => (
                  <li key={u.file}>
                    <strong>{u.file}</strong>: {u.reason}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ReportFindings findings={result.findings} label={REPORT_TEXTS[lang].consolidateFindingsLabel} />
        </>
      )}
    </section>
  );
}
