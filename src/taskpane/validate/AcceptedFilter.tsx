/** Shows or hides the findings the reviewer accepted (hidden at first, as Excel's ignored errors are). */
import { Checkbox } from "@fluentui/react-components";
import { usePane } from "../shell/PaneContext";
import { useReview } from "./reviewContext";

export function AcceptedFilter() {
  const review = useReview();
  const { t } = usePane();
  if (!review || review.accepted === 0) return null;
  return (
    <Checkbox
      ref={review.landing}
      checked={review.showAccepted}
      onChange={(_, d) => review.setShowAccepted(d.checked === true)}
      label={t.showAccepted(review.accepted)}
    />
  );
}
