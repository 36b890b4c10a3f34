/** One finding: its severity, its cell, its message and figures. A button, so a click, Enter or Space selects the cell. */
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, Operand } from "../../domain/findings";
import { renderMessage } from "../../domain/messages";
import { formatNumber, formatPercent, type Texts } from "../i18n";
import { usePane } from "../shell/PaneContext";
import { SEVERITY_BADGE_COLOR, SEVERITY_STRIPE, severityLabel } from "./severity";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: `3px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  top: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  where: { fontWeight: tokens.fontWeightSemibold },
  figures: { color: tokens.colorNeutralForeground2 },
});

export function FindingItem({ finding }: { finding: Finding }) {
  const { lang, t, services, runner } = usePane();
  const styles = useStyles();
  const where = finding.cell ? `${finding.sheet}!${finding.cell}` : finding.file ?? finding.sheet;
  const figures = figuresLine(finding, t, lang);
  const content = (
    <>
      <span className={styles.top}>
        <Badge appearance="tint" color={SEVERITY_BADGE_COLOR[finding.severity]} size="small">
          {severityLabel(finding.severity, t)}
        </Badge>
        <span className={styles.where}>{where}</span>
      </span>
      <span>{renderMessage(finding, lang)}</span>
      {figures && <Caption1 className={styles.figures}>{figures}</Caption1>}
    </>
  );
  const stripe = { borderLeftColor: SEVERITY_STRIPE[finding.severity] };
  if (!finding.cell) {
    return (
      <div className={styles.item} style={stripe}>
        {content}
      </div>
    );
  }
  const select = (): void => {
    services.selectCell(finding.sheet, finding.cell).catch(() => runner.fail((tx) => tx.selectFailed(where)));
  };
  return (
    <button type="button" className={mergeClasses(styles.item, styles.clickable)} style={stripe} onClick={select} title={t.goToCell(where)}>
      {content}
    </button>
  );
}

/** "Value: “60%” · Expected: 67%": the cell as found, and the figure the rule expected when it is one figure. */
function figuresLine(f: Finding, t: Texts, lang: "vi" | "en"): string {
  if (!f.cell) return "";
  const parts = [`${t.valueLabel}: ${showValue(f, t, lang)}`];
  // A standard wording as `expected` is already quoted by the message; only a figure adds something.
  if (typeof f.expected === "number") parts.push(`${t.expectedLabel}: ${formatPercent(f.expected, lang)}`);
  return parts.join(" · ");
}

function showValue(f: Finding, t: Texts, lang: "vi" | "en"): string {
  const v = f.value;
  if (v === null || v === "") return t.blankValue;
  if (typeof v === "string") return `“${v}”`;
  // A cell read as a share (0.6 shown as 60%) is shown as the message quotes it; other numbers as they are.
  return isShare(f, v) ? formatPercent(v, lang) : formatNumber(v, lang);
}

function isShare(f: Finding, v: number): boolean {
  const o: Readonly<Record<string, Operand>> = f.operands ?? {};
  return o["share"] === v || o["current"] === v;
}
