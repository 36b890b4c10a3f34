import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XlsxFile } from "../../../src/adapters/xlsx/xlsxFile";
import { describePortContract } from "./portContract";
import { buildWithExcelJS, inspectFile } from "./xlsxInspect";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pressdx-contract-pkg-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const fileName = (): string => path.join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);

describePortContract({
  name: "xlsx package editor (read back from the saved file)",
  async make(sheets, names = {}) {
    // The starting workbook is a fixture: ExcelJS builds it (the user's rules, protection and names included).
    const startFile = fileName();
    await (await buildWithExcelJS(sheets, names)).xlsx.writeFile(startFile);
    const book = await XlsxFile.load(startFile);
    return {
      port: book,
      async inspect() {
        const file = fileName();
        await book.save(file);
        return inspectFile(file);
      },
    };
  },
});
