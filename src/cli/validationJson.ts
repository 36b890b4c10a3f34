/**
 * The one JSON object `pressdx validate --json` prints: the tables checked, each with why it was taken and how it
 * was read (which header cells as which years, which rows as which indicators with the words that matched, which as
 * headings, where and why it ended), the blocks refused as target tables with why, the findings, the summary.
 * A reviewer can see from it why any cell was or was not checked (RULES.md version 2).
 */
import type { AppendixTable, RejectedTable, TableExplanation } from "../domain/appendix";
import { summarise } from "../domain/findings";
import { summariseOpen } from "../domain/review";
import { describeRecognition, renderMessage, type Lang } from "../domain/messages";
import type { ValidationReport } from "../usecases/validateWorkbook";

export function validationJson(file: string, report: ValidationReport, lang: Lang): Record<string, unknown> {
  return {
    file,
    tables: report.tables.map((t) => tableJson(t, lang)),
    notTargetTables: report.rejected.map((t) => rejectedJson(t, lang)),
    findings: report.findings.map((f, i) => {
      const r = report.reviews[i];
      return {
        sheet: f.sheet,
        cell: f.cell,
        severity: f.severity,
        code: f.code,
        indicator: f.indicator,
        year: f.year,
        value: f.value,
        message: renderMessage(f, lang),
        // The reviewer's decision stored in the workbook (in Excel or by an earlier run).
        status: r?.status ?? "open",
        ...(r?.reason !== undefined ? { reason: r.reason, decidedAt: r.at ?? "" } : {}),
      };
    }),
    summary: summarise(report.findings),
    open: summariseOpen(report.findings, report.reviews),
    changes: report.changes,
  };
}

function tableJson(t: AppendixTable, lang: Lang): Record<string, unknown> {
  const confidence = t.recognition?.confidence ?? "target";
  const reasons = t.recognition?.reasons ?? [];
  return {
    sheet: t.sheet,
    range: t.range,
    title: t.title,
    years: t.yearColumns.map((c) => c.year),
    recognition: { taken: confidence, reasons, why: describeRecognition(reasons, lang), ...readingJson(t.explanation) },
  };
}

function rejectedJson(t: RejectedTable, lang: Lang): Record<string, unknown> {
  return {
    sheet: t.sheet,
    range: t.range,
    title: t.title,
    recognition: { taken: "refused", reasons: t.reasons, why: describeRecognition(t.reasons, lang), ...readingJson(t.explanation) },
  };
}

function readingJson(e: TableExplanation | undefined): Record<string, unknown> {
  if (!e) return {};
  return {
    labelColumn: e.labelColumn,
    columns: e.columns,
    yearHeaders: e.years,
    rows: e.rows,
    end: e.end,
  };
}
