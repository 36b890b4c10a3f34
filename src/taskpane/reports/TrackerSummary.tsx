/**
 * The collection tracker in the pane, compactly — "who have we not heard from": per year, how many of the agencies
 * expected that year reported, who has not, and whose figures differ between reports. The consolidation sheet has
 * the whole table (agencies × years), which the last line points to.
 */
import { useId } from "react";
import { REPORT_TEXTS } from "../i18n/reports";
import type { TrackerView } from "../services";
import { usePane } from "../shell/PaneContext";

export function TrackerSummary({ tracker, sheet }: { readonly tracker: TrackerView; readonly sheet: string }) {
  const { lang } = usePane();
  const t = REPORT_TEXTS[lang];
  const heading = useId();
  if (tracker.years.length === 0) return null;
  return (
    <section className="pdx-stack" aria-labelledby={heading}>
      <h3 id={heading} className="pdx-h3">
        {t.trackerHeading}
      </h3>
      <ul className="pdx-list">
        {tracker.years.map((y) => (
          <li key={y.year} className="pdx-attain-item">
            <span className="pdx-strong">{t.trackerYear(y.year, y.reported, y.expected)}</span>
            {y.missing.length > 0 && (
              <span>
                <span className="pdx-warning-text">{t.trackerMissing}</span>: {y.missing.join(", ")}
              </span>
            )}
            {y.conflicting.length > 0 && (
              <span>
                {t.trackerConflicting}: {y.conflicting.join(", ")}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="pdx-caption pdx-muted">{t.trackerSheet(sheet)}</p>
    </section>
  );
}
