/**
 * How real plans word the indicators besides the catalogue's labels: extra vocabulary and key phrases the label
 * matcher learns from (seeds: Sóc Trăng 192/KH-UBND, MPI 1194/QĐ-BKHĐT, Lâm Đồng, Thái Bình).
 * Proper names of agencies are left out on purpose: "Báo Thái Bình" must not pull a row towards any indicator.
 */
import type { IndicatorId } from "../domain/indicators";

export interface IndicatorWording {
  /** Sentences whose words count as evidence for the indicator. */
  readonly sentences: readonly string[];
  /** Phrases that, found as consecutive words, point strongly to the indicator. */
  readonly phrases: readonly string[];
  /**
   * Distinctive evidence a label must carry to be read as the indicator: every group needs one of its phrases
   * (found as consecutive words, one typo allowed in longer words). Words every plan row shares ("thực hiện",
   * "được", "cơ quan báo chí", "tỷ lệ") are not enough on their own.
   */
  readonly required: readonly (readonly string[])[];
}

/** Rows about press work: the subject the training and revenue indicators need besides their own words. */
const PRESS = ["báo chí", "phóng viên", "biên tập viên", "nhà báo", "người làm báo", "tòa soạn", "press", "journalists", "reporters", "editors", "newsrooms"];

/**
 * English names and phrasing (ministry and donor copies of a plan): matched like the Vietnamese ones, from the
 * catalogue's English names and these sentences.
 */
export const ENGLISH_WORDINGS: Readonly<Record<IndicatorId, { readonly sentences: readonly string[]; readonly phrases: readonly string[] }>> = {
  platforms: {
    sentences: ["Press agencies publishing content on digital platforms, domestic platforms first"],
    phrases: ["digital platforms", "on digital platforms"],
  },
  analytics_ai: {
    sentences: ["Press agencies using a central data analytics and processing platform and artificial intelligence to optimise operations"],
    phrases: ["data analytics", "artificial intelligence", "analytics platform"],
  },
  converged_newsroom: {
    sentences: ["Press agencies operating a converged newsroom model producing content along digital journalism trends"],
    phrases: ["converged newsroom", "converged newsrooms"],
  },
  revenue: {
    sentences: ["Press agencies optimising revenue sources and increasing revenue by at least a minimum growth"],
    phrases: ["increase revenue", "increasing revenue", "revenue growth", "grow revenue", "growing revenue"],
  },
  university_curriculum: {
    sentences: ["Journalism universities and faculties updating curricula with digital journalism skills"],
    phrases: ["journalism faculties", "journalism universities"],
  },
  training: {
    sentences: ["Leaders, staff, reporters and editors trained in press digital transformation skills"],
    phrases: ["trained in", "digital transformation training"],
  },
  security_level3: {
    sentences: ["Electronic press agencies with information security solutions at level 3 or above"],
    phrases: ["information security", "level 3"],
  },
};

export const EXTRA_WORDINGS: Readonly<Record<IndicatorId, IndicatorWording>> = {
  platforms: {
    sentences: ["Tỷ lệ cơ quan báo chí của tỉnh đưa nội dung thông tin lên các nền tảng số"],
    phrases: ["lên các nền tảng số", "lên nền tảng số"],
    // Content put on the platforms: building or joining platforms ("phát triển nền tảng số", "nền tảng số quốc
    // gia", "ứng dụng các nền tảng số", the seeds' tasks) is not this indicator.
    required: [
      ["nền tảng số", "nền tảng", "digital platforms", "digital platform"],
      ["nội dung", "phân phối", "đưa lên", "lên các nền tảng", "lên nền tảng", "trên các nền tảng số", "trên nền tảng số", "content", "publish", "publishing", "on digital platforms"],
    ],
  },
  analytics_ai: {
    sentences: ["Có ít nhất một cơ quan báo chí của tỉnh sử dụng nền tảng phân tích dữ liệu, ứng dụng AI"],
    phrases: ["nền tảng phân tích", "ứng dụng trí tuệ nhân tạo", "ứng dụng ai"],
    required: [["phân tích", "trí tuệ nhân tạo", "ai", "dữ liệu", "analytics", "artificial intelligence", "data"]],
  },
  converged_newsroom: {
    sentences: ["mô hình tòa soạn hội tụ và các mô hình phù hợp với sự phát triển của khoa học, công nghệ"],
    phrases: ["mô hình tòa soạn", "tòa soạn hội tụ"],
    // A converged newsroom, not any newsroom: "nền tảng quản lý tòa soạn điện tử" (Sóc Trăng's task) is software.
    required: [["hội tụ", "mô hình tòa soạn", "tòa soạn đa phương tiện", "converged", "integrated newsroom", "newsroom model"]],
  },
  revenue: {
    sentences: [
      "Các cơ quan báo chí thực hiện các giải pháp phù hợp để tối ưu hóa nguồn thu, tạo được nguồn thu mới",
      "tăng doanh thu từ các sản phẩm báo chí",
    ],
    phrases: ["tối ưu hóa nguồn thu", "tăng doanh thu", "nguồn thu mới"],
    // "tăng" only in revenue phrases: alone it folds like the "tảng" of "nền tảng".
    required: [
      ["doanh thu", "nguồn thu", "revenue"],
      [...PRESS, "tăng doanh thu", "tăng nguồn thu", "doanh thu tăng", "tối ưu", "increase", "increasing", "grow", "growing", "growth", "optimising", "optimizing"],
    ],
  },
  university_curriculum: {
    sentences: ["chương trình giảng dạy báo chí số của các trường đại học"],
    phrases: ["đại học", "môi trường báo chí số"],
    required: [["đại học", "giáo dục", "khoa báo chí", "university", "universities", "faculties", "curriculum", "curricula"]],
  },
  training: {
    sentences: ["Tập huấn chuyển đổi số cho người làm báo"],
    phrases: ["lãnh đạo cán bộ", "chuyển đổi số báo chí", "tập huấn"],
    required: [["đào tạo", "bồi dưỡng", "tập huấn", "trained", "training"]],
  },
  security_level3: {
    sentences: ["giải pháp đảm bảo an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên đối với báo chí điện tử"],
    phrases: ["cấp độ 3 trở lên", "an toàn thông tin", "an ninh hệ thống"],
    // A security solution at a level: "an toàn, an ninh thông tin" as a design principle of every project (Lâm
    // Đồng) is not this indicator.
    required: [
      ["an toàn", "an ninh", "cấp độ 3", "security", "level 3"],
      ["cấp độ", "giải pháp", "an toàn thông tin", "an ninh hệ thống", "an ninh mạng", "level", "solution", "solutions"],
    ],
  },
};
