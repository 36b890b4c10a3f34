/**
 * Agency reports filled the way agencies fill them, written by ExcelJS (another writer than ours) into a folder:
 * the realistic set of issue 17 for tỉnh Thái Bình, 2023–2024.
 *
 * - 01 Báo Thái Bình: the official letterhead above the form, years typed as text ("2023", "Năm 2024"), a blank row
 *   between the years, a signature block below the table.
 * - 02 Đài PT-TH Thái Bình: 2024 has "Chưa" for the converged newsroom and "100%" typed into the people trained
 *   (Excel keeps 1 formatted 0%).
 * - 03 Tạp chí Văn nghệ Thái Bình: "Có" typed as its security level in 2023; no 2024 report.
 * - 04 Báo Nam Định: "Tỉnh/thành phố: Nam Định" above its table — another province.
 * - 05 a plan workbook (a target table, no report).
 * - 06 Báo Thái Bình's supplement for 2024 with another revenue (21,350 against 21,000 million đồng).
 * - 07 an old .xls, and 08 an old .xls renamed .xlsx.
 * - 09 Tạp chí Khoa học Thái Bình: headers without diacritics in another order, a "Tổng cộng" row under the table.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

type Cell = string | number | null | { readonly value: number; readonly numFmt: string };

const HEADERS = [
  "Năm",
  "Cơ quan báo chí",
  "Báo điện tử",
  "Số loại hình báo chí",
  "Đưa nội dung lên nền tảng số",
  "Dùng nền tảng phân tích dữ liệu, AI",
  "Tòa soạn hội tụ",
  "Doanh thu năm gốc (triệu đồng)",
  "Doanh thu năm báo cáo (triệu đồng)",
  "Tổng số lãnh đạo, PV, BTV",
  "Số người được đào tạo CĐS",
  "Cấp độ ATTT",
];

/** Writes rows (arrays of cells) from `top` (1-based), column A on; null leaves a cell empty. */
function put(ws: ExcelJS.Worksheet, top: number, rows: ReadonlyArray<ReadonlyArray<Cell>>, left = 1): void {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(top + r, left + c);
      if (typeof v === "object") {
        cell.value = v.value;
        cell.numFmt = v.numFmt;
      } else cell.value = v;
    }),
  );
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await wb.xlsx.writeFile(file);
}

/** An OLE compound file's signature and some padding: what an Excel 97–2003 workbook starts with. */
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

export const FIELD_FILES = [
  "01-bao-thai-binh.xlsx",
  "02-dai-pt-th-thai-binh.xlsx",
  "03-tap-chi-van-nghe.xlsx",
  "04-bao-nam-dinh.xlsx",
  "05-ke-hoach-2024.xlsx",
  "06-bao-thai-binh-bo-sung.xlsx",
  "07-bao-cao-2023.xls",
  "08-dai-cu.xlsx",
  "09-tap-chi-khoa-hoc.xlsx",
] as const;

export async function writeFieldReports(dir: string): Promise<void> {
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Báo cáo");
    put(ws, 1, [["UBND TỈNH THÁI BÌNH"], ["BÁO THÁI BÌNH"], [null], ["BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ BÁO CHÍ NĂM 2023, 2024"], [null]]);
    put(ws, 6, [
      HEADERS,
      ["2023", "Báo Thái Bình", "Có", 2, "Có", "Không", "Không", 18500, 19200, 86, 30, 2],
      [null],
      ["Năm 2024", "Báo Thái Bình", "có", 2, "Có", "Có", "Có", 18500, 21000, 88, 52, 3],
      [null],
      [null, "Người lập biểu", null, null, null, null, null, null, null, "Tổng biên tập"],
      [null, "(ký, ghi rõ họ tên)", null, null, null, null, null, null, null, "(ký tên, đóng dấu)"],
    ]);
    await save(wb, path.join(dir, FIELD_FILES[0]));
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("BC 2023-2024");
    put(ws, 1, [["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÁI BÌNH"], [null]]);
    put(ws, 3, [
      HEADERS,
      [2023, "Đài Phát thanh và Truyền hình Thái Bình", "Có", 3, "Có", "Không", "Có", 42000, 40500, 162, 45, 3],
      [2024, "Đài Phát thanh và Truyền hình Thái Bình", "Có", 3, "Có", "Có", "Chưa", 42000, 46800, 158, { value: 1, numFmt: "0%" }, 3],
    ]);
    await save(wb, path.join(dir, FIELD_FILES[1]));
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    put(ws, 1, [
      HEADERS,
      [2023, "Tạp chí Văn nghệ Thái Bình", "Không", 1, "x", "", "", 1350, 1420, 18, 6, "Có"],
    ]);
    await save(wb, path.join(dir, FIELD_FILES[2]));
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Báo cáo");
    put(ws, 1, [["BÁO CÁO CHUYỂN ĐỔI SỐ"], ["Tỉnh/thành phố:", "Nam Định"], [null]]);
    put(ws, 4, [HEADERS, [2024, "Báo Nam Định", "Có", 2, "Có", "Có", "Có", 20000, 23000, 95, 60, 3]]);
    await save(wb, path.join(dir, FIELD_FILES[3]));
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    put(ws, 1, [
      ["PHỤ LỤC: KẾ HOẠCH TĂNG TRƯỞNG CHỈ TIÊU"],
      ["STT", "Chỉ tiêu", "Kế hoạch năm 2023", "Kế hoạch năm 2024", "Kế hoạch năm 2025"],
      [1, "Tỷ lệ cơ quan báo chí đưa nội dung lên nền tảng số", "60%", "70%", "80%"],
    ]);
    await save(wb, path.join(dir, FIELD_FILES[4]));
  }
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bổ sung");
    put(ws, 1, [["Số liệu năm 2024 điều chỉnh sau quyết toán"], [null]]);
    put(ws, 3, [HEADERS, [2024, "Báo Thái Bình", "Có", 2, "Có", "Có", "Có", 18500, 21350, 88, 52, 3]]);
    await save(wb, path.join(dir, FIELD_FILES[5]));
  }
  fs.writeFileSync(path.join(dir, FIELD_FILES[6]), OLE);
  fs.writeFileSync(path.join(dir, FIELD_FILES[7]), OLE);
  {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bao cao");
    // Another column order, no diacritics, an STT column; a total row under the table.
    put(ws, 1, [
      ["STT", "Ten co quan bao chi", "Nam", "Doanh thu nam goc (trieu dong)", "Doanh thu nam bao cao (trieu dong)", "Bao dien tu", "So loai hinh bao chi", "Dua noi dung len nen tang so", "Dung nen tang phan tich du lieu, AI", "Toa soan hoi tu", "Tong so lanh dao, PV, BTV", "So nguoi duoc dao tao CDS", "Cap do ATTT"],
      [1, "Tạp chí Khoa học Thái Bình", 2023, 900, 950, "Có", 2, "Có", "Không", "Không", 12, 4, 2],
      [2, "Tạp chí Khoa học Thái Bình", 2024, 900, 1100, "Có", 2, "Có", "Có", "Không", 12, 8, 3],
      [null, "Tổng cộng", null, 1800, 2050, null, null, null, null, null, 24, 12],
    ]);
    await save(wb, path.join(dir, FIELD_FILES[8]));
  }
}

/** The clean part of the set: files that should give no finding at all (negative cases). */
export const CLEAN_FIELD_FILES = [FIELD_FILES[0]] as const;
