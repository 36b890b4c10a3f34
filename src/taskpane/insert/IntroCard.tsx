/**
 * The first run: what the pane is for in three steps (insert, type, check), the one question that changes the
 * results (how many press agencies the province has), and a worked example that runs a check on its own. Shown until
 * it is dismissed or used; the choice is kept with the workbook's settings.
 */
import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AgenciesField, agenciesText, parseAgencies } from "../shell/AgenciesField";
import { CommandRow } from "../shell/CommandRow";
import { CommandButton } from "../shell/CommandButton";
import { usePane } from "../shell/PaneContext";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function IntroCard() {
  const { services, lang, t, runner, settings, saveSettings, goTo, requestCheck } = usePane();
  const styles = useStyles();
  const [text, setText] = useState(agenciesText(settings.agencies));
  const agencies = parseAgencies(text);

  const finish = async (): Promise<void> => {
    await saveSettings({ ...settings, agencies: agencies ?? settings.agencies, introDone: true });
  };
  const tryExample = async (): Promise<void> => {
    const v = await runner.run({ activity: (tx) => tx.insertingExample, task: () => services.insertExample(lang) });
    if (!v) return;
    await finish();
    goTo("validate");
    requestCheck();
  };

  return (
    <section className={styles.card} aria-labelledby="pane-intro-heading">
      <Subtitle2 as="h2" id="pane-intro-heading" className={styles.heading}>
        {t.introHeading}
      </Subtitle2>
      <Body1>{t.introWhat}</Body1>
      <ol className={styles.steps}>
        <li>{t.introStepInsert}</li>
        <li>{t.introStepType}</li>
        <li>{t.introStepCheck}</li>
      </ol>
      <AgenciesField value={text} onChange={setText} />
      <CommandRow>
        <CommandButton blocked={agencies === undefined} onClick={() => void tryExample()}>
          {t.tryExample}
        </CommandButton>
        <Button appearance="subtle" disabled={agencies === undefined} onClick={() => void finish()}>
          {t.introDone}
        </Button>
      </CommandRow>
    </section>
  );
}
