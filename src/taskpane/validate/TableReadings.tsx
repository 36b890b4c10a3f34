/**
 * "Vì sao?": on request, how the check read each table — its label column, which header cells as which years, the
 * columns it left out, each row as which indicator (with the words that matched) or as a heading, where and why the
 * table ended — and why each block it did not check was refused. The reasons are the engine's own words
 * (describeRecognition, as `validate --json` says them), so a reviewer can see why a cell was not checked.
 */
import { Button } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { RowExplanation, TableExplanation } from "../../domain/appendix";
import { indicator } from "../../domain/indicators";
import type { Lang } from "../../domain/messages/format";
import { describeRecognition } from "../../domain/messages/recognition";
import type { TableReading } from "../services";
import { usePane } from "../shell/PaneContext";
import { READING_TEXTS, type ReadingTexts as Texts } from "./readingTexts";

/** Longest label or header quoted in a line; longer ones are cut at a word. */
const MAX_TEXT = 50;

function cut(text: string): string {
  const s = text.replace(/\s+/g, " ").trim();
  if (s.length <= MAX_TEXT) return s;
  const space = s.lastIndexOf(" ", MAX_TEXT);
  return `${s.slice(0, space > 20 ? space : MAX_TEXT)}…`;
}

function rowLine(r: RowExplanation, t: Texts, lang: Lang): string {
  if (r.read === "indicator" && r.indicator) {
    const def = indicator(r.indicator);
    const parts = [t.whyIndicator(lang === "vi" ? def.shortVi : def.nameEn)];
    if (r.standard === false) parts.push(t.whyTypedAs(cut(r.label)));
    if (r.evidence && r.evidence.length > 0) parts.push(t.whyMatched(r.evidence.map((w) => `“${w}”`).join(", ")));
    return t.whyRow(r.row, parts.join(", "));
  }
  const kind = t.whyRowKinds[r.read] ?? r.read;
  const labelled = r.read === "unknown" || r.read === "heading" || r.read === "revenue_parent";
  return t.whyRow(r.row, labelled && r.label.trim() !== "" ? `“${cut(r.label)}” — ${kind}` : kind);
}

/** The lines saying how a table's header was read: its label column, its years, the columns left out. */
function headerLines(e: TableExplanation, t: Texts): string[] {
  const years = e.years.map((y) => {
    const read = y.read === "year" ? t.whyYear(y.cell, cut(y.text), y.year) : t.whyNotAYear(y.cell, cut(y.text));
    return y.thresholdCell ? `${read} (${t.whyThreshold(y.thresholdCell)})` : read;
  });
  const left = e.columns.filter((c) => c.read === "not_read").map((c) => (c.text.trim() ? `${c.cell} “${cut(c.text)}”` : c.cell));
  return [
    e.labelColumn.named ? t.whyLabelNamed(e.labelColumn.cell) : t.whyLabelFound(e.labelColumn.cell),
    years.length > 0 ? t.whyYears(years.join("; ")) : t.whyNoYear,
    ...(left.length > 0 ? [t.whyNotRead(left.join(", "))] : []),
  ];
}

function Reading({ reading, t, lang }: { reading: TableReading; t: Texts; lang: Lang }) {
  const id = useId();
  const e = reading.explanation;
  const why = describeRecognition(reading.reasons, lang);
  const end = e ? (e.end.row === null ? t.whyEndSheet : t.whyEnd(e.end.row, t.whyEnds[e.end.reason] ?? e.end.reason)) : null;
  return (
    <section className="pdx-why-table" aria-labelledby={id}>
      <h3 id={id} className="pdx-h3">
        {t.whyTable(reading.sheet, reading.range)}
      </h3>
      <p>
        {t.whyTaken[reading.taken]} {why && t.whyBecause(why)}
      </p>
      {e && (
        <ul className="pdx-bullets pdx-caption">
          {headerLines(e, t).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {e.rows.map((r) => (
            <li key={r.row}>{rowLine(r, t, lang)}</li>
          ))}
          {end && <li>{end}</li>}
        </ul>
      )}
    </section>
  );
}

/** Shown when the check read at least one table or refused one block. */
export function TableReadings({ readings }: { readings: readonly TableReading[] }) {
  const { lang } = usePane();
  const t = READING_TEXTS[lang];
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="pdx-stack">
      <div className="pdx-row">
        <Button aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen((o) => !o)}>
          {t.whyButton}
        </Button>
      </div>
      {open && (
        <section id={id} className="pdx-stack" aria-label={t.whyHeading}>
          {readings.map((r) => (
            <Reading key={`${r.sheet}!${r.range}`} reading={r} t={t} lang={lang} />
          ))}
        </section>
      )}
    </div>
  );
}
