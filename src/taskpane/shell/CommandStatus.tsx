/** What the running command is doing, and then what it did or why it failed (with whether the workbook changed). */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, tokens } from "@fluentui/react-components";
import { usePane } from "./PaneContext";

const useStyles = makeStyles({
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "block" },
});

export function CommandStatus() {
  const { t, runner } = usePane();
  const styles = useStyles();
  const { progress, notice } = runner;
  return (
    <div className={styles.status}>
      {progress && <Spinner size="tiny" labelPosition="after" label={progress(t)} />}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.intent === "success" ? t.done : t.failed}</MessageBarTitle>
            <span className={styles.line}>{notice.text(t)}</span>
            {notice.intent === "error" && notice.nothingChanged && <span className={styles.line}>{t.nothingChanged}</span>}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={t.dismiss} title={t.dismiss} onClick={runner.dismiss} icon={<span aria-hidden="true">✕</span>} />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
