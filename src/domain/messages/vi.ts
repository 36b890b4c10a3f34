/**
 * Vietnamese messages, one per finding code. The operands each code carries are named in its comment;
 * shares are fractions (0.67) and are printed as percentages.
 */
import { describeRecognition, reasonsOf } from "./recognition";
import { conflictText } from "./reportText";
import type { LocaleMap } from "./types";

const yr = (y: number | null): string => (y === null ? "" : ` năm ${y}`);

export const vi: LocaleMap = {
  // operands: reason ("out_of_span" | "not_consecutive" | "duplicate"), years (text)
  "table.period_years": (f, k) => {
    const o = f.operands ?? {};
    const why: Record<string, string> = {
      not_a_year: "không phải là một năm (có chữ lẫn vào số năm?)",
      out_of_span: "nằm ngoài giai đoạn 2023–2030 của Chiến lược",
      not_consecutive: "không liên tiếp",
      duplicate: "bị lặp lại",
    };
    return `Cột năm ${k.q(f.value)} ${why[String(o["reason"])] ?? "không hợp lệ"} (các năm của bảng: ${String(o["years"] ?? "")}).`;
  },
  // operands (a date only): reason "date", date (dd/mm/yyyy), typed (the fraction that made it), meant (its share)
  "figure.not_a_number": (f, k) => {
    const o = f.operands ?? {};
    if (o["reason"] !== "date") {
      return `${k.indicator}${yr(f.year)}: ${k.q(f.value)} không phải là một số liệu đọc được (ví dụ hợp lệ: 67%, 0,67, trên 65%).`;
    }
    const what = o["typed"] !== undefined ? `Excel đã đổi “${String(o["typed"])}” gõ vào ô thành ngày` : "Excel đổi một phân số gõ vào ô thành ngày";
    const meant = typeof o["meant"] === "number" ? `, ví dụ ${k.pct(o["meant"])}` : "";
    return `${k.indicator}${yr(f.year)}: ô chứa ngày ${String(o["date"] ?? "")}, không phải tỷ lệ (${what}). Hãy nhập tỷ lệ dưới dạng phần trăm${meant}.`;
  },
  // operands: share
  "figure.out_of_range": (f, k) =>
    `${k.indicator}${yr(f.year)}: tỷ lệ ${k.pct(f.operands?.["share"])} nằm ngoài khoảng 0%–100%.`,
  // operands: missing ("share" | "threshold")
  "revenue.incomplete": (f, k) =>
    f.operands?.["missing"] === "threshold"
      ? `${k.indicator}${yr(f.year)}: ${k.q(f.value)} thiếu mức tăng doanh thu tối thiểu (ví dụ: “33% cơ quan báo chí tăng doanh thu 20%”).`
      : `${k.indicator}${yr(f.year)}: ${k.q(f.value)} thiếu tỷ lệ cơ quan báo chí tăng doanh thu (ví dụ: “33% cơ quan báo chí tăng doanh thu 20%”).`,
  // operands: share; for a qualified figure also qualifier ("more_than" | "at_least" | "aim" | "increase" | "range"),
  // and upper for a range
  "figure.stored_as_text": (f, k) => {
    const o = f.operands ?? {};
    if (o["qualifier"] === undefined) {
      return `${k.indicator}${yr(f.year)}: ${k.q(f.value)} được nhập dưới dạng văn bản; nên nhập số ${k.pct(o["share"])} để Excel tính toán được.`;
    }
    const read: Record<string, string> = {
      more_than: `trên ${k.pct(o["share"])}`,
      at_least: `tối thiểu ${k.pct(o["share"])}`,
      aim: `phấn đấu ${k.pct(o["share"])}`,
      increase: `tăng ${k.pct(o["share"])}`,
      range: `từ ${k.pct(o["share"])} đến ${k.pct(o["upper"])}`,
    };
    return `${k.indicator}${yr(f.year)}: ${k.q(f.value)} được đọc là ${read[String(o["qualifier"])] ?? k.pct(o["share"])}, nhưng là văn bản nên Excel không tính toán được với nó.`;
  },
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
    return `${k.indicator}${yr(f.year)}: với ${n} ${unit}, tỷ lệ ${k.pct(o["share"])} không đạt được; gần nhất là ${k.pct(o["lower"])} (${String(o["lowerK"])} trên ${n} ${unit}) hoặc ${k.pct(o["upper"])} (${String(o["upperK"])} trên ${n} ${unit}).`;
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
    reasonsOf(f).includes("transposed")
      ? `Bảng ${String(f.operands?.["range"] ?? "")} có các năm theo dòng và các chỉ tiêu theo cột, nên không được kiểm tra; hãy đặt các năm theo cột (mỗi chỉ tiêu một dòng) để kiểm tra bảng này.`
      : `Bảng ${String(f.operands?.["range"] ?? "")} không được coi là bảng chỉ tiêu (${describeRecognition(reasonsOf(f), "vi")}), nên không được kiểm tra.`,
  // operands: length (the text's characters), limit (Excel's 32,767)
  "table.text_too_long": (f, k) =>
    `Ô ${f.cell} của trang “${f.sheet}” nằm trong bảng chỉ tiêu và có ${k.n(f.operands?.["length"])} ký tự, quá giới hạn ${k.n(f.operands?.["limit"])} ký tự một ô của Excel: Excel báo tệp bị lỗi khi mở và cắt bớt văn bản này, nên bảng không còn như khi được kiểm tra; hãy rút gọn nội dung ô.`,
  // operands: length, limit
  "cell.text_too_long": (f, k) =>
    `Ô ${f.cell} của trang “${f.sheet}” có ${k.n(f.operands?.["length"])} ký tự, quá giới hạn ${k.n(f.operands?.["limit"])} ký tự một ô của Excel: Excel báo tệp bị lỗi khi mở và cắt bớt văn bản này; hãy rút gọn hoặc chia sang nhiều ô.`,
  // operands: rows (the table's recognised rows, all blank in that year)
  "figure.year_blank": (f, k) =>
    `Cột ${k.q(f.value)} chưa có chỉ tiêu nào (${k.n(f.operands?.["rows"])} dòng chỉ tiêu để trống)${yr(f.year) ? `: hãy đặt chỉ tiêu${yr(f.year)} khi có` : ""}.`,
  // operands: column
  "report.not_yes_no": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}, cột “${String(f.operands?.["column"] ?? "")}”: ${k.q(f.value)} không phải Có/Không; hãy chọn Có hoặc Không.`,
  // operands: column; reason "percent" when a percentage was typed where a count or an amount is asked
  "report.not_a_number": (f, k) =>
    f.operands?.["reason"] === "percent"
      ? `${f.agency ?? ""}${yr(f.year)}, cột “${String(f.operands["column"] ?? "")}”: ${k.q(f.value)} là tỷ lệ phần trăm, nhưng cột này cần một số (số người, số loại hình hoặc triệu đồng); hãy nhập số.`
      : `${f.agency ?? ""}${yr(f.year)}, cột “${String(f.operands?.["column"] ?? "")}”: ${k.q(f.value)} không phải là số.`,
  "report.negative": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}, cột “${String(f.operands?.["column"] ?? "")}”: ${k.q(f.value)} là số âm.`,
  // operands: trained, staff
  "report.trained_exceeds_staff": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}: số người được đào tạo (${k.n(f.operands?.["trained"])}) lớn hơn tổng số lãnh đạo, PV, BTV (${k.n(f.operands?.["staff"])}).`,
  "report.security_level_range": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}: cấp độ an toàn thông tin ${k.q(f.value)} phải là một số từ 1 đến 5 (để trống nếu không phải báo điện tử).`,
  // operands: here, other (sources, "tệp › trang › dòng N"), column, field, kept (the source kept), by
  // ("default" | "choice" | "stale_choice"), choice (a stored choice that names no row any more)
  "report.conflict": (f) => conflictText(f, "vi"),
  // operands: other
  "report.duplicate": (f) =>
    `${f.agency ?? ""}${yr(f.year)} được báo cáo hai lần với số liệu giống nhau (cũng có ở ${String(f.operands?.["other"] ?? "")}); chỉ tính một lần.`,
  // operands: reported (the years that were reported, text; "" when none), period
  "report.missing_year": (f) => {
    const reported = String(f.operands?.["reported"] ?? "");
    return `${f.agency ?? ""} chưa có báo cáo${yr(f.year)} trong khi các cơ quan khác đã báo cáo năm này (${reported === "" ? "chưa báo cáo năm nào" : `đã báo cáo các năm ${reported}`}).`;
  },
  "report.revenue_base_missing": (f) =>
    `${f.agency ?? ""}${yr(f.year)}: không tính được mức tăng doanh thu vì thiếu doanh thu năm gốc.`,
  "report.agency_missing": () => `Dòng có số liệu nhưng thiếu tên cơ quan báo chí; dòng này không được tính.`,
  // operands: column
  "attain.formula_unreadable": (f, k) =>
    `${f.agency ?? ""}${yr(f.year)}, cột “${String(f.operands?.["column"] ?? "")}”: công thức trong sổ làm việc không đọc được ${k.q(f.value)} (số nhập dạng văn bản hoặc cách ghi Có/Không lạ), nên ô này không được tính vào kết quả thực hiện; hãy nhập lại bằng số hoặc Có/Không.`,
  "workbook.no_target_table": (f) =>
    `Không tìm thấy bảng chỉ tiêu nào trong ${f.file ?? "sổ làm việc"} (cần một dòng tiêu đề có các cột năm, ví dụ “Kế hoạch năm 2023”, và các dòng chỉ tiêu).`,
  // operands: reason
  "source.unreadable": (f) => `Không đọc được tệp ${f.file ?? ""}: ${String(f.operands?.["reason"] ?? "")}.`,
  // agency reports as agencies fill them (version 2)
  "report.year_out_of_range": (f, k) =>
    `${f.agency ?? ""}: năm ${k.q(f.value)} nằm ngoài giai đoạn 2023–2030 của Chiến lược; dòng này không được tính.`,
  // value: the province the report names; expected: the province consolidated; operands: from ("column" | "label" |
  // "title" | "agency"), basis ("option" | "workbook" | "reports")
  "report.other_province": (f, k) => {
    const basis: Record<string, string> = {
      option: "theo tùy chọn đã chọn",
      workbook: "theo sổ làm việc tổng hợp",
      reports: "tỉnh mà nhiều tệp báo cáo nêu nhất",
    };
    return `Báo cáo này thuộc ${k.q(f.value)}, không thuộc ${k.q(f.expected)} đang được tổng hợp (${basis[String(f.operands?.["basis"])] ?? ""}); không đưa vào bảng tổng hợp.`;
  },
  // operands: reason ("total"), row
  "report.row_skipped": (f) => `Dòng ${String(f.operands?.["row"] ?? "")} là dòng tổng cộng, không phải báo cáo của một cơ quan; không được tính.`,
  "source.not_a_report": (f) =>
    `Tệp ${f.file ?? ""} không có bảng báo cáo của cơ quan báo chí (cần các cột “Năm”, “Cơ quan báo chí”, ...); bỏ qua tệp này.`,
};
