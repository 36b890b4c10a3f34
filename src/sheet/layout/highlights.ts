/**
 * Highlights: one style-only write per flagged cell, filled with the colour of its worst finding.
 * Style-only writes leave values, formulas and number formats as they are.
 */
import type { Finding, Severity } from "../../domain/findings";
import type { SheetPatch } from "../patch";
import { SEVERITY_FILL } from "./palette";

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export interface HighlightOptions {
  /** Info findings are not highlighted unless asked: they are not problems. */
  readonly includeInfo?: boolean;
}

export function highlightPatches(findings: readonly Finding[], opts: HighlightOptions = {}): SheetPatch[] {
  const worst = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    if (!f.cell || (f.severity === "info" && !opts.includeInfo)) continue;
    let bySheet = worst.get(f.sheet);
    if (!bySheet) worst.set(f.sheet, (bySheet = new Map()));
    const prev = bySheet.get(f.cell);
    if (!prev || RANK[f.severity] > RANK[prev]) bySheet.set(f.cell, f.severity);
  }
  return [...worst].map(([sheet, cells]) => ({
    sheet,
    cells: [...cells].map(([address, severity]) => ({ address, style: { fill: SEVERITY_FILL[severity] } })),
  }));
}
