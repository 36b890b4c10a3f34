/**
 * Which province a consolidation is for, and which reports belong to another one. A report naming a province that
 * neither is the consolidated one nor became it (a former province of 2025 rolls up under the new one) is a
 * `report.other_province` warning, once per place it names the province, and its rows are left out.
 *
 * Without a province given, the consolidation is for the province most files name (counting, for each file, the
 * provinces it names once, former provinces grouped under the province they became; a tie goes to the first file
 * in name order). When every file naming it names one former province only, that former province is consolidated.
 */
import { type Finding, finding } from "../findings";
import type { Lineage } from "./lineage";
import { provinceKey } from "./provinces";
import { type ReportRow, rowAgency } from "./reportRow";

export interface ProvinceDecision {
  readonly name: string;
  /** Given by the user (option, pane), stored in the workbook, or inferred from the reports. */
  readonly from: "option" | "workbook" | "reports";
}

export interface ProvinceFiltering {
  readonly decision: ProvinceDecision | null;
  readonly excluded: ReadonlySet<ReportRow>;
  readonly findings: Finding[];
}

export function decideProvince(
  rows: readonly ReportRow[],
  lineage: Lineage,
  given: { readonly name: string; readonly from: "option" | "workbook" } | undefined,
): ProvinceFiltering {
  const decision: ProvinceDecision | null = given && given.name.trim() !== "" ? given : inferProvince(rows, lineage);
  if (!decision) return { decision: null, excluded: new Set(), findings: [] };
  const excluded = new Set<ReportRow>();
  const flagged = new Set<string>();
  const findings: Finding[] = [];
  for (const row of rows) {
    const mark = row.province;
    if (!mark || lineage.becomes("province", mark.name, decision.name)) continue;
    excluded.add(row);
    const place = `${row.source.file}\u0000${row.source.sheet}\u0000${mark.address}`;
    if (flagged.has(place)) continue;
    flagged.add(place);
    const agency = rowAgency(row);
    findings.push(
      finding({
        code: "report.other_province",
        sheet: row.source.sheet,
        cell: mark.address,
        indicator: null,
        year: null,
        value: mark.name,
        expected: decision.name,
        operands: { from: mark.from, basis: decision.from },
        file: row.source.file,
        ...(agency ? { agency } : {}),
      }),
    );
  }
  return { decision, excluded, findings };
}

function inferProvince(rows: readonly ReportRow[], lineage: Lineage): ProvinceDecision | null {
  // Per file, each province it names once; groups by the province each became, in the order first met.
  const groups = new Map<string, { files: Set<string>; names: Map<string, string> }>();
  for (const row of rows) {
    const mark = row.province;
    if (!mark) continue;
    const final = provinceKey(lineage.current("province", mark.name));
    const g = groups.get(final) ?? { files: new Set<string>(), names: new Map<string, string>() };
    groups.set(final, g);
    g.files.add(row.source.file);
    if (!g.names.has(provinceKey(mark.name))) g.names.set(provinceKey(mark.name), mark.name);
  }
  let best: { files: Set<string>; names: Map<string, string> } | undefined;
  for (const g of groups.values()) if (!best || g.files.size > best.files.size) best = g;
  if (!best) return null;
  const [only] = [...best.names.values()];
  if (best.names.size === 1 && only !== undefined) return { name: only, from: "reports" };
  return { name: lineage.current("province", [...best.names.values()][0] ?? ""), from: "reports" };
}

