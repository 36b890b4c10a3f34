/** The workbook's log of what each command wrote (time, command, sheets and ranges), newest first, on demand. */
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { LogEntry } from "../../sheet/store/reviewStore";
import { usePane } from "../shell/PaneContext";
import { useTabStyles } from "../shell/styles";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  where: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

export function CommandLog() {
  const { services, lang, t, runner } = usePane();
  const tab = useTabStyles();
  const styles = useStyles();
  const [log, setLog] = useState<readonly LogEntry[] | null>(null);
  const load = async (): Promise<void> => {
    const entries = await runner.run({ activity: (tx) => tx.logLoading, task: () => services.commandLog(lang) });
    if (entries) setLog(entries);
  };
  return (
    <div className={tab.section}>
      <div className={tab.buttons}>
        <Button disabledFocusable={runner.busy} onClick={() => void load()} aria-expanded={log !== null}>
          {t.logButton}
        </Button>
      </div>
      {log !== null && (
        <section aria-label={t.logHeading}>
          <Caption1 className={tab.muted}>{t.noUndo}</Caption1>
          {log.length === 0 ? (
            <Body1>{t.logEmpty}</Body1>
          ) : (
            <ul className={styles.list}>
              {log.map((e, i) => (
                <li key={`${e.at}-${i}`}>
                  <Body1>
                    {e.at} · {t.commandNames[e.command] ?? e.command}
                  </Body1>
                  <br />
                  <Caption1 className={styles.where}>{e.wrote}</Caption1>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
