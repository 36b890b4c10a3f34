/**
 * The package reader in the pane: a file the user chose, read from its bytes by the same modules as the command line
 * (package/packageReader.ts; only package/codec.ts is the pane's own, swapped in by the build), with the same limits
 * and refusals, in the same steps as `pressdx consolidate`: refused by its size before it is loaded, then read.
 */
import type { WorkbookSnapshot } from "../../sheet/grid";
import { DEFAULT_LIMITS, type ReadLimits, readWorkbookBytes } from "./package/packageReader";
import { fileTooLarge } from "./readError";

export { WorkbookReadError } from "./readError";

/** `load` is called only when the size is within the limit; the bytes are not kept after the read. */
export async function readChosenFile(name: string, size: number, load: () => Promise<ArrayBuffer>, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookSnapshot> {
  if (size > limits.fileBytes) throw fileTooLarge(name, size, limits.fileBytes);
  return readWorkbookBytes(name, new Uint8Array(await load()), limits);
}
