/**
 * "Remove what the tool inserted": first a dry run lists what would go and what would stay (and why), in a
 * confirmation under the button; only its own button removes. Ctrl+Z cannot undo it, and it says so.
 */
import { Body1, Button, Caption1 } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { InsertedItem, RemovalOutcome } from "../../usecases/removeInserted";
import { usePane } from "../shell/PaneContext";
import { Confirm } from "./Confirm";
import { REVIEW_TEXTS, type ReviewTexts } from "./reviewTexts";

function itemText(i: InsertedItem, t: ReviewTexts): string {
  const why = i.keptBecause === "changed" ? ` (${t.keptChanged})` : i.keptBecause === "referenced" ? ` (${t.keptReferenced(i.by ?? "")})` : "";
  return `${t.itemKinds[i.kind] ?? i.kind}: ${i.where}${why}`;
}

export function RemoveInserted() {
  const { services, lang, runner } = usePane();
  const t = REVIEW_TEXTS[lang];
  const [plan, setPlan] = useState<RemovalOutcome | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const check = async (): Promise<void> => {
    const found = await runner.run({ activity: (_, l) => REVIEW_TEXTS[l].removeChecking, task: () => services.removeInserted({ dryRun: true }, lang) });
    if (found) setPlan(found);
  };
  const cancel = (): void => {
    setPlan(null);
    opener.current?.focus();
  };
  const remove = async (): Promise<void> => {
    setPlan(null);
    opener.current?.focus();
    await runner.run({
      activity: (_, l) => REVIEW_TEXTS[l].removing,
      task: () => services.removeInserted({ dryRun: false }, lang),
      done: (v) => (_, l) => REVIEW_TEXTS[l].removed(v.removed.length),
    });
  };
  return (
    <>
      <div>
        <Button ref={opener} disabledFocusable={runner.busy} onClick={() => void check()} aria-expanded={plan !== null}>
          {t.removeButton}
        </Button>
      </div>
      {plan && (
        <Confirm label={t.removeHeading} action={t.removeConfirm} canAct={plan.removed.length > 0} onAct={() => void remove()} onCancel={cancel}>
          {plan.removed.length > 0 && (
            <>
              <Body1>{t.removeWillGo}</Body1>
              <ul className="pdx-bullets">
                {plan.removed.map((i) => (
                  <li key={`go-${i.kind}-${i.where}`}>{itemText(i, t)}</li>
                ))}
              </ul>
            </>
          )}
          {plan.kept.length > 0 && (
            <>
              <Body1>{t.removeWillStay}</Body1>
              <ul className="pdx-bullets">
                {plan.kept.map((i) => (
                  <li key={`stay-${i.kind}-${i.where}`}>{itemText(i, t)}</li>
                ))}
              </ul>
            </>
          )}
          <Caption1>{t.removeNoUndo}</Caption1>
        </Confirm>
      )}
    </>
  );
}
