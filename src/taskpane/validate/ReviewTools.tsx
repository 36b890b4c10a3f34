/**
 * The reviewer's tools below the findings: reopen every accepted finding (after a confirmation, as Excel's
 * "Reset Ignored Errors"), removing what the tool inserted, and the command log.
 */
import { Body1, Button } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { usePane } from "../shell/PaneContext";
import { CellNotesSwitch } from "./CellNotesSwitch";
import { CommandLog } from "./CommandLog";
import { Confirm } from "./Confirm";
import { RemoveInserted } from "./RemoveInserted";
import { useReview } from "./reviewContext";
import { REVIEW_TEXTS } from "./reviewTexts";

export function ReviewTools() {
  const { lang, runner } = usePane();
  const t = REVIEW_TEXTS[lang];
  const review = useReview();
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const reset = async (): Promise<void> => {
    setConfirming(false);
    opener.current?.focus();
    const done = await review?.decide({ resetAll: true }, (_, l) => REVIEW_TEXTS[l].resetDone);
    // Nothing is accepted now: this button and the filter are gone; the summary above the findings takes the focus.
    if (done) setTimeout(() => review?.summary.current?.focus(), 0);
  };
  const cancel = (): void => {
    setConfirming(false);
    opener.current?.focus();
  };
  return (
    <section className="pdx-section" aria-labelledby="pane-review-tools-heading">
      <h2 id="pane-review-tools-heading" className="pdx-h2">
        {t.reviewToolsHeading}
      </h2>
      <CellNotesSwitch />
      <div className="pdx-row">
        {review && review.accepted > 0 && (
          <Button ref={opener} disabledFocusable={runner.busy} onClick={() => setConfirming(true)} aria-expanded={confirming}>
            {t.resetAccepted}
          </Button>
        )}
      </div>
      {confirming && (
        <Confirm label={t.resetAccepted} action={t.resetAccepted} onAct={() => void reset()} onCancel={cancel}>
          <Body1>{t.resetConfirm(review?.accepted ?? 0)}</Body1>
        </Confirm>
      )}
      <RemoveInserted />
      <CommandLog />
    </section>
  );
}
