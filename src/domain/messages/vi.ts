/**
 * Vietnamese messages, one per finding code. The operands each code carries are named in its comment;
 * shares are fractions (0.67) and are printed as percentages.
 */
import { describeRecognition, reasonsOf } from "./recognition";
import type { LocaleMap } from "./types";

const yr = (y: number | null): string => (y === null ? "" : ` năm ${y}`);

export const vi: LocaleMap = {
  // operands: reason ("out_of_span" | "not_consecutive" | "duplicate"), years (text)
  "table.period_years": (f, k) => {
    const o = f.operands ?? {};
    const why: Record<string, string> = {
      out_of_span: "nằm ngoài giai đoạn 2023–2030 của Chiến lược",
      not_consecutive: "không liên tiếp",
      duplicate: "bị lặp lại",
    };
    return `Cột năm ${k.q(f.value)} ${why[String(o["reason"])] ?? "không hợp lệ"} (các năm của bảng: ${String(o["years"] ?? "")}).`;
  },
  "figure.not_a_number": (f, k) =>
    `${k.indicator}${yr(f.year)}: ${k.q(f.value)} không phải là một số liệu đọc được (ví dụ hợp lệ: 67%, 0,67, 2/3).`,
  // operands: share
  "figure.out_of_range": (f, k) =>
    `${k.indicator}${yr(f.year)}: tỷ lệ ${k.pct(f.operands?.["share"])} nằm ngoài khoảng 0%–100%.`,
  // operands: missing ("share" | "threshold")
  "revenue.incomplete": (f, k) =>
    f.operands?.["missing"] === "threshold"
      ? `${k.indicator}${yr(f.year)}: ${k.q(f.value)} thiếu mức tăng doanh thu tối thiểu (ví dụ: “33% cơ quan báo chí tăng doanh thu 20%”).`
      : `${k.indicator}${yr(f.year)}: ${k.q(f.value)} thiếu tỷ lệ cơ quan báo chí tăng doanh thu (ví dụ: “33% cơ quan báo chí tăng doanh thu 20%”).`,
  // operands: share
  "figure.stored_as_text": (f, k) =>
    `${k.indicator}${yr(f.year)}: ${k.q(f.value)} được nhập dưới dạng văn bản; nên nhập số ${k.pct(f.operands?.["share"])} để Excel tính toán được.`,
  "figure.blank": (f, k) => `${k.indicator}${yr(f.year)}: chưa có chỉ tiêu.`,
  // operands: part ("share" | "threshold"), current, previous, previousYear
  "target.decreasing": (f, k) => {
    const o = f.operands ?? {};
    const what = o["part"] === "threshold" ? "mức tăng doanh thu tối thiểu" : "chỉ tiêu";
    return `${k.indicator}${yr(f.year)}: ${what} ${k.pct(o["current"])} thấp hơn năm ${String(o["previousYear"])} (${k.pct(o["previous"])}); chỉ tiêu không nên giảm theo thời gian.`;
  },
  // operands: share, national, decision ("781/QĐ-BTTTT" | "348/QĐ-TTg")
  "target.below_national": (f, k) => {
    const o = f.operands ?? {};
    return `${k.indicator}${yr(f.year)}: ${k.pct(o["share"])} thấp hơn chỉ tiêu quốc gia ${k.pct(o["national"])} (Quyết định ${String(o["decision"])}).`;
  },
  // operands: threshold, national, decision
  "revenue.threshold_below_national": (f, k) => {
    const o = f.operands ?? {};
    return `${k.indicator}${yr(f.year)}: mức tăng doanh thu ${k.pct(o["threshold"])} thấp hơn mức quốc gia ${k.pct(o["national"])} (Quyết định ${String(o["decision"])}).`;
  },
  // operands: share, agencies (the count N, whatever it counts), lowerK, lower, upperK, upper;
  // optional denominator ("agencies" | "electronic_agencies" | "people") names what N counts
  "target.unreachable_share": (f, k) => {
    const o = f.operands ?? {};
    const n = String(o["agencies"]);
    const unit = o["denominator"] === "people" ? "người" : o["denominator"] === "electronic_agencies" ? "cơ quan báo chí điện tử" : "cơ quan";
    return `${k.indicator}${yr(f.year)}: với ${n} ${unit}, tỷ lệ ${k.pct(o["share"])} không đạt được; gần nhất là ${String(o["lowerK"])}/${n} = ${k.pct(o["lower"])} hoặc ${String(o["upperK"])}/${n} = ${k.pct(o["upper"])}.`;
  },
  "indicator.unknown": (f, k) =>
    `Dòng ${k.q(f.value)} không khớp với chỉ tiêu chuẩn nào của Chiến lược; số liệu vẫn được kiểm tra khoảng giá trị.`,
  // expected: the standard label
  "indicator.label_differs": (f, k) =>
    `Tên chỉ tiêu khác cách viết chuẩn; được hiểu là “${k.indicator}”. Cách viết chuẩn: ${k.q(f.expected)}.`,
  // operands: range, reasons (RecognitionReason codes joined by ", ")
  "table.ambiguous": (f) =>
    `Bảng ${String(f.operands?.["range"] ?? "")} có thể không phải bảng chỉ tiêu (${describeRecognition(reasonsOf(f), "vi")}): bảng vẫn được kiểm tra nhưng không báo lỗi.`,
  // operands: range, reasons (RecognitionReason codes joined by ", ")
  "table.not_target": (f) =>
    `Bảng ${String(f.operands?.["range"] ?? "")} không được coi là bảng chỉ tiêu (${describeRecognition(reasonsOf(f), "vi")}), nên không được kiểm tra.`,
  // operands: length (the text's characters), limit (Excel's 32,767)
  "table.text_too_long": (f, k) =>
    `Ô ${f.cell} của trang “${f.sheet}” nằm trong bảng chỉ tiêu và có ${k.n(f.operands?.["length"])} ký tự, quá giới hạn ${k.n(f.operands?.["limit"])} ký tự một ô của Excel: Excel báo tệp bị lỗi khi mở và cắt bớt văn bản này, nên bảng không còn như khi được kiểm tra; hãy rút gọn nội dung ô.`,
  // operands: length, limit
  "cell.text_too_long": (f, k) =>
    `Ô ${f.cell} của trang “${f.sheet}” có ${k.n(f.operands?.["length"])} ký tự, quá giới hạn ${k.n(f.operands?.["limit"])} ký tự một ô của Excel: Excel báo tệp bị lỗi khi mở và cắt bớt văn bản này; hãy rút gọn hoặc chia sang nhiều ô.`,
  // operands: column
  "report.not_yes_no": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}, cột “${String(f.operands?.["column"] ?? "")}”: ${k.q(f.value)} không phải Có/Không.`,
  "report.not_a_number": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}, cột “${String(f.operands?.["column"] ?? "")}”: ${k.q(f.value)} không phải là số.`,
  "report.negative": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}, cột “${String(f.operands?.["column"] ?? "")}”: ${k.q(f.value)} là số âm.`,
  // operands: trained, staff
  "report.trained_exceeds_staff": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}: số người được đào tạo (${k.n(f.operands?.["trained"])}) lớn hơn tổng số lãnh đạo, PV, BTV (${k.n(f.operands?.["staff"])}).`,
  "report.security_level_range": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}: cấp độ an toàn thông tin ${k.q(f.value)} phải từ 1 đến 5.`,
  // operands: other (where the other report is, "file › sheet › row N"), column (the first differing column)
  "report.conflict": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)} được báo cáo hai lần với số liệu khác nhau (cột “${String(f.operands?.["column"] ?? "")}”: ${k.q(f.value)} ở đây, ${k.q(f.expected)} ở ${String(f.operands?.["other"] ?? "")}).`,
  // operands: other
  "report.duplicate": (f) =>
    `${f.agency ?? ""}${yr(f.year)} được báo cáo hai lần với số liệu giống nhau (cũng có ở ${String(f.operands?.["other"] ?? "")}); chỉ tính một lần.`,
  // operands: reported (the years that were reported, text)
  "report.missing_year": (f) =>
    `${f.agency ?? ""} chưa có báo cáo${yr(f.year)} (đã báo cáo các năm ${String(f.operands?.["reported"] ?? "")}).`,
  "report.revenue_base_missing": (f) =>
    `${f.agency ?? ""}${yr(f.year)}: không tính được mức tăng doanh thu vì thiếu doanh thu năm gốc.`,
  "report.agency_missing": () => `Dòng có số liệu nhưng thiếu tên cơ quan báo chí; dòng này không được tính.`,
  // operands: column
  "attain.formula_unreadable": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}, cột “${String(f.operands?.["column"] ?? "")}”: công thức trong sổ làm việc không đọc được ${k.q(f.value)} (số nhập dạng văn bản hoặc cách ghi Có/Không lạ), nên ô này không được tính vào kết quả thực hiện; hãy nhập lại bằng số hoặc Có/Không.`,
  "workbook.no_target_table": (f) =>
    `Không tìm thấy bảng chỉ tiêu nào trong ${f.file ?? "sổ làm việc"} (cần một dòng tiêu đề có các cột năm, ví dụ “Kế hoạch năm 2023”, và các dòng chỉ tiêu).`,
  "workbook.no_agency_table": (f) =>
    `Không tìm thấy bảng báo cáo của cơ quan báo chí nào trong ${f.file ?? "sổ làm việc"} (cần các cột “Năm”, “Cơ quan báo chí”, ...).`,
  // operands: reason
  "source.unreadable": (f) => `Không đọc được tệp ${f.file ?? ""}: ${String(f.operands?.["reason"] ?? "")}.`,
};
