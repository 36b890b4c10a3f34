/** Ready-made tables for rule tests: the national targets, which meet every rule. */
import type { AppendixTable } from "../../src/domain/appendix";
import type { Finding, FindingCode } from "../../src/domain/findings";
import { INDICATOR_IDS, type IndicatorId } from "../../src/domain/indicators";
import { nationalTarget } from "../../src/domain/national";
import { EARLY, LATE, table, text, type CellSpec, type RowSpec } from "./builders";

/** The national figure of a year as a cell; 2026–2029 repeat 2025, so nothing falls. */
function nationalCell(id: IndicatorId, year: number): CellSpec {
  const t = nationalTarget(id, year) ?? nationalTarget(id, 2025);
  if (!t) return null;
  if (t.threshold === undefined) return t.share;
  return text(`${Math.round(t.share * 100)}% cơ quan báo chí tăng doanh thu ${Math.round(t.threshold * 100)}%`);
}

export function nationalRows(years: readonly number[]): RowSpec[] {
  return INDICATOR_IDS.map((id) => ({ indicator: id, values: years.map((y) => nationalCell(id, y)) }));
}

/** The two standard tables filled with the national targets, on one sheet. */
export function nationalPlan(sheet = "Phụ lục"): AppendixTable[] {
  return [
    table({ sheet, years: EARLY, rows: nationalRows(EARLY), headerRow: 4 }),
    table({ sheet, years: LATE, rows: nationalRows(LATE), headerRow: 20 }),
  ];
}

export function only(findings: readonly Finding[], code: FindingCode): Finding[] {
  return findings.filter((f) => f.code === code);
}
