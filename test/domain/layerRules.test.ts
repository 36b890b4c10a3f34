// The lint layer rules have no holes: the pure core reaches no Node built-in, by import or by global, every
// file under src/adapters falls under a rule, and nothing in src/ imports ExcelJS or JSZip. Checked by linting snippets as if they sat in those folders (in one
// child process: ESLint loads its flat config by a dynamic import, which Jest's module system does not run).
import { spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

const PROBES: readonly (readonly [string, string])[] = [
  ['import { gzipSync } from "zlib";\nexport const z = gzipSync;\n', "src/domain/probe.ts"],
  ['import { Buffer } from "buffer";\nexport const b = Buffer;\n', "src/domain/probe.ts"],
  ['import process from "process";\nexport const p = process;\n', "src/sheet/probe.ts"],
  ['import { readFile } from "node:fs/promises";\nexport const r = readFile;\n', "src/sheet/probe.ts"],
  ['import { inflateSync } from "node:zlib";\nexport const i = inflateSync;\n', "src/usecases/probe.ts"],
  ['import { readFileSync } from "fs";\nexport const r = readFileSync;\n', "src/adapters/probe.ts"],
  ['import ExcelJS from "exceljs";\nexport const e = ExcelJS;\n', "src/adapters/probe.ts"],
  ['import ExcelJS from "exceljs";\nexport const e = ExcelJS;\n', "src/adapters/xlsx/probe.ts"],
  ['import JSZip from "jszip";\nexport const z = JSZip;\n', "src/adapters/xlsx/edit/probe.ts"],
  ['import ExcelJS from "exceljs";\nexport const e = ExcelJS;\n', "src/cli/probe.ts"],
  ['import JSZip from "jszip";\nexport const z = JSZip;\n', "src/newfolder/probe.ts"],
  ["export const env = process.env;\n", "src/domain/probe.ts"],
  ['export const bytes = Buffer.from("a");\n', "src/sheet/probe.ts"],
  ['import { fold } from "../domain/text";\nexport const f = fold;\n', "src/sheet/probe.ts"],
  // Nothing shipped imports a test double: the stand-in, the preview, the memory adapter.
  ['import { createStandIn } from "../standin";\nexport const c = createStandIn;\n', "src/taskpane/probe.ts"],
  ['import { MemoryWorkbook } from "../adapters/memory";\nexport const m = MemoryWorkbook;\n', "src/taskpane/probe.ts"],
  ['import { seedCells } from "../preview/seed";\nexport const s = seedCells;\n', "src/taskpane/probe.ts"],
  ['import { createStandIn } from "../standin";\nexport const c = createStandIn;\n', "src/sheet/probe.ts"],
  ['import { createStandIn } from "../../standin";\nexport const c = createStandIn;\n', "src/adapters/office/probe.ts"],
  ['import { MemoryWorkbook } from "../adapters/memory/memoryWorkbook";\nexport const m = MemoryWorkbook;\n', "src/cli/probe.ts"],
  ['import { createStandIn } from "../standin";\nexport const c = createStandIn;\n', "src/newfolder/probe.ts"],
  // The preview is the one place that runs the pane over the stand-in.
  ['import { createStandIn } from "../standin";\nexport const c = createStandIn;\n', "src/preview/probe.ts"],
];

function lintAll(probes: readonly (readonly [string, string])[] = PROBES): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const probes = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
    const out = [];
    for (const [code, file] of probes) {
      const [r] = await eslint.lintText(code, { filePath: ${JSON.stringify(ROOT)} + "/" + file });
      out.push(r.messages.map((m) => m.ruleId));
    }
    console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(probes)], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

describe("the layer rules", () => {
  it("refuse every Node built-in and global in the core, cover the files directly under src/adapters, keep ExcelJS and JSZip out of src/, and test doubles out of everything shipped", () => {
    expect(lintAll()).toEqual([
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-globals"],
      ["no-restricted-globals"],
      [],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      ["no-restricted-imports"],
      [],
    ]);
  });

  it("give the command line's commands their adapters and use cases only through its composition root", () => {
    const probes: ReadonlyArray<readonly [string, string]> = [
      ['import { XlsxFile } from "../../adapters/xlsx/xlsxFile";\nexport const x = XlsxFile;\n', "src/cli/commands/probe.ts"],
      ['import { writeAttainment } from "../../usecases/writeAttainment";\nexport const w = writeAttainment;\n', "src/cli/commands/probe.ts"],
      ['import type { AttainOutcome } from "../../usecases/writeAttainment";\nexport type A = AttainOutcome;\n', "src/cli/commands/probe.ts"],
      ['import { renderError } from "../../usecases/errorMessages";\nexport const r = renderError;\n', "src/cli/commands/probe.ts"],
      ['import { XlsxFile } from "../adapters/xlsx/xlsxFile";\nexport const x = XlsxFile;\n', "src/cli/compositionRoot.ts"],
    ];
    expect(lintAll(probes)).toEqual([["no-restricted-imports"], ["no-restricted-imports"], [], [], []]);
  });
});

