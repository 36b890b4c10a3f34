/**
 * `pressdx form --agencies <list.txt> --year <YYYY>[,YYYY...] --out <folder> [--province <name>] [--force]`: one ready
 * report form per agency, each in a workbook of its own (insertAgencyForm: title, instructions, the agency's name,
 * province and year fixed, an example row, the sheet protected), to send out by e-mail.
 *
 * File names come from the agency's name without diacritics ("bao-cao-2026-bao-thai-binh.xlsx"), made unique; every
 * file is checked before the first is written, and none is replaced without --force.
 */
import fs from "node:fs";
import path from "node:path";
import { agencyKey, tidyName } from "../../domain/agency/text";
import { stripDiacritics } from "../../domain/text";
import { isPlanYear } from "../../domain/units";
import { renderError } from "../../usecases/errorMessages";
import { parseArgs, UsageError } from "../args";
import type { CliServices, WorkbookSession } from "../compositionRoot";
import { type CliContext, InputError } from "../context";

export const FORM_USAGE = "pressdx form --agencies <list.txt> --year <YYYY>[,YYYY...] --out <folder> [--province <name>] [--force]";
export const FORM_SHEET = "Báo cáo";

export async function runForm(argv: readonly string[], ctx: CliContext, services: CliServices): Promise<number> {
  const args = parseArgs(argv, { options: ["agencies", "year", "out", "province"], switches: ["force"] });
  const list = args.options.get("agencies");
  const yearText = args.options.get("year");
  const outArg = args.options.get("out");
  if (!list || !yearText || !outArg || args.positionals.length > 0) throw new UsageError(`usage: ${FORM_USAGE}`);
  const years = yearsOf(yearText);
  const agencies = readAgencies(path.resolve(ctx.cwd, list), list);
  const folder = path.resolve(ctx.cwd, outArg);
  const force = args.switches.has("force");
  const province = args.options.get("province")?.trim();

  const stat = fs.statSync(folder, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new UsageError(`${outArg} is a file; --out names a folder`);
  const names = fileNames(agencies, years);
  const existing = names.filter((n) => fs.existsSync(path.join(folder, n)));
  if (existing.length > 0 && !force) {
    throw new UsageError(`${path.join(outArg, existing[0] ?? "")} already exists (${existing.length} of ${names.length} files); pass --force to replace them`);
  }

  // Every form is made before the first file is written, so a refusal leaves the folder as it was.
  const books: WorkbookSession[] = [];
  for (const [i, agency] of agencies.entries()) {
    const book = services.newWorkbook(path.join(folder, names[i] ?? ""));
    const r = await book.insertAgencyForm({ sheet: FORM_SHEET, agencies: [agency], years, ...(province ? { province } : {}) });
    if (!r.ok) throw new InputError(`${agency}: ${renderError(r.error, "vi", "cli")}`);
    books.push(book);
  }
  fs.mkdirSync(folder, { recursive: true });
  for (const book of books) await book.save(force);

  ctx.stdout(`Đã ghi ${books.length} biểu mẫu báo cáo năm ${years.join(", ")} vào ${outArg}:\n`);
  agencies.forEach((a, i) => ctx.stdout(`  ${names[i] ?? ""}  (${a})\n`));
  return 0;
}

function yearsOf(text: string): number[] {
  const years = text.split(",").map((t) => Number(t.trim()));
  if (years.some((y) => !isPlanYear(y))) throw new UsageError(`--year must be years from 2023 to 2030 (2026 or 2024,2025), not “${text}”`);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** One agency per line; blank lines and lines starting with # are skipped; a name given twice is refused. */
function readAgencies(file: string, shown: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${shown}: ${code === "ENOENT" ? "file not found" : `cannot be read (${code ?? String(e)})`}`);
  }
  const seen = new Map<string, number>();
  const out: string[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, i) => {
      const name = tidyName(line);
      if (name === "" || name.startsWith("#")) return;
      const first = seen.get(agencyKey(name));
      if (first !== undefined) throw new InputError(`${shown}: line ${i + 1} repeats “${name}” (line ${first})`);
      seen.set(agencyKey(name), i + 1);
      out.push(name);
    });
  if (out.length === 0) throw new InputError(`${shown}: no agency name in the file (one per line)`);
  return out;
}

/** "bao-cao-2026-bao-thai-binh.xlsx": ASCII, lower case, unique within the batch. */
export function fileNames(agencies: readonly string[], years: readonly number[]): string[] {
  const used = new Set<string>();
  return agencies.map((a) => {
    const slug =
      stripDiacritics(a)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 60)
        .replace(/-+$/, "") || "co-quan";
    const base = `bao-cao-${years.join("-")}-${slug}`;
    let name = `${base}.xlsx`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.xlsx`;
    used.add(name);
    return name;
  });
}
