/** Reports & attainment: hand out the agency form, consolidate the agencies' tables, write attainment beside the targets. */
import { useTabStyles } from "../shell/styles";
import { AgencyFormSection } from "./AgencyFormSection";
import { AttainSection } from "./AttainSection";
import { ConsolidateSection } from "./ConsolidateSection";

export function ReportsTab() {
  const styles = useTabStyles();
  return (
    <div className={styles.column}>
      <AgencyFormSection />
      <ConsolidateSection />
      <AttainSection />
    </div>
  );
}
