/**
 * The Reports tab's texts: the agency form, consolidation and attainment, conflicts and attainment at a glance
 * (issue 17), in both languages: loaded with that tab's chunk, not with the first screen, which has a size budget
 * (docs/decisions.md, "Bundle size"). Choosing report files: reports/reportFilesTexts.ts.
 */
import type { Lang } from "../../domain/messages";
import { num, percent } from "../../domain/messages/format";

const n = (v: number): string => num(v, "vi");
const e = (v: number): string => num(v, "en");
const plural = (c: number, one: string, many: string): string => `${e(c)} ${c === 1 ? one : many}`;

const vi = {
  // the agency form, consolidation, attainment
  agencyFormHeading: "Mẫu báo cáo của cơ quan báo chí",
  agencyFormHint: "Chèn mẫu báo cáo để gửi các cơ quan báo chí điền số liệu hằng năm.",
  insertFormButton: "Chèn mẫu báo cáo",
  insertingForm: "Đang chèn mẫu báo cáo…",
  formInserted: (sheet: string, range: string) => `Đã chèn mẫu báo cáo vào trang “${sheet}” (${range}).`,
  consolidateHeading: "Tổng hợp báo cáo",
  consolidateHint: "Gộp mọi bảng báo cáo của cơ quan báo chí trong sổ làm việc này thành một bảng, ghi rõ nguồn từng dòng.",
  consolidateButton: "Tổng hợp báo cáo",
  consolidating: "Đang tổng hợp báo cáo…",
  consolidated: (reports: number, sheet: string) => `Đã tổng hợp ${n(reports)} báo cáo vào trang “${sheet}”.`,
  reportsCount: (reports: number) => `${n(reports)} báo cáo được tổng hợp.`,
  consolidateFindingsLabel: "Vấn đề trong các báo cáo",
  reportGroup: (sheet: string, agency: string) => `${agency} · trang “${sheet}”`,
  attainHeading: "Đánh giá kết quả thực hiện",
  attainHint: "Ghi mục tiêu, thực hiện, tỷ lệ đạt và đánh giá bên cạnh mỗi bảng chỉ tiêu, bằng công thức tự cập nhật.",
  attainButton: "Đánh giá kết quả",
  attaining: "Đang tính kết quả thực hiện…",
  attained: (tables: number) => `Đã ghi kết quả thực hiện cho ${n(tables)} bảng chỉ tiêu.`,
  attainTableCaption: (sheet: string, block: string) => `Kết quả thực hiện: trang “${sheet}”, ${block}`,
  attainFindingsLabel: "Vấn đề trong số liệu thực hiện",
  colTarget: "Mục tiêu",
  colActual: "Thực hiện",
  colRatio: "Tỷ lệ đạt",
  statusMet: "Đạt",
  statusNotMet: "Chưa đạt",
  statusNone: "Chưa có số liệu",
  targetWithThreshold: (share: number, threshold: number) => `${percent(share, "vi")} (tăng ${percent(threshold, "vi")})`,
  noValue: "—",
  // conflicts decided in the open (issue 17, item 3)
  conflictsHeading: "Số liệu khác nhau giữa các báo cáo",
  conflictsHint: "Bảng tổng hợp giữ số liệu của báo cáo có tên tệp đứng trước. Nếu số liệu kia đúng hơn, hãy chọn giữ nó: lựa chọn được lưu trong sổ làm việc và các lần tổng hợp sau vẫn theo.",
  conflictTitle: (agency: string, year: number, column: string) => `${agency} · ${year} · ${column}`,
  conflictKept: "Đang giữ",
  conflictBy: {
    default: "tệp đứng trước theo tên",
    choice: "bạn đã chọn",
    stale_choice: "lựa chọn cũ không còn khớp, giữ tệp đứng trước",
  } as Readonly<Record<string, string>>,
  keepThis: "Giữ số liệu này",
  keepThisLabel: (source: string, figure: string) => `Giữ số liệu này: ${figure} của ${source}`,
  choosing: "Đang tổng hợp lại với số liệu đã chọn…",
  chosen: (source: string) => `Đã giữ số liệu của ${source}; bảng tổng hợp đã cập nhật.`,
  // attainment at a glance (issue 17, item 6)
  attainSummary: (met: number, notMet: number, none: number) => `${num(met, "vi")} Đạt · ${num(notMet, "vi")} Chưa đạt · ${num(none, "vi")} chưa có số liệu`,
  notMetOnly: "Chỉ hiện chỉ tiêu Chưa đạt",
  noneNotMet: "Không có chỉ tiêu nào Chưa đạt.",
  emptyUniversities: "Chỉ các cơ sở đào tạo báo chí báo cáo chỉ tiêu này; mẫu báo cáo của cơ quan báo chí không có số liệu này.",
  emptyYear: (year: number) => `Chưa có báo cáo nào của năm ${year}.`,
  emptyFigures: {
    revenue: "Chưa cơ quan nào ghi doanh thu năm gốc của năm này.",
    training: "Chưa cơ quan nào ghi đủ tổng số người và số người được đào tạo.",
    security_level3: "Chưa có cơ quan báo chí điện tử nào báo cáo năm này.",
  } as Readonly<Record<string, string>>,
  emptyFiguresOther: "Chưa cơ quan nào báo cáo số liệu này.",
  // the collection tracker (issue 17, item 5): who have we not heard from
  trackerHeading: "Theo dõi thu nhận báo cáo",
  trackerYear: (year: number, reported: number, expected: number) => `Năm ${year}: ${num(reported, "vi")}/${num(expected, "vi")} cơ quan đã báo cáo`,
  trackerMissing: "Chưa báo cáo",
  trackerConflicting: "Số liệu khác nhau",
  trackerSheet: (sheet: string) => `Bảng đầy đủ (cơ quan × năm) ở trang “${sheet}”.`,
  // findings of report files: the file is named, its cells are not in this workbook
  fileGroup: (file: string, sheet: string, agency: string) => `${agency} · ${file} › ${sheet}`,
};

export type ReportTexts = typeof vi;

const en: ReportTexts = {
  // the agency form, consolidation, attainment
  agencyFormHeading: "Agency report form",
  agencyFormHint: "Insert the report form that press agencies fill in every year.",
  insertFormButton: "Insert report form",
  insertingForm: "Inserting the report form…",
  formInserted: (sheet: string, range: string) => `Inserted the report form on worksheet “${sheet}” (${range}).`,
  consolidateHeading: "Consolidate reports",
  consolidateHint: "Merge every agency report table of this workbook into one table, naming the source of each row.",
  consolidateButton: "Consolidate reports",
  consolidating: "Consolidating the reports…",
  consolidated: (reports: number, sheet: string) => `Consolidated ${plural(reports, "report", "reports")} into worksheet “${sheet}”.`,
  reportsCount: (reports: number) => `${plural(reports, "report", "reports")} consolidated.`,
  consolidateFindingsLabel: "Problems in the reports",
  reportGroup: (sheet: string, agency: string) => `${agency} · worksheet “${sheet}”`,
  attainHeading: "Attainment",
  attainHint: "Write target, actual, attainment ratio and assessment beside each target table, as live formulas.",
  attainButton: "Write attainment",
  attaining: "Computing attainment…",
  attained: (tables: number) => `Wrote attainment for ${plural(tables, "target table", "target tables")}.`,
  attainTableCaption: (sheet: string, block: string) => `Attainment: worksheet “${sheet}”, ${block}`,
  attainFindingsLabel: "Problems in the actual figures",
  colTarget: "Target",
  colActual: "Actual",
  colRatio: "Ratio",
  statusMet: "Met",
  statusNotMet: "Not met",
  statusNone: "No data",
  targetWithThreshold: (share: number, threshold: number) => `${percent(share, "en")} (+${percent(threshold, "en")})`,
  noValue: "—",
  // conflicts decided in the open (issue 17, item 3)
  conflictsHeading: "Figures that differ between reports",
  conflictsHint: "The merged table keeps the figure of the report whose file name comes first. If the other figure is right, keep it instead: the choice is stored in the workbook and later consolidations follow it.",
  conflictTitle: (agency: string, year: number, column: string) => `${agency} · ${year} · ${column}`,
  conflictKept: "Kept",
  conflictBy: {
    default: "the file first by name",
    choice: "your choice",
    stale_choice: "the stored choice no longer matches; the first file kept",
  } as Readonly<Record<string, string>>,
  keepThis: "Keep this figure",
  keepThisLabel: (source: string, figure: string) => `Keep this figure: ${figure} of ${source}`,
  choosing: "Consolidating again with the chosen figure…",
  chosen: (source: string) => `Kept the figure of ${source}; the merged table is updated.`,
  // attainment at a glance (issue 17, item 6)
  attainSummary: (met: number, notMet: number, none: number) => `${num(met, "en")} met · ${num(notMet, "en")} not met · ${num(none, "en")} without data`,
  notMetOnly: "Show “Not met” only",
  noneNotMet: "No indicator is “Not met”.",
  emptyUniversities: "Only journalism universities and faculties report this indicator; the press agencies' form has no such figure.",
  emptyYear: (year: number) => `No agency has reported ${year} yet.`,
  emptyFigures: {
    revenue: "No agency gave its base-year revenue for this year.",
    training: "No agency gave both its head count and the number trained.",
    security_level3: "No electronic press agency reported this year.",
  } as Readonly<Record<string, string>>,
  emptyFiguresOther: "No agency reported this figure.",
  // the collection tracker (issue 17, item 5): who have we not heard from
  trackerHeading: "Collection tracker",
  trackerYear: (year: number, reported: number, expected: number) => `${year}: ${num(reported, "en")} of ${num(expected, "en")} agencies reported`,
  trackerMissing: "Not reported",
  trackerConflicting: "Figures differ",
  trackerSheet: (sheet: string) => `The full table (agencies × years) is on worksheet “${sheet}”.`,
  // findings of report files: the file is named, its cells are not in this workbook
  fileGroup: (file: string, sheet: string, agency: string) => `${agency} · ${file} › ${sheet}`,
};

export const REPORT_TEXTS: Readonly<Record<Lang, ReportTexts>> = { vi, en };
