import { INDICATORS, type IndicatorId } from "../../src/domain/indicators";
import { isNonIndicatorText, matchIndicator } from "../../src/sheet/indicatorMatch";

describe("matchIndicator", () => {
  it.each(INDICATORS.map((i) => [i.id, i.labelVi] as const))("reads the standard %s label as standard", (id, label) => {
    expect(matchIndicator(label)).toMatchObject({ id, standard: true, score: 1 });
  });

  it("ignores case, spacing, newlines, punctuation and tone placement for the standard wording", () => {
    const label = "CÁC CƠ QUAN BÁO CHÍ tối ưu hoá\nnguồn thu;  tăng doanh thu tối thiểu.";
    expect(matchIndicator(label)).toMatchObject({ id: "revenue", standard: true, score: 1 });
  });

  it("gives its evidence: the stretches of the label in its key phrases or used by no other indicator", () => {
    expect(matchIndicator("Tỷ lệ cơ quan báo chí của tỉnh đưa nội dung lên các nền tảng số")?.evidence).toEqual(["dua noi dung len cac nen tang so"]);
    expect(matchIndicator("Tòa soạn hội tụ")?.evidence).toEqual(["toa soan hoi tu"]);
    expect(matchIndicator("Ứng dụng AI, phân tích dữ liệu")?.evidence).toEqual(["ung dung ai phan tich du lieu"]);
    expect(matchIndicator("Báo điện tử có giải pháp đảm bảo an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên")?.evidence).toEqual([
      "dien",
      "dam",
      "an toan an ninh he thong thong tin cap do 3 tro len",
    ]);
  });

  it("strips a leading row number before matching", () => {
    expect(matchIndicator("1. Tòa soạn hội tụ")?.id).toBe("converged_newsroom");
  });

  const rewordings: readonly (readonly [IndicatorId, string])[] = [
    ["platforms", "Tỷ lệ cơ quan báo chí của tỉnh đưa nội dung lên các nền tảng số"],
    ["platforms", "Co quan bao chi dua noi dung len cac nen tang so"],
    ["platforms", "Cơ quan báo chí đưa nội\ndung lên các nền tảng số\n(ưu tiên các nền tảng số\nữong nước)"],
    ["platforms", "Báo Thái Bình, Đài Phát thanh và Trayền hình Thái Bình đưa nội dung lên các nền tảng số"],
    ["analytics_ai", "Cơ quan báo chí sử dụng nền tảng phân tích, xử lỷ dữ liệu tổng hợp tập trung, ứng dụng trí tuệ nhân tạo để tối iru hóa hoạt động"],
    ["analytics_ai", "dữ liệu tồng hợp tập trung, ứng dụng trí tuệ nhân tạo"],
    ["analytics_ai", "Có ít nhất 01 (một) cơ quan báo chí của tỉnh sử dụng nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung"],
    ["analytics_ai", "Ứng dụng AI, phân tích dữ liệu"],
    ["converged_newsroom", "Số cơ quan báo chí hoạt động, vận hành mô hình tòa soạn hỂỄN tụ"],
    ["converged_newsroom", "Tòa soạn hội tụ"],
    ["converged_newsroom", "Khuyến khích cơ quan báo chí hoạt động, vận hành mô hình tòa soạn hội tụ"],
    ["revenue", "Các cơ quan báo chí thực hiện các giải pháp phù hợp để tối ưu hóa nguồn thu, tạo được nguồn thu mới"],
    ["revenue", "Tăng doanh thu"],
    ["revenue", "Cac co quan bao chi toi uu hoa nguon thu"],
    ["university_curriculum", "Các cơ sở giáo dục đại học có khoa báo chí cập nhật kiến thức tác nghiệp"],
    ["training", "Lãnh đạo, cán bộ, phỏng viên, biên tập viên các cơ quan báo chí được đào tạo, bồi dưỡng Idến thức"],
    ["training", "Đào tạo, bồi dưỡng kỹ năng chuyển đổi số"],
    ["training", "lanh dao, can bo, phong vien, bien tap vien duoc dao tao"],
    ["security_level3", "Báo Thái Bình điện tử có giải pháp đảm bảo an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên"],
    ["security_level3", "Các giải pháp đảm bảo an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên đối với báo chí điện tử"],
    ["security_level3", "An toàn thông tin cấp độ 3"],
  ];
  it.each(rewordings)("reads %s in “%s”", (id, label) => {
    const m = matchIndicator(label);
    expect(m?.id).toBe(id);
    expect(m?.standard).toBe(false);
    expect(m?.score).toBeGreaterThan(0);
    expect(m?.score).toBeLessThan(1);
  });

  const negatives = [
    "",
    "   ",
    "Tổng cộng",
    "Tổng",
    "Ghi chú: số liệu năm 2024 là dự kiến",
    "* Tỷ lệ tính trên tổng số cơ quan báo chí",
    "Số cơ quan báo chí đưa nội dung lên các nền tảng số/tổng số cơ quan báo chí",
    "Số lượng cơ quan báo chí điện tử có giải pháp đảm bảo an toàn/tổng số cơ quan báo chí điện tử",
    "Nội dung chỉ tiêu",
    "Đơn vị đo lường",
    "STT",
    "Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2023 - 2025",
    "Tỷ lệ độc giả trả phí",
    "67%",
    "Lãnh đạo",
    "Ủy ban nhân dân tỉnh Thái Bình",
  ];
  it.each(negatives)("refuses “%s”", (label) => {
    expect(matchIndicator(label)).toBeNull();
  });
});

describe("isNonIndicatorText", () => {
  it("knows notes, totals, headers and unit texts", () => {
    expect(isNonIndicatorText("Ghi chú: ...")).toBe(true);
    expect(isNonIndicatorText("Tổng cộng")).toBe(true);
    expect(isNonIndicatorText("Đơn vị tính")).toBe(true);
    expect(isNonIndicatorText("Số cơ quan báo chí sử dụng nền tảng/tổng số cơ quan báo chí")).toBe(true);
    expect(isNonIndicatorText("Tòa soạn hội tụ")).toBe(false);
  });
});
