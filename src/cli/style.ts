/**
 * Terminal colours, only on a terminal and never with NO_COLOR. They wrap text that is already the tool's own or
 * made `plain` (./terminal): a colour helper never sees raw workbook text.
 */
import type { Severity } from "../domain/findings";
import type { Lang } from "../domain/messages";
import { cliTexts } from "./i18n";

export const useColour = (): boolean => Boolean(process.stdout.isTTY) && !process.env["NO_COLOR"];

const wrap = (code: string) => (s: string) => (useColour() ? `\u001b[${code}m${s}\u001b[0m` : s);
export const bold = wrap("1");
export const dim = wrap("2");
const red = wrap("31");
const yellow = wrap("33");
const blue = wrap("34");

export function severityTag(s: Severity, lang: Lang): string {
  const padded = cliTexts(lang).severity[s].padEnd(8);
  return s === "error" ? red(padded) : s === "warning" ? yellow(padded) : blue(padded);
}
