/** Test workbooks for attainment: an appendix laid out by the add-in and agency reports typed cell by cell. */
import { XlsxFile } from "../../src/adapters/xlsx/xlsxFile";
import type { AgencyField } from "../../src/domain/agency/report";
import type { RawValue } from "../../src/domain/appendix";
import type { IndicatorId } from "../../src/domain/indicators";
import type { Preset } from "../../src/domain/presets";
import type { Period } from "../../src/domain/units";
import { a1 } from "../../src/sheet/a1";
import { AGENCY_FORM_COLUMNS } from "../../src/sheet/agencyForm";
import { layoutAppendix } from "../../src/sheet/layout/appendixLayout";
import { fullReport } from "./fullReport";
import type { CellWrite, SheetPatch } from "../../src/sheet/patch";

export type ReportInput = Partial<Record<AgencyField, RawValue>>;

export function plan(targets: Preset["targets"], indicators?: readonly IndicatorId[]): Preset {
  return {
    id: "blank",
    nameVi: "Kế hoạch thử",
    nameEn: "Test plan",
    source: "test",
    indicators: indicators ?? (Object.keys(targets) as IndicatorId[]),
    targets,
  };
}

/** The agency form's header and rows at (top, left) of `sheet`, values written as given (text stays text). */
export function reportsPatch(sheet: string, reports: readonly ReportInput[], top = 0, left = 0, createSheet = true): SheetPatch {
  const cells: CellWrite[] = [];
  AGENCY_FORM_COLUMNS.forEach((c, i) => cells.push({ address: a1(top, left + i), value: c.header }));
  reports.forEach((r, k) =>
    AGENCY_FORM_COLUMNS.forEach((c, i) => {
      const v = r[c.field];
      if (v === undefined || v === null) return;
      if (typeof v === "object") cells.push({ address: a1(top + 1 + k, left + i), formula: "NA()" });
      else cells.push({ address: a1(top + 1 + k, left + i), value: v });
    }),
  );
  return { sheet, cells, ...(createSheet ? { createSheet: true } : {}) };
}

export interface BookSpec {
  readonly preset: Preset;
  readonly periods?: readonly Period[];
  readonly reports: readonly ReportInput[];
  /** More agency tables, each on its own sheet. */
  readonly moreReports?: ReadonlyArray<readonly ReportInput[]>;
  /** More sheets (a lineage table). */
  readonly extra?: readonly SheetPatch[];
}

export async function attainBook(spec: BookSpec): Promise<XlsxFile> {
  const book = XlsxFile.create();
  await book.apply([
    layoutAppendix({ sheet: "Phụ lục", preset: spec.preset, periods: spec.periods ?? ["2023-2025"], top: 0, left: 0, createSheet: true }),
    reportsPatch("Báo cáo", spec.reports),
    ...(spec.moreReports ?? []).map((r, i) => reportsPatch(`Báo cáo ${i + 2}`, r)),
    ...(spec.extra ?? []),
  ]);
  return book;
}

/** A full, valid report; `over` replaces some cells. */
export function report(agency: string, year: number, over: ReportInput = {}): ReportInput {
  return { ...fullReport(agency, year), ...over };
}
