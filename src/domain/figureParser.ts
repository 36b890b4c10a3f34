/**
 * Reads a target cell into a {@link Figure}, the way people type targets in plan appendices
 * (RULES.md "Reading a figure", STRATEGY.md "What real plans look like").
 *
 * Decisions worth knowing:
 * - A range ("từ 30-70%", "30% đến 70%") reads as its lower bound with qualifier "at_least": the plan commits to
 *   at least the lower figure, and that is what national and year-on-year checks should hold it to; its upper bound
 *   is kept for the 0–100% check (RULES.md version 2).
 * - "tăng 5%" (an increase by 5%) is a readable figure with qualifier "increase": a change, not a level.
 * - A number shown as a date is no figure: it is what Excel makes of "2/3" typed into a cell, and is read as such.
 * - Several qualifiers in one cell ("phấn đấu trên 65%"): "more_than" wins over "at_least", which wins over "aim".
 * - Number text without "%" follows the table's reading of bare numbers (ctx.numbersArePercent); a single dot
 *   followed by three digits ("1.187") is a Vietnamese thousands separator unless a "%" follows.
 * - In the revenue row every share is compound (share of agencies + growth threshold), except a zero share,
 *   which needs no threshold and reads as a plain share.
 * - Words after "67% ..." ("100% cơ quan báo chí") are description and are ignored, as long as they hold no digit;
 *   a bare number followed by words ("2 cơ quan") is a count, not a share, and is unreadable.
 */
import { memoByText } from "./memo";
import type { RawFigure } from "./appendix";
import type { DateReading, Figure, FigureContext, Qualifier } from "./figures";
import { NUMBER_PATTERN, numberToken } from "./numbers";
import { stripDiacritics } from "./text";

/** What a piece of text says, before the row's meaning (plain or compound) is applied. */
interface Reading {
  readonly type: "percent" | "fraction" | "number";
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly fraction?: { readonly k: number; readonly n: number };
  readonly upper?: number;
}

const BLANK: Figure = { kind: "blank" };

export function parseFigure(raw: RawFigure, ctx: FigureContext): Figure {
  const v = raw.value;
  if (v === null) return BLANK;
  if (typeof v === "boolean") return invalid(v ? "TRUE" : "FALSE");
  if (typeof v === "object") return invalid(v.error);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return invalid(String(v));
    if (raw.dateFormat !== undefined) return { kind: "invalid", text: String(v), date: readDate(v, raw.dateFormat) };
    const share = raw.percentFormat ? v : ctx.numbersArePercent ? v / 100 : v;
    return plainOrRevenue(share, "exact", false, ctx);
  }
  return fromTextMemo(v, ctx);
}

// The same texts ("33% cơ quan báo chí tăng doanh thu 20%", "67%") recur across a workbook's tables;
// a figure is a pure function of the text and the context (the key's first two characters), so each is read once.
const figureMemo = memoByText((key) =>
  fromText(key.slice(2), { compound: key[0] === "1", numbersArePercent: key[1] === "1" }),
);
function fromTextMemo(text: string, ctx: FigureContext): Figure {
  return figureMemo(`${ctx.compound ? 1 : 0}${ctx.numbersArePercent ? 1 : 0}${text}`);
}

/** The number a text holds without a percent sign ("67", "0,67"), or null; cached like the figures. */
const bareNumberIn = memoByText((text): number | null => {
  const reading = readPlain(fold(clean(text)));
  return reading?.type === "number" ? reading.value : null;
});

/**
 * Whether a table's bare numbers (no percent format, numbers or number text without "%") are percents:
 * true as soon as one of them is above 1 (67 → 67%), false when all are ≤ 1 (0.67 → 67%).
 */

export function numbersArePercentIn(raws: readonly RawFigure[]): boolean {
  for (const r of raws) {
    const v = r.value;
    let n: number | null = null;
    if (typeof v === "number" && !r.percentFormat && r.dateFormat === undefined && Number.isFinite(v)) n = v;
    else if (typeof v === "string") n = bareNumberIn(v);
    if (n !== null && n > 1) return true;
  }
  return false;
}

function invalid(text: string): Figure {
  return { kind: "invalid", text };
}

function plainOrRevenue(
  share: number,
  qualifier: Qualifier,
  asText: boolean,
  ctx: FigureContext,
  extra?: { readonly fraction?: { readonly k: number; readonly n: number }; readonly upper?: number },
): Figure {
  if (ctx.compound && share !== 0) return { kind: "compound", share, threshold: null, qualifier, asText };
  if (extra?.fraction) return { kind: "share", share, qualifier, asText, fraction: extra.fraction };
  if (extra?.upper !== undefined) return { kind: "share", share, qualifier, asText, upper: extra.upper };
  return { kind: "share", share, qualifier, asText };
}

function fromText(text: string, ctx: FigureContext): Figure {
  const cleaned = clean(text);
  if (cleaned === "") return BLANK;
  const folded = fold(cleaned);
  if (isCompoundText(folded, ctx)) return readCompound(folded) ?? invalid(cleaned);
  const r = readPlain(folded) ?? readPlain(withoutNote(folded));
  if (!r) return invalid(cleaned);
  const scale = (n: number): number => (r.type === "number" ? (ctx.numbersArePercent ? n / 100 : n) : n);
  const extra = r.fraction ? { fraction: r.fraction } : r.upper !== undefined ? { upper: scale(r.upper) } : undefined;
  return plainOrRevenue(scale(r.value), r.qualifier, true, ctx, extra);
}

/**
 * "67% (2 cơ quan)", "100% (3/3)", "tăng 5% so với năm 2020": a bracketed note or the base year after the figure
 * describes it. Dropped only as a second attempt, so a figure that reads on its own is never changed by it.
 */
function withoutNote(folded: string): string {
  return folded
    .replace(/\s*\([^()]*\)\s*$/, "")
    .replace(/\s+(?:so voi|compared (?:with|to))\s+(?:doanh thu\s+)?(?:nam\s+|the year\s+)?(?:19|20)\d\d$/, "");
}

/**
 * The date a share cell holds, and the fraction typed to make it: Excel reads "2/3" as a date in the order of its
 * date settings, day first ("d/m/yyyy", Vietnamese) or month first ("m/d/yyyy", English), and the cell's format
 * keeps that order.
 */
function readDate(serial: number, format: string): DateReading {
  // Excel's day zero is 1899-12-30 for serials past the fictitious 29 February 1900.
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const day = d.getUTCDate();
  const month = d.getUTCMonth() + 1;
  const year = d.getUTCFullYear();
  const bare = format.toLowerCase().replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const dAt = bare.indexOf("d");
  const mAt = bare.indexOf("m");
  if (dAt < 0 || mAt < 0) return { day, month, year, typed: null, share: null };
  const [k, n] = dAt < mAt ? [day, month] : [month, day];
  return { day, month, year, typed: `${k}/${n}`, share: k <= n ? k / n : null };
}

// ---------------------------------------------------------------------------------------------- text shape

/** Unifies the spaces and symbols that copy-paste and OCR leave behind. */
function clean(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f\u2000-\u200b\ufeff\t\r\n]/g, " ")
    .replace(/％/g, "%")
    .replace(/−/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Lower case without diacritics, so "Tối thiểu", "toi thieu" and OCR's "tối thiếu" match alike; punctuation is
 * kept, as the figure's "%", "/" and separators are what is read.
 */
function fold(s: string): string {
  return stripDiacritics(s).toLowerCase();
}

const NUM = NUMBER_PATTERN;
const TAIL = String.raw`(?:\s+\D*)?`;
const RANGE_RE = new RegExp(String.raw`^(${NUM})\s*%?\s*(?:-|–|—|den)\s*(${NUM})\s*%${TAIL}$`);
const PERCENT_RE = new RegExp(String.raw`^(-?\s*${NUM})\s*%${TAIL}$`);
const FRACTION_RE = new RegExp(String.raw`^(\d+)\s*/\s*(\d+)${TAIL}$`);
const NUMBER_RE = new RegExp(String.raw`^(-?\s*${NUM})$`);

/** Qualifier words and harmless fillers ("đạt", "khoảng") that may precede a figure. */
const LEADING_WORDS: ReadonlyArray<readonly [RegExp, Qualifier | null]> = [
  [/^(?:>=|≥)\s*/, "at_least"],
  [/^>\s*/, "more_than"],
  [/^(?:tren|hon|cao hon|more than|over|above)(?:\s+|(?=\d))/, "more_than"],
  [/^(?:toi thieu|it nhat|khong duoi|khong thap hon|at least|minimum|min\.?)(?:\s+|(?=\d))/, "at_least"],
  [/^phan dau(?:\s+|(?=\d))/, "aim"],
  [/^(?:tang|increase(?: by)?)(?:\s+|(?=\d))/, "increase"],
  [/^(?:dat|tu|khoang|muc|ty le|la)(?:\s+|(?=\d))/, null],
  [/^[:=]\s*/, null],
];

// An increase is a change, not a level: whatever else qualifies it, it is never compared as a level.
const QUALIFIER_RANK: Readonly<Record<Qualifier, number>> = { exact: 0, aim: 1, at_least: 2, more_than: 3, increase: 4 };

function stronger(a: Qualifier, b: Qualifier): Qualifier {
  return QUALIFIER_RANK[b] > QUALIFIER_RANK[a] ? b : a;
}

/** Strips leading qualifier words; returns the rest and the qualifier they carry. */
function stripQualifiers(s: string): { rest: string; qualifier: Qualifier } {
  let rest = s.trim();
  let qualifier: Qualifier = "exact";
  for (let changed = true; changed; ) {
    changed = false;
    for (const [re, q] of LEADING_WORDS) {
      const m = re.exec(rest);
      if (m) {
        rest = rest.slice(m[0].length);
        if (q) qualifier = stronger(qualifier, q);
        changed = true;
      }
    }
  }
  return { rest, qualifier };
}

/** A plain figure: "67%", "trên 65%", "2/3", "0,67", "từ 30-70%". Null when the text is not one. */
function readPlain(folded: string): Reading | null {
  const { rest, qualifier } = stripQualifiers(folded);
  const range = RANGE_RE.exec(rest);
  if (range) {
    const low = numberToken(range[1] ?? "", true);
    const high = numberToken(range[2] ?? "", true);
    if (low === null || high === null) return null;
    return { type: "percent", value: low / 100, upper: Math.max(low, high) / 100, qualifier: stronger(qualifier, "at_least") };
  }
  const pct = PERCENT_RE.exec(rest);
  if (pct) {
    const n = numberToken(pct[1] ?? "", true);
    return n === null ? null : { type: "percent", value: n / 100, qualifier };
  }
  const frac = FRACTION_RE.exec(rest);
  if (frac) {
    const k = Number(frac[1]);
    const n = Number(frac[2]);
    return n > 0 ? { type: "fraction", value: k / n, qualifier, fraction: { k, n } } : null;
  }
  const num = NUMBER_RE.exec(rest);
  if (num) {
    const n = numberToken(num[1] ?? "", false);
    return n === null ? null : { type: "number", value: n, qualifier };
  }
  return null;
}

// ------------------------------------------------------------------------------------------ compound form

/**
 * "tăng" as a word, but not the "tảng" of "nền tảng", which folds to the same letters; English "increase",
 * "grow" and their forms ("33% of agencies increase revenue by at least 20%").
 */
const GROWTH_WORD = /(?<!nen )\btang\b|\b(?:increas|grow)\w*/;
const REVENUE_WORD = /\bdoanh\s*thu\b|\brevenues?\b/;

function isCompoundText(folded: string, ctx: FigureContext): boolean {
  return REVENUE_WORD.test(folded) || (ctx.compound && GROWTH_WORD.test(folded));
}

/**
 * "33% cơ quan báo chí tăng doanh thu 20%": the figure before the growth words is the share of agencies,
 * the one after is the threshold. OCR debris (line breaks, "■", stray quotes) is dropped first.
 */
function readCompound(folded: string): Figure | null {
  const text = folded
    .replace(/[^a-z0-9%.,/\-–— ()]/g, " ")
    // The base of the growth is description, not a figure: "(so với năm 2022)", "so với doanh thu năm 2020".
    .replace(/\(?\s*(?:so voi|compared (?:with|to)|over)\s+(?:doanh thu\s+)?(?:nam\s+|the year\s+)?(?:19|20)\d\d\s*\)?/g, " ")
    .replace(/[()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const split = firstIndex(text, [GROWTH_WORD, REVENUE_WORD]);
  const sharePart = text.slice(0, split);
  const thresholdPart = text.slice(split);

  const share = findFigure(sharePart, false);
  const threshold = findFigure(thresholdPart, true);
  if (share === "unreadable" || threshold === "unreadable") return null;
  if (share === null && threshold === null) return null;
  const qualifier = share?.qualifier ?? "exact";
  if (share !== null && share.value === 0 && threshold === null) {
    return { kind: "share", share: 0, qualifier, asText: true };
  }
  return {
    kind: "compound",
    share: share?.value ?? null,
    threshold: threshold?.value ?? null,
    qualifier,
    asText: true,
  };
}

function firstIndex(text: string, res: readonly RegExp[]): number {
  let best = text.length;
  for (const re of res) {
    const m = re.exec(text);
    if (m && m.index < best) best = m.index;
  }
  return best;
}

const FIND_RANGE = new RegExp(String.raw`(?<![a-z0-9.,])(${NUM})\s*%?\s*(?:-|–|—|den)\s*(${NUM})\s*%`);
const FIND_PERCENT = new RegExp(String.raw`(?<![a-z0-9.,])(-?${NUM})\s*%`);
const FIND_FRACTION = /(?<![a-z0-9.,])(\d+)\s*\/\s*(\d+)(?![\d%])/;
const FIND_NUMBER = new RegExp(String.raw`(?<![a-z0-9.,])(${NUM})(?![a-z0-9%])`);

/**
 * The one figure inside a part of a compound text. A share must be a percent or a fraction ("2 cơ quan" is a
 * count); a threshold may also be a bare number, read as a percent. Digits left over make the part unreadable.
 */
function findFigure(part: string, isThreshold: boolean): Reading | null | "unreadable" {
  const before = (m: RegExpExecArray): Qualifier => qualifierBefore(part.slice(0, m.index));
  const attempts: Array<() => { reading: Reading; match: RegExpExecArray } | null> = [
    () => {
      const m = FIND_RANGE.exec(part);
      const low = m ? numberToken(m[1] ?? "", true) : null;
      return m && low !== null
        ? { reading: { type: "percent", value: low / 100, qualifier: stronger(before(m), "at_least") }, match: m }
        : null;
    },
    () => {
      const m = FIND_PERCENT.exec(part);
      const n = m ? numberToken(m[1] ?? "", true) : null;
      return m && n !== null ? { reading: { type: "percent", value: n / 100, qualifier: before(m) }, match: m } : null;
    },
    () => {
      const m = isThreshold ? null : FIND_FRACTION.exec(part);
      const k = Number(m?.[1]);
      const n = Number(m?.[2]);
      return m && n > 0 ? { reading: { type: "fraction", value: k / n, qualifier: before(m), fraction: { k, n } }, match: m } : null;
    },
    () => {
      const m = isThreshold ? FIND_NUMBER.exec(part) : null;
      const n = m ? numberToken(m[1] ?? "", true) : null;
      return m && n !== null ? { reading: { type: "percent", value: n / 100, qualifier: before(m) }, match: m } : null;
    },
  ];
  for (const attempt of attempts) {
    const found = attempt();
    if (!found) continue;
    const rest = part.slice(0, found.match.index) + part.slice(found.match.index + found.match[0].length);
    return /\d/.test(rest) ? "unreadable" : found.reading;
  }
  return /\d/.test(part) ? "unreadable" : null;
}

/** The qualifier words right before a figure ("phấn đấu trên 65% ..."); words further away describe something else. */
function qualifierBefore(prefix: string): Qualifier {
  let rest = prefix.trimEnd();
  let q: Qualifier = "exact";
  for (let changed = true; changed; ) {
    changed = false;
    for (const [re, found] of TRAILING_WORDS) {
      const m = re.exec(rest);
      if (m) {
        rest = rest.slice(0, m.index).trimEnd();
        if (found) q = stronger(q, found);
        changed = true;
      }
    }
  }
  return q;
}

const TRAILING_WORDS: ReadonlyArray<readonly [RegExp, Qualifier | null]> = [
  [/(?:>=|≥)$/, "at_least"],
  [/>$/, "more_than"],
  [/(?:^|\s)(?:tren|hon|cao hon|more than|over|above)$/, "more_than"],
  [/(?:^|\s)(?:toi thieu|it nhat|khong duoi|khong thap hon|at least|minimum)$/, "at_least"],
  [/(?:^|\s)phan dau$/, "aim"],
  [/(?:^|\s)(?:dat|tu|khoang|muc|ty le|la|by|of|about|reach)$/, null],
];
