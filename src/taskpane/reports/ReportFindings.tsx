/** Findings about the agencies' reports: by sheet and agency, as the same tree as the check's findings. */
import type { Finding } from "../../domain/findings";
import { REPORT_TEXTS } from "../i18n/reports";
import { usePane } from "../shell/PaneContext";
import { FindingTree } from "../validate/FindingTree";
import { groupBySheet } from "../validate/groupFindings";
import { useFindingList } from "../validate/useFindingList";
import { useMemo } from "react";

export function ReportFindings({ findings, label }: { findings: readonly Finding[]; label: string }) {
  const { lang, t } = usePane();
  const rt = REPORT_TEXTS[lang];
  // A whole-file finding (a file that cannot be read, one with no report) has no sheet: it is grouped under its file.
  const groups = useMemo(
    () => groupBySheet(findings, (f) => f.agency ?? (f.sheet === "" && f.file ? f.file : t.otherGroup), (sheet, agency) => (sheet === "" ? agency : rt.reportGroup(sheet, agency))),
    [findings, t, rt],
  );
  const list = useFindingList(groups);
  return (
    <FindingTree
      groups={groups}
      state={list.state}
      onState={list.setState}
      activeKey={list.activeKey}
      onActive={list.setActive}
      currentKey={list.currentKey}
      onOpen={list.open}
      label={label}
    />
  );
}
