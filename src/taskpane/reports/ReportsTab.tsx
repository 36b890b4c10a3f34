/** Reports & attainment: hand out the agency form, consolidate the agencies' tables, write attainment beside the targets. */
import { AgencyFormSection } from "./AgencyFormSection";
import { AttainSection } from "./AttainSection";
import { ConsolidateSection } from "./ConsolidateSection";
import { ReportFiles } from "./ReportFiles";

export function ReportsTab() {
  return (
    <div className="pdx-column">
      <AgencyFormSection />
      <ConsolidateSection />
      <ReportFiles />
      <AttainSection />
    </div>
  );
}
