/**
 * The rows a findings tree shows, from the groups and what the user opened, closed or asked more of: groups
 * (level 1), folded rules and single findings (level 2), the findings of an open folded rule (level 3), and "show
 * more" rows where a list is long. Pure, so the tree's keyboard model is tested without a browser.
 */
import type { Finding } from "../../domain/findings";
import type { BundleItem, FindingGroup } from "./groupFindings";

/** How many rows a group or an open folded rule shows before a "show more" row. */
export const PAGE = 50;
/** Above this many findings in all, only the first group starts open. */
export const OPEN_ALL_UP_TO = 200;

interface Position {
  readonly key: string;
  readonly level: 1 | 2 | 3;
  readonly posinset: number;
  readonly setsize: number;
  /** The keys of the rows this one sits under, outermost first. */
  readonly parents: readonly string[];
}

export type Row =
  | (Position & { readonly kind: "group"; readonly group: FindingGroup; readonly expanded: boolean })
  | (Position & { readonly kind: "bundle"; readonly bundle: BundleItem; readonly expanded: boolean })
  | (Position & { readonly kind: "finding"; readonly finding: Finding })
  | (Position & { readonly kind: "more"; readonly next: number; readonly left: number });

export interface TreeState {
  /** Rows whose open/closed state differs from their default (groups open, folded rules closed). */
  readonly toggled: ReadonlySet<string>;
  /** How many rows each parent shows, where the user asked for more than a page. */
  readonly shown: ReadonlyMap<string, number>;
}

export const EMPTY_TREE: TreeState = { toggled: new Set(), shown: new Map() };

export function isExpanded(groups: readonly FindingGroup[], state: TreeState, key: string): boolean {
  return defaultOpen(groups, key) !== state.toggled.has(key);
}

function defaultOpen(groups: readonly FindingGroup[], key: string): boolean {
  const g = groups.findIndex((x) => x.key === key);
  if (g < 0) return false;
  const total = groups.reduce((n, x) => n + x.count, 0);
  return total <= OPEN_ALL_UP_TO || g === 0;
}

export function visibleRows(groups: readonly FindingGroup[], state: TreeState): Row[] {
  const rows: Row[] = [];
  groups.forEach((group, gi) => {
    const expanded = isExpanded(groups, state, group.key);
    rows.push({ kind: "group", key: group.key, level: 1, posinset: gi + 1, setsize: groups.length, parents: [], group, expanded });
    if (!expanded) return;
    const limit = state.shown.get(group.key) ?? PAGE;
    const items = group.items.slice(0, limit);
    const more = group.items.length - items.length;
    const setsize = items.length + (more > 0 ? 1 : 0);
    items.forEach((item, ii) => {
      const at = { level: 2 as const, posinset: ii + 1, setsize, parents: [group.key] };
      if (item.kind === "finding") {
        rows.push({ kind: "finding", key: item.key, finding: item.finding, ...at });
        return;
      }
      const open = isExpanded(groups, state, item.key);
      rows.push({ kind: "bundle", key: item.key, bundle: item, expanded: open, ...at });
      if (open) rows.push(...bundleRows(item, state, [group.key, item.key]));
    });
    if (more > 0) rows.push({ kind: "more", key: `${group.key}/more`, level: 2, posinset: setsize, setsize, parents: [group.key], next: Math.min(PAGE, more), left: more });
  });
  return rows;
}

function bundleRows(bundle: BundleItem, state: TreeState, parents: readonly string[]): Row[] {
  const limit = state.shown.get(bundle.key) ?? PAGE;
  const shown = bundle.findings.slice(0, limit);
  const more = bundle.findings.length - shown.length;
  const setsize = shown.length + (more > 0 ? 1 : 0);
  const rows: Row[] = shown.map((finding, i) => ({ kind: "finding", key: `${bundle.key}/${i}`, finding, level: 3, posinset: i + 1, setsize, parents }));
  if (more > 0) rows.push({ kind: "more", key: `${bundle.key}/more`, level: 3, posinset: setsize, setsize, parents, next: Math.min(PAGE, more), left: more });
  return rows;
}

/** Where each finding sits in the tree: its row key, the rows above it and its index in each parent's list. */
export interface FindingPlace {
  readonly finding: Finding;
  readonly key: string;
  readonly parents: ReadonlyArray<{ readonly key: string; readonly index: number }>;
}

/** Every finding in the order the tree shows them, opened or not: what Next and Previous walk through. */
export function findingPlaces(groups: readonly FindingGroup[]): FindingPlace[] {
  return groups.flatMap((g) =>
    g.items.flatMap((item, ii): FindingPlace[] =>
      item.kind === "finding"
        ? [{ finding: item.finding, key: item.key, parents: [{ key: g.key, index: ii }] }]
        : item.findings.map((finding, fi) => ({ finding, key: `${item.key}/${fi}`, parents: [{ key: g.key, index: ii }, { key: item.key, index: fi }] })),
    ),
  );
}

/** The state in which `place` is shown: every row above it open, every list long enough to reach it. */
export function reveal(groups: readonly FindingGroup[], state: TreeState, place: FindingPlace): TreeState {
  const toggled = new Set(state.toggled);
  const shown = new Map(state.shown);
  for (const p of place.parents) {
    if (!isExpanded(groups, { toggled, shown }, p.key)) {
      if (toggled.has(p.key)) toggled.delete(p.key);
      else toggled.add(p.key);
    }
    const limit = shown.get(p.key) ?? PAGE;
    if (p.index >= limit) shown.set(p.key, Math.ceil((p.index + 1) / PAGE) * PAGE);
  }
  return { toggled, shown };
}

export function toggle(state: TreeState, key: string): TreeState {
  const toggled = new Set(state.toggled);
  if (toggled.has(key)) toggled.delete(key);
  else toggled.add(key);
  return { ...state, toggled };
}

/** One more page under the parent of a "show more" row. */
export function showMore(state: TreeState, row: Row & { readonly kind: "more" }): TreeState {
  const parent = row.parents[row.parents.length - 1] ?? "";
  return { ...state, shown: new Map(state.shown).set(parent, (state.shown.get(parent) ?? PAGE) + row.next) };
}
