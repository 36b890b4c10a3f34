/** Shows or hides the findings the reviewer accepted (hidden at first, as Excel's ignored errors are). */
import { CheckField } from "../shell/fields";
import { usePane } from "../shell/PaneContext";
import { useReview } from "./reviewContext";
import { REVIEW_TEXTS } from "./reviewTexts";

export function AcceptedFilter() {
  const review = useReview();
  const t = REVIEW_TEXTS[usePane().lang];
  if (!review || review.accepted === 0) return null;
  return <CheckField inputRef={review.landing} checked={review.showAccepted} onChange={(on) => review.setShowAccepted(on)} label={t.showAccepted(review.accepted)} />;
}
