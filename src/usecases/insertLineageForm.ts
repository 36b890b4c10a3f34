/**
 * Insert the lineage table (the 2025 mergers: former province or agency → new one, from a date) on a sheet of its
 * own, "Sáp nhập" or the first free name after it. Not protected: the user adds as many rows as mergers there are.
 */
import type { WorkbookPort } from "../ports/workbookPort";
import { freeSheetName } from "../sheet/layout/reviewSheet";
import { LINEAGE_HEADERS, LINEAGE_ROWS, LINEAGE_SHEET_NAME, layoutLineageForm } from "../sheet/lineageForm";
import { rangeA1 } from "../sheet/a1";
import { ok, type Result } from "./result";
import { updating } from "./writing";

export async function insertLineageForm(port: WorkbookPort): Promise<Result<{ readonly sheet: string; readonly range: string }>> {
  return updating(port, (snapshot) => {
    const sheet = freeSheetName(LINEAGE_SHEET_NAME, snapshot.sheets.map((g) => g.sheet));
    const range = rangeA1({ top: 0, left: 0, bottom: 4 + LINEAGE_ROWS, right: LINEAGE_HEADERS.length - 1 });
    return { patches: [layoutLineageForm({ sheet, createSheet: true })], result: ok({ sheet, range }) };
  });
}
