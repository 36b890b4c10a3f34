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
}

export const EXTRA_WORDINGS: Readonly<Record<IndicatorId, IndicatorWording>> = {
  platforms: {
    sentences: ["Tỷ lệ cơ quan báo chí của tỉnh đưa nội dung thông tin lên các nền tảng số"],
    phrases: ["lên các nền tảng số", "lên nền tảng số"],
  },
  analytics_ai: {
    sentences: ["Có ít nhất một cơ quan báo chí của tỉnh sử dụng nền tảng phân tích dữ liệu, ứng dụng AI"],
    phrases: ["nền tảng phân tích", "ứng dụng trí tuệ nhân tạo", "ứng dụng ai"],
  },
  converged_newsroom: {
    sentences: ["mô hình tòa soạn hội tụ và các mô hình phù hợp với sự phát triển của khoa học, công nghệ"],
    phrases: ["mô hình tòa soạn", "tòa soạn hội tụ"],
  },
  revenue: {
    sentences: [
      "Các cơ quan báo chí thực hiện các giải pháp phù hợp để tối ưu hóa nguồn thu, tạo được nguồn thu mới",
      "tăng doanh thu từ các sản phẩm báo chí",
    ],
    phrases: ["tối ưu hóa nguồn thu", "tăng doanh thu", "nguồn thu mới"],
  },
  university_curriculum: {
    sentences: ["chương trình giảng dạy báo chí số của các trường đại học"],
    phrases: ["đại học", "môi trường báo chí số"],
  },
  training: {
    sentences: ["Tập huấn chuyển đổi số cho người làm báo"],
    phrases: ["lãnh đạo cán bộ", "chuyển đổi số báo chí", "tập huấn"],
  },
  security_level3: {
    sentences: ["giải pháp đảm bảo an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên đối với báo chí điện tử"],
    phrases: ["cấp độ 3 trở lên", "an toàn thông tin", "an ninh hệ thống"],
  },
};
