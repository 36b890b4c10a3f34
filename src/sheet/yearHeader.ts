/**
 * A year column's header: "Kế hoạch năm 2023", "Mục tiêu\nnăm 2025", "Năm 2026", "2027", "2028 (dự kiến)".
 * Only short headers made of planning words around one year qualify; a title ("... giai đoạn 2023 - 2025"),
 * a date ("24/11/2023") or a figure is not a year header.
 */
import type { CellValue } from "./grid";
import { fold } from "../domain/text";

export const MIN_HEADER_YEAR = 2000;
export const MAX_HEADER_YEAR = 2100;

/** Words allowed before the year (diacritics-free, so "Kế hoach" with its typo reads as "ke hoach"). */
const PREFIX_WORDS = new Set([
  "ke", "hoach", "hoac", "kh", "muc", "tieu", "mt", "chi", "nam", "den", "du", "kien",
  "phan", "dau", "uoc", "so", "lieu", "ty", "le", "target", "targets", "plan", "planned", "year", "goal", "by", "in",
  // "Định hướng đến năm 2030", "Tầm nhìn đến năm 2030" (RULES.md version 2: every year column is read)
  "dinh", "huong", "tam", "nhin", "vision", "outlook",
]);
/** Words allowed after the year, usually in brackets: "(dự kiến)", "(%)", "(ước)", "(KH)". */
const SUFFIX_WORDS = new Set(["du", "kien", "ke", "hoach", "uoc", "tinh", "muc", "tieu", "ty", "le", "target", "plan", "goal", "est", "kh", "mt"]);
const MAX_PREFIX_WORDS = 5;
const MAX_SUFFIX_WORDS = 3;

const YEAR_TEXTS = new Map<string, number | null>();

/** The year a header cell names, or null. Years outside 2023–2030 are returned too: the rules flag them. */
export function parseYearHeader(value: CellValue | undefined): number | null {
  if (typeof value === "number") return isHeaderYear(value) ? value : null;
  if (typeof value !== "string") return null;
  if (value.length > 60) return null;
  // The same header texts recur on every sheet of a workbook: read each once.
  const hit = YEAR_TEXTS.get(value);
  if (hit !== undefined) return hit;
  const year = yearOfText(value);
  if (YEAR_TEXTS.size >= 5_000) YEAR_TEXTS.clear();
  YEAR_TEXTS.set(value, year);
  return year;
}

function yearOfText(value: string): number | null {
  const digitRuns = value.match(/\d+/g);
  if (!digitRuns || digitRuns.length !== 1) return null;
  const year = Number(digitRuns[0]);
  if (digitRuns[0]?.length !== 4 || !isHeaderYear(year)) return null;

  const words = fold(value).split(" ");
  const at = words.indexOf(String(year));
  if (at < 0) return null;
  return plannedWords(words.slice(0, at), words.slice(at + 1)) ? year : null;
}

/** Header words around a year: planning words before it, a few after it. */
function plannedWords(before: readonly string[], after: readonly string[]): boolean {
  if (before.length > MAX_PREFIX_WORDS || after.length > MAX_SUFFIX_WORDS) return false;
  return before.every((w) => PREFIX_WORDS.has(w)) && after.every((w) => SUFFIX_WORDS.has(w));
}

/** A header cell that looks like a year but is none as typed, and what it was meant to be. */
export interface YearLike {
  /** Its nearest reading: 2205 for "2205", 2025 for "2O25". */
  readonly year: number;
  /** Letters typed among the digits ("2O25", "2o3O", "2l25"). */
  readonly typo: boolean;
}

/** Letters people type for digits: O for 0, l and I for 1. */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { o: "0", l: "1", i: "1" };

/**
 * A header that looks like a year but is not one a plan can have (RULES.md version 2): the same planning words as
 * a year header around a four-character token that is a year outside 2000–2100 ("năm 2205") or a year with a
 * letter typed for a digit ("2O25"). Null for a real year header and for anything else. Found only in a row that
 * already holds year headers, so an isolated number is never read as one.
 */
export function parseYearLike(value: CellValue | undefined): YearLike | null {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1900 && value <= 2999 && !isHeaderYear(value) ? { year: value, typo: false } : null;
  }
  if (typeof value !== "string" || value.length > 60 || !/\d/.test(value)) return null;
  // Header texts recur on every sheet of a workbook: each is read once.
  const hit = YEAR_LIKE_TEXTS.get(value);
  if (hit !== undefined) return hit;
  const like = yearLikeOfText(value);
  if (YEAR_LIKE_TEXTS.size >= 5_000) YEAR_LIKE_TEXTS.clear();
  YEAR_LIKE_TEXTS.set(value, like);
  return like;
}

const YEAR_LIKE_TEXTS = new Map<string, YearLike | null>();

function yearLikeOfText(value: string): YearLike | null {
  const words = fold(value).split(" ");
  const at = words.findIndex((w) => /\d/.test(w));
  if (at < 0 || words.slice(at + 1).some((w) => /\d/.test(w))) return null;
  const token = words[at] ?? "";
  if (!/^[12][0-9oli]{3}$/.test(token)) return null;
  const digits = token.replace(/[oli]/g, (c) => DIGIT_LOOKALIKES[c] ?? c);
  const typo = digits !== token;
  const year = Number(digits);
  if (!typo && isHeaderYear(year)) return null;
  if (typo && (token.match(/\d/g) ?? []).length < 2) return null;
  return plannedWords(words.slice(0, at), words.slice(at + 1)) ? { year, typo } : null;
}

function isHeaderYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_HEADER_YEAR && n <= MAX_HEADER_YEAR;
}

/** Cheap pre-check before `parseYearHeader`: could this cell name a year at all? */
export function mayBeYearHeader(value: CellValue | undefined): boolean {
  if (typeof value === "number") return isHeaderYear(value);
  // Most texts hold no "2" at all: rejecting them with includes spares the regex on every label of the sheet.
  return typeof value === "string" && value.length <= 60 && value.includes("2") && /(?:^|\D)(?:20\d\d|2100)(?:\D|$)/.test(value);
}
