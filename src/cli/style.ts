/** Terminal colours, only on a terminal and never with NO_COLOR. */
import type { Severity } from "../domain/findings";

const useColour = (): boolean => Boolean(process.stdout.isTTY) && !process.env["NO_COLOR"];

const wrap = (code: string) => (s: string) => (useColour() ? `\u001b[${code}m${s}\u001b[0m` : s);
export const bold = wrap("1");
export const dim = wrap("2");
const red = wrap("31");
const yellow = wrap("33");
const blue = wrap("34");

export function severityTag(s: Severity, lang: "vi" | "en"): string {
  const label = lang === "vi" ? { error: "LỖI", warning: "CẢNH BÁO", info: "LƯU Ý" }[s] : { error: "ERROR", warning: "WARNING", info: "INFO" }[s];
  const padded = label.padEnd(8);
  return s === "error" ? red(padded) : s === "warning" ? yellow(padded) : blue(padded);
}
