/**
 * One press agency's yearly report (AGENCY_FORM.md): one row of the agency form, read into figures.
 * `null` means the cell was left blank (or could not be read; the finding says which).
 */
import { parseNumberText } from "../numbers";
import type { RawValue } from "../appendix";
import { memoByText } from "../memo";
import { stripDiacritics } from "../text";

/** The report's figures as read; the rules of AGENCY_FORM.md (≥ 0, 1–5, yes/no) are checked where a row is read. */
export interface AgencyReport {
  readonly year: number;
  readonly agency: string;
  /** Electronic-press agency. A blank cell reads as "not electronic press": the form says to leave it blank then. */
  readonly electronic: boolean;
  readonly mediaTypes: number | null;
  readonly platforms: boolean | null;
  readonly analyticsAi: boolean | null;
  readonly convergedNewsroom: boolean | null;
  /** Revenues in million đồng. */
  readonly baseRevenue: number | null;
  readonly revenue: number | null;
  readonly staff: number | null;
  readonly trained: number | null;
  /** 1 to 5. */
  readonly securityLevel: number | null;
}

/** The form's fields, in the form's column order. */
export const AGENCY_FIELDS = [
  "year",
  "agency",
  "electronic",
  "mediaTypes",
  "platforms",
  "analyticsAi",
  "convergedNewsroom",
  "baseRevenue",
  "revenue",
  "staff",
  "trained",
  "securityLevel",
] as const satisfies ReadonlyArray<keyof AgencyReport>;

export type AgencyField = (typeof AGENCY_FIELDS)[number];

export const YES_NO_FIELDS = ["electronic", "platforms", "analyticsAi", "convergedNewsroom"] as const;
export type YesNoField = (typeof YES_NO_FIELDS)[number];

/** Figures that must be numbers ≥ 0 (security level has its own 1..5 rule). */
export const NUMBER_FIELDS = ["mediaTypes", "baseRevenue", "revenue", "staff", "trained"] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export const INDICATOR_FIELDS: readonly AgencyField[] = AGENCY_FIELDS.filter((f) => f !== "year" && f !== "agency");

export function isYesNoField(f: AgencyField): f is YesNoField {
  return (YES_NO_FIELDS as readonly string[]).includes(f);
}

/** What a yes/no cell says: true, false, null when blank, "invalid" when it is something else. */
export type YesNo = boolean | null | "invalid";

const YES = new Set(["co", "c", "x", "✓", "✔", "☑", "1", "yes", "y", "true", "dung"]);
const NO = new Set(["khong", "k", "ko", "0", "no", "n", "false", "sai"]);

/**
 * Reads Có/Không as people type it: "Có", "co", "C", "x", "✓", 1, "yes", TRUE (and the negatives), in any case and
 * spacing, with or without diacritics.
 */
export function parseYesNo(v: RawValue | undefined): YesNo {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : "invalid";
  if (typeof v === "object") return "invalid";
  return yesNoText(v);
}

/** Agencies type the same few answers on every row of every report: each distinct text is worked on once. */
const yesNoText = memoByText((v: string): YesNo => {
  const key = stripDiacritics(v.toLowerCase()).replace(/\s+/g, "");
  if (key === "") return null;
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return "invalid";
});

/**
 * A report year as agencies type it: 2024, "2024", "Năm 2024", "năm 2024." — the number (any four digits; the
 * 2023–2030 check is the row rule's), null when blank, "invalid" when it is no year.
 */
export function parseReportYear(v: RawValue | undefined): number | null | "invalid" {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isInteger(v) ? v : "invalid";
  if (typeof v !== "string") return "invalid";
  return yearText(v);
}

const yearText = memoByText((v: string): number | null | "invalid" => {
  const key = stripDiacritics(v.toLowerCase()).replace(/[\s\u00a0]+/g, " ").trim();
  if (key === "") return null;
  const m = /^(?:nam|year)?\s*(\d{4})\s*\.?$/.exec(key);
  return m ? Number(m[1]) : "invalid";
});

/** A security level as typed: 3, "3", "cấp độ 3", "cấp 3", "level 3"; null when blank, "invalid" otherwise. */
export function parseSecurityLevel(v: RawValue | undefined): number | null | "invalid" {
  if (typeof v === "string") {
    const m = /^(?:cap(?: do)?|level)\s*(\d+)$/.exec(stripDiacritics(v.toLowerCase()).replace(/\s+/g, " ").trim());
    if (m) return Number(m[1]);
  }
  return parseNumberCell(v);
}

/** A number cell: the number, null when blank, "invalid" when not a number. */
export type NumberCell = number | null | "invalid";

/** Reads a count or an amount, text read by the one number reader of the core (`parseNumberText`). */
export function parseNumberCell(v: RawValue | undefined): NumberCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : "invalid";
  if (typeof v !== "string") return "invalid";
  if (v.replace(/[\s\u00a0]/g, "") === "") return null;
  return parseNumberText(v) ?? "invalid";
}
