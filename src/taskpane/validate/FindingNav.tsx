/**
 * Previous / Next finding (F8 / Shift+F8 anywhere in the tab), and where the walk is: "3/35". At either end the button
 * stays focusable (a keyboard user pressing Next to the last finding keeps the focus there).
 */
import { Button } from "@fluentui/react-components";
import { usePane } from "../shell/PaneContext";
import { CHECK_TEXTS } from "./checkTexts";
import type { FindingList } from "./useFindingList";

export const NEXT_KEY = "F8";

export function FindingNav({ list }: { list: FindingList }) {
  const t = CHECK_TEXTS[usePane().lang];
  if (list.total === 0) return null;
  return (
    <div role="group" aria-label={t.navLabel} className="pdx-row">
      <Button size="small" disabledFocusable={list.position === 0} onClick={() => list.step(-1)} aria-keyshortcuts={`Shift+${NEXT_KEY}`} title={`${t.previousFinding} (Shift+${NEXT_KEY})`}>
        {t.previousFinding}
      </Button>
      <Button size="small" disabledFocusable={list.position === list.total - 1} onClick={() => list.step(1)} aria-keyshortcuts={NEXT_KEY} title={`${t.nextFinding} (${NEXT_KEY})`}>
        {t.nextFinding}
      </Button>
      <span className="pdx-caption pdx-muted">
        {t.navPosition(list.position < 0 ? null : list.position + 1, list.total)}
      </span>
    </div>
  );
}
