/** Severities shown the Fluent way: error = danger, warning = warning, info = informative. */
import type { Severity } from "../../domain/findings";
import type { CheckTexts } from "./checkTexts";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const SEVERITY_BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const satisfies Record<
  Severity,
  "danger" | "warning" | "informative"
>;

/**
 * The stripe beside a finding, so its severity shows without reading the badge: Fluent's tokens, written as the CSS
 * variables FluentProvider sets (the strings `tokens.x` holds); importing `tokens` here would ship its whole table
 * of names (about 4 KB gzipped) with the tab (docs/decisions.md, "Bundle size").
 */
export const SEVERITY_STRIPE: Record<Severity, string> = {
  error: "var(--colorStatusDangerBorder2)",
  warning: "var(--colorStatusWarningBorder2)",
  info: "var(--colorBrandStroke1)",
};

export function severityLabel(s: Severity, t: CheckTexts): string {
  return s === "error" ? t.sevError : s === "warning" ? t.sevWarning : t.sevInfo;
}

export function severityCount(s: Severity, count: number, t: CheckTexts): string {
  return s === "error" ? t.countErrors(count) : s === "warning" ? t.countWarnings(count) : t.countInfos(count);
}
