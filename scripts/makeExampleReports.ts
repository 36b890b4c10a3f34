/**
 * Writes examples/bao-cao/: the yearly reports of the three press agencies of the fictional "tỉnh Minh Sơn"
 * (examples/ke-hoach-mau.xlsx), 2023–2025, one file per agency, on the form the add-in hands out. Revenues are in
 * million đồng against base year 2022. A few realistic problems for `pressdx consolidate` to find:
 * - Báo Minh Sơn sent a corrected 2024 row on a second sheet whose revenue differs (a conflict);
 * - the radio-TV station pasted its 2023 row again on a second sheet (an identical duplicate) and left 2024 blank
 *   (a missing year);
 * - the magazine typed "x" for Có and its 2024 revenue as the text "1.500" (both readable), and counted more people
 *   trained than it employs in 2025 (an error).
 * Run: node bin/run-ts.cjs scripts/makeExampleReports.ts
 */
import path from "node:path";
import { XlsxFile } from "../src/adapters/xlsx/xlsxFile";
import type { AgencyField } from "../src/domain/agency/report";
import { a1 } from "../src/sheet/a1";
import { AGENCY_FORM_COLUMNS, layoutAgencyForm } from "../src/sheet/agencyForm";
import type { CellWrite, SheetPatch } from "../src/sheet/patch";

type Figures = Partial<Record<AgencyField, string | number>>;

interface FormSheet {
  readonly sheet: string;
  readonly note?: string;
  /** Rows by year; null leaves the pre-filled row without figures (not reported). */
  readonly rows: ReadonlyArray<readonly [number, Figures | null]>;
}

interface AgencyFile {
  readonly file: string;
  readonly agency: string;
  readonly sheets: readonly FormSheet[];
}

const TOP = 4; // title, agency, note, blank, then the form's header on row 5

const BAO: Figures = { electronic: "Có", mediaTypes: 2, baseRevenue: 18500 };
const DAI: Figures = { electronic: "Có", mediaTypes: 3, baseRevenue: 42000 };
const TAP_CHI: Figures = { electronic: "Không", mediaTypes: 1, baseRevenue: 1350 };

export const EXAMPLE_REPORTS: readonly AgencyFile[] = [
  {
    file: "bao-minh-son.xlsx",
    agency: "Báo Minh Sơn",
    sheets: [
      {
        sheet: "Báo cáo",
        rows: [
          [2023, { ...BAO, platforms: "Có", analyticsAi: "Không", convergedNewsroom: "Không", revenue: 19200, staff: 86, trained: 30, securityLevel: 2 }],
          [2024, { ...BAO, platforms: "Có", analyticsAi: "Có", convergedNewsroom: "Có", revenue: 21000, staff: 88, trained: 52, securityLevel: 3 }],
          [2025, { ...BAO, platforms: "Có", analyticsAi: "Có", convergedNewsroom: "Có", revenue: 23400, staff: 90, trained: 71, securityLevel: 3 }],
        ],
      },
      {
        sheet: "Bổ sung 2024",
        note: "Số liệu năm 2024 điều chỉnh sau quyết toán (gửi bổ sung ngày 15/01/2025).",
        rows: [[2024, { ...BAO, platforms: "Có", analyticsAi: "Có", convergedNewsroom: "Có", revenue: 21350, staff: 88, trained: 52, securityLevel: 3 }]],
      },
    ],
  },
  {
    file: "dai-pt-th-minh-son.xlsx",
    agency: "Đài Phát thanh và Truyền hình Minh Sơn",
    sheets: [
      {
        sheet: "Báo cáo",
        rows: [
          [2023, { ...DAI, platforms: "Có", analyticsAi: "Không", convergedNewsroom: "Có", revenue: 40500, staff: 162, trained: 45, securityLevel: 3 }],
          [2024, null],
          [2025, { ...DAI, platforms: "Có", analyticsAi: "Có", convergedNewsroom: "Có", revenue: 46800, staff: 158, trained: 120, securityLevel: 3 }],
        ],
      },
      {
        sheet: "Năm 2023 (đã gửi)",
        note: "Bản đã gửi Sở năm 2023.",
        rows: [[2023, { ...DAI, platforms: "Có", analyticsAi: "Không", convergedNewsroom: "Có", revenue: 40500, staff: 162, trained: 45, securityLevel: 3 }]],
      },
    ],
  },
  {
    file: "tap-chi-van-nghe-minh-son.xlsx",
    agency: "Tạp chí Văn nghệ Minh Sơn",
    sheets: [
      {
        sheet: "Báo cáo",
        rows: [
          [2023, { ...TAP_CHI, platforms: "Không", analyticsAi: "Không", convergedNewsroom: "Không", revenue: 1420, staff: 18, trained: 4 }],
          [2024, { ...TAP_CHI, platforms: "x", analyticsAi: "Không", convergedNewsroom: "Không", revenue: "1.500", staff: 18, trained: 9 }],
          [2025, { ...TAP_CHI, platforms: "Có", analyticsAi: "Không", convergedNewsroom: "Không", revenue: 1610, staff: 18, trained: 21 }],
        ],
      },
    ],
  },
];

function formSheet(agency: string, s: FormSheet): SheetPatch {
  const years = s.rows.map(([y]) => y);
  const form = layoutAgencyForm({ sheet: s.sheet, top: TOP, left: 0, agencies: [agency], years, createSheet: true });
  const figures: CellWrite[] = s.rows.flatMap(([, f], k) =>
    f === null
      ? []
      : AGENCY_FORM_COLUMNS.flatMap((c, i) => {
          const value = f[c.field];
          return value === undefined ? [] : [{ address: a1(TOP + 1 + k, i), value }];
        }),
  );
  const heading: CellWrite[] = [
    { address: "A1", value: "BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ BÁO CHÍ (Kế hoạch số 123/KH-UBND tỉnh Minh Sơn)", style: { font: { bold: true, size: 13 } } },
    { address: "A2", value: `Cơ quan báo cáo: ${agency}`, style: { font: { bold: true } } },
    { address: "A3", value: s.note ?? "Doanh thu tính bằng triệu đồng; năm gốc 2022. Mỗi năm một dòng.", style: { font: { italic: true } } },
  ];
  return { ...form, cells: [...heading, ...form.cells, ...figures] };
}

export async function makeExampleReports(folder: string): Promise<string[]> {
  const written: string[] = [];
  for (const a of EXAMPLE_REPORTS) {
    const book = XlsxFile.create();
    await book.apply(a.sheets.map((s) => formSheet(a.agency, s)));
    const file = path.join(folder, a.file);
    await book.save(file);
    written.push(file);
  }
  return written;
}

// Run directly (node bin/run-ts.cjs scripts/makeExampleReports.ts), not when imported by a test.
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const folder = path.resolve(__dirname, "../examples/bao-cao");
  makeExampleReports(folder).then((files) => files.forEach((f) => console.log(`wrote ${f}`)));
}
