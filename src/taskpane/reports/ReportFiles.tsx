/**
 * "Choose report files…": the agencies' workbooks read in the pane, one at a time with the count shown and a Cancel
 * button, merged with this workbook's report tables into the consolidation sheet. The result shows who has not
 * reported (the tracker), the figures that differ between reports — keeping the other one reads the same files
 * again with that choice, which the workbook stores for every later consolidation — the files that could not be
 * read with why, and the findings, grouped under their file. After a reading, its row and the result are brought to
 * the top of the pane, where the user looks once the file chooser closes.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { REPORT_TEXTS } from "../i18n/reports";
import type { ConflictChoice, FilesConsolidation } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { usePane } from "../shell/PaneContext";
import { ConflictList } from "./ConflictList";
import { ReportFindings } from "./ReportFindings";
import { reportFilesTexts } from "./reportFilesTexts";
import { TrackerSummary } from "./TrackerSummary";

export const REPORT_FILES_INPUT = "pdx-report-files";
/** The row whose progress and notice the reading shows: the run starts from the file chooser, not from the button. */
const FILES_ROW = "pdx-report-files-row";

/** `current`: this section's result is the latest consolidation (shown); `onResult`: it has a new one. */
export function ReportFiles({ current, onResult }: { readonly current: boolean; readonly onResult: () => void }) {
  const { services, lang, runner } = usePane();
  const f = reportFilesTexts(lang);
  const input = useRef<HTMLInputElement>(null);
  // The file being read: kept in a ref for the progress line and in state so the row is drawn again.
  const step = useRef<{ file: number; total: number } | null>(null);
  const [, setStep] = useState<{ file: number; total: number } | null>(null);
  // The result shown and the files it was read from, read again when the user keeps another figure of a conflict.
  const [shown, setShown] = useState<{ readonly result: FilesConsolidation; readonly files: readonly File[] } | null>(null);
  const [focus, setFocus] = useState<{ key: string; tick: number } | null>(null);
  // Each new reading's result is brought up: its button row (with the notice) to the top, the result under it.
  const row = useRef<HTMLDivElement>(null);
  const [reads, setReads] = useState(0);
  useEffect(() => {
    if (reads > 0) row.current?.scrollIntoView?.({ block: "start" });
  }, [reads]);
  const names = useMemo(() => new Set(shown?.files.map((x) => x.name)), [shown]);
  const result = shown?.result ?? null;

  const read = async (files: readonly File[], choice?: ConflictChoice): Promise<boolean> => {
    if (files.length === 0) return false;
    step.current = null;
    const v = await runner.run({
      activity: (_, l) => (step.current ? f.filesReading(step.current.file, step.current.total) : choice ? REPORT_TEXTS[l].choosing : f.filesActivity),
      task: (signal) =>
        services.consolidateFiles(
          files,
          lang,
          (file, total) => {
            step.current = { file, total };
            setStep(step.current);
          },
          signal,
          choice,
        ),
      cancellable: true,
      // A choice's progress and notice show at the conflict (the row of the button pressed).
      ...(choice ? {} : { origin: FILES_ROW }),
      done: (r) => {
        if (choice) return (_, l) => REPORT_TEXTS[l].chosen(choice.source);
        if (r.unreadable.length === 0) return () => f.filesMerged(r.reports, r.files, r.sheet);
        return { intent: "warning", text: () => f.filesMergedUnreadable(r.reports, r.files, r.sheet, r.unreadable.length) };
      },
    });
    step.current = null;
    setStep(null);
    if (!v) return false;
    setShown({ result: v, files });
    onResult();
    if (!choice) setReads((n) => n + 1);
    return true;
  };

  const keep = async (choice: ConflictChoice): Promise<void> => {
    if (shown && (await read(shown.files, choice))) setFocus((x) => ({ key: choice.key, tick: (x?.tick ?? 0) + 1 }));
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
      <div ref={row} style={{ scrollMarginTop: 8 }}>
        <CommandRow id={FILES_ROW}>
          <CommandButton onClick={() => input.current?.click()}>{f.filesButton}</CommandButton>
        </CommandRow>
      </div>
      {result && current && (
        <>
          <p>{REPORT_TEXTS[lang].reportsCount(result.reports)}</p>
          <TrackerSummary tracker={result.tracker} sheet={result.sheet} />
          {result.conflicts.length > 0 && <ConflictList conflicts={result.conflicts} onKeep={(c) => void keep(c)} focus={focus} />}
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
          {/* The unreadable files are listed just above, with why; the tree has the rest. */}
          <ReportFindings findings={result.findings.filter((x) => x.code !== "source.unreadable")} label={REPORT_TEXTS[lang].consolidateFindingsLabel} files={names} />
        </>
      )}
    </section>
  );
}
