/** `pressdx insert <out.xlsx> [--preset ID] [--period 2023-2025|2026-2030|both] [--into existing.xlsx] [--sheet NAME] [--force]` */
import { isPresetId, PRESET_IDS, PRESETS } from "../../domain/presets";
import type { Period } from "../../domain/units";
import { renderError } from "../../usecases/errorMessages";
import { parseArgs, UsageError } from "../args";
import type { CliServices } from "../compositionRoot";
import { type CliContext, InputError } from "../context";
import { cliTexts } from "../i18n";
import { refuseExisting, refuseSamePath } from "../paths";
import { plain } from "../terminal";

export const INSERT_USAGE = `pressdx insert <out.xlsx> [--preset ${PRESET_IDS.join("|")}] [--period 2023-2025|2026-2030|both] [--into <existing.xlsx>] [--sheet NAME] [--force]`;

export const DEFAULT_APPENDIX_SHEET = "Phụ lục";

export function periodsOf(text: string | undefined): Period[] {
  switch (text ?? "both") {
    case "both":
      return ["2023-2025", "2026-2030"];
    case "2023-2025":
      return ["2023-2025"];
    case "2026-2030":
      return ["2026-2030"];
    default:
      throw new UsageError(`--period must be 2023-2025, 2026-2030 or both, not “${text}”`);
  }
}

export async function runInsert(argv: readonly string[], ctx: CliContext, services: CliServices): Promise<number> {
  const args = parseArgs(argv, {
    options: ["preset", "period", "into", "sheet"],
    switches: ["force"],
  });
  const [out, ...extra] = args.positionals;
  if (!out || extra.length) throw new UsageError(`usage: ${INSERT_USAGE}`);
  const presetId = args.options.get("preset") ?? "national";
  if (!isPresetId(presetId)) throw new UsageError(`--preset must be one of ${PRESET_IDS.join(", ")}, not “${presetId}”`);
  const periods = periodsOf(args.options.get("period"));
  const into = args.options.get("into");
  if (into) refuseSamePath(into, out);
  refuseExisting(out, args.switches.has("force"));
  const sheet = args.options.get("sheet") ?? DEFAULT_APPENDIX_SHEET;

  const book = into ? await services.openCopy(into, out) : services.newWorkbook(out);
  const result = await book.insertAppendix({ preset: PRESETS[presetId], periods, sheet });
  if (!result.ok) throw new InputError(`${into ?? out}: ${renderError(result.error, "vi", "cli")}`);
  await book.save(args.switches.has("force"));
  const { value } = result;
  ctx.stdout(`${cliTexts("vi").inserted(PRESETS[presetId].nameVi, periods.join(", "), plain(value.sheet), value.range, plain(out))}\n`);
  return 0;
}
