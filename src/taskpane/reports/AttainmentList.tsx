/**
 * One target table's attainment, as stacked rows that fit a 320 px pane: the status first (Đạt / Chưa đạt, the
 * answer staff look for), then the indicator and year, then target, actual and ratio on one wrapping line. A row
 * without an actual figure says why instead of showing blanks: only universities report it, nobody reported the
 * year yet, or no agency gave the figures it needs.
 */
import { indicator } from "../../domain/indicators";
import { formatPercent } from "../i18n";
import { REPORT_TEXTS, type ReportTexts } from "../i18n/reports";
import type { AttainmentView } from "../services";
import { usePane } from "../shell/PaneContext";
import { StatusBadge } from "./StatusBadge";

type AttainTable = AttainmentView["tables"][number];
type AttainRow = AttainTable["rows"][number];

export const NOT_MET = "Chưa đạt";

/** Why a row has no actual figure; null when it has one. `reportedYears` null: not known. */
export function emptyReason(r: AttainRow, reportedYears: readonly number[] | null, t: ReportTexts): string | null {
  if (r.actual !== null) return null;
  if (indicator(r.indicator).denominator === "universities") return t.emptyUniversities;
  if (reportedYears && !reportedYears.includes(r.year)) return t.emptyYear(r.year);
  return t.emptyFigures[r.indicator] ?? t.emptyFiguresOther;
}

interface AttainmentListProps {
  readonly table: AttainTable;
  readonly notMetOnly: boolean;
  readonly reportedYears: readonly number[] | null;
}

export function AttainmentList({ table, notMetOnly, reportedYears }: AttainmentListProps) {
  const { lang } = usePane();
  const t = REPORT_TEXTS[lang];
  const pct = (v: number | null): string => (v === null ? t.noValue : formatPercent(v, lang));
  const caption = t.attainTableCaption(table.sheet, table.block);
  const rows = notMetOnly ? table.rows.filter((r) => r.status === NOT_MET) : table.rows;
  return (
    <section className="pdx-stack" aria-label={caption}>
      <h3 className="pdx-h3">{caption}</h3>
      <ul className="pdx-list">
        {rows.map((r) => {
          const why = emptyReason(r, reportedYears, t);
          const target = r.threshold === null ? pct(r.target) : t.targetWithThreshold(r.target, r.threshold);
          return (
            <li key={`${r.indicator}:${r.year}`} className="pdx-attain-item">
              <span className="pdx-attain-top">
                <span className="pdx-nowrap">
                  <StatusBadge status={r.status} />
                </span>
                <span>
                  <span className="pdx-strong">{lang === "vi" ? indicator(r.indicator).shortVi : indicator(r.indicator).nameEn}</span> · {r.year}
                </span>
              </span>
              {why === null ? (
                <span className="pdx-figures pdx-caption">
                  <span>
                    {t.colTarget}: {target}
                  </span>
                  <span>
                    {t.colActual}: {pct(r.actual)}
                  </span>
                  <span>
                    {t.colRatio}: {pct(r.ratio)}
                  </span>
                </span>
              ) : (
                <span className="pdx-caption pdx-muted">
                  {t.colTarget}: {target}. {why}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
