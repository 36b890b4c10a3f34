/**
 * Insert the agency report form (AGENCY_FORM.md) an agency can fill alone: title, instructions, province, agency and
 * year cells, the table with its native validation and an example row (sheet/layout/reportForm), where `place`
 * says, never over data. On a sheet of its own it is protected, its input cells left editable; on a sheet of the
 * user's nothing is protected.
 */
import type { WorkbookPort } from "../ports/workbookPort";
import { layoutReportForm, reportFormFootprint } from "../sheet/layout/reportForm";
import { place, type PlaceRequest } from "./placement";
import { markInserted } from "./removeInserted";
import { ok, type Result } from "./result";
import { updating } from "./writing";

export const AGENCY_FORM_SHEET = "Báo cáo cơ quan";

export interface AgencyFormRequest extends PlaceRequest {
  /** Pre-fills one row per agency and year; the names and years are then fixed. */
  readonly agencies?: readonly string[];
  readonly years?: readonly number[];
  /** Written in the form's province cell, fixed. */
  readonly province?: string;
}

export async function insertAgencyForm(
  port: WorkbookPort,
  req: AgencyFormRequest,
): Promise<Result<{ readonly sheet: string; readonly range: string; readonly protected: boolean }>> {
  return updating(port, (snapshot) => {
    const fill = {
      ...(req.agencies ? { agencies: req.agencies } : {}),
      ...(req.years ? { years: req.years } : {}),
      ...(req.province ? { province: req.province } : {}),
    };
    const spot = place(snapshot, req, reportFormFootprint(fill));
    if (!spot.ok) return { patches: [], result: spot };
    const { sheet, top, left, createSheet, range } = spot.value;
    const patch = markInserted(layoutReportForm({ sheet, top, left, createSheet, protect: createSheet, ...fill }), "Form", range, snapshot, createSheet);
    return { patches: [patch], result: ok({ sheet, range, protected: createSheet }) };
  });
}
