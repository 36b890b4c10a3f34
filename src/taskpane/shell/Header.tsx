/** The pane's title, what it is for, and the language switch. */
import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { LanguageSwitch } from "./LanguageSwitch";
import { usePane } from "./PaneContext";

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column" },
  title: { margin: 0 },
  tagline: { color: tokens.colorNeutralForeground2 },
});

export function Header() {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Subtitle1 as="h1" className={styles.title}>
          {t.productName}
        </Subtitle1>
        <Caption1 className={styles.tagline}>{t.productTagline}</Caption1>
      </div>
      <LanguageSwitch />
    </header>
  );
}
