/** The text a header column shows, over a header wrapped on several rows and merged cells. */
import type { SheetView } from "./sheetView";
import { shownText } from "./sheetView";

/** The header text of a column: the first shown text from the year row up to the header's top row. */
export function headerText(view: SheetView, row: number, top: number, col: number): string {
  for (let r = row; r >= top; r--) {
    const text = shownText(view, r, col);
    if (text !== "") return text;
  }
  return "";
}
