/**
 * A child process for the signal tests: saves a workbook whose move into place never finishes, says "ready" once
 * the temporary file is written, and waits for the signal the test sends. Run with bin/run-ts.cjs; argv: the output.
 */
import { promises as fs } from "node:fs";
import { XlsxFile } from "../../src/adapters/xlsx";

async function main(): Promise<void> {
  const book = XlsxFile.create();
  await book.apply([{ sheet: "Dữ liệu", createSheet: true, cells: [{ address: "A1", value: "x" }] }]);
  const hang = (): Promise<void> => {
    process.stdout.write("ready\n");
    setInterval(() => undefined, 1000); // keeps the process alive until the signal
    return new Promise<void>(() => undefined);
  };
  Object.assign(fs, { rename: hang, link: hang });
  await book.save(process.argv[2] ?? "out.xlsx");
}

void main();
