/**
 * What one finding says: its severity, its cell, its message and figures. The row around it (FindingTree) makes it
 * selectable; controls added to a finding (accept, justify) go in the `actions` slot, and take `tabIndex={active ?
 * 0 : -1}` so the list stays one tab stop.
 */
import { Badge } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Finding, Operand } from "../../domain/findings";
import { renderMessage } from "../../domain/messages";
import { formatNumber, formatPercent } from "../i18n";
import { usePane } from "../shell/PaneContext";
import { CHECK_TEXTS, type CheckTexts } from "./checkTexts";
import { SEVERITY_BADGE_COLOR, severityLabel } from "./severity";

/** Where a finding is: its cell, or the file or sheet a whole-file finding is about. */
export function whereOf(f: Finding): string {
  return f.cell ? `${f.sheet}!${f.cell}` : (f.file ?? f.sheet);
}

export function FindingItem({ finding, actions }: { finding: Finding; actions?: ReactNode }) {
  const { lang } = usePane();
  const t = CHECK_TEXTS[lang];
  const figures = figuresLine(finding, t, lang);
  return (
    <span className="pdx-tree-text">
      <span className="pdx-row">
        <Badge appearance="tint" color={SEVERITY_BADGE_COLOR[finding.severity]} size="small">
          {severityLabel(finding.severity, t)}
        </Badge>
        <span className="pdx-strong">{finding.cell || finding.file || finding.sheet}</span>
      </span>
      <span>{renderMessage(finding, lang)}</span>
      {figures && <span className="pdx-caption pdx-muted">{figures}</span>}
      {actions}
    </span>
  );
}

/** "Value: “60%” · Expected: 67%": the cell as found, and the figure the rule expected when it is one figure. */
function figuresLine(f: Finding, t: CheckTexts, lang: "vi" | "en"): string {
  if (!f.cell) return "";
  const parts: string[] = [];
  // A blank cell says nothing more than the message does.
  if (f.value !== null && f.value !== "") parts.push(`${t.valueLabel}: ${showValue(f, lang)}`);
  // A standard wording as `expected` is already quoted by the message; only a figure adds something, written as
  // the value is: a share as a percent, an amount (a report's revenue) as a number.
  if (typeof f.expected === "number") {
    const amount = typeof f.value === "number" && !isShare(f, f.value);
    parts.push(`${t.expectedLabel}: ${amount ? formatNumber(f.expected, lang) : formatPercent(f.expected, lang)}`);
  }
  return parts.join(" · ");
}

function showValue(f: Finding, lang: "vi" | "en"): string {
  const v = f.value;
  if (typeof v === "string") return `“${v}”`;
  if (v === null) return "";
  // A cell read as a share (0.6 shown as 60%) is shown as the message quotes it; other numbers as they are.
  return isShare(f, v) ? formatPercent(v, lang) : formatNumber(v, lang);
}

function isShare(f: Finding, v: number): boolean {
  const o: Readonly<Record<string, Operand>> = f.operands ?? {};
  return o["share"] === v || o["current"] === v;
}
