/**
 * `pressdx demo` (npm run demo): the whole chain on the bundled example, on a fresh machine:
 * insert the standard tables, validate a hand-made plan, consolidate three agencies' reports into it,
 * and write attainment as live formulas. Writes examples/out/ and prints what a user would see.
 */
import fs from "node:fs";
import path from "node:path";
import type { CliServices } from "../compositionRoot";
import type { CliContext } from "../context";
import { cliTexts } from "../i18n";
import { runAttain } from "./attain";
import { runConsolidate } from "./consolidate";
import { runInsert } from "./insert";
import { runValidate } from "./validate";

/** The project's examples folder, found upwards from this module (src/cli/commands/ or the built dist-cli/). */
function examplesFolder(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "examples", "ke-hoach-mau.xlsx"))) return path.join(dir, "examples");
    if (path.dirname(dir) === dir) throw new Error("the bundled examples are not installed beside pressdx");
  }
}

export async function runDemo(argv: readonly string[], ctx: CliContext, services: CliServices): Promise<number> {
  if (argv.length) ctx.stderr("pressdx demo takes no arguments; ignoring them\n");
  const EXAMPLES = examplesFolder();
  const out = path.join(EXAMPLES, "out");
  fs.mkdirSync(out, { recursive: true });
  const rel = (p: string): string => path.relative(ctx.cwd, p) || p;
  const step = async (title: string, args: string[], run: (a: readonly string[], c: CliContext, s: CliServices) => Promise<number>) => {
    ctx.stdout(`\n== ${title} ==\n$ pressdx ${args.join(" ")}\n`);
    return run(args.slice(1), ctx, services);
  };

  const appendix = rel(path.join(out, "phu-luc-quoc-gia.xlsx"));
  const plan = rel(path.join(EXAMPLES, "ke-hoach-mau.xlsx"));
  const reviewed = rel(path.join(out, "ke-hoach-mau.kiem-tra.xlsx"));
  const reports = rel(path.join(EXAMPLES, "bao-cao"));
  const merged = rel(path.join(out, "ke-hoach-tong-hop.xlsx"));
  const attained = rel(path.join(out, "ke-hoach-danh-gia.xlsx"));

  const t = cliTexts("vi");
  const [s1, s2, s3, s4, s5] = t.demoSteps;
  const inserted = await step(s1, ["insert", appendix, "--preset", "national", "--force"], runInsert);
  const insertedValid = await step(s2, ["validate", appendix], runValidate);
  const sample = await step(s3, ["validate", plan, "--out", reviewed, "--force"], runValidate);
  const consolidated = await step(s4, ["consolidate", reports, "--into", plan, "-o", merged, "--force"], runConsolidate);
  const attainment = await step(s5, ["attain", merged, "-o", attained, "--force"], runAttain);

  // Expected on the bundled example: the standard tables are clean; the sample plan and the reports have
  // their planted errors (exit 1); attainment is written even though one report has an error.
  const asExpected =
    inserted === 0 && insertedValid === 0 && sample === 1 && consolidated === 1 && attainment <= 1 && fs.existsSync(attained);
  ctx.stdout(
    `\n${t.demoOutcome(asExpected, rel(out))}\n` +
      `  ${path.basename(reviewed)}  — ${t.demoFiles.reviewed}\n` +
      `  ${path.basename(merged)}  — ${t.demoFiles.merged}\n` +
      `  ${path.basename(attained)}  — ${t.demoFiles.attained}\n`,
  );
  return asExpected ? 0 : 1;
}
