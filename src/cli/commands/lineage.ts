/** `pressdx lineage <out.xlsx> [--into <plan.xlsx>] [--force]`: add the lineage table (the 2025 mergers) to a workbook. */
import path from "node:path";
import { renderError } from "../../usecases/errorMessages";
import { parseArgs, UsageError } from "../args";
import type { CliServices } from "../compositionRoot";
import { type CliContext, InputError } from "../context";
import { refuseExisting, refuseSamePath } from "../paths";

export const LINEAGE_USAGE = "pressdx lineage <out.xlsx> [--into <plan.xlsx>] [--force]";

export async function runLineage(argv: readonly string[], ctx: CliContext, services: CliServices): Promise<number> {
  const args = parseArgs(argv, { options: ["into"], switches: ["force"] });
  const [outArg, ...extra] = args.positionals;
  if (!outArg || extra.length > 0) throw new UsageError(`usage: ${LINEAGE_USAGE}`);
  const out = path.resolve(ctx.cwd, outArg);
  const intoArg = args.options.get("into");
  const into = intoArg === undefined ? undefined : path.resolve(ctx.cwd, intoArg);
  if (into) refuseSamePath(into, out);
  refuseExisting(out, args.switches.has("force"));
  const book = into ? await services.openCopy(into, out) : services.newWorkbook(out);
  const r = await book.insertLineageForm();
  if (!r.ok) throw new InputError(`${intoArg ?? outArg}: ${renderError(r.error, "vi", "cli")}`);
  await book.save(args.switches.has("force"));
  ctx.stdout(
    `Đã thêm bảng sáp nhập vào “${r.value.sheet}”!${r.value.range} → ${outArg}. Ghi mỗi cơ quan báo chí trước sáp nhập, tên sau sáp nhập và ngày có hiệu lực; các tỉnh sáp nhập ngày 01/07/2025 đã có sẵn.\n`,
  );
  return 0;
}
