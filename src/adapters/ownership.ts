/**
 * How the tool recognises its own conditional formats in any copy of a workbook: the owner is written into the
 * rule's formula as a text that is always true, `AND(ISTEXT("pressdx:<owner>"),<formula>)`. Excel, LibreOffice
 * and the add-in all keep a rule's formula, so a later run (from the pane or from `pressdx`) finds and replaces the
 * rules it wrote, and never touches the user's own.
 */

const MARK = /ISTEXT\("pressdx:([A-Za-z0-9:_.-]+)"\)/i;
const WRAPPED = /^=?AND\(ISTEXT\("pressdx:[A-Za-z0-9:_.-]+"\),(.*)\)$/is;

/** The formula to store (no leading "="). */
export function markedFormula(owner: string, formula: string): string {
  return `AND(ISTEXT("pressdx:${owner}"),${formula.replace(/^=/, "")})`;
}

/** The owner a stored rule formula names, or null for a rule the tool did not write. */
export function ownerOfFormula(formula: string): string | null {
  return MARK.exec(formula)?.[1] ?? null;
}

/** The rule's own condition, the marker taken off (as the patch gave it). */
export function unmarkedFormula(formula: string): string {
  return WRAPPED.exec(formula)?.[1] ?? formula.replace(/^=/, "");
}
