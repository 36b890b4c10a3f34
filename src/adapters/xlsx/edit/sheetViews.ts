/**
 * A worksheet's AutoFilter and frozen panes, edited in the part's outer XML (everything but its rows) at their
 * CT_Worksheet places: `<autoFilter ref>` after the sheet data, `<pane state="frozen">` in the first sheet view.
 */
import { a1, parseRange, rangeA1 } from "../../../sheet/a1";
import { WORKSHEET_ORDER } from "./sheetXml";
import { escAttr, insertChild, prefixOf, root, splice } from "./xmlEdit";

/** The sheet's filter over `range` (replacing one it has, criteria and sort state included). */
export function withAutoFilter(outer: string, range: string): string {
  const p = prefixOf(root(outer).element);
  const ref = rangeA1(parseRange(range));
  let xml = outer;
  for (const name of ["sortState", "autoFilter"]) {
    const old = root(xml).children.find((c) => c.name === name);
    if (old) xml = splice(xml, old.start, old.end, "");
  }
  return insertChild(xml, WORKSHEET_ORDER, "autoFilter", `<${p}autoFilter ref="${escAttr(ref)}"/>`);
}

/** The first view frozen at `rows` × `cols`, its selection below the frozen part (as Excel writes it). */
export function withFrozenPanes(outer: string, rows: number, cols: number): string {
  const p = prefixOf(root(outer).element);
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const inner = `<${p}pane${split} topLeftCell="${a1(rows, cols)}" activePane="${pane}" state="frozen"/><${p}selection pane="${pane}" activeCell="${a1(rows, cols)}" sqref="${a1(rows, cols)}"/>`;
  let xml = outer;
  let views = root(xml).children.find((c) => c.name === "sheetViews");
  if (!views) {
    xml = insertChild(xml, WORKSHEET_ORDER, "sheetViews", `<${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews>`);
    views = root(xml).children.find((c) => c.name === "sheetViews");
    if (!views) return outer;
  }
  const viewsText = xml.slice(views.start, views.end);
  const view = root(viewsText).children.find((c) => c.name === "sheetView");
  if (!view) {
    return splice(xml, views.start, views.end, insertChild(viewsText, [], "sheetView", `<${p}sheetView workbookViewId="0">${inner}</${p}sheetView>`));
  }
  // The view's own pane and selections give way; its other settings (zoom, gridlines) stay.
  const viewText = viewsText.slice(view.start, view.end);
  const kept = root(viewText).children.filter((c) => c.name !== "pane" && c.name !== "selection").map((c) => viewText.slice(c.start, c.end));
  const own = root(viewText).element;
  const tag = own.innerStart === own.end ? `${viewText.slice(0, -2).replace(/\s+$/, "")}>` : viewText.slice(0, own.innerStart);
  const rebuilt = `${tag}${inner}${kept.join("")}</${view.qname}>`;
  return splice(xml, views.start, views.end, splice(viewsText, view.start, view.end, rebuilt));
}
