/**
 * The strategy's standard indicators (Decision 348/QĐ-TTg, split by year in 781/QĐ-BTTTT).
 * Labels and units are the wording of the Thái Bình appendix, which follows the decisions.
 */

export const INDICATOR_IDS = [
  "platforms",
  "analytics_ai",
  "converged_newsroom",
  "revenue",
  "university_curriculum",
  "training",
  "security_level3",
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** What the percentage counts over. */
export type Denominator = "agencies" | "electronic_agencies" | "people" | "universities";

export interface Indicator {
  readonly id: IndicatorId;
  /** Row label as the decisions word it. */
  readonly labelVi: string;
  /** A short Vietnamese name for messages and charts. */
  readonly shortVi: string;
  readonly nameEn: string;
  /** The "Đơn vị đo lường" column: numerator/denominator spelled out. */
  readonly unitVi: string;
  readonly denominator: Denominator;
  /** Revenue is a compound target: a share of agencies and a growth threshold. */
  readonly compound: boolean;
  /** Distinctive phrases (lower case, with diacritics) that identify the indicator in a reworded label. */
  readonly keyPhrases: readonly string[];
  /** Provinces usually drop this row from their appendix. */
  readonly usuallyDropped: boolean;
}

export const INDICATORS: readonly Indicator[] = [
  {
    id: "platforms",
    labelVi: "Cơ quan báo chí đưa nội dung lên các nền tảng số (ưu tiên các nền tảng số trong nước)",
    shortVi: "Đưa nội dung lên nền tảng số",
    nameEn: "Agencies publishing on digital platforms",
    unitVi: "Số cơ quan báo chí đưa nội dung lên các nền tảng số/tổng số cơ quan báo chí",
    denominator: "agencies",
    compound: false,
    keyPhrases: ["nền tảng số", "đưa nội dung", "nội dung lên"],
    usuallyDropped: false,
  },
  {
    id: "analytics_ai",
    labelVi:
      "Cơ quan báo chí sử dụng nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung, ứng dụng trí tuệ nhân tạo để tối ưu hóa hoạt động",
    shortVi: "Phân tích dữ liệu, AI",
    nameEn: "Agencies using a central data-analytics / AI platform",
    unitVi:
      "Số cơ quan báo chí sử dụng nền tảng, công cụ, giải pháp kỹ thuật để phân tích, xử lý dữ liệu tổng hợp, tập trung, ứng dụng trí tuệ nhân tạo để tối ưu hóa hoạt động/tổng số cơ quan báo chí",
    denominator: "agencies",
    compound: false,
    keyPhrases: ["phân tích", "xử lý dữ liệu", "trí tuệ nhân tạo", "dữ liệu tổng hợp"],
    usuallyDropped: false,
  },
  {
    id: "converged_newsroom",
    labelVi:
      "Cơ quan báo chí hoạt động, vận hành mô hình tòa soạn hội tụ, phù hợp với sự phát triển của khoa học, công nghệ tiên tiến trên thế giới, sản xuất nội dung theo các xu hướng báo chí số",
    shortVi: "Tòa soạn hội tụ",
    nameEn: "Agencies running a converged newsroom",
    unitVi:
      "Số cơ quan báo chí hoạt động, vận hành mô hình tòa soạn hội tụ; sản xuất nội dung theo các xu hướng báo chí số/tổng số cơ quan báo chí",
    denominator: "agencies",
    compound: false,
    keyPhrases: ["tòa soạn hội tụ", "hội tụ", "xu hướng báo chí số"],
    usuallyDropped: false,
  },
  {
    id: "revenue",
    labelVi: "Các cơ quan báo chí tối ưu hóa nguồn thu, tăng doanh thu tối thiểu",
    shortVi: "Tăng doanh thu",
    nameEn: "Agencies growing revenue by at least a threshold",
    unitVi:
      "Số cơ quan báo chí tăng doanh thu so với doanh thu năm 2022 (tối thiểu theo ngưỡng của năm)/tổng số cơ quan báo chí",
    denominator: "agencies",
    compound: true,
    keyPhrases: ["doanh thu", "nguồn thu"],
    usuallyDropped: false,
  },
  {
    id: "university_curriculum",
    labelVi:
      "Các cơ sở giáo dục đại học chuyên ngành báo chí hoặc có khoa báo chí cập nhật kiến thức, kỹ năng tác nghiệp trong môi trường báo chí số",
    shortVi: "Đào tạo đại học báo chí số",
    nameEn: "Journalism universities and faculties teaching digital-press skills",
    unitVi: "Số cơ sở giáo dục đại học, khoa báo chí cập nhật chương trình/tổng số cơ sở, khoa báo chí",
    denominator: "universities",
    compound: false,
    keyPhrases: ["giáo dục đại học", "khoa báo chí", "cơ sở giáo dục", "tác nghiệp"],
    usuallyDropped: true,
  },
  {
    id: "training",
    labelVi:
      "Lãnh đạo, cán bộ, phóng viên, biên tập viên các cơ quan báo chí được đào tạo, bồi dưỡng kiến thức, kỹ năng về chuyển đổi số báo chí",
    shortVi: "Đào tạo chuyển đổi số",
    nameEn: "Leaders, staff, reporters and editors trained in press digital transformation",
    unitVi:
      "Số lượng lãnh đạo, cán bộ, phóng viên, biên tập viên được đào tạo, bồi dưỡng kiến thức, kỹ năng về chuyển đổi số báo chí/tổng số người trong các cơ quan báo chí",
    denominator: "people",
    compound: false,
    keyPhrases: ["đào tạo", "bồi dưỡng", "phóng viên", "biên tập viên"],
    usuallyDropped: false,
  },
  {
    id: "security_level3",
    labelVi: "Cơ quan báo chí điện tử có giải pháp đảm bảo an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên",
    shortVi: "An toàn thông tin cấp độ 3",
    nameEn: "Electronic-press agencies with level-3+ information security",
    unitVi:
      "Số lượng cơ quan báo chí điện tử có giải pháp đảm bảo an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên/tổng số cơ quan báo chí điện tử",
    denominator: "electronic_agencies",
    compound: false,
    keyPhrases: ["an toàn", "an ninh", "cấp độ 3", "hệ thống thông tin"],
    usuallyDropped: false,
  },
];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function indicator(id: IndicatorId): Indicator {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown indicator ${id}`);
  return found;
}
