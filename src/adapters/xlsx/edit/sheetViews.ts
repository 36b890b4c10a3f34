/**
 * A worksheet's AutoFilter and frozen panes, edited in the part's outer XML (everything but its rows) at their
 * CT_Worksheet places: `<autoFilter ref>` after the sheet data, `<pane state="frozen">` in the first sheet view.
 * Elements are found with the package scanner, like every edit (xmlEdit.ts).
 */
import { a1, parseRange, rangeA1 } from "../../../sheet/a1";
import { type Outer, WORKSHEET_ORDER } from "./sheetElements";
import { escAttr, insertChild, outline, splice, withContent } from "./xmlEdit";

/** The sheet's filter over `range` (replacing one it has, criteria and sort state included). */
export function withAutoFilter(o: Outer, range: string): string {
  const ref = rangeA1(parseRange(range));
  let xml = o.xml;
  for (const name of ["sortState", "autoFilter"]) {
    const old = outline(xml, o.where, 2).children.find((c) => c.name === name);
    if (old) xml = splice(xml, old.start, old.end, "");
  }
  return insertChild(xml, o.where, WORKSHEET_ORDER, "autoFilter", `<${o.p}autoFilter ref="${escAttr(ref)}"/>`);
}

/** The first view frozen at `rows` × `cols`, its selection below the frozen part (as Excel writes it). */
export function withFrozenPanes(o: Outer, rows: number, cols: number): string {
  const p = o.p;
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const inner = `<${p}pane${split} topLeftCell="${a1(rows, cols)}" activePane="${pane}" state="frozen"/><${p}selection pane="${pane}" activeCell="${a1(rows, cols)}" sqref="${a1(rows, cols)}"/>`;
  let xml = o.xml;
  // worksheet → sheetViews → sheetView → pane, selection
  let views = outline(xml, o.where, 4).children.find((c) => c.name === "sheetViews");
  if (!views) {
    xml = insertChild(xml, o.where, WORKSHEET_ORDER, "sheetViews", `<${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews>`);
    views = outline(xml, o.where, 4).children.find((c) => c.name === "sheetViews");
    if (!views) return o.xml;
  }
  const view = views.children.find((c) => c.name === "sheetView");
  if (!view) {
    const fragment = `<${p}sheetView workbookViewId="0">${inner}</${p}sheetView>`;
    const at = views.innerStart === views.end ? null : views.innerEnd;
    return at === null ? splice(xml, views.start, views.end, withContent(xml, views, fragment)) : splice(xml, at, at, fragment);
  }
  // The view's own pane and selections give way; its other settings (zoom, gridlines) and children stay.
  const kept = view.children.filter((c) => c.name !== "pane" && c.name !== "selection").map((c) => xml.slice(c.start, c.end));
  const rebuilt = view.innerStart === view.end ? withContent(xml, view, inner) : `${xml.slice(view.start, view.innerStart)}${inner}${kept.join("")}</${view.qname}>`;
  return splice(xml, view.start, view.end, rebuilt);
}
