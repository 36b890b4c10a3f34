/**
 * A shared formula as seen from another cell of its range: relative references move by the offset between the
 * master cell and this one. The same rule as ExcelJS's slideFormula, so a file reads as it did through ExcelJS.
 */
import { colIndex, colName } from "../../../sheet/a1";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _s: string, addr: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL.exec(addr);
    if (!m) return match;
    const colText = (m[2] ?? "").toUpperCase();
    // Past XFD it is a name, not a column.
    if (colText.length > 3 || (colText.length === 3 && colText > "XFD")) return match;
    let col = colIndex(colText);
    let row = parseInt(m[4] ?? "0", 10);
    if (!m[1]) col += to.col - from.col;
    if (!m[3]) row += to.row - from.row;
    return `${sheet ?? ""}${m[1] ?? ""}${colName(col)}${m[3] ?? ""}${row}`;
  });
}
