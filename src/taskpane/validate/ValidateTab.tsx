/**
 * Validate: check the target tables (cancellable, with progress beside the button), then the results first — the
 * summary focused and in view — with Next/Previous (F8, Shift+F8), a hint when the workbook changed since, clearing
 * the highlights and writing the review sheet, and on request ("Vì sao?") how each table was read; below them the
 * reviewer's tools (accepted findings, notes on coloured cells, removing what was inserted, the command log).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { UserEdit, ValidationView } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { CheckField, RadioField } from "../shell/fields";
import { usePane } from "../shell/PaneContext";
import { CHECK_TEXTS } from "./checkTexts";
import { NEXT_KEY } from "./FindingNav";
import { ReviewContext } from "./reviewContext";
import { ReviewTools } from "./ReviewTools";
import { TableReadings } from "./TableReadings";
import { useRevalidateOnEdit } from "./useRevalidateOnEdit";
import { useReviewState } from "./useReviewState";
import { hasNoTable, ValidationResults } from "./ValidationResults";

type Scope = "workbook" | "selection";

/** The row of the Check button: a re-check on edits shows its progress there too. */
const CHECK_ROW = "pane-check-row";

export function ValidateTab() {
  const { services, lang, runner, settings, checkRequests } = usePane();
  const t = CHECK_TEXTS[lang];
  const [scope, setScope] = useState<Scope>("workbook");
  const [highlight, setHighlight] = useState(true);
  const [view, setView] = useState<ValidationView | null>(null);
  const [stale, setStale] = useState(false);
  const [revalidate, setRevalidate] = useState(settings.revalidateOnEdit);
  const summary = useRef<HTMLParagraphElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  const step = useRef<((delta: 1 | -1) => void) | null>(null);
  const notes = settings.cellNotes === true;

  const review = useReviewState(view, setView, { scope, highlight, agencies: settings.agencies, ...(notes ? { notes: true } : {}) }, summary);

  // The workbook's stored default arrives after the first render.
  useEffect(() => setRevalidate(settings.revalidateOnEdit), [settings.revalidateOnEdit]);

  /**
   * Checks; with `edits` (a re-check while typing) only what they touched, and the results are updated without
   * moving the focus.
   */
  const validate = useCallback(
    async (edits?: readonly UserEdit[]) => {
      const quiet = edits !== undefined;
      const v = await runner.run({
        activity: (_, l) => CHECK_TEXTS[l].validating,
        task: (signal) => services.validate({ scope, highlight, agencies: settings.agencies, ...(notes ? { notes: true } : {}), ...(edits ? { edits } : {}) }, lang, signal),
        cancellable: true,
        origin: CHECK_ROW,
        // The summary says what was found; an empty workbook, or sheets Excel would not let the tool colour, get a
        // notice, never a green one.
        done: (r) => {
          if (hasNoTable(r) && !quiet) return { intent: "warning", text: (_, l) => CHECK_TEXTS[l].noTableSummary };
          if (highlight && r.unhighlighted.length > 0) return { intent: "warning", text: (_, l) => CHECK_TEXTS[l].unhighlighted(r.unhighlighted.map((x) => `“${x}”`).join(", ")) };
          return null;
        },
      });
      if (!v) return;
      setView(v);
      setStale(false);
      if (!quiet) setFocusSummary((n) => n + 1);
    },
    [runner, services, scope, highlight, settings.agencies, notes, lang],
  );

  // After a check, the summary and the first findings are in view, and the focus is on the summary.
  useEffect(() => {
    if (focusSummary === 0) return;
    summary.current?.scrollIntoView?.({ block: "start" });
    summary.current?.focus({ preventScroll: true });
  }, [focusSummary]);

  // The worked example asks for a check once it is inserted.
  const handled = useRef(0);
  useEffect(() => {
    if (checkRequests <= handled.current) return;
    handled.current = checkRequests;
    void validate();
  }, [checkRequests, validate]);

  useRevalidateOnEdit(
    revalidate,
    services,
    (edits) => {
      if (runner.isBusy()) return false;
      void validate(edits);
      return true;
    },
    undefined,
    (message) => runner.fail((_, l) => CHECK_TEXTS[l].editsNotHeard(message)),
  );

  // Without re-checking on edits, an edit after a check makes the results out of date: say so, once.
  useEffect(() => {
    if (view === null || stale || revalidate) return;
    return services.onUserEdit(() => setStale(true));
  }, [view, stale, revalidate, services]);

  const clear = (): void => {
    void runner.run({ activity: (_, l) => CHECK_TEXTS[l].clearing, task: () => services.clearHighlights(lang), done: (v) => (_, l) => CHECK_TEXTS[l].cleared(v.cleared) });
  };
  const writeReview = (): void => {
    void runner.run({
      activity: (_, l) => CHECK_TEXTS[l].writingReview,
      task: () => services.writeReviewSheet({ agencies: settings.agencies }, lang),
      done: (v) => (_, l) => CHECK_TEXTS[l].reviewWritten(v.sheet),
    });
  };

  return (
    <ReviewContext.Provider value={review}>
      <div
        className="pdx-column"
        onKeyDown={(e) => {
          if (e.key !== NEXT_KEY || !step.current) return;
          e.preventDefault();
          step.current(e.shiftKey ? -1 : 1);
        }}
      >
        <RadioField
          label={t.scopeLabel}
          value={scope}
          onChange={setScope}
          options={[
            { value: "workbook", text: t.scopeWorkbook },
            { value: "selection", text: t.scopeSelection },
          ]}
        />
        <div className="pdx-group">
          <CheckField checked={highlight} onChange={setHighlight} label={t.highlightLabel} />
          <CheckField switch checked={revalidate} onChange={setRevalidate} label={t.revalidateLabel} />
        </div>
        <CommandRow id={CHECK_ROW}>
          <CommandButton primary onClick={() => void validate()}>
            {t.validateButton}
          </CommandButton>
        </CommandRow>

        <section className="pdx-section" aria-labelledby="pane-findings-heading">
          <h2 id="pane-findings-heading" className="pdx-h2">
            {t.findingsLabel}
          </h2>
          {view ? (
            <ValidationResults
              view={view}
              stale={stale}
              onRecheck={() => void validate()}
              summaryRef={summary}
              onStep={(s) => {
                step.current = s;
              }}
            />
          ) : (
            <p className="pdx-muted">{t.notValidatedYet}</p>
          )}
          <CommandRow>
            <CommandButton onClick={clear}>{t.clearButton}</CommandButton>
            <CommandButton onClick={writeReview}>{t.reviewButton}</CommandButton>
          </CommandRow>
          {view?.readings && view.readings.length > 0 && <TableReadings readings={view.readings} />}
        </section>
        <ReviewTools />
      </div>
    </ReviewContext.Provider>
  );
}
