/** Layout shared by the tabs: a column of fields, a row of buttons, a section with its heading. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useTabStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});
