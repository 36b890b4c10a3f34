/** One complete, valid agency-year report: the base that report tests override a few cells of. */
import type { AgencyField } from "../../src/domain/agency/report";
import type { RawValue } from "../../src/domain/appendix";

export function fullReport(agency: string, year: number): Record<AgencyField, RawValue> {
  return {
    year,
    agency,
    electronic: "Có",
    mediaTypes: 2,
    platforms: "Có",
    analyticsAi: "Không",
    convergedNewsroom: "Có",
    baseRevenue: 10000,
    revenue: 11000,
    staff: 50,
    trained: 20,
    securityLevel: 3,
  };
}
