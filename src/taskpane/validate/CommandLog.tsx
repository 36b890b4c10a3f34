/** The workbook's log of what each command wrote (time, command, sheets and ranges), newest first, on demand. */
import { Body1, Button, Caption1 } from "@fluentui/react-components";
import { useState } from "react";
import type { LogEntry } from "../../sheet/store/reviewStore";
import { usePane } from "../shell/PaneContext";
import { REVIEW_TEXTS } from "./reviewTexts";

export function CommandLog() {
  const { services, lang, runner } = usePane();
  const t = REVIEW_TEXTS[lang];
  const [log, setLog] = useState<readonly LogEntry[] | null>(null);
  const load = async (): Promise<void> => {
    const entries = await runner.run({ activity: (_, l) => REVIEW_TEXTS[l].logLoading, task: () => services.commandLog(lang) });
    if (entries) setLog(entries);
  };
  return (
    <div className="pdx-section">
      <div className="pdx-row">
        <Button disabledFocusable={runner.busy} onClick={() => void load()} aria-expanded={log !== null}>
          {t.logButton}
        </Button>
      </div>
      {log !== null && (
        <section aria-label={t.logHeading}>
          <Caption1 className="pdx-muted">{t.noUndo}</Caption1>
          {log.length === 0 ? (
            <Body1>{t.logEmpty}</Body1>
          ) : (
            <ul className="pdx-plain-list">
              {log.map((e, i) => (
                <li key={`${e.at}-${i}`}>
                  <Body1>
                    {e.at} · {t.commandNames[e.command] ?? e.command}
                  </Body1>
                  <br />
                  <Caption1 className="pdx-reason">{e.wrote}</Caption1>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
