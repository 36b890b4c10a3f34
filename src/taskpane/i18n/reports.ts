/**
 * The Reports tab's texts for conflicts and attainment at a glance (issue 17), in both languages: loaded with that
 * tab's chunk, not with the first screen, which has a size budget (docs/decisions.md, "Bundle size").
 */
import type { Lang } from "../../domain/messages";
import { num } from "../../domain/messages/format";

const vi = {
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
