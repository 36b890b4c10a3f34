import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { describePortContract, type WorkbookState } from "./portContract";
import { buildWithExcelJS, inspectFile } from "./xlsxInspect";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-contract-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Saves the workbook and reads the file back. */
async function inspect(book: XlsxWorkbook): Promise<WorkbookState> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  await book.save(file);
  return inspectFile(file);
}

describePortContract({
  name: "xlsx (ExcelJS, read back from the saved file)",
  async make(sheets, names = {}) {
    const book = await buildWithExcelJS(sheets, names);
    return { port: book, inspect: () => inspect(book) };
  },
});
