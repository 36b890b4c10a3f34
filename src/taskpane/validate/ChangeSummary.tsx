/** "Since the previous check: 2 fixed, 1 new, 45 unchanged", from the finding keys the workbook kept. */
import type { ChangeSummary as Changes } from "../../domain/review";
import { usePane } from "../shell/PaneContext";
import { REVIEW_TEXTS } from "./reviewTexts";

export function ChangeSummary({ changes }: { changes: Changes | null | undefined }) {
  const t = REVIEW_TEXTS[usePane().lang];
  if (!changes) return null;
  return <p>{t.changeSummary(changes.fixed, changes.added, changes.unchanged)}</p>;
}
