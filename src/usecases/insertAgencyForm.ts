/** Insert the agency report form (AGENCY_FORM.md) with its native validation, where `place` says, never over data. */
import type { WorkbookPort } from "../ports/workbookPort";
import { agencyFormFootprint, layoutAgencyForm } from "../sheet/agencyForm";
import { place, type PlaceRequest } from "./placement";
import { markInserted } from "./removeInserted";
import { ok, type Result } from "./result";
import { updating } from "./writing";

export const AGENCY_FORM_SHEET = "Báo cáo cơ quan";

export interface AgencyFormRequest extends PlaceRequest {
  /** Pre-fills one row per agency and year. */
  readonly agencies?: readonly string[];
  readonly years?: readonly number[];
}

export async function insertAgencyForm(
  port: WorkbookPort,
  req: AgencyFormRequest,
): Promise<Result<{ readonly sheet: string; readonly range: string }>> {
  return updating(port, (snapshot) => {
    const fill = { ...(req.agencies ? { agencies: req.agencies } : {}), ...(req.years ? { years: req.years } : {}) };
    const spot = place(snapshot, req, agencyFormFootprint(fill));
    if (!spot.ok) return { patches: [], result: spot };
    const { sheet, top, left, createSheet, range } = spot.value;
    const patch = markInserted(layoutAgencyForm({ sheet, top, left, createSheet, ...fill }), "Form", range, snapshot, createSheet);
    return { patches: [patch], result: ok({ sheet, range }) };
  });
}
