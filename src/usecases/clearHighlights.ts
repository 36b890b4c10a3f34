/** Remove the tool's highlights from every sheet: the cells look exactly as before, the user's formatting untouched. */
import type { WorkbookPort } from "../ports/workbookPort";
import { highlightOwners } from "./owned";
import { ok, type Result } from "./result";
import { updating } from "./writing";

export async function clearHighlights(port: WorkbookPort): Promise<Result<{ readonly sheets: readonly string[] }>> {
  return updating(port, (snapshot) => {
    const owners = highlightOwners(snapshot);
    const patches = [...owners].map(([sheet, removeOwned]) => ({ sheet, cells: [], removeOwned }));
    return { patches, result: ok({ sheets: [...owners.keys()] }) };
  });
}
