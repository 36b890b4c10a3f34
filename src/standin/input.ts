/**
 * How Excel takes a value written through `Range.values`/`formulas`: like typed input (en-US), so "0012" becomes the
 * number 12, "67%" becomes 0.67 with a percent format, "TRUE" a boolean, and "=..." a formula — unless the cell is
 * formatted as text ("@"). A leading apostrophe keeps the text as typed. "2/3" and "3/15/2025" become dates (en-US
 * month/day), as Excel does to a share typed as a fraction: the stand-in catches an add-in writing such text.
 */

export type CellValue = string | number | boolean;

export const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"]);

export type Parsed =
  | { kind: "clear" }
  | { kind: "formula"; formula: string }
  | { kind: "value"; value: CellValue; numberFormat?: string };

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

function plainNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === "" || !/\d/.test(t) || !NUMBER.test(t)) return undefined;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
}

/** Excel's serial day number (1900 system) of a UTC date. */
function serial(year: number, month: number, day: number): number | undefined {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function parseDate(text: string): { value: number; format: string } | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  let year = m[3] === undefined ? new Date().getUTCFullYear() : Number(m[3]);
  if (m[3]?.length === 2) year += year < 30 ? 2000 : 1900;
  const v = serial(year, month, day);
  return v === undefined ? undefined : { value: v, format: m[3] === undefined ? "d-mmm" : "m/d/yyyy" };
}

export function parseInput(raw: string | number | boolean, cellFormat: string): Parsed | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? { kind: "value", value: raw } : undefined;
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  if (raw === "") return { kind: "clear" };
  if (cellFormat === "@") return { kind: "value", value: raw };
  if (raw.startsWith("=") && raw.length > 1) return formulaProblem(raw) ? undefined : { kind: "formula", formula: raw };
  if (raw.startsWith("'")) return { kind: "value", value: raw.slice(1) };
  const upper = raw.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const n = plainNumber(raw);
  if (n !== undefined) return { kind: "value", value: n };
  if (raw.trim().endsWith("%")) {
    const body = raw.trim().slice(0, -1);
    const p = plainNumber(body);
    if (p !== undefined) {
      const decimals = /\.(\d+)/.exec(body)?.[1]?.length ?? 0;
      const format = decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`;
      return { kind: "value", value: p / 100, ...(cellFormat === "General" ? { numberFormat: format } : {}) };
    }
  }
  const date = parseDate(raw);
  if (date) return { kind: "value", value: date.value, ...(cellFormat === "General" ? { numberFormat: date.format } : {}) };
  return { kind: "value", value: raw };
}

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = n.toPrecision(10);
  return String(Number(s));
}

/** The text Excel displays for a value: "0", "0.0", "0%", "0.0%", "#,##0" and General; other formats fall back to General. */
export function displayText(value: CellValue | "", numberFormat: string, decimalSeparator = "."): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = numberFormat.trim();
  const m = /^(#,##)?0(\.(0+))?(%?)$/.exec(fmt);
  let text: string;
  if (m) {
    const decimals = m[3]?.length ?? 0;
    const scaled = m[4] ? value * 100 : value;
    text = scaled.toFixed(decimals);
    if (m[1]) text = text.replace(/^(-?)(\d+)/, (_all, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+$)/g, ","));
    if (m[4]) text += "%";
  } else {
    text = general(value);
  }
  return decimalSeparator === "." ? text : text.replace(/[.,]/g, (c) => (c === "." ? decimalSeparator : "."));
}

/**
 * A light syntax check of a formula in the invariant (en-US) language Range.formulas and rule formulas take:
 * balanced quotes and parentheses, and no ";" argument separator (the Vietnamese/European list separator, valid only
 * in formulasLocal) outside an array constant. Excel refuses such a formula with InvalidArgument.
 */
export function formulaProblem(formula: string): string | undefined {
  let depth = 0;
  let braces = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const close = formula.indexOf(ch, i + 1);
      if (close < 0) return "an unclosed quote";
      i = close;
      // A doubled quote escapes itself: keep scanning the same literal.
      while (formula[i + 1] === ch) {
        const next = formula.indexOf(ch, i + 2);
        if (next < 0) return "an unclosed quote";
        i = next;
      }
    } else if (ch === "(") depth++;
    else if (ch === ")") {
      if (--depth < 0) return "an unbalanced parenthesis";
    } else if (ch === "{") braces++;
    else if (ch === "}") braces--;
    else if (ch === ";" && braces === 0) return "a \";\" separator (formulas take \",\" in the API)";
  }
  return depth === 0 ? undefined : "an unbalanced parenthesis";
}
