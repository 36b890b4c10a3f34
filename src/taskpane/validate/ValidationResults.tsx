/** The last validation's findings: how many of each severity (each a filter), grouped by table and indicator. */
import { Body1 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { type Severity, summarise } from "../../domain/findings";
import { indicator } from "../../domain/indicators";
import type { ValidationView } from "../services";
import { usePane } from "../shell/PaneContext";
import { useTabStyles } from "../shell/styles";
import { FindingGroups } from "./FindingGroups";
import { groupByTable } from "./groupFindings";
import { type SeverityFilter, SeverityToggles } from "./SeverityToggles";
import { AcceptedFilter } from "./AcceptedFilter";
import { ChangeSummary } from "./ChangeSummary";
import { useReview } from "./reviewContext";

type Table = ValidationView["tables"][number];

export function ValidationResults({ view }: { view: ValidationView }) {
  const { lang, t } = usePane();
  const styles = useTabStyles();
  const [shown, setShown] = useState<SeverityFilter>({ error: true, warning: true, info: true });
  const summary = useMemo(() => summarise(view.findings), [view]);
  const review = useReview();
  const hideAccepted = review !== null && !review.showAccepted;
  const groups = useMemo(() => {
    const visible = view.findings.filter((f, i) => shown[f.severity] && !(hideAccepted && view.reviews?.[i]?.status === "accepted"));
    return groupByTable<Table>(visible, view.tables, {
      table: (tb) => (tb ? [t.tableHeading(tb.sheet, tb.range, yearSpan(tb.years)), tb.title].filter(Boolean).join(" — ") : t.otherGroup),
      indicator: (id) => (id ? (lang === "vi" ? indicator(id).shortVi : indicator(id).nameEn) : t.otherGroup),
    });
  }, [view, shown, t, lang, hideAccepted]);
  const toggle = (s: Severity): void => setShown((prev) => ({ ...prev, [s]: !prev[s] }));

  return (
    <>
      <Body1>{t.tablesFound(view.tables.length)}</Body1>
      <ChangeSummary changes={view.changes} />
      <SeverityToggles summary={summary} shown={shown} onToggle={toggle} />
      <AcceptedFilter />
      {view.findings.length === 0 && <Body1>{t.noFindings}</Body1>}
      {view.findings.length > 0 && groups.length === 0 && <Body1 className={styles.muted}>{t.allFilteredOut}</Body1>}
      <FindingGroups groups={groups} />
    </>
  );
}

/** [2023, 2024, 2025] → "2023–2025". */
function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return "";
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  return years.length > 1 ? `${first}–${last}` : String(first);
}
