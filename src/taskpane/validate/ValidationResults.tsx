/**
 * The last check's results, what matters first: a "results are out of date" hint when the workbook changed since,
 * the summary (focused after a check), the empty workbook's way forward, the severity filter, Next/Previous, and
 * the findings tree — grouped by table, errors first, repeated findings of one rule folded into one line. What changed
 * since the previous check comes with the summary; accepted findings are hidden until the reviewer shows them.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { type Ref, useEffect, useMemo, useState } from "react";
import { type Severity, summarise } from "../../domain/findings";
import type { ValidationView } from "../services";
import { usePane } from "../shell/PaneContext";
import { AcceptedFilter } from "./AcceptedFilter";
import { ChangeSummary } from "./ChangeSummary";
import { CHECK_TEXTS } from "./checkTexts";
import { FindingNav } from "./FindingNav";
import { FindingTree } from "./FindingTree";
import { groupByTable, yearSpan } from "./groupFindings";
import { SeverityChecks, type SeverityFilter } from "./SeverityFilter";
import { useReview } from "./reviewContext";
import { useFindingList } from "./useFindingList";

type Table = ValidationView["tables"][number];

/** The code of the finding a check gives when the workbook has no target table at all. */
const NO_TABLE = "workbook.no_target_table";

export function hasNoTable(view: ValidationView): boolean {
  return view.tables.length === 0 && view.findings.some((f) => f.code === NO_TABLE);
}

export interface ValidationResultsProps {
  readonly view: ValidationView;
  readonly stale: boolean;
  onRecheck(): void;
  readonly summaryRef: Ref<HTMLParagraphElement>;
  /** Receives the Next/Previous step, for the tab's F8 shortcut. */
  onStep(step: ((delta: 1 | -1) => void) | null): void;
}

export function ValidationResults({ view, stale, onRecheck, summaryRef, onStep }: ValidationResultsProps) {
  const { lang, t, goTo } = usePane();
  const c = CHECK_TEXTS[lang];
  const [shown, setShown] = useState<SeverityFilter>({ error: true, warning: true, info: true });
  const noTable = hasNoTable(view);
  // The empty workbook's "no table" is said by the empty state below, not counted as an error.
  const findings = useMemo(() => view.findings.filter((f) => f.code !== NO_TABLE), [view]);
  const summary = useMemo(() => summarise(findings), [findings]);
  const review = useReview();
  const hideAccepted = review !== null && !review.showAccepted;
  const groups = useMemo(
    () =>
      groupByTable<Table>(
        findings.filter((f) => shown[f.severity] && !(hideAccepted && review?.reviewOf(f).status === "accepted")),
        view.tables,
        (tb) => (tb ? (tb.title ?? c.tableFallback(yearSpan(tb.years))) : t.otherGroup),
      ),
    [findings, view.tables, shown, t, hideAccepted, review],
  );
  const list = useFindingList(groups);
  const { step } = list;
  useEffect(() => {
    onStep(step);
    return () => onStep(null);
  });
  const toggle = (s: Severity): void => setShown((prev) => ({ ...prev, [s]: !prev[s] }));
  const tableOf = (key: string): Table | undefined => view.tables.find((tb) => `t:${tb.sheet}!${tb.range}` === key);

  return (
    <>
      {stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{c.resultsStale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onRecheck}>
              {c.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <p ref={summaryRef} tabIndex={-1} className="pdx-summary">
        {noTable ? c.noTableSummary : c.checkSummary(view.tables.length, summary.errors, summary.warnings, summary.infos, view.highlighted > 0 ? view.highlighted : null)}
      </p>
      <ChangeSummary changes={view.changes} />
      {noTable && (
        <div className="pdx-empty">
          <p>{c.noTableYet}</p>
          <Button appearance="primary" onClick={() => goTo("insert")}>
            {c.goInsert}
          </Button>
        </div>
      )}
      {findings.length > 0 && <SeverityChecks summary={summary} shown={shown} onToggle={toggle} />}
      <AcceptedFilter />
      <FindingNav list={list} />
      {findings.length === 0 && !noTable && <p>{c.noFindings}</p>}
      {findings.length > 0 && groups.length === 0 && <p className="pdx-muted">{c.allFilteredOut}</p>}
      <FindingTree
        groups={groups}
        state={list.state}
        onState={list.setState}
        activeKey={list.activeKey}
        onActive={list.setActive}
        currentKey={list.currentKey}
        onOpen={list.open}
        label={c.findingsLabel}
        subheading={(g) => {
          const tb = tableOf(g.key);
          return tb ? c.tableWhere(tb.sheet, tb.range, yearSpan(tb.years)) : null;
        }}
      />
    </>
  );
}
