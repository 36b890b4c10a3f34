/** Hand out the agency report form: insert it on a new sheet or at the selection. */
import { Body1, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { Where } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { usePane } from "../shell/PaneContext";
import { useTabStyles } from "../shell/styles";
import { WhereField } from "../shell/WhereField";

export function AgencyFormSection() {
  const { services, lang, t, runner } = usePane();
  const styles = useTabStyles();
  const [where, setWhere] = useState<Where>("new_sheet");
  const insertForm = (): void => {
    void runner.run({
      activity: (tx) => tx.insertingForm,
      task: () => services.insertAgencyForm({ where }, lang),
      done: (v) => (tx) => tx.formInserted(v.sheet, v.range),
    });
  };
  return (
    <section className={styles.column} aria-labelledby="pane-form-heading">
      <Subtitle2 as="h2" id="pane-form-heading" className={styles.heading}>
        {t.agencyFormHeading}
      </Subtitle2>
      <Body1 className={styles.muted}>{t.agencyFormHint}</Body1>
      <WhereField value={where} onChange={setWhere} />
      <CommandRow>
        <CommandButton onClick={insertForm}>{t.insertFormButton}</CommandButton>
      </CommandRow>
    </section>
  );
}
