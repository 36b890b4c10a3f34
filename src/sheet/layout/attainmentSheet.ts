/**
 * The attainment block on a sheet of its own (pure), for a table with no free room beside it: a caption naming the
 * table, the indicator names in column A, then the block from column C with the same header rows as beside a
 * table. Rows follow the table's indicator rows in order, one after another, below the headers.
 */
import { indicator } from "../../domain/indicators";
import { a1, quoteSheet } from "../a1";
import type { CellWrite } from "../patch";
import { type AttainmentBlock, type AttainmentBlockInput, BODY, HEADER, layoutAttainmentBlock } from "./attainmentLayout";

/** The block's header row on its own sheet: a caption, a blank row, then the title and year rows above it. */
const HEADER_ROW = 3;
const LABEL_WIDTH = 34;

export interface AttainmentSheetInput extends Omit<AttainmentBlockInput, "left" | "headerRow"> {
  /** The target table the block belongs to, named in A1. */
  readonly table: { readonly sheet: string; readonly range: string; readonly title: string | null };
}

export function layoutAttainmentSheet(input: AttainmentSheetInput): AttainmentBlock {
  const rows = [...input.rows].sort((a, b) => a.row - b.row).map((r, k) => ({ ...r, row: HEADER_ROW + 1 + k }));
  const block = layoutAttainmentBlock({ ...input, rows, headerRow: HEADER_ROW, left: 2 });
  const labels: CellWrite[] = [
    { address: "A1", value: captionOf(input.table), style: { font: { bold: true, size: 12 } } },
    { address: a1(HEADER_ROW, 0), value: "Chỉ tiêu", style: HEADER },
    ...rows.map((r) => ({ address: a1(r.row, 0), value: indicator(r.indicator).shortVi, style: BODY })),
  ];
  const patch = block.patch;
  return {
    ...block,
    patch: { ...patch, cells: [...labels, ...patch.cells], columnWidths: [{ col: 0, chars: LABEL_WIDTH }, ...(patch.columnWidths ?? [])] },
  };
}

function captionOf(t: AttainmentSheetInput["table"]): string {
  return `Kết quả thực hiện của bảng ${quoteSheet(t.sheet)}!${t.range}${t.title ? ` — ${t.title}` : ""}`;
}
