/** Validate: check the target tables, see the findings, clear the highlights, write a review sheet. */
import { Body1, Checkbox, Field, Radio, RadioGroup, Subtitle2, Switch } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { summarise } from "../../domain/findings";
import type { UserEdit, ValidationView } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { usePane } from "../shell/PaneContext";
import { useTabStyles } from "../shell/styles";
import type { Say } from "../shell/useCommand";
import { ReviewContext } from "./reviewContext";
import { ReviewTools } from "./ReviewTools";
import { useRevalidateOnEdit } from "./useRevalidateOnEdit";
import { useReviewState } from "./useReviewState";
import { ValidationResults } from "./ValidationResults";

type Scope = "workbook" | "selection";

export function ValidateTab() {
  const { services, lang, t, runner, settings } = usePane();
  const styles = useTabStyles();
  const [scope, setScope] = useState<Scope>("workbook");
  const [highlight, setHighlight] = useState(true);
  const [view, setView] = useState<ValidationView | null>(null);
  const [revalidate, setRevalidate] = useState(settings.revalidateOnEdit);

  const review = useReviewState(view, setView, { scope, highlight, agencies: settings.agencies, ...(settings.cellNotes ? { notes: true } : {}) });

  // The workbook's stored default arrives after the first render.
  useEffect(() => setRevalidate(settings.revalidateOnEdit), [settings.revalidateOnEdit]);

  /** Validates; with `edits` (re-validation while typing) only what they touched, without a success notice. */
  const validate = useCallback(
    async (edits?: readonly UserEdit[]) => {
      const v = await runner.run({
        activity: (tx) => tx.validating,
        task: () => services.validate({ scope, highlight, agencies: settings.agencies, ...(settings.cellNotes ? { notes: true } : {}), ...(edits ? { edits } : {}) }, lang),
        done: edits ? undefined : (result) => validatedNotice(result, highlight),
      });
      if (v) setView(v);
    },
    [runner, services, scope, highlight, settings.agencies, settings.cellNotes, lang],
  );

  useRevalidateOnEdit(
    revalidate,
    services,
    (edits) => {
      if (runner.isBusy()) return false;
      void validate(edits);
      return true;
    },
    undefined,
    (message) => runner.fail((tx) => tx.editsNotHeard(message)),
  );

  const clear = (): void => {
    void runner.run({ activity: (tx) => tx.clearing, task: () => services.clearHighlights(lang), done: (v) => (tx) => tx.cleared(v.cleared) });
  };
  const writeReview = (): void => {
    void runner.run({
      activity: (tx) => tx.writingReview,
      task: () => services.writeReviewSheet({ agencies: settings.agencies }, lang),
      done: (v) => (tx) => tx.reviewWritten(v.sheet),
    });
  };

  return (
    <ReviewContext.Provider value={review}>
    <div className={styles.column}>
      <Field label={t.scopeLabel}>
        <RadioGroup value={scope} onChange={(_, d) => setScope(d.value === "selection" ? "selection" : "workbook")} layout="horizontal">
          <Radio value="workbook" label={t.scopeWorkbook} />
          <Radio value="selection" label={t.scopeSelection} />
        </RadioGroup>
      </Field>
      <Checkbox checked={highlight} onChange={(_, d) => setHighlight(d.checked === true)} label={t.highlightLabel} />
      <div className={styles.buttons}>
        <CommandButton primary onClick={() => void validate()}>
          {t.validateButton}
        </CommandButton>
      </div>
      <Switch checked={revalidate} onChange={(_, d) => setRevalidate(d.checked)} label={t.revalidateLabel} />

      <section className={styles.section} aria-labelledby="pane-findings-heading">
        <Subtitle2 as="h2" id="pane-findings-heading" className={styles.heading}>
          {t.findingsLabel}
        </Subtitle2>
        {view ? <ValidationResults view={view} /> : <Body1 className={styles.muted}>{t.notValidatedYet}</Body1>}
        <div className={styles.buttons}>
          <CommandButton onClick={clear}>{t.clearButton}</CommandButton>
          <CommandButton onClick={writeReview}>{t.reviewButton}</CommandButton>
        </div>
      </section>
      <ReviewTools />
    </div>
    </ReviewContext.Provider>
  );
}

/** "Validated 2 tables: 2 errors, 4 warnings, 1 note. Highlighted 7 cells." */
function validatedNotice(v: ValidationView, highlight: boolean): Say {
  const s = summarise(v.findings);
  return (t) => {
    const validated = t.validated(v.tables.length, s.errors, s.warnings, s.infos);
    const parts = [validated];
    if (highlight && v.highlighted > 0) parts.push(t.highlightedCells(v.highlighted));
    if (highlight && v.unhighlighted.length > 0) parts.push(t.unhighlighted(v.unhighlighted.map((x) => `“${x}”`).join(", ")));
    return parts.join(" ");
  };
}
