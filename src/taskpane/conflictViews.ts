/** A consolidation's conflicts as the pane shows them, figures written as their field is (loaded with the engine). */
import { describeSource } from "../domain/agency/consolidate";
import type { Conflict } from "../domain/agency/conflicts";
import { formatFigure } from "../domain/agency/figureText";
import type { Lang } from "../domain/messages";
import type { ConflictView } from "./services";

export function conflictViews(conflicts: readonly Conflict[], lang: Lang): ConflictView[] {
  return conflicts.map((c) => ({
    key: c.key,
    agency: c.agency,
    year: c.year,
    column: c.column,
    candidates: c.candidates.map((x) => ({ source: describeSource(x.source), figure: formatFigure(c.field, x.value, lang) })),
    kept: describeSource(c.kept),
    by: c.by,
  }));
}
