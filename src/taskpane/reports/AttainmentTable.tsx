/** One target table's attainment, compactly: indicator, year, target, actual, ratio and status per row. */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { indicator } from "../../domain/indicators";
import { formatPercent } from "../i18n";
import type { AttainmentView } from "../services";
import { usePane } from "../shell/PaneContext";
import { StatusBadge } from "./StatusBadge";

type AttainTable = AttainmentView["tables"][number];

const useStyles = makeStyles({
  // Fluent tables share the width equally; here the indicator's name needs the room and the figures very little.
  table: { tableLayout: "auto" },
  // A narrow pane scrolls the table sideways rather than the whole pane; focusable so the keyboard can scroll it too.
  scroller: { overflowX: "auto", ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  nowrap: { whiteSpace: "nowrap" },
});

export function AttainmentTable({ table }: { table: AttainTable }) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const pct = (v: number | null): string => (v === null ? t.noValue : formatPercent(v, lang));
  return (
    <div className={styles.scroller} tabIndex={0} role="group" aria-label={t.attainTableCaption(table.sheet, table.block)}>
      <Table size="extra-small" className={styles.table}>
        <caption className={styles.caption}>{t.attainTableCaption(table.sheet, table.block)}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.colIndicator}</TableHeaderCell>
            <TableHeaderCell>{t.colYear}</TableHeaderCell>
            <TableHeaderCell>{t.colTarget}</TableHeaderCell>
            <TableHeaderCell>{t.colActual}</TableHeaderCell>
            <TableHeaderCell>{t.colRatio}</TableHeaderCell>
            <TableHeaderCell>{t.colStatus}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((r) => (
            <TableRow key={`${r.indicator}:${r.year}`}>
              <TableCell>{lang === "vi" ? indicator(r.indicator).shortVi : indicator(r.indicator).nameEn}</TableCell>
              <TableCell className={styles.nowrap}>{r.year}</TableCell>
              <TableCell className={styles.number}>{r.threshold === null ? pct(r.target) : t.targetWithThreshold(r.target, r.threshold)}</TableCell>
              <TableCell className={styles.number}>{pct(r.actual)}</TableCell>
              <TableCell className={styles.number}>{pct(r.ratio)}</TableCell>
              <TableCell className={styles.nowrap}>
                <StatusBadge status={r.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
