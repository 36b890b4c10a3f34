/** Validate: check the target tables, see the findings by table and indicator, clear highlights, write a review sheet. */
import { Body1, Checkbox, Field, Radio, RadioGroup, Subtitle2, Switch } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { type Severity, summarise } from "../../domain/findings";
import { indicator } from "../../domain/indicators";
import type { ValidationView } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { usePane } from "../shell/PaneContext";
import { useTabStyles } from "../shell/styles";
import { FindingGroups } from "./FindingGroups";
import { groupByTable } from "./groupFindings";
import { type SeverityFilter, SeverityToggles } from "./SeverityToggles";
import { useRevalidateOnEdit } from "./useRevalidateOnEdit";

type Scope = "workbook" | "selection";
type Table = ValidationView["tables"][number];

export function ValidateTab() {
  const { services, lang, t, runner, settings } = usePane();
  const styles = useTabStyles();
  const [scope, setScope] = useState<Scope>("workbook");
  const [highlight, setHighlight] = useState(true);
  const [view, setView] = useState<ValidationView | null>(null);
  const [shown, setShown] = useState<SeverityFilter>({ error: true, warning: true, info: true });
  const [revalidate, setRevalidate] = useState(settings.revalidateOnEdit);

  // The workbook's stored default arrives after the first render.
  useEffect(() => setRevalidate(settings.revalidateOnEdit), [settings.revalidateOnEdit]);

  const validate = useCallback(
    (quiet: boolean) =>
      runner.run({
        activity: (tx) => tx.validating,
        task: () => services.validate({ scope, highlight, agencies: settings.agencies }, lang),
        done: quiet
          ? undefined
          : (v) => {
              const s = summarise(v.findings);
              return (tx) => [tx.validated(v.tables.length, s.errors, s.warnings, s.infos), highlight && v.highlighted > 0 ? tx.highlightedCells(v.highlighted) : ""].filter(Boolean).join(" ");
            },
      }).then((v) => {
        if (v) setView(v);
      }),
    [runner, services, scope, highlight, settings.agencies, lang],
  );

  useRevalidateOnEdit(revalidate, services, () => {
    if (runner.isBusy()) return false;
    void validate(true);
    return true;
  });

  const summary = useMemo(() => summarise(view?.findings ?? []), [view]);
  const groups = useMemo(() => {
    if (!view) return [];
    const visible = view.findings.filter((f) => shown[f.severity]);
    return groupByTable<Table>(visible, view.tables, {
      table: (tb) => (tb ? [t.tableHeading(tb.sheet, tb.range, yearSpan(tb.years)), tb.title].filter(Boolean).join(" — ") : t.otherGroup),
      indicator: (id) => (id ? (lang === "vi" ? indicator(id).shortVi : indicator(id).nameEn) : t.otherGroup),
    });
  }, [view, shown, t, lang]);

  const toggle = (s: Severity): void => setShown((prev) => ({ ...prev, [s]: !prev[s] }));

  return (
    <div className={styles.column}>
      <Field label={t.scopeLabel}>
        <RadioGroup value={scope} onChange={(_, d) => setScope(d.value as Scope)} layout="horizontal">
          <Radio value="workbook" label={t.scopeWorkbook} />
          <Radio value="selection" label={t.scopeSelection} />
        </RadioGroup>
      </Field>
      <Checkbox checked={highlight} onChange={(_, d) => setHighlight(d.checked === true)} label={t.highlightLabel} />
      <div className={styles.buttons}>
        <CommandButton primary onClick={() => void validate(false)}>
          {t.validateButton}
        </CommandButton>
      </div>
      <Switch checked={revalidate} onChange={(_, d) => setRevalidate(d.checked)} label={t.revalidateLabel} />

      <section className={styles.section} aria-labelledby="pane-findings-heading">
        <Subtitle2 as="h2" id="pane-findings-heading" className={styles.heading}>
          {t.findingsLabel}
        </Subtitle2>
        {!view && <Body1 className={styles.muted}>{t.notValidatedYet}</Body1>}
        {view && (
          <>
            <Body1>{t.tablesFound(view.tables.length)}</Body1>
            <SeverityToggles summary={summary} shown={shown} onToggle={toggle} />
            {view.findings.length === 0 && <Body1>{t.noFindings}</Body1>}
            {view.findings.length > 0 && groups.length === 0 && <Body1 className={styles.muted}>{t.allFilteredOut}</Body1>}
            <FindingGroups groups={groups} />
          </>
        )}
        <div className={styles.buttons}>
          <CommandButton onClick={() =>
              void runner.run({ activity: (tx) => tx.clearing, task: () => services.clearHighlights(lang), done: (v) => (tx) => tx.cleared(v.cleared) })
            }
          >
            {t.clearButton}
          </CommandButton>
          <CommandButton onClick={() =>
              void runner.run({
                activity: (tx) => tx.writingReview,
                task: () => services.writeReviewSheet({ agencies: settings.agencies }, lang),
                done: (v) => (tx) => tx.reviewWritten(v.sheet),
              })
            }
          >
            {t.reviewButton}
          </CommandButton>
        </div>
      </section>
    </div>
  );
}

/** [2023, 2024, 2025] → "2023–2025". */
function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return "";
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  return years.length > 1 ? `${first}–${last}` : String(first);
}
