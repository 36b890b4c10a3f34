/**
 * A deliberately small evaluator for custom conditional-format formulas, enough for the preview to colour cells:
 * TRUE, FALSE, AND(...), OR(...), NOT(x), ISTEXT(x), ISBLANK(ref), and comparisons (=, <>, <, >, <=, >=) between
 * cell references, "text" and numbers. References are relative to the format's top-left cell ($ fixes a part).
 * Anything else is "unknown" (undefined) and the format is not applied.
 */
import { colIndex } from "../sheet/a1";
import type { CellValue } from "./input";

export type Lookup = (row: number, col: number) => CellValue | "" | undefined;

type Tok = { t: "ref" | "str" | "num" | "id" | "op" | "(" | ")" | ","; v: string };

function tokenize(src: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (j >= src.length) return undefined;
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j];
        j++;
      }
      out.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    const rest = src.slice(i);
    const op = /^(<>|<=|>=|=|<|>)/.exec(rest);
    if (op) {
      out.push({ t: "op", v: op[1]! });
      i += op[1]!.length;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      out.push({ t: ch, v: ch });
      i++;
      continue;
    }
    const ref = /^\$?[A-Za-z]{1,3}\$?[0-9]+(?![A-Za-z0-9_(])/.exec(rest);
    if (ref) {
      out.push({ t: "ref", v: ref[0] });
      i += ref[0].length;
      continue;
    }
    const num = /^[0-9]+(\.[0-9]+)?/.exec(rest);
    if (num) {
      out.push({ t: "num", v: num[0] });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (id) {
      out.push({ t: "id", v: id[0].toUpperCase() });
      i += id[0].length;
      continue;
    }
    return undefined;
  }
  return out;
}

type Val = CellValue | "" | { ref: true; value: CellValue | "" };

class Unknown extends Error {}

/** Evaluates `formula` for the cell at (row, col) of a format whose range starts at (top, left). */
export function evaluateCf(formula: string, top: number, left: number, row: number, col: number, lookup: Lookup): boolean | undefined {
  const toks = tokenize(formula.replace(/^=/, ""));
  if (!toks) return undefined;
  let p = 0;
  const peek = () => toks[p];
  const next = () => toks[p++] ?? (() => { throw new Unknown(); })();
  const plain = (v: Val): CellValue | "" => (typeof v === "object" ? v.value : v);

  const refValue = (text: string): Val => {
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/.exec(text)!;
    const c0 = colIndex(m[2]!);
    const r0 = Number(m[4]) - 1;
    const r = m[3] ? r0 : r0 + (row - top);
    const c = m[1] ? c0 : c0 + (col - left);
    const v = lookup(r, c);
    if (v === undefined) throw new Unknown();
    return { ref: true, value: v };
  };

  const bool = (v: Val): boolean => {
    const x = plain(v);
    if (typeof x === "boolean") return x;
    if (typeof x === "number") return x !== 0;
    throw new Unknown();
  };

  const args = (): Val[] => {
    if (next().t !== "(") throw new Unknown();
    const list: Val[] = [];
    if (peek()?.t === ")") {
      p++;
      return list;
    }
    for (;;) {
      list.push(comparison());
      const t = next();
      if (t.t === ")") return list;
      if (t.t !== ",") throw new Unknown();
    }
  };

  const primary = (): Val => {
    const t = next();
    if (t.t === "str") return t.v;
    if (t.t === "num") return Number(t.v);
    if (t.t === "ref") return refValue(t.v);
    if (t.t === "(") {
      const v = comparison();
      if (next().t !== ")") throw new Unknown();
      return v;
    }
    if (t.t === "id") {
      if (t.v === "TRUE" || t.v === "FALSE") {
        if (peek()?.t === "(") args();
        return t.v === "TRUE";
      }
      const a = args();
      switch (t.v) {
        case "AND":
          return a.length > 0 && a.every(bool);
        case "OR":
          return a.some(bool);
        case "NOT":
          if (a.length !== 1) throw new Unknown();
          return !bool(a[0]!);
        case "ISTEXT":
          if (a.length !== 1) throw new Unknown();
          return typeof plain(a[0]!) === "string" && !(typeof a[0] === "object" && plain(a[0]!) === "");
        case "ISBLANK":
          if (a.length !== 1 || typeof a[0] !== "object") throw new Unknown();
          return plain(a[0]!) === "";
      }
    }
    throw new Unknown();
  };

  const compare = (a: CellValue | "", op: string, b: CellValue | ""): boolean => {
    if (typeof a === "string" && typeof b === "string") {
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      const c = x < y ? -1 : x > y ? 1 : 0;
      return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
    }
    if (typeof a === "number" && typeof b === "number") {
      return op === "=" ? a === b : op === "<>" ? a !== b : op === "<" ? a < b : op === ">" ? a > b : op === "<=" ? a <= b : a >= b;
    }
    if (op === "=") return a === b;
    if (op === "<>") return a !== b;
    throw new Unknown();
  };

  const comparison = (): Val => {
    const left = primary();
    const t = peek();
    if (t?.t !== "op") return left;
    p++;
    const right = primary();
    return compare(plain(left), t.v, plain(right));
  };

  try {
    const v = comparison();
    if (p !== toks.length) return undefined;
    const x = plain(v);
    return typeof x === "boolean" ? x : undefined;
  } catch (e) {
    if (e instanceof Unknown) return undefined;
    throw e;
  }
}
