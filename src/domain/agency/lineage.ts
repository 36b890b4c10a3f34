/**
 * Who became whom (the 2025 mergers): a former province or press agency → the new one, from a date. Reports of a
 * former agency roll up under the agency and province it became; each year is counted over the agencies that
 * existed that year, so a former agency is expected to report up to its merger and the new one from it.
 *
 * - The provinces merged on 1 July 2025 are built in (./provinces); a workbook's lineage table adds to them and
 *   may say otherwise for a name.
 * - Chains are followed (A → B in 2025, B → C in 2027: A's successor is C); a cycle stops where it closes.
 * - A merger dated after 1 January splits its year: the former agencies may still report that year, and the new
 *   one is not missing it when one of them did.
 */
import { fold } from "../text";
import { PROVINCE_MERGER_DATE_2025, PROVINCE_MERGERS_2025, provinceKey } from "./provinces";
import { agencyKey } from "./text";

export type LineageKind = "province" | "agency";

export interface LineageDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface LineageEntry {
  readonly kind: LineageKind;
  readonly former: string;
  readonly successor: string;
  readonly from: LineageDate;
  /** Where the row is in the workbook; absent for the built-in province mergers. */
  readonly at?: { readonly file: string; readonly sheet: string; readonly cell: string };
}

const keyOf = (kind: LineageKind, name: string): string => (kind === "province" ? provinceKey(name) : agencyKey(name));

/** "01/07/2025" as people write dates. */
export function formatLineageDate(d: LineageDate): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${p(d.day)}/${p(d.month)}/${d.year}`;
}

/** Whether the date splits its year (the former ones existed for part of it). */
function splitsYear(d: LineageDate): boolean {
  return d.month > 1 || d.day > 1;
}

export class Lineage {
  private readonly next = new Map<string, LineageEntry>();
  private readonly formersOf = new Map<string, LineageEntry[]>();

  private constructor(readonly entries: readonly LineageEntry[]) {
    for (const e of entries) {
      const k = `${e.kind}|${keyOf(e.kind, e.former)}`;
      // A later row for the same former says otherwise: the workbook's rows come after the built-in ones.
      const old = this.next.get(k);
      if (old) this.formersOf.set(this.succKey(old), (this.formersOf.get(this.succKey(old)) ?? []).filter((x) => x !== old));
      if (keyOf(e.kind, e.former) === keyOf(e.kind, e.successor)) {
        this.next.delete(k);
        continue;
      }
      this.next.set(k, e);
      const s = this.succKey(e);
      this.formersOf.set(s, [...(this.formersOf.get(s) ?? []), e]);
    }
  }

  private succKey(e: LineageEntry): string {
    return `${e.kind}|${keyOf(e.kind, e.successor)}`;
  }

  /** The built-in province mergers of 2025, then the workbook's own rows. */
  static of(workbookEntries: readonly LineageEntry[] = []): Lineage {
    const builtIn = PROVINCE_MERGERS_2025.flatMap((m) =>
      m.formers.map((former): LineageEntry => ({ kind: "province", former, successor: m.province, from: PROVINCE_MERGER_DATE_2025 })),
    );
    return new Lineage([...builtIn, ...workbookEntries]);
  }

  /** The workbook's own rows (not the built-in province mergers). */
  get workbookEntries(): LineageEntry[] {
    return this.entries.filter((e) => e.at !== undefined);
  }

  /** Whether the workbook names any agency merger. */
  get hasAgencyMergers(): boolean {
    return this.entries.some((e) => e.kind === "agency");
  }

  /** The entry that ends `name`, if any. */
  entryOf(kind: LineageKind, name: string): LineageEntry | undefined {
    return this.next.get(`${kind}|${keyOf(kind, name)}`);
  }

  /** The entries whose successor is `name`. */
  formers(kind: LineageKind, name: string): readonly LineageEntry[] {
    return this.formersOf.get(`${kind}|${keyOf(kind, name)}`) ?? [];
  }

  /** The last successor of `name`, following chains; `name` itself when it has none. */
  current(kind: LineageKind, name: string): string {
    let at = name;
    const seen = new Set<string>([keyOf(kind, name)]);
    for (let e = this.entryOf(kind, at); e; e = this.entryOf(kind, at)) {
      const k = keyOf(kind, e.successor);
      if (seen.has(k)) break;
      seen.add(k);
      at = e.successor;
    }
    return at;
  }

  /** Whether `name` is `target` or became it (through any chain). */
  becomes(kind: LineageKind, name: string, target: string): boolean {
    const want = keyOf(kind, target);
    if (keyOf(kind, name) === want) return true;
    let at = name;
    const seen = new Set<string>([keyOf(kind, name)]);
    for (let e = this.entryOf(kind, at); e; e = this.entryOf(kind, at)) {
      const k = keyOf(kind, e.successor);
      if (k === want) return true;
      if (seen.has(k)) return false;
      seen.add(k);
      at = e.successor;
    }
    return false;
  }

  /**
   * Whether an agency is expected to report for `year`: a former one up to the year before its merger (and in a
   * split year only if it reported it — never missing then); a new one from the year of its creation (in a split
   * year not missing when a former one reported). `reported(name, year)` says who reported what.
   */
  expected(name: string, year: number, reported: (name: string, year: number) => boolean): boolean {
    const end = this.entryOf("agency", name);
    if (end && year >= end.from.year) return false;
    const starts = this.formers("agency", name);
    if (starts.length > 0) {
      const first = starts.reduce((a, b) => (compareDates(a.from, b.from) <= 0 ? a : b)).from;
      if (year < first.year) return false;
      if (year === first.year && splitsYear(first)) return !starts.some((s) => reported(s.former, year));
    }
    return true;
  }
}

function compareDates(a: LineageDate, b: LineageDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The key of a kind word as people write it in the lineage table ("Tỉnh", "Cơ quan báo chí", "tinh/thanh pho"). */
export function lineageKindOf(text: string): LineageKind | null {
  const k = fold(text);
  if (/^(tinh|thanh pho|tinh thanh pho|tinh tp|dia phuong|province)\b/.test(k)) return "province";
  if (/^(co quan|bao|dai|tap chi|agency)\b/.test(k)) return "agency";
  return null;
}
