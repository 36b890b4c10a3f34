/**
 * The counts behind "k of N" checks, when a workbook states them: defined names (PressDX_Agencies,
 * PressDX_ElectronicAgencies, PressDX_People) first, else a label cell such as "Số cơ quan báo chí:" with a
 * whole number beside it. Counts not stated stay absent, which switches the matching checks off.
 */
import type { PlanCounts } from "../domain/appendix";
import { parseA1 } from "./a1";
import { cellAt, type CellValue, type Grid, type WorkbookSnapshot } from "./grid";
import { fold } from "../domain/text";

type CountKey = keyof PlanCounts;

export const COUNT_NAMES: Readonly<Record<CountKey, string>> = {
  agencies: "PressDX_Agencies",
  electronicAgencies: "PressDX_ElectronicAgencies",
  people: "PressDX_People",
};

/** Whole-cell labels (diacritics-free) for each count; "điện tử" is tested first so it is not read as all agencies. */
const LABELS: readonly (readonly [CountKey, RegExp])[] = [
  ["electronicAgencies", /^(tong )?so (luong )?co quan bao chi dien tu( cua tinh)?$/],
  ["agencies", /^(tong )?so (luong )?co quan bao chi( cua tinh| tren dia ban( tinh)?)?$/],
  ["people", /^(tong )?so (nguoi|lanh dao can bo phong vien bien tap vien)( trong cac co quan bao chi| cua cac co quan bao chi)?$/],
];
/** How many cells to the right of a label the number may sit. */
const VALUE_REACH = 3;

export function findPlanCounts(snapshot: WorkbookSnapshot): PlanCounts {
  const counts: { -readonly [K in CountKey]?: number } = {};
  for (const key of Object.keys(COUNT_NAMES) as CountKey[]) {
    const n = fromName(snapshot, COUNT_NAMES[key]);
    if (n !== null) counts[key] = n;
  }
  for (const grid of snapshot.sheets) {
    for (let r = 0; r < grid.rows.length; r++) {
      const cells = grid.rows[r] ?? [];
      for (let c = 0; c < cells.length; c++) {
        const value = cells[c]?.value;
        if (typeof value !== "string" || value.length > 120) continue;
        const found = fromLabel(grid, grid.top + r, grid.left + c, value);
        if (found && counts[found.key] === undefined) counts[found.key] = found.n;
      }
    }
  }
  return counts;
}

/** Every label of LABELS starts so: most texts of a sheet are rejected before the regexes. */
function mayBeCountLabel(folded: string): boolean {
  return folded.startsWith("so ") || folded.startsWith("tong so ");
}

function fromName(snapshot: WorkbookSnapshot, name: string): number | null {
  const entry = Object.entries(snapshot.names).find(([n]) => n.toLowerCase() === name.toLowerCase());
  if (!entry) return null;
  const ref = entry[1].trim().replace(/^=/, "");
  const constant = wholeNumber(ref);
  if (constant !== null) return constant;
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+)(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.exec(ref);
  if (!m) return null;
  const sheetName = (m[1] ?? m[2] ?? "").replace(/''/g, "'");
  const grid = snapshot.sheets.find((s) => s.sheet === sheetName);
  if (!grid || !m[3]) return null;
  const at = parseA1(m[3]);
  return wholeNumber(cellAt(grid, at.row, at.col)?.value ?? null);
}

/**
 * Folded, every count label starts with "so" or "tong": its first letter or digit is an s or a t (those letters
 * carry no diacritics in Vietnamese). Tested on the text as it is, this spares folding every text of a workbook;
 * most texts are decided by their first character.
 */
const FIRST_LETTER_S_OR_T = /^[^\p{L}\p{N}]*[sStT]/u;

function mayStartCountLabel(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x53 || c === 0x54 || c === 0x73 || c === 0x74) return true; // S, T, s, t
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return false; // another ASCII letter or digit
  return FIRST_LETTER_S_OR_T.test(text);
}

function fromLabel(grid: Grid, row: number, col: number, text: string): { key: CountKey; n: number } | null {
  if (!mayStartCountLabel(text)) return null;
  // A label with its number still starts like the label alone, so most texts are rejected here, before any regex.
  if (!mayBeCountLabel(fold(text))) return null;
  // "Số cơ quan báo chí: 3" states the count in the label cell itself, with words after it or not
  // ("Số cơ quan báo chí của tỉnh: 03 cơ quan (Báo ..., Đài ...)"). Only texts with a digit can state it inline;
  // testing that first spares the backtracking regex on every long label of the sheet.
  const colon = /[:：]\s*\d/.test(text) ? /^(.*?)[:：]\s*(\d{1,6})(?!\d)([^\d]{0,80})$/.exec(text) : null;
  const inline = colon ?? (/\d\s*$/.test(text) ? /^(.*?)\s*(\d{1,6})\s*$/.exec(text) : null);
  const label = fold(inline && /\D/.test(inline[1] ?? "") ? (inline[1] ?? "") : text);
  const key = LABELS.find(([, re]) => re.test(label))?.[0];
  if (!key) return null;
  if (inline && inline[2] && label !== fold(text)) {
    const n = wholeNumber(inline[2]);
    return n === null ? null : { key, n };
  }
  for (let c = col + 1; c <= col + VALUE_REACH; c++) {
    const value = cellAt(grid, row, c)?.value ?? null;
    if (value === null || value === "") continue;
    const n = wholeNumber(value);
    return n === null ? null : { key, n };
  }
  return null;
}

/** A count: a whole number ≥ 1, as a number or as text ("3", "03", "3 cơ quan", "03 (ba)"). */
function wholeNumber(value: CellValue | string): number | null {
  const text = typeof value === "string" ? /^\s*(\d{1,7})(?:\s+[^\d]{0,60})?$/.exec(value)?.[1] : undefined;
  const n = typeof value === "number" ? value : text !== undefined ? Number(text) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}
