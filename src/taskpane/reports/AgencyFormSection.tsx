/** Hand out the agency report form: insert it on a new sheet or at the selection. */
import { useState } from "react";
import type { Where } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { usePane } from "../shell/PaneContext";
import { WhereField } from "../shell/WhereField";

export function AgencyFormSection() {
  const { services, lang, t, runner } = usePane();
  const [where, setWhere] = useState<Where>("new_sheet");
  const insertForm = (): void => {
    void runner.run({
      activity: (tx) => tx.insertingForm,
      task: () => services.insertAgencyForm({ where }, lang),
      done: (v) => (tx) => tx.formInserted(v.sheet, v.range),
    });
  };
  return (
    <section className="pdx-column" aria-labelledby="pane-form-heading">
      <h2 id="pane-form-heading" className="pdx-h2">
        {t.agencyFormHeading}
      </h2>
      <p className="pdx-muted">{t.agencyFormHint}</p>
      <WhereField value={where} onChange={setWhere} />
      <CommandRow>
        <CommandButton onClick={insertForm}>{t.insertFormButton}</CommandButton>
      </CommandRow>
    </section>
  );
}
