/** Hand out the agency report form: insert it on a new sheet or at the selection. */
import { useState } from "react";
import { REPORT_TEXTS } from "../i18n/reports";
import type { Where } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { usePane } from "../shell/PaneContext";
import { WhereField } from "../shell/WhereField";

export function AgencyFormSection() {
  const { services, lang, runner } = usePane();
  const t = REPORT_TEXTS[lang];
  const [where, setWhere] = useState<Where>("new_sheet");
  const insertForm = (): void => {
    void runner.run({
      activity: (_, l) => REPORT_TEXTS[l].insertingForm,
      task: () => services.insertAgencyForm({ where }, lang),
      done: (v) => (_, l) => REPORT_TEXTS[l].formInserted(v.sheet, v.range),
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
