/**
 * Writes examples/ke-hoach-mau.xlsx: the appendix of a fictional province ("tỉnh Minh Sơn", 3 press
 * agencies) typed by hand the way real plans are, with a few realistic mistakes for the demo to find.
 * Run: node bin/run-ts.cjs scripts/makeExamplePlan.ts
 */
import path from "node:path";
import ExcelJS from "exceljs";

type Cell = string | number | null;
const PCT = "0%";

export async function makeExamplePlan(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sở Văn hóa, Thể thao và Du lịch tỉnh Minh Sơn";
  const ws = wb.addWorksheet("Phụ lục");
  ws.columns = [{ width: 6 }, { width: 48 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 40 }];

  ws.getCell("A1").value = "PHỤ LỤC";
  ws.getCell("A2").value = "CHỈ TIÊU CHUYỂN ĐỔI SỐ BÁO CHÍ TỈNH MINH SƠN THEO TỪNG NĂM";
  ws.getCell("A3").value = "(Kèm theo Kế hoạch số 123/KH-UBND ngày 20/11/2023 của Ủy ban nhân dân tỉnh)";
  ws.getCell("A4").value = "Số cơ quan báo chí:";
  ws.getCell("C4").value = 3;

  const put = (row: number, values: Cell[], formats: Record<number, string> = {}): void => {
    values.forEach((v, i) => {
      const cell = ws.getCell(row, i + 1);
      cell.value = v;
      if (formats[i]) cell.numFmt = formats[i];
    });
  };
  const pct = { 2: PCT, 3: PCT, 4: PCT, 5: PCT, 6: PCT };

  ws.getCell("A6").value = "1. Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2023 - 2025";
  put(7, ["STT", "Nội dung chỉ tiêu", "Kế hoạch năm 2023", "Kế hoạch năm 2024", "Mục tiêu năm 2025", "Đơn vị đo lường"]);
  put(8, [1, "Cơ quan báo chí đưa nội dung lên các nền tảng số (ưu tiên các nền tảng số trong nước)", 1 / 3, 0.6, "67%", "Số cơ quan báo chí đưa nội dung lên các nền tảng số/tổng số cơ quan báo chí"], pct);
  put(9, [2, "Co quan bao chi su dung nen tang phan tich, xu ly du lieu tong hop tap trung, ung dung tri tue nhan tao", "4O%", 1 / 3, 2 / 3, "Số cơ quan báo chí sử dụng nền tảng phân tích dữ liệu, AI/tổng số cơ quan báo chí"], pct);
  put(10, [3, "Cơ quan báo chí hoạt động, vận hành mô hình tòa soạn hội tụ", 1 / 3, 1 / 3, 2 / 3, "Số cơ quan báo chí vận hành tòa soạn hội tụ/tổng số cơ quan báo chí"], pct);
  put(11, [4, "Các cơ quan báo chí tối ưu hóa nguồn thu, tăng doanh thu tối thiểu", 0, "33% cơ quan báo chí tăng doanh thu", "33% cơ quan báo chí tăng doanh thu 20%", "Số cơ quan báo chí tăng doanh thu so với năm 2022/tổng số cơ quan báo chí"], pct);
  put(12, [5, "Lãnh đạo, cán bộ, phóng viên, biên tập viên các cơ quan báo chí được đào tạo, bồi dưỡng kiến thức, kỹ năng về chuyển đổi số báo chí", 0.4, 1.2, 1, "Số người được đào tạo/tổng số người trong các cơ quan báo chí"], pct);
  put(13, [6, "Cơ quan báo chí điện tử có giải pháp đảm bảo an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên", 1, 1, 1, "Số cơ quan báo chí điện tử đạt cấp độ 3/tổng số cơ quan báo chí điện tử"], pct);
  put(14, [7, "Cơ quan báo chí có ứng dụng di động riêng", 0, 1 / 3, 1 / 3, "Số cơ quan báo chí có ứng dụng/tổng số"], pct);

  ws.getCell("A16").value = "2. Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2026 - 2030";
  put(17, ["STT", "Nội dung chỉ tiêu", "Kế hoạch năm 2026", "Kế hoạch năm 2027", "Mục tiêu năm 2028", "Mục tiêu năm 2029", "Mục tiêu năm 2030"]);
  put(18, [1, "Cơ quan báo chí đưa nội dung lên các nền tảng số (ưu tiên các nền tảng số trong nước)", 1, 1, 1, 1, 1], pct);
  put(19, [2, "Cơ quan báo chí sử dụng nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung, ứng dụng trí tuệ nhân tạo để tối ưu hóa hoạt động", 2 / 3, 2 / 3, 2 / 3, 2 / 3, 2 / 3], pct);
  put(20, [3, "Cơ quan báo chí hoạt động, vận hành mô hình tòa soạn hội tụ, sản xuất nội dung theo các xu hướng báo chí số", 1 / 3, 2 / 3, 2 / 3, 2 / 3, 1], pct);
  put(21, [4, "Các cơ quan báo chí tối ưu hóa nguồn thu, tăng doanh thu tối thiểu", "33% cơ quan báo chí tăng doanh thu 20%", "33% cơ quan báo chí tăng doanh thu 20%", "33% cơ quan báo chí tăng doanh thu 20%", "67% cơ quan báo chí tăng doanh thu 20%", "67% cơ quan báo chí tăng doanh thu 20%"]);
  put(22, [5, "Lãnh đạo, cán bộ, phóng viên, biên tập viên các cơ quan báo chí được đào tạo, bồi dưỡng kiến thức, kỹ năng về chuyển đổi số báo chí", 1, 1, 1, 1, 1], pct);
  put(23, [6, "Cơ quan báo chí điện tử có giải pháp đảm bảo an toàn, an ninh hệ thống thông tin cấp độ 3 trở lên", 1, null, 1, 1, 1], pct);

  ws.getCell("A25").value = "Ghi chú: tỷ lệ tính trên 03 cơ quan báo chí của tỉnh (Báo Minh Sơn, Đài PT-TH Minh Sơn, Tạp chí Văn nghệ Minh Sơn).";

  for (const r of [7, 17]) ws.getRow(r).font = { bold: true };
  for (const r of [1, 2, 6, 16]) ws.getRow(r).font = { bold: true };
  ws.getColumn(2).alignment = { wrapText: true, vertical: "middle" };
  await wb.xlsx.writeFile(file);
}

// Run directly (node bin/run-ts.cjs scripts/makeExamplePlan.ts), not when imported by a test.
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const file = path.resolve(__dirname, "../examples/ke-hoach-mau.xlsx");
  makeExamplePlan(file).then(() => console.log(`wrote ${file}`));
}
