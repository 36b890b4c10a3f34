/**
 * What the reviewer can do with one finding, under it: accept it with a reason (kept in the workbook, so the batch
 * run and colleagues see it), or reopen it; an accepted finding says why, a reopened one that its cell changed.
 * Everything is a button or a field, in reading order, so it is reached by Tab and worked with Enter or Space;
 * Escape closes the reason field.
 */
import { Badge, Button, Caption1, Field, Textarea } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Finding } from "../../domain/findings";
import { ruleName } from "../../domain/messages/ruleNames";
import { usePane } from "../shell/PaneContext";
import { useReview } from "./reviewContext";
import { REVIEW_TEXTS } from "./reviewTexts";

/**
 * `interactive`: the finding has the tree's tab stop, so its buttons are shown (Tab reaches them from the row);
 * other findings show only what was decided, so the tree stays one tab stop.
 */
export function FindingActions({ finding, interactive }: { finding: Finding; interactive: boolean }) {
  const review = useReview();
  const { t, runner, lang } = usePane();
  const rv = REVIEW_TEXTS[lang];
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  // The Accept button, or the Reopen button in its place once accepted.
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);
  if (!review || !finding.cell) return null;
  const r = review.reviewOf(finding);
  const where = `${finding.sheet}!${finding.cell}`;
  // Two findings can share a cell: the rule tells their buttons apart.
  const rule = ruleName(finding.code, lang);

  const close = (): void => {
    setEditing(false);
    setMissing(false);
    // Back to the button that opened the field (it is rendered again on the next paint).
    setTimeout(() => opener.current?.focus(), 0);
  };
  const save = async (): Promise<void> => {
    if (reason.trim() === "") {
      setMissing(true);
      field.current?.focus();
      return;
    }
    const stored = await review.decide({ accept: finding, reason: reason.trim() }, (_, l) => REVIEW_TEXTS[l].acceptedNotice(where));
    if (!stored) return;
    setEditing(false);
    setReason("");
    // Hidden now, focus lands on the filter that shows it again; shown, on its Reopen button (where Accept was).
    const landing = review.showAccepted ? opener : review.landing;
    setTimeout(() => landing.current?.focus(), 0);
  };
  const reopen = (): void => void review.decide({ reopen: finding }, (_, l) => REVIEW_TEXTS[l].reopenedNotice(where));

  if (editing) {
    return (
      <div className="pdx-actions">
        <Field label={rv.reasonLabel} required validationMessage={missing ? rv.reasonNeeded : undefined}>
          <Textarea
            ref={field}
            value={reason}
            resize="vertical"
            onChange={(_, d) => setReason(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                e.stopPropagation();
                close();
              }
            }}
          />
        </Field>
        <div className="pdx-row">
          <Button size="small" appearance="primary" disabledFocusable={runner.busy} onClick={() => void save()}>
            {rv.saveDecision}
          </Button>
          <Button size="small" onClick={close}>
            {t.cancel}
          </Button>
        </div>
      </div>
    );
  }
  if (!interactive && r.status === "open") return null;
  return (
    <div className="pdx-actions">
      {r.status === "accepted" && (
        <div className="pdx-row">
          <Badge appearance="outline" color="success" size="small">
            {rv.acceptedBadge}
          </Badge>
          <Caption1 className="pdx-reason">{rv.acceptedBecause(r.reason ?? "", r.at ?? "")}</Caption1>
        </div>
      )}
      {r.status === "reopened" && (
        <div className="pdx-row">
          <Badge appearance="outline" color="warning" size="small">
            {rv.reopenedBadge}
          </Badge>
          <Caption1 className="pdx-reason">{rv.reopenedBecause(r.reason ?? "")}</Caption1>
        </div>
      )}
      {(interactive || editing) && (
      <div className="pdx-row">
        {r.status === "accepted" ? (
          <Button ref={opener} size="small" appearance="subtle" aria-label={rv.reopenLabel(where, rule)} disabledFocusable={runner.busy} onClick={reopen}>
            {rv.reopenButton}
          </Button>
        ) : (
          <Button ref={opener} size="small" appearance="subtle" aria-label={rv.acceptLabel(where, rule)} disabledFocusable={runner.busy} onClick={() => setEditing(true)}>
            {rv.acceptButton}
          </Button>
        )}
      </div>
      )}
    </div>
  );
}
