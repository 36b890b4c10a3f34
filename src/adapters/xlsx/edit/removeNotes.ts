/**
 * Notes taken off cells in place: the `<comment>` of each cell leaves the sheet's comments part and its shape leaves
 * the sheet's VML drawing; every other comment and shape stays as it is (the parts stay, possibly empty).
 */
import { a1, parseA1 } from "../../../sheet/a1";
import { resolveTarget } from "../ooxml";
import { noteShapeCell, SHAPE_RE } from "./notes";
import type { PackageEdit } from "./packageEdit";
import { relKind, sheetRef } from "./sheetParts";
import { outline, splice } from "./xmlEdit";

// VML is appended to and cut from as text, never parsed: Excel's own VML is not well-formed XML (decisions.md).

export async function removeNotes(edit: PackageEdit, sheetPart: string, addresses: readonly string[]): Promise<void> {
  const cells = new Set(addresses.map((a) => key(a)).filter((k): k is string => k !== null));
  if (cells.size === 0) return;
  const rel = (await edit.rels(sheetPart)).find((r) => !r.external && relKind(r.type) === "comments");
  const part = rel ? resolveTarget(sheetPart, rel.target) : null;
  if (part && edit.has(part)) {
    const xml = await edit.mustText(part);
    // comments → commentList → comment
    const list = outline(xml, edit.where(part), 3).children.find((c) => c.name === "commentList");
    const gone = list ? list.children.filter((c) => c.name === "comment" && cells.has(key(c.attrs.ref ?? "") ?? "")) : [];
    let next = xml;
    for (const c of [...gone].reverse()) next = splice(next, c.start, c.end, "");
    if (gone.length > 0) edit.set(part, next);
  }
  const vml = await sheetRef(edit, sheetPart, "legacyDrawing");
  if (!vml || !edit.has(vml.part)) return;
  const text = await edit.mustText(vml.part);
  const kept = text.replace(SHAPE_RE, (shape) => {
    const at = noteShapeCell(shape);
    return at && cells.has(a1(at.row, at.col)) ? "" : shape;
  });
  if (kept !== text) edit.set(vml.part, kept);
}

function key(address: string): string | null {
  try {
    const { row, col } = parseA1(address);
    return a1(row, col);
  } catch {
    return null;
  }
}
