/**
 * What the pane's first screen costs in script, against a bare React + Fluent UI pane built by the same webpack
 * config (`webpack --env bare`: a provider, tabs, a button, a message bar). The first screen is the entry chunk and
 * the chunks the Insert tab loads as it opens (the tab on show at start); the end-to-end test checks that these are
 * exactly the scripts the browser fetches. Sizes are gzipped, as a host serves them.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** The first screen's ratio to the bare pane must stay within this (issue 15). */
export const FIRST_SCREEN_BUDGET = 1.3;

interface Stats {
  readonly namedChunkGroups: Record<string, { readonly assets: ReadonlyArray<{ readonly name: string }> }>;
}

export function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** The script files of the first screen, from webpack's stats of the production build. */
export function firstScreenScripts(statsFile: string): string[] {
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as Stats;
  const groups = ["taskpane", "tab-insert"].map((g) => stats.namedChunkGroups[g]?.assets.map((a) => a.name) ?? []);
  return [...new Set(groups.flat())].filter((f) => f.endsWith(".js")).sort();
}

export interface PaneBundle {
  readonly firstScreen: number;
  readonly total: number;
  readonly bare: number;
  readonly ratio: number;
  readonly totalRatio: number;
}

/** Gzipped sizes of the first screen and of every script of `dist`, against `bare.js` in `bareDir`. */
export function paneBundle(dist: string, statsFile: string, bareDir: string): PaneBundle {
  const firstScreen = firstScreenScripts(statsFile).reduce((n, f) => n + gzipSize(path.join(dist, f)), 0);
  const total = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .reduce((n, f) => n + gzipSize(path.join(dist, f)), 0);
  const bare = gzipSize(path.join(bareDir, "bare.js"));
  return { firstScreen, total, bare, ratio: firstScreen / bare, totalRatio: total / bare };
}
