// Every finding code has a Vietnamese and an English message, pinned here word for word: a sample finding of each
// code and the two messages a reviewer reads for it (shares as percentages, "66,7%" in Vietnamese, "66.7%" in English).
import { ALL_FINDING_CODES, finding, type FindingInit } from "../../src/domain/findings";
import { renderMessage } from "../../src/domain/messages";

const MESSAGES: readonly (readonly [FindingInit, string, string])[] = [
  [
    { code: "table.period_years", sheet: "Phụ lục", cell: "E4", indicator: null, year: 2026, value: "Kế hoạch năm 2026", operands: { reason: "not_consecutive", years: "2023, 2024, 2026" } },
    "Cột năm “Kế hoạch năm 2026” không liên tiếp (các năm của bảng: 2023, 2024, 2026).",
    "Year column “Kế hoạch năm 2026” is not consecutive (the table's years: 2023, 2024, 2026).",
  ],
  [
    { code: "figure.not_a_number", sheet: "Phụ lục", cell: "C6", indicator: "analytics_ai", year: 2023, value: "4O%" },
    "Phân tích dữ liệu, AI năm 2023: “4O%” không phải là một số liệu đọc được (ví dụ hợp lệ: 67%, 0,67, trên 65%).",
    "Agencies using a central data-analytics / AI platform 2023: “4O%” is not a readable figure (valid examples: 67%, 0.67, trên 65%).",
  ],
  [
    { code: "figure.out_of_range", sheet: "Phụ lục", cell: "D6", indicator: "analytics_ai", year: 2024, value: 1.2, operands: { share: 1.2 } },
    "Phân tích dữ liệu, AI năm 2024: tỷ lệ 120% nằm ngoài khoảng 0%–100%.",
    "Agencies using a central data-analytics / AI platform 2024: the share 120% is outside 0%–100%.",
  ],
  [
    { code: "revenue.incomplete", sheet: "Phụ lục", cell: "C7", indicator: "revenue", year: 2023, value: "15%", operands: { missing: "threshold" } },
    "Tăng doanh thu năm 2023: “15%” thiếu mức tăng doanh thu tối thiểu (ví dụ: “33% cơ quan báo chí tăng doanh thu 20%”).",
    "Agencies growing revenue by at least a threshold 2023: “15%” lacks the minimum revenue growth (e.g. “33% cơ quan báo chí tăng doanh thu 20%”).",
  ],
  [
    { code: "figure.stored_as_text", sheet: "Phụ lục", cell: "E6", indicator: "analytics_ai", year: 2025, value: "66,7%", operands: { share: 0.667 } },
    "Phân tích dữ liệu, AI năm 2025: “66,7%” được nhập dưới dạng văn bản; nên nhập số 66,7% để Excel tính toán được.",
    "Agencies using a central data-analytics / AI platform 2025: “66,7%” is stored as text; enter the number 66.7% so Excel can compute with it.",
  ],
  [
    { code: "figure.blank", sheet: "Phụ lục", cell: "E7", indicator: "revenue", year: 2025, value: null },
    "Tăng doanh thu năm 2025: chưa có chỉ tiêu.",
    "Agencies growing revenue by at least a threshold 2025: no target entered.",
  ],
  [
    { code: "target.decreasing", sheet: "Phụ lục", cell: "D5", indicator: "platforms", year: 2024, value: 0.3, expected: 0.5, operands: { part: "share", current: 0.3, previous: 0.5, previousYear: 2023 } },
    "Đưa nội dung lên nền tảng số năm 2024: chỉ tiêu 30% thấp hơn năm 2023 (50%); chỉ tiêu không nên giảm theo thời gian.",
    "Agencies publishing on digital platforms 2024: the target 30% is lower than in 2023 (50%); targets should not fall over time.",
  ],
  [
    { code: "target.below_national", sheet: "Phụ lục", cell: "D5", indicator: "platforms", year: 2024, value: 0.3, expected: 0.5, operands: { share: 0.3, national: 0.5, decision: "781/QĐ-BTTTT" } },
    "Đưa nội dung lên nền tảng số năm 2024: 30% thấp hơn chỉ tiêu quốc gia 50% (Quyết định 781/QĐ-BTTTT).",
    "Agencies publishing on digital platforms 2024: 30% is below the national target of 50% (Decision 781/QĐ-BTTTT).",
  ],
  [
    { code: "revenue.threshold_below_national", sheet: "Phụ lục", cell: "D7", indicator: "revenue", year: 2030, value: "50% cơ quan tăng doanh thu 10%", expected: 0.2, operands: { threshold: 0.1, national: 0.2, decision: "348/QĐ-TTg" } },
    "Tăng doanh thu năm 2030: mức tăng doanh thu 10% thấp hơn mức quốc gia 20% (Quyết định 348/QĐ-TTg).",
    "Agencies growing revenue by at least a threshold 2030: revenue growth of 10% is below the national 20% (Decision 348/QĐ-TTg).",
  ],
  [
    { code: "target.unreachable_share", sheet: "Phụ lục", cell: "C5", indicator: "platforms", year: 2023, value: 0.5, operands: { share: 0.5, agencies: 3, lowerK: 1, lower: 1 / 3, upperK: 2, upper: 2 / 3, denominator: "agencies" } },
    "Đưa nội dung lên nền tảng số năm 2023: với 3 cơ quan, tỷ lệ 50% không đạt được; gần nhất là 33,3% (1 trên 3 cơ quan) hoặc 66,7% (2 trên 3 cơ quan).",
    "Agencies publishing on digital platforms 2023: with 3 agencies, 50% cannot be reached; the nearest are 33.3% (1 of 3 agencies) or 66.7% (2 of 3 agencies).",
  ],
  [
    { code: "indicator.unknown", sheet: "Phụ lục", cell: "B8", indicator: null, year: null, value: "Thu phí nội dung" },
    "Dòng “Thu phí nội dung” không khớp với chỉ tiêu chuẩn nào của Chiến lược; số liệu vẫn được kiểm tra khoảng giá trị.",
    "The row “Thu phí nội dung” matches no standard indicator of the strategy; its figures are still range-checked.",
  ],
  [
    { code: "indicator.label_differs", sheet: "Phụ lục", cell: "B5", indicator: "platforms", year: null, value: "Đưa nội dung lên nền tảng số", expected: "Cơ quan báo chí đưa nội dung lên các nền tảng số (ưu tiên các nền tảng số trong nước)" },
    "Tên chỉ tiêu khác cách viết chuẩn; được hiểu là “Đưa nội dung lên nền tảng số”. Cách viết chuẩn: “Cơ quan báo chí đưa nội dung lên các nền tảng số (ưu tiên các nền tảng số trong nước)”.",
    "The label departs from the standard wording; read as “Agencies publishing on digital platforms”. Standard wording: “Cơ quan báo chí đưa nội dung lên các nền tảng số (ưu tiên các nền tảng số trong nước)”.",
  ],
  [
    { code: "table.ambiguous", sheet: "Kinh phí", cell: "A2", indicator: null, year: null, value: "Kinh phí thực hiện (tỷ đồng)", operands: { range: "A2:D4", reasons: "no_indicator_row, money_words" } },
    "Bảng A2:D4 có thể không phải bảng chỉ tiêu (không dòng nào khớp với chỉ tiêu chuẩn của Chiến lược; tiêu đề, cột hoặc đơn vị nói về tiền, kinh phí (triệu đồng, ngân sách...)): bảng vẫn được kiểm tra nhưng không báo lỗi.",
    "The table A2:D4 may not be a target table (no row matches a standard indicator of the strategy; the title, headers or unit speak of money or funding (million đồng, budget...)): it is still checked, but raises no error.",
  ],
  [
    { code: "table.not_target", sheet: "Kinh phí", cell: "A2", indicator: null, year: null, value: "Dự toán kinh phí (triệu đồng)", operands: { range: "A2:F5", reasons: "no_indicator_row, total_column" } },
    "Bảng A2:F5 không được coi là bảng chỉ tiêu (không dòng nào khớp với chỉ tiêu chuẩn của Chiến lược; có cột “Tổng cộng” cạnh các cột năm), nên không được kiểm tra.",
    "The table A2:F5 is not taken as a target table (no row matches a standard indicator of the strategy; a “Tổng cộng” (total) column sits beside the year columns), so it is not checked.",
  ],
  [
    { code: "table.text_too_long", sheet: "Phụ lục", cell: "B8", indicator: null, year: null, value: null, operands: { length: 40000, limit: 32767 } },
    "Ô B8 của trang “Phụ lục” nằm trong bảng chỉ tiêu và có 40.000 ký tự, quá giới hạn 32.767 ký tự một ô của Excel: Excel báo tệp bị lỗi khi mở và cắt bớt văn bản này, nên bảng không còn như khi được kiểm tra; hãy rút gọn nội dung ô.",
    "Cell B8 of sheet “Phụ lục” lies in a target table and holds 40,000 characters, more than the 32,767 Excel keeps in a cell: Excel reports the file as damaged when opening it and cuts this text, so the table is no longer what was checked; shorten the cell's text.",
  ],
  [
    { code: "cell.text_too_long", sheet: "Ghi chú", cell: "A3", indicator: null, year: null, value: null, operands: { length: 32768, limit: 32767 } },
    "Ô A3 của trang “Ghi chú” có 32.768 ký tự, quá giới hạn 32.767 ký tự một ô của Excel: Excel báo tệp bị lỗi khi mở và cắt bớt văn bản này; hãy rút gọn hoặc chia sang nhiều ô.",
    "Cell A3 of sheet “Ghi chú” holds 32,768 characters, more than the 32,767 Excel keeps in a cell: Excel reports the file as damaged when opening it and cuts this text; shorten it or split it over several cells.",
  ],
  [
    { code: "report.not_yes_no", sheet: "Báo cáo", cell: "C4", indicator: null, year: 2024, value: "có lẽ", agency: "Báo Minh Sơn", operands: { column: "Báo điện tử (Có/Không)" } },
    "Báo Minh Sơn năm 2024, cột “Báo điện tử (Có/Không)”: “có lẽ” không phải Có/Không; hãy chọn Có hoặc Không.",
    "Báo Minh Sơn 2024, column “Báo điện tử (Có/Không)”: “có lẽ” is not Có/Không (yes/no); choose Có or Không.",
  ],
  [
    { code: "figure.year_blank", sheet: "Phụ lục", cell: "D20", indicator: null, year: 2027, value: "Kế hoạch năm 2027", operands: { rows: 6 } },
    "Cột “Kế hoạch năm 2027” chưa có chỉ tiêu nào (6 dòng chỉ tiêu để trống): hãy đặt chỉ tiêu năm 2027 khi có.",
    "No target entered yet in column “Kế hoạch năm 2027” (6 indicator rows left blank): set the 2027 targets when they are known.",
  ],
  [
    { code: "report.not_a_number", sheet: "Báo cáo", cell: "H4", indicator: null, year: 2024, value: "mười", agency: "Báo Minh Sơn", operands: { column: "Doanh thu năm gốc (triệu đồng)" } },
    "Báo Minh Sơn năm 2024, cột “Doanh thu năm gốc (triệu đồng)”: “mười” không phải là số.",
    "Báo Minh Sơn 2024, column “Doanh thu năm gốc (triệu đồng)”: “mười” is not a number.",
  ],
  [
    { code: "report.not_a_number", sheet: "Báo cáo", cell: "J4", indicator: "training", year: 2024, value: "100%", agency: "Báo Minh Sơn", operands: { column: "Tổng số lãnh đạo, PV, BTV", reason: "percent" } },
    "Báo Minh Sơn năm 2024, cột “Tổng số lãnh đạo, PV, BTV”: “100%” là tỷ lệ phần trăm, nhưng cột này cần một số (số người, số loại hình hoặc triệu đồng); hãy nhập số.",
    "Báo Minh Sơn 2024, column “Tổng số lãnh đạo, PV, BTV”: “100%” is a percentage, but this column asks for a number (people, media types or million đồng); enter the number.",
  ],
  [
    { code: "report.negative", sheet: "Báo cáo", cell: "J4", indicator: null, year: 2024, value: -5, agency: "Báo Minh Sơn", operands: { column: "Tổng số lãnh đạo, PV, BTV" } },
    "Báo Minh Sơn năm 2024, cột “Tổng số lãnh đạo, PV, BTV”: “-5” là số âm.",
    "Báo Minh Sơn 2024, column “Tổng số lãnh đạo, PV, BTV”: “-5” is negative.",
  ],
  [
    { code: "report.trained_exceeds_staff", sheet: "Báo cáo", cell: "K5", indicator: null, year: 2025, value: 21, agency: "Tạp chí Văn nghệ", operands: { trained: 21, staff: 18 } },
    "Tạp chí Văn nghệ năm 2025: số người được đào tạo (21) lớn hơn tổng số lãnh đạo, PV, BTV (18).",
    "Tạp chí Văn nghệ 2025: more people trained (21) than leaders, staff, reporters and editors (18).",
  ],
  [
    { code: "report.security_level_range", sheet: "Báo cáo", cell: "L4", indicator: null, year: 2024, value: 7, agency: "Báo Minh Sơn" },
    "Báo Minh Sơn năm 2024: cấp độ an toàn thông tin “7” phải là một số từ 1 đến 5 (để trống nếu không phải báo điện tử).",
    "Báo Minh Sơn 2024: information-security level “7” must be a number from 1 to 5 (blank for an agency that is not electronic press).",
  ],
  [
    { code: "report.conflict", sheet: "Báo cáo", cell: "I6", indicator: "revenue", year: 2024, value: 21000, expected: 21350, agency: "Báo Minh Sơn", operands: { here: "c.xlsx › Báo cáo › dòng 6", other: "b.xlsx › Sheet1 › dòng 4", column: "Doanh thu năm báo cáo (triệu đồng)", field: "revenue", kept: "b.xlsx › Sheet1 › dòng 4", by: "default" } },
    "Báo Minh Sơn năm 2024 được báo cáo hai lần với số liệu khác nhau ở cột “Doanh thu năm báo cáo (triệu đồng)”: 21.000 triệu đồng ở c.xlsx › Báo cáo › dòng 6, 21.350 triệu đồng ở b.xlsx › Sheet1 › dòng 4. Bảng tổng hợp giữ số liệu của b.xlsx › Sheet1 › dòng 4 (21.350 triệu đồng) (tệp đứng trước theo tên).",
    "Báo Minh Sơn 2024 is reported twice with different figures, column “Doanh thu năm báo cáo (triệu đồng)”: 21,000 million đồng in c.xlsx › Báo cáo › dòng 6, 21,350 million đồng in b.xlsx › Sheet1 › dòng 4. The merged table keeps b.xlsx › Sheet1 › dòng 4 (21,350 million đồng) (the first file by name).",
  ],
  [
    { code: "report.conflict", sheet: "Báo cáo", cell: "E6", indicator: "platforms", year: 2024, value: "Có", expected: "Không", agency: "Báo Minh Sơn", operands: { here: "c.xlsx › Báo cáo › dòng 6", other: "b.xlsx › Sheet1 › dòng 4", column: "Đưa nội dung lên nền tảng số", field: "platforms", kept: "c.xlsx › Báo cáo › dòng 6", by: "choice" } },
    "Báo Minh Sơn năm 2024 được báo cáo hai lần với số liệu khác nhau ở cột “Đưa nội dung lên nền tảng số”: Có ở c.xlsx › Báo cáo › dòng 6, Không ở b.xlsx › Sheet1 › dòng 4. Bảng tổng hợp giữ số liệu của c.xlsx › Báo cáo › dòng 6 (Có) (theo lựa chọn đã lưu).",
    "Báo Minh Sơn 2024 is reported twice with different figures, column “Đưa nội dung lên nền tảng số”: Yes (Có) in c.xlsx › Báo cáo › dòng 6, No (Không) in b.xlsx › Sheet1 › dòng 4. The merged table keeps c.xlsx › Báo cáo › dòng 6 (Yes (Có)) (as chosen).",
  ],
  [
    { code: "report.duplicate", sheet: "Báo cáo", cell: "A6", indicator: null, year: 2024, value: null, agency: "Báo Minh Sơn", operands: { other: "b.xlsx › Sheet1 › dòng 4" } },
    "Báo Minh Sơn năm 2024 được báo cáo hai lần với số liệu giống nhau (cũng có ở b.xlsx › Sheet1 › dòng 4); chỉ tính một lần.",
    "Báo Minh Sơn 2024 is reported twice with identical figures (also in b.xlsx › Sheet1 › dòng 4); counted once.",
  ],
  [
    { code: "report.missing_year", sheet: "Báo cáo", cell: "", indicator: null, year: 2024, value: null, agency: "Báo Minh Sơn", operands: { reported: "2023, 2025" } },
    "Báo Minh Sơn chưa có báo cáo năm 2024 trong khi các cơ quan khác đã báo cáo năm này (đã báo cáo các năm 2023, 2025).",
    "Báo Minh Sơn has no report for 2024 while other agencies reported that year (it reported 2023, 2025).",
  ],
  [
    { code: "report.year_out_of_range", sheet: "Báo cáo", cell: "A7", indicator: null, year: null, value: 2022, agency: "Báo Minh Sơn", operands: { column: "Năm" } },
    "Báo Minh Sơn: năm “2022” nằm ngoài giai đoạn 2023–2030 của Chiến lược; dòng này không được tính.",
    "Báo Minh Sơn: the year “2022” lies outside the strategy's 2023–2030; the row is not counted.",
  ],
  [
    { code: "report.other_province", sheet: "Báo cáo", cell: "B2", indicator: null, year: null, value: "Nam Định", expected: "Hưng Yên", file: "nd.xlsx", operands: { from: "label", basis: "reports" } },
    "Báo cáo này thuộc “Nam Định”, không thuộc “Hưng Yên” đang được tổng hợp (tỉnh mà nhiều tệp báo cáo nêu nhất); không đưa vào bảng tổng hợp.",
    "This report belongs to “Nam Định”, not to “Hưng Yên”, the province consolidated (the province most report files name); it is left out of the merged table.",
  ],
  [
    { code: "report.row_skipped", sheet: "Báo cáo", cell: "B12", indicator: null, year: null, value: "Tổng cộng", operands: { reason: "total", row: 12 } },
    "Dòng 12 là dòng tổng cộng, không phải báo cáo của một cơ quan; không được tính.",
    "Row 12 is a total row, not one agency's report; it is not counted.",
  ],
  [
    { code: "report.revenue_base_missing", sheet: "Báo cáo", cell: "I4", indicator: null, year: 2024, value: null, agency: "Báo Minh Sơn" },
    "Báo Minh Sơn năm 2024: không tính được mức tăng doanh thu vì thiếu doanh thu năm gốc.",
    "Báo Minh Sơn 2024: revenue growth cannot be computed without the base-year revenue.",
  ],
  [
    { code: "report.agency_missing", sheet: "Báo cáo", cell: "B9", indicator: null, year: 2024, value: null },
    "Dòng có số liệu nhưng thiếu tên cơ quan báo chí; dòng này không được tính.",
    "The row has figures but no agency name; it is not counted.",
  ],
  [
    { code: "attain.formula_unreadable", sheet: "Báo cáo", cell: "H4", indicator: null, year: 2024, value: "18.500", agency: "Báo Minh Sơn", operands: { column: "Doanh thu năm gốc (triệu đồng)" } },
    "Báo Minh Sơn năm 2024, cột “Doanh thu năm gốc (triệu đồng)”: công thức trong sổ làm việc không đọc được “18.500” (số nhập dạng văn bản hoặc cách ghi Có/Không lạ), nên ô này không được tính vào kết quả thực hiện; hãy nhập lại bằng số hoặc Có/Không.",
    "Báo Minh Sơn 2024, column “Doanh thu năm gốc (triệu đồng)”: the workbook formulas cannot read “18.500” (a number stored as text or an unusual yes spelling), so the cell is left out of the actual figures; retype it as a number or Có/Không.",
  ],
  [
    { code: "workbook.no_target_table", sheet: "", cell: "", indicator: null, year: null, value: null, file: "ke-hoach.xlsx" },
    "Không tìm thấy bảng chỉ tiêu nào trong ke-hoach.xlsx (cần một dòng tiêu đề có các cột năm, ví dụ “Kế hoạch năm 2023”, và các dòng chỉ tiêu).",
    "No target table found in ke-hoach.xlsx (a header row with year columns such as “Kế hoạch năm 2023” and indicator rows is needed).",
  ],
  [
    { code: "source.not_a_report", sheet: "", cell: "", indicator: null, year: null, value: null, file: "ke-hoach.xlsx" },
    "Tệp ke-hoach.xlsx không có bảng báo cáo của cơ quan báo chí (cần các cột “Năm”, “Cơ quan báo chí”, ...); bỏ qua tệp này.",
    "ke-hoach.xlsx holds no press agency report table (columns “Năm”, “Cơ quan báo chí”, ... are needed); the file is skipped.",
  ],
  [
    { code: "source.unreadable", sheet: "", cell: "", indicator: null, year: null, value: null, file: "hong.xlsx", operands: { reason: "not an .xlsx file" } },
    "Không đọc được tệp hong.xlsx: not an .xlsx file.",
    "Cannot read hong.xlsx: not an .xlsx file.",
  ],
];

describe("finding messages", () => {
  it("has a sample for every finding code", () => {
    expect([...new Set(MESSAGES.map(([f]) => f.code))].sort()).toEqual([...ALL_FINDING_CODES].sort());
  });

  it.each(MESSAGES.map(([f, vi, en]) => [f.code, f, vi, en] as const))("renders %s in Vietnamese and English", (_code, init, vi, en) => {
    const f = finding(init);
    expect(renderMessage(f, "vi")).toBe(vi);
    expect(renderMessage(f, "en")).toBe(en);
  });
});
