/** The pane's title, what it is for, and the language switch, on as few lines as a 320 px pane allows. */
import { LanguageSwitch } from "./LanguageSwitch";
import { usePane } from "./PaneContext";

export function Header() {
  const { t } = usePane();
  return (
    <header className="pdx-header">
      <div className="pdx-header-top">
        <h1 className="pdx-title">{t.productName}</h1>
        <LanguageSwitch />
      </div>
      <span className="pdx-caption pdx-muted">{t.productTagline}</span>
    </header>
  );
}
