/**
 * The collection tracker as the pane shows it (loaded with the engine): per year, the agencies expected that year
 * (not those that did not exist then), how many reported, and who has not or gave figures that differ — the
 * answer to "who have we not heard from", as `pressdx consolidate` prints it.
 */
import type { Tracker, TrackState } from "../domain/agency/tracker";
import type { TrackerView } from "./services";

export function trackerView(tracker: Tracker): TrackerView {
  return {
    years: tracker.years.map((year, i) => {
      const named = (state: TrackState): string[] => tracker.rows.filter((r) => r.states[i] === state).map((r) => r.agency);
      const conflicting = named("conflict");
      const reported = named("reported").length + conflicting.length;
      const missing = named("missing");
      return { year, expected: reported + missing.length, reported, missing, conflicting };
    }),
  };
}
