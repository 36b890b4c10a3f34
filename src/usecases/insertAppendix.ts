/** Insert the standard appendix tables from a preset where `place` says, never over a non-empty cell. */
import type { Preset } from "../domain/presets";
import type { Period } from "../domain/units";
import type { WorkbookPort } from "../ports/workbookPort";
import { appendixFootprint, layoutAppendix, type TypedFigure } from "../sheet/layout/appendixLayout";
import { place, type PlaceRequest } from "./placement";
import { markInserted } from "./removeInserted";
import { ok, type Result } from "./result";
import { updating } from "./writing";

export interface InsertRequest extends PlaceRequest {
  readonly preset: Preset;
  readonly periods: readonly Period[];
  /** Figures typed over the preset's (the pane's worked example). */
  readonly typed?: readonly TypedFigure[];
}

export interface InsertOutcome {
  readonly sheet: string;
  readonly range: string;
  readonly createdSheet: boolean;
}

export async function insertAppendix(port: WorkbookPort, req: InsertRequest): Promise<Result<InsertOutcome>> {
  return updating(port, (snapshot) => {
    const spot = place(snapshot, req, appendixFootprint(req.preset, req.periods));
    if (!spot.ok) return { patches: [], result: spot };
    const { sheet, top, left, createSheet, range } = spot.value;
    const patch = layoutAppendix({ sheet, preset: req.preset, periods: req.periods, top, left, createSheet, ...(req.typed ? { typed: req.typed } : {}) });
    // Marked as the tool's, with a hash of what it wrote, so "remove what was inserted" can take it away unchanged.
    return { patches: [markInserted(patch, "Table", range, snapshot, createSheet)], result: ok({ sheet, range, createdSheet: createSheet }) };
  });
}
