import { parseYearHeader } from "../../src/sheet/yearHeader";

describe("parseYearHeader", () => {
  it.each([
    ["Kế hoạch năm 2023", 2023],
    ["Kế hoạch\nnăm 2023", 2023],
    ["Mục tiêu năm 2025", 2025],
    ["Năm 2026", 2026],
    ["Kế hoach năm 2027", 2027],
    ["Kế\nhoạch\nnăm\n2026", 2026],
    ["2027", 2027],
    [" 2027 ", 2027],
    ["2028 (dự kiến)", 2028],
    ["Năm 2029 (%)", 2029],
    ["KH 2024", 2024],
    ["Ke hoach nam 2025", 2025],
    ["Mục tiêu đến năm 2030", 2030],
  ] as const)("reads “%s” as %d", (text, year) => {
    expect(parseYearHeader(text)).toBe(year);
  });

  it("reads a bare number", () => {
    expect(parseYearHeader(2027)).toBe(2027);
  });

  it("returns years outside 2023–2030 too, for the rules to flag", () => {
    expect(parseYearHeader("Năm 2022")).toBe(2022);
    expect(parseYearHeader(2031)).toBe(2031);
  });

  it.each([
    "Kế hoạch tăng trưởng chỉ tiêu giai đoạn 2023 - 2025",
    "2023 - 2025",
    "24/11/2023",
    "Thái Bình, ngày 24/11/2023",
    "Số liệu năm 2024 là dự kiến",
    "Thực hiện năm 2024",
    "Năm",
    "67%",
    "năm 20233",
    "Năm 1999",
  ])("refuses “%s”", (text) => {
    expect(parseYearHeader(text)).toBeNull();
  });

  it.each([0.67, 67, 100, 2023.5, 1999, 2101, 45000])("refuses the figure %d", (n) => {
    expect(parseYearHeader(n)).toBeNull();
  });

  it("refuses empty, boolean and error cells", () => {
    expect(parseYearHeader(null)).toBeNull();
    expect(parseYearHeader(undefined)).toBeNull();
    expect(parseYearHeader(true)).toBeNull();
    expect(parseYearHeader({ error: "#N/A" })).toBeNull();
  });
});
