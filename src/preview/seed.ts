/**
 * The workbook the preview (and the end-to-end test) starts from: the yearly reports of the three press agencies of
 * the fictional province of the examples (tỉnh Minh Sơn, 2023–2025), typed into the agency form, so consolidation
 * and attainment can be tried once the target tables are inserted. Revenues in million đồng, base year 2022.
 */
import type { AgencyField } from "../domain/agency/report";
import { a1 } from "../sheet/a1";
import { AGENCY_FORM_COLUMNS } from "../sheet/agencyForm";

type Row = Partial<Record<AgencyField, string | number>>;

const BAO: Row = { agency: "Báo Minh Sơn", electronic: "Có", mediaTypes: 2, baseRevenue: 18500 };
const DAI: Row = { agency: "Đài Phát thanh và Truyền hình Minh Sơn", electronic: "Có", mediaTypes: 3, baseRevenue: 42000 };
const TAP_CHI: Row = { agency: "Tạp chí Văn nghệ Minh Sơn", electronic: "Không", mediaTypes: 1, baseRevenue: 1350 };

export const SEED_REPORTS: readonly Row[] = [
  { ...BAO, year: 2023, platforms: "Có", analyticsAi: "Không", convergedNewsroom: "Không", revenue: 19200, staff: 86, trained: 30, securityLevel: 2 },
  { ...BAO, year: 2024, platforms: "Có", analyticsAi: "Có", convergedNewsroom: "Có", revenue: 21350, staff: 88, trained: 52, securityLevel: 3 },
  { ...BAO, year: 2025, platforms: "Có", analyticsAi: "Có", convergedNewsroom: "Có", revenue: 23400, staff: 90, trained: 71, securityLevel: 3 },
  { ...DAI, year: 2023, platforms: "Có", analyticsAi: "Không", convergedNewsroom: "Có", revenue: 43100, staff: 150, trained: 45, securityLevel: 3 },
  { ...DAI, year: 2024, platforms: "Có", analyticsAi: "Không", convergedNewsroom: "Có", revenue: 44900, staff: 155, trained: 90, securityLevel: 3 },
  { ...DAI, year: 2025, platforms: "Có", analyticsAi: "Có", convergedNewsroom: "Có", revenue: 46800, staff: 158, trained: 120, securityLevel: 4 },
  { ...TAP_CHI, year: 2023, platforms: "Không", analyticsAi: "Không", convergedNewsroom: "Không", revenue: 1380, staff: 17, trained: 4, securityLevel: 1 },
  { ...TAP_CHI, year: 2024, platforms: "Có", analyticsAi: "Không", convergedNewsroom: "Không", revenue: 1500, staff: 18, trained: 9, securityLevel: 2 },
  { ...TAP_CHI, year: 2025, platforms: "Có", analyticsAi: "Không", convergedNewsroom: "Không", revenue: 1610, staff: 18, trained: 15, securityLevel: 2 },
];

export const SEED_SHEET = "Báo cáo cơ quan";

/** The seed as the stand-in's `addSheet` takes it: the form's header on row 1, one agency-year a row. */
export function seedCells(): Record<string, string | number> {
  const cells: Record<string, string | number> = {};
  AGENCY_FORM_COLUMNS.forEach((c, i) => {
    cells[a1(0, i)] = c.header;
    SEED_REPORTS.forEach((r, k) => {
      const v = r[c.field];
      if (v !== undefined) cells[a1(k + 1, i)] = v;
    });
  });
  return cells;
}
