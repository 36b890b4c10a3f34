/**
 * National targets: Decision 781/QĐ-BTTTT splits 2023–2025 by year; Decision 348/QĐ-TTg sets 2025 and 2030.
 * 781's 2025 figures equal 348's, so 2025 cites 348 (the higher act). 2026–2029 have no national figure.
 */
import type { IndicatorId } from "./indicators";

export type Decision = "781/QĐ-BTTTT" | "348/QĐ-TTg";

export interface NationalTarget {
  /** Share as a fraction. */
  readonly share: number;
  /** Revenue only: the minimum growth, as a fraction. */
  readonly threshold?: number;
  readonly decision: Decision;
}

type Row = Partial<Record<number, { share: number; threshold?: number }>>;

const TABLE: Readonly<Record<IndicatorId, Row>> = {
  platforms: { 2023: { share: 0.3 }, 2024: { share: 0.5 }, 2025: { share: 0.7 }, 2030: { share: 1 } },
  analytics_ai: { 2023: { share: 0.2 }, 2024: { share: 0.3 }, 2025: { share: 0.5 }, 2030: { share: 0.9 } },
  converged_newsroom: { 2023: { share: 0.3 }, 2024: { share: 0.5 }, 2025: { share: 0.8 }, 2030: { share: 1 } },
  revenue: {
    2023: { share: 0.05, threshold: 0.05 },
    2024: { share: 0.15, threshold: 0.1 },
    2025: { share: 0.3, threshold: 0.2 },
    2030: { share: 0.5, threshold: 0.2 },
  },
  university_curriculum: { 2023: { share: 0.8 }, 2024: { share: 0.95 }, 2025: { share: 1 } },
  training: { 2023: { share: 0.4 }, 2024: { share: 0.7 }, 2025: { share: 1 } },
  security_level3: { 2023: { share: 0.4 }, 2024: { share: 0.7 }, 2025: { share: 1 } },
};

/** The national target for an indicator and year, or null where the decisions set none. */
export function nationalTarget(id: IndicatorId, year: number): NationalTarget | null {
  const t = TABLE[id][year];
  if (!t) return null;
  const decision: Decision = year === 2025 || year === 2030 ? "348/QĐ-TTg" : "781/QĐ-BTTTT";
  return t.threshold === undefined ? { share: t.share, decision } : { share: t.share, threshold: t.threshold, decision };
}
