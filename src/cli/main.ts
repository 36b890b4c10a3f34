/** `pressdx`: the add-in's use cases on .xlsx files, for batches, CI and people without the add-in. */
import { WorkbookReadError } from "../adapters/xlsx/readError";
import { UsageError } from "./args";
import { neutralise } from "./terminal";
import { type CliContext, InputError } from "./context";
import { INSERT_USAGE, runInsert } from "./commands/insert";
import { runValidate, VALIDATE_USAGE } from "./commands/validate";
import { runDemo } from "./commands/demo";
import { CONSOLIDATE_HELP, runConsolidate } from "./commands/consolidate";
import { ATTAIN_USAGE, runAttain } from "./commands/attain";
import { FORM_USAGE, runForm } from "./commands/form";
import { LINEAGE_USAGE, runLineage } from "./commands/lineage";

const HELP = `pressdx — chỉ tiêu chuyển đổi số báo chí (Quyết định 348/QĐ-TTg) trên tệp .xlsx

  ${INSERT_USAGE}
  ${VALIDATE_USAGE}
  ${CONSOLIDATE_HELP}
  ${ATTAIN_USAGE}
  ${FORM_USAGE}
  ${LINEAGE_USAGE}
  pressdx demo

Exit status: 0 no errors (warnings allowed) · 1 errors found · 2 unreadable input or wrong arguments.
`;

const COMMANDS: Record<string, (argv: readonly string[], ctx: CliContext) => Promise<number>> = {
  insert: runInsert,
  validate: runValidate,
  demo: runDemo,
  consolidate: runConsolidate,
  attain: runAttain,
  form: runForm,
  lineage: runLineage,
};

export function processContext(): CliContext {
  return {
    stdout: (t) => process.stdout.write(process.stdout.isTTY ? neutralise(t) : t),
    stderr: (t) => process.stderr.write(process.stderr.isTTY ? neutralise(t) : t),
    now: () => new Date(),
    cwd: process.cwd(),
  };
}

export async function main(argv: readonly string[], ctx: CliContext = processContext()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    ctx.stdout(HELP);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    ctx.stderr(`pressdx: unknown command “${command}”\n\n${HELP}`);
    return 2;
  }
  try {
    return await run(rest, ctx);
  } catch (e) {
    // A workbook found damaged or over a limit while it is read: one line naming the file, part and reason.
    if (e instanceof UsageError || e instanceof InputError || e instanceof WorkbookReadError) {
      ctx.stderr(`pressdx ${command}: ${e.message}\n`);
      return 2;
    }
    // The file system refusing (a folder vanished, no permission, the output written meanwhile): one line.
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === "string" && e instanceof Error) {
      ctx.stderr(`pressdx ${command}: ${e.message.split("\n")[0]}\n`);
      return 2;
    }
    throw e;
  }
}
