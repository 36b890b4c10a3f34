/**
 * A sheet of the tool's deleted from the package: its `<sheet>` entry (sheet-scoped names and views renumbered, see
 * WorkbookXml.removeSheetEntry), the workbook's relationship to it, the part and whatever only it referred to
 * (drawing, charts, comments), and the calculation chain, which numbers sheets.
 */
import { resolveTarget } from "../ooxml";
import type { PackageEdit } from "./packageEdit";
import { PartTree } from "./sheetParts";
import type { SheetRef, WorkbookXml } from "./workbookXml";

export async function deleteSheet(edit: PackageEdit, book: WorkbookXml, ref: SheetRef): Promise<void> {
  book.removeSheetEntry(ref.name);
  const rels = (await edit.rels(book.part)).filter((r) => !r.external && resolveTarget(book.part, r.target).toLowerCase() === ref.part.toLowerCase());
  await edit.removeRels(book.part, new Set(rels.map((r) => r.id)));
  await (await PartTree.of(edit)).drop(ref.part);
  await book.dropCalcChain();
}
