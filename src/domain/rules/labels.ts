/** indicator.unknown and indicator.label_differs: what the row labels say about the catalogue match. */
import type { AppendixTable } from "../appendix";
import { finding, type Finding } from "../findings";
import { indicator } from "../indicators";

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
