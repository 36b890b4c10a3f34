/** English messages, one per finding code; operands as documented in vi.ts. */
import { describeRecognition, reasonsOf } from "./recognition";
import { conflictText } from "./reportText";
import type { LocaleMap } from "./types";

const yr = (y: number | null): string => (y === null ? "" : ` ${y}`);

export const en: LocaleMap = {
  "table.period_years": (f, k) => {
    const o = f.operands ?? {};
    const why: Record<string, string> = {
      not_a_year: "is not a year (a letter typed among its digits?)",
      out_of_span: "lies outside the strategy's 2023–2030 span",
      not_consecutive: "is not consecutive",
      duplicate: "is repeated",
    };
    return `Year column ${k.q(f.value)} ${why[String(o["reason"])] ?? "is not valid"} (the table's years: ${String(o["years"] ?? "")}).`;
  },
  "figure.not_a_number": (f, k) => {
    const o = f.operands ?? {};
    if (o["reason"] !== "date") {
      return `${k.indicator}${yr(f.year)}: ${k.q(f.value)} is not a readable figure (valid examples: 67%, 0.67, trên 65%).`;
    }
    const what = o["typed"] !== undefined ? `Excel turned “${String(o["typed"])}” typed into the cell into a date` : "Excel turns a fraction typed into a cell into a date";
    const meant = typeof o["meant"] === "number" ? `, e.g. ${k.pct(o["meant"])}` : "";
    return `${k.indicator}${yr(f.year)}: the cell holds the date ${String(o["date"] ?? "")}, not a share (${what}). Enter the share as a percentage${meant}.`;
  },
  "figure.out_of_range": (f, k) =>
    `${k.indicator}${yr(f.year)}: the share ${k.pct(f.operands?.["share"])} is outside 0%–100%.`,
  "revenue.incomplete": (f, k) =>
    f.operands?.["missing"] === "threshold"
      ? `${k.indicator}${yr(f.year)}: ${k.q(f.value)} lacks the minimum revenue growth (e.g. “33% cơ quan báo chí tăng doanh thu 20%”).`
      : `${k.indicator}${yr(f.year)}: ${k.q(f.value)} lacks the share of agencies growing revenue (e.g. “33% cơ quan báo chí tăng doanh thu 20%”).`,
  "figure.stored_as_text": (f, k) => {
    const o = f.operands ?? {};
    if (o["qualifier"] === undefined) {
      return `${k.indicator}${yr(f.year)}: ${k.q(f.value)} is stored as text; enter the number ${k.pct(o["share"])} so Excel can compute with it.`;
    }
    const read: Record<string, string> = {
      more_than: `more than ${k.pct(o["share"])}`,
      at_least: `at least ${k.pct(o["share"])}`,
      aim: `an aim of ${k.pct(o["share"])}`,
      increase: `an increase of ${k.pct(o["share"])}`,
      range: `${k.pct(o["share"])} to ${k.pct(o["upper"])}`,
    };
    return `${k.indicator}${yr(f.year)}: ${k.q(f.value)} is read as ${read[String(o["qualifier"])] ?? k.pct(o["share"])}, but as text Excel cannot compute with it.`;
  },
  "figure.blank": (f, k) => `${k.indicator}${yr(f.year)}: no target entered.`,
  "target.decreasing": (f, k) => {
    const o = f.operands ?? {};
    const what = o["part"] === "threshold" ? "the minimum revenue growth" : "the target";
    return `${k.indicator}${yr(f.year)}: ${what} ${k.pct(o["current"])} is lower than in ${String(o["previousYear"])} (${k.pct(o["previous"])}); targets should not fall over time.`;
  },
  "target.below_national": (f, k) => {
    const o = f.operands ?? {};
    return `${k.indicator}${yr(f.year)}: ${k.pct(o["share"])} is below the national target of ${k.pct(o["national"])} (Decision ${String(o["decision"])}).`;
  },
  "revenue.threshold_below_national": (f, k) => {
    const o = f.operands ?? {};
    return `${k.indicator}${yr(f.year)}: revenue growth of ${k.pct(o["threshold"])} is below the national ${k.pct(o["national"])} (Decision ${String(o["decision"])}).`;
  },
  "target.unreachable_share": (f, k) => {
    const o = f.operands ?? {};
    const n = String(o["agencies"]);
    const unit = o["denominator"] === "people" ? "people" : o["denominator"] === "electronic_agencies" ? "electronic-press agencies" : "agencies";
    return `${k.indicator}${yr(f.year)}: with ${n} ${unit}, ${k.pct(o["share"])} cannot be reached; the nearest are ${k.pct(o["lower"])} (${String(o["lowerK"])} of ${n} ${unit}) or ${k.pct(o["upper"])} (${String(o["upperK"])} of ${n} ${unit}).`;
  },
  "indicator.unknown": (f, k) =>
    `The row ${k.q(f.value)} matches no standard indicator of the strategy; its figures are still range-checked.`,
  "indicator.label_differs": (f, k) =>
    `The label departs from the standard wording; read as “${k.indicator}”. Standard wording: ${k.q(f.expected)}.`,
  "table.ambiguous": (f) =>
    `The table ${String(f.operands?.["range"] ?? "")} may not be a target table (${describeRecognition(reasonsOf(f), "en")}): it is still checked, but raises no error.`,
  "table.not_target": (f) =>
    reasonsOf(f).includes("transposed")
      ? `The table ${String(f.operands?.["range"] ?? "")} has its years down the rows and its indicators across, so it is not checked; put the years in columns (one indicator a row) to have it checked.`
      : `The table ${String(f.operands?.["range"] ?? "")} is not taken as a target table (${describeRecognition(reasonsOf(f), "en")}), so it is not checked.`,
  "table.text_too_long": (f, k) =>
    `Cell ${f.cell} of sheet “${f.sheet}” lies in a target table and holds ${k.n(f.operands?.["length"])} characters, more than the ${k.n(f.operands?.["limit"])} Excel keeps in a cell: Excel reports the file as damaged when opening it and cuts this text, so the table is no longer what was checked; shorten the cell's text.`,
  "cell.text_too_long": (f, k) =>
    `Cell ${f.cell} of sheet “${f.sheet}” holds ${k.n(f.operands?.["length"])} characters, more than the ${k.n(f.operands?.["limit"])} Excel keeps in a cell: Excel reports the file as damaged when opening it and cuts this text; shorten it or split it over several cells.`,
  "figure.year_blank": (f, k) =>
    `No target entered yet in column ${k.q(f.value)} (${k.n(f.operands?.["rows"])} indicator rows left blank)${yr(f.year) ? `: set the${yr(f.year)} targets when they are known` : ""}.`,
  "report.not_yes_no": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}, column “${String(f.operands?.["column"] ?? "")}”: ${k.q(f.value)} is not Có/Không (yes/no); choose Có or Không.`,
  "report.not_a_number": (f, k) =>
    f.operands?.["reason"] === "percent"
      ? `${f.agency ?? ""}${yr(f.year)}, column “${String(f.operands["column"] ?? "")}”: ${k.q(f.value)} is a percentage, but this column asks for a number (people, media types or million đồng); enter the number.`
      : `${f.agency ?? ""}${yr(f.year)}, column “${String(f.operands?.["column"] ?? "")}”: ${k.q(f.value)} is not a number.`,
  "report.negative": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}, column “${String(f.operands?.["column"] ?? "")}”: ${k.q(f.value)} is negative.`,
  "report.trained_exceeds_staff": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}: more people trained (${k.n(f.operands?.["trained"])}) than leaders, staff, reporters and editors (${k.n(f.operands?.["staff"])}).`,
  "report.security_level_range": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}: information-security level ${k.q(f.value)} must be a number from 1 to 5 (blank for an agency that is not electronic press).`,
  "report.conflict": (f) => conflictText(f, "en"),
  "report.duplicate": (f) =>
    `${f.agency ?? ""}${yr(f.year)} is reported twice with identical figures (also in ${String(f.operands?.["other"] ?? "")}); counted once.`,
  "report.missing_year": (f) => {
    const reported = String(f.operands?.["reported"] ?? "");
    return `${f.agency ?? ""} has no report for${yr(f.year)} while other agencies reported that year (${reported === "" ? "it has reported no year" : `it reported ${reported}`}).`;
  },
  "report.revenue_base_missing": (f) =>
    `${f.agency ?? ""}${yr(f.year)}: revenue growth cannot be computed without the base-year revenue.`,
  "report.agency_missing": () => `The row has figures but no agency name; it is not counted.`,
  "attain.formula_unreadable": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}, column “${String(f.operands?.["column"] ?? "")}”: the workbook formulas cannot read ${k.q(f.value)} (a number stored as text or an unusual yes spelling), so the cell is left out of the actual figures; retype it as a number or Có/Không.`,
  "workbook.no_target_table": (f) =>
    `No target table found in ${f.file ?? "the workbook"} (a header row with year columns such as “Kế hoạch năm 2023” and indicator rows is needed).`,
  "source.unreadable": (f) => `Cannot read ${f.file ?? "the file"}: ${String(f.operands?.["reason"] ?? "")}.`,
  "report.year_out_of_range": (f, k) =>
    `${f.agency ?? ""}: the year ${k.q(f.value)} lies outside the strategy's 2023–2030; the row is not counted.`,
  "report.other_province": (f, k) => {
    const basis: Record<string, string> = {
      option: "as chosen",
      workbook: "as the consolidation workbook says",
      reports: "the province most report files name",
    };
    return `This report belongs to ${k.q(f.value)}, not to ${k.q(f.expected)}, the province consolidated (${basis[String(f.operands?.["basis"])] ?? ""}); it is left out of the merged table.`;
  },
  "report.row_skipped": (f) => `Row ${String(f.operands?.["row"] ?? "")} is a total row, not one agency's report; it is not counted.`,
  "source.not_a_report": (f) =>
    `${f.file ?? "The file"} holds no press agency report table (columns “Năm”, “Cơ quan báo chí”, ... are needed); the file is skipped.`,
};
