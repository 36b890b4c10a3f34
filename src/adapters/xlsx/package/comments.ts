/**
 * A sheet's notes (legacy comments) as the reader reports them: the cell and the text of each `<comment>` of the
 * comments part the sheet's relationships name, rich runs joined, phonetic runs left out.
 */
import { a1, parseA1 } from "../../../sheet/a1";
import { relsPath, resolveTarget } from "../ooxml";
import { parseXmlPart, readRels } from "./parts";
import type { ZipPackage } from "./zip";

export async function readSheetNotes(zip: ZipPackage, sheetPart: string): Promise<Array<{ address: string; text: string }>> {
  if (!zip.has(relsPath(sheetPart))) return [];
  const rel = (await readRels(zip, sheetPart)).find((r) => !r.external && r.type.endsWith("/comments"));
  if (!rel) return [];
  const part = resolveTarget(sheetPart, rel.target);
  if (!zip.has(part)) return [];
  const out: Array<{ address: string; text: string }> = [];
  let current: { address: string; text: string } | null = null;
  let inT = false;
  let phonetic = false;
  await parseXmlPart(zip, part, {
    open(el, attrs, selfClosing) {
      if (el === "comment") {
        let address: string | null = null;
        try {
          const { row, col } = parseA1(attrs.get("ref") ?? "");
          address = a1(row, col);
        } catch {
          address = null;
        }
        current = address === null ? null : { address, text: "" };
        if (current && selfClosing) {
          out.push(current);
          current = null;
        }
      } else if (el === "rPh") phonetic = !selfClosing;
      else if (el === "t" && current && !phonetic) inT = !selfClosing;
    },
    text(t) {
      if (inT && current) current.text += t;
    },
    close(el) {
      if (el === "t") inT = false;
      else if (el === "rPh") phonetic = false;
      else if (el === "comment" && current) {
        out.push(current);
        current = null;
      }
    },
  });
  return out;
}
