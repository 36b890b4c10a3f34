/**
 * The reviewer's decisions as the findings list needs them: each finding's review, the accept/reopen/reset action
 * (stored in the workbook, answered with the check after it), and whether accepted findings are shown. Absent
 * outside the Validate tab's results (the Reports tab lists findings too, with nothing to decide).
 */
import { createContext, type RefObject, useContext } from "react";
import type { Finding } from "../../domain/findings";
import type { FindingReview } from "../../domain/review";
import type { DecisionRequest } from "../services";
import type { Say } from "../shell/useCommand";

export interface ReviewState {
  reviewOf(f: Finding): FindingReview;
  /** Carries the decision out; resolves true when it was stored. */
  decide(decision: DecisionRequest, done: Say): Promise<boolean>;
  readonly accepted: number;
  readonly showAccepted: boolean;
  setShowAccepted(show: boolean): void;
  /** Where focus goes when a decision hides the finding that had it. */
  readonly landing: RefObject<HTMLInputElement>;
  /** The check's summary: where focus goes when reopening all removes both the filter and the button. */
  readonly summary: RefObject<HTMLElement>;
}

export const ReviewContext = createContext<ReviewState | null>(null);

export function useReview(): ReviewState | null {
  return useContext(ReviewContext);
}
