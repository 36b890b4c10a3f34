/** The Validate tab's review state: decisions go through the services and update the findings shown. */
import { type RefObject, useCallback, useMemo, useRef, useState } from "react";
import type { Finding } from "../../domain/findings";
import { type FindingReview, OPEN } from "../../domain/review";
import type { DecisionRequest, ValidateRequest, ValidationView } from "../services";
import { usePane } from "../shell/PaneContext";
import type { Say } from "../shell/useCommand";
import type { ReviewState } from "./reviewContext";
import { REVIEW_TEXTS } from "./reviewTexts";

export function useReviewState(
  view: ValidationView | null,
  setView: (v: ValidationView) => void,
  request: ValidateRequest,
  summary: RefObject<HTMLElement>,
): ReviewState {
  const { services, lang, runner } = usePane();
  const [showAccepted, setShowAccepted] = useState(false);
  const landing = useRef<HTMLInputElement>(null);
  const reviews = useMemo(() => {
    const m = new Map<Finding, FindingReview>();
    view?.findings.forEach((f, i) => m.set(f, view.reviews?.[i] ?? OPEN));
    return m;
  }, [view]);
  const accepted = useMemo(() => [...reviews.values()].filter((r) => r.status === "accepted").length, [reviews]);

  const decide = useCallback(
    async (decision: DecisionRequest, done: Say): Promise<boolean> => {
      const next = await runner.run({
        activity: (_, l) => {
          const r = REVIEW_TEXTS[l];
          return "reopen" in decision ? r.reopening : "resetAll" in decision ? r.resetting : r.accepting;
        },
        task: () => services.decide({ ...request, decision }, lang),
        done: () => done,
      });
      if (!next) return false;
      // A decision is not a new check: the change summary of the last check stays.
      setView({ ...next, changes: view?.changes ?? null });
      return true;
    },
    [runner, services, request, lang, setView, view],
  );

  return {
    reviewOf: (f) => reviews.get(f) ?? OPEN,
    decide,
    accepted,
    showAccepted,
    setShowAccepted,
    landing,
    summary,
  };
}
