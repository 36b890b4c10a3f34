/**
 * indicator.unknown and indicator.label_differs: what the row labels say about the catalogue match; and
 * table.ambiguous, which says why a table that may not be a target table raises no error.
 */
import type { AppendixTable } from "../appendix";
import { finding, type Finding } from "../findings";
import { indicator } from "../indicators";

export function checkAmbiguous(table: AppendixTable): Finding[] {
  const r = table.recognition;
  if (r?.confidence !== "ambiguous") return [];
  return [
    finding({
      code: "table.ambiguous",
      sheet: table.sheet,
      cell: table.range.split(":")[0] ?? "",
      indicator: null,
      year: null,
      value: table.title,
      operands: { range: table.range, reasons: r.reasons.join(", ") },
    }),
  ];
}

export function checkLabels(table: AppendixTable): Finding[] {
  return table.rows.flatMap((row) => {
    const at = { sheet: table.sheet, cell: row.labelCell, year: null, value: row.label };
    if (row.indicator === null) return [finding({ code: "indicator.unknown", indicator: null, ...at })];
    if (row.labelIsStandard) return [];
    return [
      finding({
        code: "indicator.label_differs",
        indicator: row.indicator,
        expected: indicator(row.indicator).labelVi,
        ...at,
      }),
    ];
  });
}
