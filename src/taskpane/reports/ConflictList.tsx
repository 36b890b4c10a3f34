/**
 * Conflicts decided in the open: each figure two reports of one agency and year give differently, with both sources
 * and their figures written as their field is, which one the merged table kept and why, and a button to keep each
 * other figure. A choice re-runs the consolidation and is stored in the workbook (the conflicts table), so every later
 * consolidation — in the pane or `pressdx consolidate --into` — keeps it. After a choice, the focus returns to the
 * conflict's title, since the button pressed is gone (its figure is the kept one now).
 */
import { useEffect, useId, useRef } from "react";
import { REPORT_TEXTS } from "../i18n/reports";
import type { ConflictChoice, ConflictView } from "../services";
import { CommandButton } from "../shell/CommandButton";
import { CommandRow } from "../shell/CommandRow";
import { usePane } from "../shell/PaneContext";

interface ConflictListProps {
  readonly conflicts: readonly ConflictView[];
  readonly onKeep: (choice: ConflictChoice) => void;
  /** The conflict just decided, and a count that changes with each decision (to focus its title again). */
  readonly focus: { readonly key: string; readonly tick: number } | null;
}

export function ConflictList({ conflicts, onKeep, focus }: ConflictListProps) {
  const { lang } = usePane();
  const t = REPORT_TEXTS[lang];
  const titles = useRef(new Map<string, HTMLElement>());
  const heading = useId();
  useEffect(() => {
    if (focus) titles.current.get(focus.key)?.focus();
  }, [focus]);
  return (
    <section className="pdx-stack" aria-labelledby={heading}>
      <h3 id={heading} className="pdx-h3">
        {t.conflictsHeading} ({conflicts.length})
      </h3>
      <p className="pdx-caption pdx-muted">{t.conflictsHint}</p>
      <ul className="pdx-list">
        {conflicts.map((c) => (
          <li key={c.key} className="pdx-conflict">
            <p
              className="pdx-strong pdx-focusable"
              tabIndex={-1}
              ref={(el) => {
                if (el) titles.current.set(c.key, el);
                else titles.current.delete(c.key);
              }}
            >
              {t.conflictTitle(c.agency, c.year, c.column)}
            </p>
            <ul className="pdx-plain-list">
              {c.candidates.map((x) => (
                <li key={x.source} className={x.source === c.kept ? "pdx-candidate pdx-candidate-kept" : "pdx-candidate"}>
                  <span className="pdx-line pdx-strong">{x.figure}</span>
                  <span className="pdx-line pdx-caption pdx-muted">{x.source}</span>
                  {x.source === c.kept && (
                    <span className="pdx-line pdx-caption">
                      ✓ {t.conflictKept} ({t.conflictBy[c.by] ?? c.by})
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <CommandRow id={`pane-conflict-${c.key}`}>
              {others(c).map((x, _, all) => (
                <CommandButton key={x.source} label={t.keepThisLabel(x.source, x.figure)} onClick={() => onKeep({ key: c.key, source: x.source })}>
                  {t.keepThis}
                  {all.length > 1 ? `: ${x.figure}` : ""}
                </CommandButton>
              ))}
            </CommandRow>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The figures the user may keep instead: one per figure other than the kept one, from its first source (a report
 * sent twice gives the same figure twice; keeping the copy would change nothing, and two buttons would look alike).
 */
function others(c: ConflictView): ConflictView["candidates"] {
  const kept = c.candidates.find((x) => x.source === c.kept)?.figure;
  const seen = new Set(kept === undefined ? [] : [kept]);
  return c.candidates.filter((x) => !seen.has(x.figure) && seen.add(x.figure));
}
