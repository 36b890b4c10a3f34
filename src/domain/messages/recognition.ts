/** Why a table was or was not taken as a target table, in words (the table summary says it). */
import type { RecognitionReason } from "../appendix";
import type { Finding } from "../findings";
import type { Lang } from "./format";

const VI: Readonly<Record<RecognitionReason, string>> = {
  indicator_rows: "có dòng khớp với chỉ tiêu chuẩn của Chiến lược",
  no_indicator_row: "không dòng nào khớp với chỉ tiêu chuẩn của Chiến lược",
  money_words: "tiêu đề, cột hoặc đơn vị nói về tiền, kinh phí (triệu đồng, ngân sách...)",
  total_column: "có cột “Tổng cộng” cạnh các cột năm",
  total_row: "có dòng “Tổng cộng” dưới các số liệu",
  large_values: "phần lớn số liệu lớn hơn nhiều so với 100, không thể là tỷ lệ",
  resource_texts: "các cột năm ghi nguồn lực hoặc dấu gạch (“Lồng ghép”, “Xã hội hóa”, “-”), không phải chỉ tiêu",
  no_figures: "các cột năm chỉ có chữ, không có số liệu nào",
  share_figures: "số liệu là tỷ lệ phần trăm",
  transposed: "các năm nằm theo dòng, các chỉ tiêu theo cột",
};

const EN: Readonly<Record<RecognitionReason, string>> = {
  indicator_rows: "rows match the strategy's standard indicators",
  no_indicator_row: "no row matches a standard indicator of the strategy",
  money_words: "the title, headers or unit speak of money or funding (million đồng, budget...)",
  total_column: "a “Tổng cộng” (total) column sits beside the year columns",
  total_row: "a “Tổng cộng” (total) row sits under the figures",
  large_values: "most figures are far above 100, which no share is",
  resource_texts: "the year columns hold funding sources or dashes (“Lồng ghép”, “Xã hội hóa”, “-”), not targets",
  no_figures: "the year columns hold text and no figure at all",
  share_figures: "the figures are percentages",
  transposed: "the years run down the rows and the indicators across",
};

/** The reasons joined into one clause: "có dòng khớp ...; có dòng “Tổng cộng” ...". */
export function describeRecognition(reasons: readonly RecognitionReason[], lang: Lang = "vi"): string {
  const words = lang === "vi" ? VI : EN;
  return reasons.map((r) => words[r]).join("; ");
}

const KNOWN = new Set<string>(Object.keys(VI));

/** The reasons a `table.ambiguous` finding carries (operand `reasons`, codes joined by ", "). */
export function reasonsOf(f: Finding): RecognitionReason[] {
  return String(f.operands?.["reasons"] ?? "")
    .split(", ")
    .filter((r): r is RecognitionReason => KNOWN.has(r));
}
