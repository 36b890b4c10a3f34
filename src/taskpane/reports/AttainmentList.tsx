/**
 * One target table's attainment, as stacked rows that fit a 320 px pane: the status first (Đạt / Chưa đạt, the
 * answer staff look for), then the indicator and year, then target, actual and ratio on one wrapping line.
 */
import { indicator } from "../../domain/indicators";
import { formatPercent } from "../i18n";
import type { AttainmentView } from "../services";
import { usePane } from "../shell/PaneContext";
import { StatusBadge } from "./StatusBadge";

type AttainTable = AttainmentView["tables"][number];

export function AttainmentList({ table }: { table: AttainTable }) {
  const { t, lang } = usePane();
  const pct = (v: number | null): string => (v === null ? t.noValue : formatPercent(v, lang));
  const caption = t.attainTableCaption(table.sheet, table.block);
  return (
    <section className="pdx-stack" aria-label={caption}>
      <h3 className="pdx-h3">{caption}</h3>
      <ul className="pdx-list">
        {table.rows.map((r) => (
          <li key={`${r.indicator}:${r.year}`} className="pdx-attain-item">
            <span className="pdx-attain-top">
              <span className="pdx-nowrap">
                <StatusBadge status={r.status} />
              </span>
              <span>
                <span className="pdx-strong">{lang === "vi" ? indicator(r.indicator).shortVi : indicator(r.indicator).nameEn}</span> · {r.year}
              </span>
            </span>
            <span className="pdx-figures pdx-caption">
              <span>
                {t.colTarget}: {r.threshold === null ? pct(r.target) : t.targetWithThreshold(r.target, r.threshold)}
              </span>
              <span>
                {t.colActual}: {pct(r.actual)}
              </span>
              <span>
                {t.colRatio}: {pct(r.ratio)}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
