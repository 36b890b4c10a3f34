/**
 * Findings about the agencies' reports: by sheet and agency, as the same tree as the check's findings. Findings in
 * report files (`files`: their names) are grouped under their file too, and choosing one selects nothing: its cell
 * is in that file, not in this workbook, where a sheet of the same name may exist.
 */
import { useMemo } from "react";
import type { Finding } from "../../domain/findings";
import { REPORT_TEXTS } from "../i18n/reports";
import { usePane } from "../shell/PaneContext";
import { FindingTree } from "../validate/FindingTree";
import { groupBySheet } from "../validate/groupFindings";
import { useFindingList } from "../validate/useFindingList";

interface ReportFindingsProps {
  readonly findings: readonly Finding[];
  readonly label: string;
  /** The names of the report files read; absent: every finding is in this workbook. */
  readonly files?: ReadonlySet<string>;
}

export function ReportFindings({ findings, label, files }: ReportFindingsProps) {
  const { t, lang } = usePane();
  const rt = REPORT_TEXTS[lang];
  // A whole-file finding (a file that cannot be read, one with no report) has no sheet: it is grouped under its file.
  const groups = useMemo(
    () =>
      groupBySheet(
        findings,
        (f) => {
          const agency = f.agency ?? (f.sheet === "" && f.file ? f.file : t.otherGroup);
          const file = f.sheet === "" ? null : fileOf(f, files);
          // Two files may have sheets of one name: the file is part of the group.
          return file === null ? agency : `${file}\u0000${agency}`;
        },
        (sheet, section) => {
          if (sheet === "") return section;
          const [file, agency] = section.split("\u0000");
          return agency === undefined ? rt.reportGroup(sheet, section) : rt.fileGroup(file ?? "", sheet, agency);
        },
      ),
    [findings, t, rt, files],
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
      opens={(f) => fileOf(f, files) === null}
      label={label}
    />
  );
}

/** The report file a finding is in; null when it is in this workbook. */
function fileOf(f: Finding, files: ReadonlySet<string> | undefined): string | null {
  return f.file !== undefined && files?.has(f.file) ? f.file : null;
}
