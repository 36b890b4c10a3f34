/**
 * How the pane words what the engine returns: a check's outcome as the Validate tab shows it, the reviewer's
 * decision as the check carries it out, the adapter's notices. Loaded with the engine chunk, not the first screen.
 */
import type { OfficeNotice } from "../adapters/office/officeWorkbook";
import type { Lang } from "../domain/messages";
import { findingKey } from "../domain/review";
import type { CheckOutcome, CheckRequest } from "../usecases/checkWorkbook";
import type { ValidationReport } from "../usecases/validateWorkbook";
import type { DecisionRequest, TableReading, ValidationView } from "./services";

export function noticeTexts(notices: readonly OfficeNotice[], lang: Lang): string[] {
  return notices.map((n) => noticeText(n, lang));
}

/** A notice of the adapter in the pane's language. */
function noticeText(n: OfficeNotice, lang: Lang): string {
  if (n.kind === "unreadable_rules") {
    return lang === "vi"
      ? `Excel không đọc được ${n.count} quy tắc định dạng có điều kiện trên trang “${n.sheet}” (lỗi đã biết của Excel); công cụ để nguyên chúng.`
      : `Excel could not read ${n.count} conditional-format rule(s) on sheet “${n.sheet}” (a known Excel bug); the tool left them alone.`;
  }
  return lang === "vi"
    ? `Excel không xóa được ${n.count} quy tắc tô màu cũ của công cụ trên trang “${n.sheet}”; hãy xóa bằng tay (Trang đầu › Định dạng có điều kiện › Xóa quy tắc) nếu còn thấy.`
    : `Excel refused to delete ${n.count} of the tool's earlier highlight rule(s) on sheet “${n.sheet}”; clear them by hand (Home › Conditional Formatting › Clear Rules) if they still show.`;
}

/** A check's outcome as the pane shows it. */
export function viewOf(v: CheckOutcome): ValidationView {
  return {
    tables: v.report.tables.map((t) => ({ sheet: t.sheet, range: t.range, title: t.title, years: t.yearColumns.map((c) => c.year) })),
    findings: v.report.findings,
    highlighted: v.highlighted,
    unhighlighted: v.unhighlighted,
    readings: readingsOf(v.report),
    reviews: v.report.reviews,
    changes: v.report.changes,
  };
}

/** The pane's decision as the check carries it out, the finding named by its key. */
export function decisionOf(d: DecisionRequest): Omit<NonNullable<CheckRequest["decide"]>, "at"> {
  if ("accept" in d) return { accept: [{ key: findingKey(d.accept), reason: d.reason }] };
  if ("reopen" in d) return { reopen: [findingKey(d.reopen)] };
  return { resetAll: true };
}

/** The tables checked and the blocks refused, each with why and how it was read. */
function readingsOf(report: ValidationReport): TableReading[] {
  const taken = report.tables.map((t): TableReading => {
    const r: TableReading = { sheet: t.sheet, range: t.range, taken: t.recognition?.confidence ?? "target", reasons: t.recognition?.reasons ?? [] };
    return t.explanation ? { ...r, explanation: t.explanation } : r;
  });
  const refused = report.rejected.map((t): TableReading => {
    const r: TableReading = { sheet: t.sheet, range: t.range, taken: "refused", reasons: t.reasons };
    return t.explanation ? { ...r, explanation: t.explanation } : r;
  });
  return [...taken, ...refused];
}
