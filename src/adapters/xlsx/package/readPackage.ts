/** The package reader on files (Node): the reader itself is packageReader.ts. */
import type { WorkbookSnapshot } from "../../../sheet/grid";
import { readXlsxBytes } from "../readFile";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { readWorkbookBytes } from "./packageReader";

export * from "./packageReader";

export async function readWorkbookFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookSnapshot> {
  return readWorkbookBytes(file, await readXlsxBytes(file, limits.fileBytes), limits);
}
