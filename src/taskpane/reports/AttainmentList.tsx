/**
 * One target table's attainment, as stacked rows that fit a 320 px pane: the status first (Đạt / Chưa đạt, the
 * answer staff look for), then the indicator and year, then target, actual and ratio on one wrapping line.
 */
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { indicator } from "../../domain/indicators";
import { formatPercent } from "../i18n";
import type { AttainmentView } from "../services";
import { usePane } from "../shell/PaneContext";
import { StatusBadge } from "./StatusBadge";

type AttainTable = AttainmentView["tables"][number];

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  top: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  figure: { whiteSpace: "nowrap" },
});

export function AttainmentList({ table }: { table: AttainTable }) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const pct = (v: number | null): string => (v === null ? t.noValue : formatPercent(v, lang));
  const caption = t.attainTableCaption(table.sheet, table.block);
  return (
    <section className={styles.section} aria-label={caption}>
      <Subtitle2 as="h3" className={styles.heading}>
        {caption}
      </Subtitle2>
      <ul className={styles.list}>
        {table.rows.map((r) => (
          <li key={`${r.indicator}:${r.year}`} className={styles.item}>
            <span className={styles.top}>
              <StatusBadge status={r.status} />
              <span>
                <span className={styles.name}>{lang === "vi" ? indicator(r.indicator).shortVi : indicator(r.indicator).nameEn}</span> · {r.year}
              </span>
            </span>
            <Caption1 className={styles.figures}>
              <span className={styles.figure}>
                {t.colTarget}: {r.threshold === null ? pct(r.target) : t.targetWithThreshold(r.target, r.threshold)}
              </span>
              <span className={styles.figure}>
                {t.colActual}: {pct(r.actual)}
              </span>
              <span className={styles.figure}>
                {t.colRatio}: {pct(r.ratio)}
              </span>
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
