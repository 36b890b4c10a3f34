/** `pressdx`: the add-in's use cases on .xlsx files, for batches, CI and people without the add-in. */
import { WorkbookReadError } from "../adapters/xlsx/readError";
import { UsageError } from "./args";
import { type CliServices, createCliServices } from "./compositionRoot";
import { type CliContext, InputError } from "./context";
import { cliTexts } from "./i18n";
import { useColour } from "./style";
import { forStream, plain } from "./terminal";
import { INSERT_USAGE, runInsert } from "./commands/insert";
import { runValidate, VALIDATE_USAGE } from "./commands/validate";
import { runDemo } from "./commands/demo";
import { CONSOLIDATE_HELP, runConsolidate } from "./commands/consolidate";
import { ATTAIN_USAGE, runAttain } from "./commands/attain";
import { FORM_USAGE, runForm } from "./commands/form";
import { LINEAGE_USAGE, runLineage } from "./commands/lineage";

export { plain } from "./terminal";
export { boundHeapGrowth } from "./heap";

const HELP = `${cliTexts("vi").helpTitle}

  ${INSERT_USAGE}
  ${VALIDATE_USAGE}
  ${CONSOLIDATE_HELP}
  ${ATTAIN_USAGE}
  ${FORM_USAGE}
  ${LINEAGE_USAGE}
  pressdx demo

Exit status: 0 no errors (warnings allowed) · 1 errors found · 2 unreadable input or wrong arguments.
`;

export type Command = (argv: readonly string[], ctx: CliContext, services: CliServices) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  insert: runInsert,
  validate: runValidate,
  demo: runDemo,
  consolidate: runConsolidate,
  attain: runAttain,
  form: runForm,
  lineage: runLineage,
};

/**
 * The process's streams. Workbook text is made `plain` where it is put into a line; this last guard lets only the
 * tool's own line breaks, and its colours where it uses them, through to any stream: terminal, pipe or file.
 */
export function processContext(): CliContext {
  return {
    stdout: (t) => process.stdout.write(forStream(t, useColour())),
    stderr: (t) => process.stderr.write(forStream(t, false)),
    now: () => new Date(),
    cwd: process.cwd(),
  };
}

export async function main(argv: readonly string[], ctx: CliContext = processContext(), services: CliServices = createCliServices()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    ctx.stdout(HELP);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    ctx.stderr(`pressdx: unknown command “${plain(command)}”; the commands are ${Object.keys(COMMANDS).join(", ")} (pressdx help)\n`);
    return 2;
  }
  try {
    return await run(rest, ctx, services);
  } catch (e) {
    // A workbook found damaged or over a limit while it is read: one line naming the file, part and reason.
    if (e instanceof UsageError || e instanceof InputError || e instanceof WorkbookReadError) {
      ctx.stderr(`pressdx ${command}: ${plain(e.message)}\n`);
      if (process.env["PRESSDX_DEBUG"] && e.cause instanceof Error) ctx.stderr(`${e.cause.stack ?? ""}\n`);
      return 2;
    }
    // The file system refusing (a folder vanished, no permission, the output written meanwhile): one line.
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === "string" && e instanceof Error) {
      ctx.stderr(`pressdx ${command}: ${plain(e.message.split("\n")[0] ?? "")}\n`);
      return 2;
    }
    throw e;
  }
}
