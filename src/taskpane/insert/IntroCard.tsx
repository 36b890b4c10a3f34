/**
 * The first run: what the pane is for in three steps (insert, type, check), the one question that changes the
 * results (how many press agencies the province has), and a worked example that runs a check on its own. Shown until
 * it is dismissed or used; the choice is kept with the workbook's settings.
 */
import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { AgenciesField, agenciesText, parseAgencies } from "../shell/AgenciesField";
import { CommandRow } from "../shell/CommandRow";
import { CommandButton } from "../shell/CommandButton";
import { usePane } from "../shell/PaneContext";

export function IntroCard() {
  const { services, lang, t, runner, settings, saveSettings, goTo, requestCheck } = usePane();
  const [text, setText] = useState(agenciesText(settings.agencies));
  const agencies = parseAgencies(text);

  const finish = async (): Promise<void> => {
    const saved = await saveSettings({ ...settings, agencies: agencies ?? settings.agencies, introDone: true });
    // The card goes away either way (the settings apply at once); a failure to store them is said.
    if (!saved.ok) runner.fail(() => saved.error.message);
  };
  const tryExample = async (): Promise<void> => {
    const v = await runner.run({ activity: (tx) => tx.insertingExample, task: () => services.insertExample(lang) });
    if (!v) return;
    goTo("validate");
    requestCheck();
    await finish();
  };

  return (
    <section className="pdx-card" aria-labelledby="pane-intro-heading">
      <h2 id="pane-intro-heading" className="pdx-h2">
        {t.introHeading}
      </h2>
      <p>{t.introWhat}</p>
      <ol className="pdx-steps">
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
