/**
 * The same workbook in another home, as a user moves it: what Excel holds saved as an .xlsx ("Save As"), and an
 * .xlsx opened in Excel. Cells (values, formulas, number formats), sheet visibility and defined names cross over;
 * that is what the tool's store, decisions and findings live in.
 */
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import { a1 } from "../../src/sheet/a1";
import type { Grid, WorkbookSnapshot } from "../../src/sheet/grid";
import type { CellWrite, SheetPatch } from "../../src/sheet/patch";
import { createStandIn, type StandIn } from "../../src/standin";
import { nameTarget } from "../../src/usecases/owned";

function cellsOf(g: Grid): CellWrite[] {
  const out: CellWrite[] = [];
  g.rows.forEach((row, r) =>
    row.forEach((c, k) => {
      if (!c || (typeof c.value === "object" && c.value !== null)) return;
      const style = c.numberFormat ? { style: { numberFormat: c.numberFormat } } : {};
      const address = a1(g.top + r, g.left + k);
      out.push(c.formula !== undefined ? { address, formula: c.formula, value: c.value, ...style } : { address, value: c.value, ...style });
    }),
  );
  return out;
}

/** An .xlsx holding what the snapshot holds, saved to `file`. */
export async function saveAsXlsx(snapshot: WorkbookSnapshot, file: string): Promise<void> {
  const book = XlsxFile.create();
  const patches: SheetPatch[] = snapshot.sheets.map((g) => ({
    sheet: g.sheet,
    createSheet: true,
    cells: cellsOf(g),
    ...(g.visibility ? { visibility: g.visibility } : {}),
    names: Object.entries(snapshot.names).flatMap(([name, ref]) => {
      const t = nameTarget(ref);
      return t && t.sheet.toLowerCase() === g.sheet.toLowerCase() ? [{ name, range: ref.slice(ref.lastIndexOf("!") + 1).replace(/\$/g, "") }] : [];
    }),
  }));
  await book.apply(patches);
  await book.save(file);
}

/** An Excel stand-in holding what the snapshot holds (a file opened in Excel). */
export function openInExcel(snapshot: WorkbookSnapshot, apiVersion = "1.14"): StandIn {
  const standin = createStandIn({ apiVersion });
  for (const g of snapshot.sheets) {
    const cells: Record<string, { value?: string | number | boolean; formula?: string; numberFormat?: string }> = {};
    for (const w of cellsOf(g)) {
      const v = w.value === null || w.value === undefined ? {} : { value: w.value };
      cells[w.address] = { ...v, ...(w.formula !== undefined ? { formula: w.formula } : {}), ...(w.style?.numberFormat ? { numberFormat: w.style.numberFormat } : {}) };
    }
    standin.model.addSheet(g.sheet, cells);
    if (g.visibility) standin.model.sheet(g.sheet).visibility = g.visibility === "veryHidden" ? "VeryHidden" : "Hidden";
  }
  for (const [name, ref] of Object.entries(snapshot.names)) standin.model.names.push({ name, formula: `=${ref}`, comment: "", visible: true });
  return standin;
}
