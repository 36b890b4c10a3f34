/** The pane's title, what it is for, and the language switch, on as few lines as a 320 px pane allows. */
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { LanguageSwitch } from "./LanguageSwitch";
import { usePane } from "./PaneContext";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  tagline: { color: tokens.colorNeutralForeground2 },
});

export function Header() {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.top}>
        <Subtitle2 as="h1" className={styles.title}>
          {t.productName}
        </Subtitle2>
        <LanguageSwitch />
      </div>
      <Caption1 className={styles.tagline}>{t.productTagline}</Caption1>
    </header>
  );
}
