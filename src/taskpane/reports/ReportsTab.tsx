/**
 * Reports & attainment: hand out the agency form, consolidate the agencies' tables (this workbook's, or the files the
 * agencies sent), write attainment beside the targets. Both consolidations write the one consolidation sheet, so only
 * the latest one's result is shown: the other's conflicts and tracker no longer describe the sheet.
 */
import { useState } from "react";
import { AgencyFormSection } from "./AgencyFormSection";
import { AttainSection } from "./AttainSection";
import { ConsolidateSection } from "./ConsolidateSection";
import { ReportFiles } from "./ReportFiles";

export function ReportsTab() {
  const [latest, setLatest] = useState<"workbook" | "files" | null>(null);
  return (
    <div className="pdx-column">
      <AgencyFormSection />
      <ConsolidateSection current={latest === "workbook"} onResult={() => setLatest("workbook")} />
      <ReportFiles current={latest === "files"} onResult={() => setLatest("files")} />
      <AttainSection />
    </div>
  );
}
