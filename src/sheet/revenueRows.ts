/**
 * The revenue indicator typed on rows of its own: a parent row and two sub-rows (the share of agencies; the growth
 * threshold), or the two sub-rows alone. They are read as one row whose cells carry both figures of each year.
 */
import type { AppendixCell, AppendixRow } from "../domain/appendix";
import { memoByText } from "../domain/memo";
import { fold } from "../domain/text";
import type { IndicatorMatch } from "./indicatorMatch";

/** A row as read, before split revenue rows are joined and repeated matches resolved. */
export interface ReadLine {
  readonly row: AppendixRow;
  readonly sheetRow: number;
  readonly figures: boolean;
  readonly match: IndicatorMatch | null;
  /** The sheet rows joined into this one: the share row, the threshold row and the parent row if any. */
  readonly joined?: { readonly share: number; readonly threshold: number; readonly parent: number | null };
}

export type RevenuePart = "share" | "threshold";

/**
 * One half of the revenue indicator on its own row: "a) tỷ lệ cơ quan báo chí tăng doanh thu" (the share of
 * agencies) or "b) mức tăng doanh thu tối thiểu" (the growth threshold); English alike.
 */
export function revenuePart(label: string): RevenuePart | null {
  return revenuePartMemo(label);
}

// The same labels are asked about several times while a table's rows are read.
const revenuePartMemo = memoByText(computeRevenuePart);

function computeRevenuePart(label: string): RevenuePart | null {
  const f = fold(label);
  if (!/\b(doanh thu|nguon thu|revenue)\b/.test(f)) return null;
  if (/\b(muc tang|nguong|ty le tang|toc do tang|minimum (revenue )?growth|growth threshold|by at least)\b/.test(f) && !/\b(co quan|agencies)\b/.test(f)) {
    return "threshold";
  }
  if (/\b(ty le|so) (cac )?co quan\b|\b(share|percentage|number) of (press )?agencies\b/.test(f)) return "share";
  return null;
}

export function isRevenuePart(label: string): boolean {
  return revenuePart(label) !== null;
}

const JOINED_MATCH = (standard: boolean, evidence: readonly string[]): IndicatorMatch => ({ id: "revenue", standard, score: 1, evidence });

export function joinSplitRevenue(lines: readonly ReadLine[]): ReadLine[] {
  const out: ReadLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const share = lines[i];
    const threshold = lines[i + 1];
    if (!share || !threshold || revenuePart(share.row.label) !== "share" || revenuePart(threshold.row.label) !== "threshold") {
      if (share) out.push(share);
      continue;
    }
    const previous = out[out.length - 1];
    const parent =
      previous && previous.match?.id === "revenue" && !previous.figures && revenuePart(previous.row.label) === null
        ? previous
        : null;
    if (parent) out.pop();
    const named = parent ?? share;
    const cells = share.row.cells.map((c, k): AppendixCell => {
      const t = threshold.row.cells[k];
      return t ? { ...c, threshold: { cell: t.cell, raw: t.raw } } : c;
    });
    const row: AppendixRow = {
      indicator: "revenue",
      label: named.row.label,
      labelCell: named.row.labelCell,
      labelIsStandard: parent?.match?.standard ?? false,
      cells,
    };
    out.push({
      row,
      sheetRow: named.sheetRow,
      figures: share.figures || threshold.figures,
      match: JOINED_MATCH(row.labelIsStandard, parent?.match?.evidence ?? ["doanh thu"]),
      joined: { share: share.sheetRow, threshold: threshold.sheetRow, parent: parent?.sheetRow ?? null },
    });
    i++;
  }
  return out;
}
