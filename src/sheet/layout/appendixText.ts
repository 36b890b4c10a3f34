/**
 * The Vietnamese wording of an inserted appendix, as the Thái Bình plan writes it, and the way a share is
 * shown (number format for a share cell, text for the compound revenue figure).
 */
import type { Period, Year } from "../../domain/units";

export const APPENDIX_TITLE_VI = "PHỤ LỤC CHỈ TIÊU CHUYỂN ĐỔI SỐ BÁO CHÍ";
export const SOURCE_PREFIX_VI = "Nguồn chỉ tiêu: ";
export const STT_HEADER_VI = "STT";
export const LABEL_HEADER_VI = "Nội dung chỉ tiêu";
export const UNIT_HEADER_VI = "Đơn vị đo lường";

/** "1. Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2023 - 2025" (numbered by position among the inserted tables). */
export function tableTitleVi(period: Period, index: number): string {
  return `${index + 1}. Kế hoạch tăng trưởng chỉ tiêu giai đoạn ${period.replace("-", " - ")}`;
}

/** The first two years of a period are yearly plans ("Kế hoạch"), the later ones goals ("Mục tiêu"). */
export function yearHeaderVi(year: Year, indexInPeriod: number): string {
  return `${indexInPeriod < 2 ? "Kế hoạch" : "Mục tiêu"} năm ${year}`;
}

/**
 * Shown when a share cell is selected, and when Excel refuses what was typed. Never a fraction as an example:
 * Excel turns "2/3" typed into a cell into a date (RULES.md version 2).
 */
export const SHARE_PROMPT = {
  title: "Tỷ lệ chỉ tiêu",
  message: "Nhập tỷ lệ từ 0% đến 100% (ví dụ 67%). Để trống nếu chưa có chỉ tiêu.",
} as const;
export const SHARE_ERROR = {
  title: "Tỷ lệ không hợp lệ",
  message: "Chỉ tiêu phải là tỷ lệ từ 0% đến 100%, nhập dưới dạng phần trăm (ví dụ 67% hoặc 66,7%).",
} as const;
/** The revenue row is text ("33% cơ quan báo chí tăng doanh thu 20%"), so it gets a prompt and no rule. */
export const REVENUE_PROMPT = {
  title: "Chỉ tiêu doanh thu",
  message: "Ghi tỷ lệ cơ quan và mức tăng doanh thu tối thiểu, ví dụ: 33% cơ quan báo chí tăng doanh thu 20%.",
} as const;

/** "0%" for a whole percent, "0.0%" otherwise (2/3 shows 66.7%). */
export function shareFormat(share: number): string {
  const p = share * 100;
  return Math.abs(p - Math.round(p)) < 1e-9 ? "0%" : "0.0%";
}

/**
 * A share as a plan writes it in text: whole percents as they are, one decimal with a comma ("33,5%"),
 * and thirds rounded to the whole percent the plans use ("33%", "67%").
 */
export function percentTextVi(share: number): string {
  const p = share * 100;
  if (Math.abs(p - Math.round(p)) < 1e-9) return `${Math.round(p)}%`;
  const tenths = p * 10;
  if (Math.abs(tenths - Math.round(tenths)) < 1e-6) return `${(Math.round(tenths) / 10).toFixed(1).replace(".", ",")}%`;
  return `${Math.round(p)}%`;
}

/** "33% cơ quan báo chí tăng doanh thu 20%". */
export function compoundRevenueVi(share: number, threshold: number): string {
  return `${percentTextVi(share)} cơ quan báo chí tăng doanh thu ${percentTextVi(threshold)}`;
}
