/** The 2025 mergers: provinces (built in) and press agencies (the workbook's lineage table). */
import { consolidateReports } from "../../src/domain/agency/consolidate";
import { Lineage, type LineageEntry } from "../../src/domain/agency/lineage";
import {
  PROVINCE_MERGERS_2025,
  PROVINCES_BEFORE_2025_07,
  provinceEndingName,
  provinceInText,
  provinceKey,
} from "../../src/domain/agency/provinces";
import type { ReportRow } from "../../src/domain/agency/reportRow";
import { findLineageTables, layoutLineageForm, parseLineageDate } from "../../src/sheet/lineageForm";
import type { Grid, GridCell } from "../../src/sheet/grid";
import { parseA1 } from "../../src/sheet/a1";
import { row } from "./rows";

const JULY_2025 = { year: 2025, month: 7, day: 1 };
const NEW = "Báo và Phát thanh, Truyền hình Hưng Yên";
const agency = (former: string, successor = NEW, from = JULY_2025): LineageEntry => ({
  kind: "agency",
  former,
  successor,
  from,
  at: { file: "ke-hoach.xlsx", sheet: "Sáp nhập", cell: "B6" },
});

describe("the provinces", () => {
  it("lists 63 units before 1 July 2025 and 34 after", () => {
    expect(new Set(PROVINCES_BEFORE_2025_07.map(provinceKey)).size).toBe(63);
    const merged = PROVINCE_MERGERS_2025.flatMap((m) => m.formers);
    expect(new Set(merged.map(provinceKey)).size).toBe(merged.length);
    for (const p of merged) expect(PROVINCES_BEFORE_2025_07.map(provinceKey)).toContain(provinceKey(p));
    const unchanged = PROVINCES_BEFORE_2025_07.filter((p) => !merged.map(provinceKey).includes(provinceKey(p)));
    expect(unchanged.length + PROVINCE_MERGERS_2025.length).toBe(34);
  });

  it("compares names without tỉnh/thành phố, case, marks or old spellings", () => {
    expect(provinceKey("TỈNH THÁI BÌNH")).toBe("thai binh");
    expect(provinceKey("Thành phố Hồ Chí Minh")).toBe("ho chi minh");
    expect(provinceKey("TP. HCM")).toBe("ho chi minh");
    expect(provinceKey("Thừa Thiên Huế")).toBe("hue");
    expect(provinceKey("Hoà Bình")).toBe(provinceKey("Hòa Bình"));
  });

  it("finds a province named after tỉnh/thành phố in a text, or at the end of an agency's name", () => {
    expect(provinceInText("UBND TỈNH NAM ĐỊNH")).toBe("Nam Định");
    expect(provinceInText("trên địa bàn tỉnh Thái Bình năm 2024")).toBe("Thái Bình");
    expect(provinceInText("các cơ quan báo chí của tỉnh")).toBeNull();
    // A province the list does not know (the examples' fictional one) is taken as typed, when it is a proper name.
    expect(provinceInText("Tỉnh Minh Sơn")).toBe("Minh Sơn");
    expect(provinceInText("UBND TỈNH MINH SƠN")).toBe("Minh Sơn");
    expect(provinceInText("BÁO CÁO CỦA CÁC CƠ QUAN BÁO CHÍ TỈNH NĂM 2024")).toBeNull();
    expect(provinceInText("Kết quả của tỉnh đã đạt được")).toBeNull();
    expect(provinceInText("trên địa bàn tỉnh Hải Hà, năm 2024")).toBe("Hải Hà");
    expect(provinceEndingName("Đài Phát thanh và Truyền hình Nam Định")).toBe("Nam Định");
    expect(provinceEndingName("Báo Nhân Dân")).toBeNull();
  });
});

describe("Lineage", () => {
  const lineage = Lineage.of([agency("Báo Thái Bình"), agency("Đài Phát thanh và Truyền hình Thái Bình"), agency(NEW, "Báo Hưng Yên mới", { year: 2027, month: 1, day: 1 })]);

  it("follows the built-in province mergers and the workbook's chains", () => {
    expect(lineage.current("province", "tỉnh Thái Bình")).toBe("Hưng Yên");
    expect(lineage.becomes("province", "Thái Bình", "Hưng Yên")).toBe(true);
    expect(lineage.becomes("province", "Hưng Yên", "Thái Bình")).toBe(false);
    expect(lineage.becomes("province", "Nam Định", "Hưng Yên")).toBe(false);
    expect(lineage.current("agency", "bao thai binh")).toBe("Báo Hưng Yên mới");
  });

  it("expects a former agency before its merger year, a new one from it (not in a split year a former reported)", () => {
    const none = (): boolean => false;
    expect([2024, 2025, 2026].map((y) => lineage.expected("Báo Thái Bình", y, none))).toEqual([true, false, false]);
    expect([2024, 2025, 2026].map((y) => lineage.expected(NEW, y, none))).toEqual([false, true, true]);
    expect(lineage.expected(NEW, 2025, (name, y) => name === "Báo Thái Bình" && y === 2025)).toBe(false);
    expect(lineage.expected(NEW, 2027, none)).toBe(false);
    expect(lineage.expected("Tạp chí khác", 2024, none)).toBe(true);
  });

  it("ignores a row naming an agency its own successor, and survives a cycle", () => {
    const odd = Lineage.of([agency("A", "a"), agency("B", "C"), agency("C", "B")]);
    expect(odd.current("agency", "A")).toBe("A");
    expect(["B", "C"]).toContain(odd.current("agency", "B"));
  });
});

describe("consolidating across the mergers", () => {
  /** A report row with its province named above the table (a title "UBND TỈNH …"). */
  const inProvince = (r: ReportRow, province: string): ReportRow => ({ ...r, province: { name: province, address: "A1", from: "title" } });
  const rows = [
    inProvince(row("tb.xlsx", "BC", 5, { agency: "Báo Thái Bình", year: 2023 }), "Thái Bình"),
    inProvince(row("tb.xlsx", "BC", 6, { agency: "Báo Thái Bình", year: 2024 }), "Thái Bình"),
    inProvince(row("tb.xlsx", "BC", 7, { agency: "Báo Thái Bình", year: 2025 }), "Thái Bình"),
    inProvince(row("hy.xlsx", "BC", 5, { agency: "Báo Hưng Yên", year: 2023 }), "Hưng Yên"),
    inProvince(row("hy.xlsx", "BC", 6, { agency: "Báo Hưng Yên", year: 2024 }), "Hưng Yên"),
    inProvince(row("moi.xlsx", "BC", 5, { agency: NEW, year: 2026 }), "Hưng Yên"),
    inProvince(row("nd.xlsx", "BC", 5, { agency: "Báo Nam Định", year: 2024 }), "Nam Định"),
  ];
  const lineage = Lineage.of([agency("Báo Thái Bình"), agency("Báo Hưng Yên")]);

  it("consolidates the new province, former provinces' reports included, another province's left out", () => {
    const r = consolidateReports(rows, { lineage });
    expect(r.province).toEqual({ name: "Hưng Yên", from: "reports" });
    expect(r.reports.map((x) => `${x.agency} ${x.year}`)).toEqual([
      "Báo Hưng Yên 2023",
      "Báo Hưng Yên 2024",
      `${NEW} 2026`,
      "Báo Thái Bình 2023",
      "Báo Thái Bình 2024",
      "Báo Thái Bình 2025",
    ]);
    expect(r.findings.map((f) => `${f.code} ${f.file} ${f.cell}`)).toEqual(["report.other_province nd.xlsx A1"]);
  });

  it("counts each year over the agencies that existed: nobody merged is missing, the tracker says who did not exist", () => {
    const r = consolidateReports(rows, { lineage });
    expect(r.tracker.years).toEqual([2023, 2024, 2025, 2026]);
    expect(r.tracker.rows.map((t) => [t.agency, t.successor, ...t.states])).toEqual([
      ["Báo Hưng Yên", NEW, "reported", "reported", "not_expected", "not_expected"],
      ["Báo Thái Bình", NEW, "reported", "reported", "reported", "not_expected"],
      // 2025 is split: a former agency reported it, so the new one is not missing it.
      [NEW, null, "not_expected", "not_expected", "not_expected", "reported"],
    ]);
  });

  it("without the lineage table, the same reports show who is missing", () => {
    const r = consolidateReports(rows);
    expect(r.findings.filter((f) => f.code === "report.missing_year").map((f) => `${f.agency} ${f.year}`)).toEqual([
      "Báo Hưng Yên 2025",
      "Báo Hưng Yên 2026",
      "Báo Thái Bình 2026",
      `${NEW} 2023`,
      `${NEW} 2024`,
      `${NEW} 2025`,
    ]);
  });

  it("consolidates a former province when the user says so: the new province's other agencies are then another province", () => {
    const r = consolidateReports(rows, { lineage, province: { name: "Thái Bình", from: "option" } });
    expect(r.reports.map((x) => x.agency)).toEqual(["Báo Thái Bình", "Báo Thái Bình", "Báo Thái Bình"]);
    expect(r.findings.map((f) => `${f.code} ${f.file} ${f.expected}`)).toEqual([
      "report.other_province hy.xlsx Thái Bình",
      "report.other_province moi.xlsx Thái Bình",
      "report.other_province nd.xlsx Thái Bình",
    ]);
    // The agency Báo Thái Bình became is listed, and did not exist in the years reported.
    expect(r.tracker.rows.map((t) => [t.agency, ...t.states])).toEqual([
      ["Báo Thái Bình", "reported", "reported", "reported"],
      [NEW, "not_expected", "not_expected", "not_expected"],
    ]);
  });
});

describe("the lineage form", () => {
  /** The patch's values as a grid, with cells typed over it. */
  function filled(extra: Record<string, string | number>): Grid {
    const patch = layoutLineageForm({ sheet: "Sáp nhập", createSheet: true });
    const rows: Array<Array<GridCell | undefined>> = [];
    const put = (address: string, value: string | number | boolean | null): void => {
      const { row: r, col } = parseA1(address);
      (rows[r] ??= [])[col] = { value };
    };
    for (const c of patch.cells) if (c.value !== undefined) put(c.address, c.value);
    for (const [a, v] of Object.entries(extra)) put(a, v);
    return { sheet: "Sáp nhập", top: 0, left: 0, rows: Array.from(rows, (r) => r ?? []) };
  }

  it("reads what is typed, not its example row; a blank kind is guessed and a blank date is 1 July 2025", () => {
    const [t] = findLineageTables(
      filled({ A6: "Cơ quan báo chí", B6: "Báo Thái Bình", C6: NEW, D6: 45839, B7: "Nam Định", C7: "Ninh Bình", B8: "Tạp chí A", C8: "Tạp chí B", D8: "1/1/2026" }),
      "ke-hoach.xlsx",
    );
    expect(t?.entries).toEqual([
      { kind: "agency", former: "Báo Thái Bình", successor: NEW, from: JULY_2025, at: { file: "ke-hoach.xlsx", sheet: "Sáp nhập", cell: "B6" } },
      { kind: "province", former: "Nam Định", successor: "Ninh Bình", from: JULY_2025, at: { file: "ke-hoach.xlsx", sheet: "Sáp nhập", cell: "B7" } },
      { kind: "agency", former: "Tạp chí A", successor: "Tạp chí B", from: { year: 2026, month: 1, day: 1 }, at: { file: "ke-hoach.xlsx", sheet: "Sáp nhập", cell: "B8" } },
    ]);
  });

  it.each([
    [45839, JULY_2025],
    ["01/07/2025", JULY_2025],
    ["1/7/2025", JULY_2025],
    ["2025-07-01", JULY_2025],
    ["01.07.2025", JULY_2025],
    ["tháng 7", null],
    ["31/13/2025", null],
  ] as const)("reads the date %p", (v, want) => expect(parseLineageDate(v)).toEqual(want));
});
