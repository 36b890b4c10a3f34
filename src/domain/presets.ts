/**
 * Presets: the targets a standard table is pre-filled with. Figures are what the sources give
 * (STRATEGY.md and the seed documents); where a source is silent the cell stays blank for the planner.
 */
import { INDICATOR_IDS, type IndicatorId } from "./indicators";
import { nationalTarget } from "./national";
import { PRESET_NAMES, type PresetId } from "./presetNames";

export interface PresetFigure {
  /** Share as a fraction. */
  readonly share: number;
  /** Revenue only: the minimum growth as a fraction. */
  readonly threshold?: number;
  /** How the source words it, when a number alone loses something ("trên 65%"); written as a cell note. */
  readonly note?: string;
}

export interface Preset {
  readonly id: PresetId;
  readonly nameVi: string;
  readonly nameEn: string;
  /** Where the figures come from. */
  readonly source: string;
  /** The rows the appendix holds, in order. */
  readonly indicators: readonly IndicatorId[];
  /** Number of press agencies, when the source tells. */
  readonly agencies?: number;
  readonly targets: Readonly<Partial<Record<IndicatorId, Readonly<Partial<Record<number, PresetFigure>>>>>>;
}

export { isPresetId, PRESET_IDS, type PresetId } from "./presetNames";

const PROVINCE_ROWS: readonly IndicatorId[] = INDICATOR_IDS.filter((id) => id !== "university_curriculum");

function nationalFigures(): Preset["targets"] {
  const out: Partial<Record<IndicatorId, Partial<Record<number, PresetFigure>>>> = {};
  for (const id of INDICATOR_IDS) {
    const row: Partial<Record<number, PresetFigure>> = {};
    for (let y = 2023; y <= 2030; y++) {
      const t = nationalTarget(id, y);
      if (t) row[y] = t.threshold === undefined ? { share: t.share } : { share: t.share, threshold: t.threshold };
    }
    out[id] = row;
  }
  return out;
}

const pct = (share: number, note?: string): PresetFigure => (note ? { share, note } : { share });
const rev = (share: number, threshold: number): PresetFigure => ({ share, threshold });
/** k of a province's n agencies, as a share: Thái Bình's appendix states its targets as counts of its three agencies. */
const agenciesOf = (k: number, n: number): number => k / n;

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  national: {
    id: "national",
    ...PRESET_NAMES.national,
    source: "781/QĐ-BTTTT (08/5/2023) for 2023–2025; 348/QĐ-TTg (06/4/2023) for 2025 and 2030; 2026–2029 left to the planner",
    indicators: INDICATOR_IDS,
    targets: nationalFigures(),
  },
  "thai-binh": {
    id: "thai-binh",
    ...PRESET_NAMES["thai-binh"],
    source: "Thái Bình plan appendix (seed 002); training and security rows for 2026–2030 are cut off in the source",
    indicators: PROVINCE_ROWS,
    agencies: 3,
    targets: {
      platforms: { 2023: pct(agenciesOf(2, 3)), 2024: pct(agenciesOf(2, 3)), 2025: pct(agenciesOf(2, 3)), 2026: pct(1), 2027: pct(1), 2028: pct(1), 2029: pct(1), 2030: pct(1) },
      analytics_ai: { 2023: pct(0), 2024: pct(agenciesOf(1, 3)), 2025: pct(agenciesOf(2, 3)), 2026: pct(agenciesOf(2, 3)), 2027: pct(agenciesOf(2, 3)), 2028: pct(agenciesOf(2, 3)), 2029: pct(agenciesOf(2, 3)), 2030: pct(1) },
      converged_newsroom: { 2023: pct(agenciesOf(1, 3)), 2024: pct(agenciesOf(1, 3)), 2025: pct(agenciesOf(2, 3)), 2026: pct(agenciesOf(2, 3)), 2027: pct(agenciesOf(2, 3)), 2028: pct(agenciesOf(2, 3)), 2029: pct(agenciesOf(2, 3)), 2030: pct(1) },
      revenue: {
        2023: pct(0),
        2024: rev(agenciesOf(1, 3), 0.1),
        2025: rev(agenciesOf(1, 3), 0.2),
        2026: rev(agenciesOf(1, 3), 0.2),
        2027: rev(agenciesOf(1, 3), 0.2),
        2028: rev(agenciesOf(1, 3), 0.2),
        2029: rev(agenciesOf(1, 3), 0.2),
        2030: rev(agenciesOf(2, 3), 0.2),
      },
      training: { 2023: pct(0.4), 2024: pct(0.7), 2025: pct(1) },
      security_level3: { 2023: pct(1), 2024: pct(1), 2025: pct(1) },
    },
  },
  "soc-trang": {
    id: "soc-trang",
    ...PRESET_NAMES["soc-trang"],
    source: "Sóc Trăng 192/KH-UBND (seed 001): 2025 and 2030 goals only; yearly figures are not given",
    indicators: PROVINCE_ROWS,
    targets: {
      platforms: { 2025: pct(0.65, "Kế hoạch ghi: trên 65%"), 2030: pct(1) },
      converged_newsroom: { 2025: pct(0.65, "Kế hoạch ghi: trên 65%"), 2030: pct(1) },
      training: { 2025: pct(1) },
      security_level3: { 2025: pct(1) },
    },
  },
  "lam-dong": {
    id: "lam-dong",
    ...PRESET_NAMES["lam-dong"],
    source: "Lâm Đồng plan as reported on 24/05/2023 (seed 004): 2025 goals only",
    indicators: PROVINCE_ROWS,
    targets: {
      platforms: { 2025: pct(0.67) },
      analytics_ai: { 2025: pct(0.67) },
      revenue: { 2025: rev(0.335, 0.2) },
      training: { 2025: pct(1) },
      security_level3: { 2025: pct(1) },
    },
  },
  mpi: {
    id: "mpi",
    ...PRESET_NAMES.mpi,
    source: "MPI 1194/QĐ-BKHĐT (seed 003): 2025 and 2030 goals only",
    indicators: PROVINCE_ROWS,
    targets: {
      platforms: { 2025: pct(0.7), 2030: pct(1) },
      analytics_ai: { 2025: pct(0.5), 2030: pct(0.9) },
      converged_newsroom: { 2030: pct(1) },
      training: { 2025: pct(1) },
    },
  },
  blank: {
    id: "blank",
    ...PRESET_NAMES.blank,
    source: "no figures: the standard rows for the planner to fill in",
    indicators: PROVINCE_ROWS,
    targets: {},
  },
};
