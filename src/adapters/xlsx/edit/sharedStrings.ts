/**
 * The shared string table of a workbook the tool creates: each distinct text stored once, as Excel writes them.
 * A workbook the tool only edits keeps its own table untouched (its texts are written inline instead), so no
 * index of the user's cells can move.
 */
import { keepsSpace, ooxmlText } from "./xmlEdit";

export const SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
export const SHARED_STRINGS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export class SharedStrings {
  private readonly list: string[] = [];
  private readonly byText = new Map<string, number>();

  /** The text's index, adding it when new. */
  index(text: string): number {
    let i = this.byText.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.byText.set(text, i);
    }
    return i;
  }

  get size(): number {
    return this.list.length;
  }

  toXml(): string {
    const items = this.list.map((t) => {
      // Excel trims a text's outer spaces and line breaks unless told to keep them.
      const keep = keepsSpace(t) ? ' xml:space="preserve"' : "";
      return `<si><t${keep}>${ooxmlText(t)}</t></si>`;
    });
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" uniqueCount="${this.list.length}">${items.join("")}</sst>`;
  }
}
