// RULES.md version 2: N comes from the user (command option or pane setting), else from the workbook: a defined name
// PressDX_Agencies, or a label cell "Số cơ quan báo chí" followed by N in the same cell or the next one.
import { findPlanCounts } from "../../../src/sheet/planCounts";
import { validateSnapshot } from "../../../src/usecases/validateWorkbook";
import { buildGrid, pct } from "../gridBuilder";
import { LABEL } from "../gridFixture";

const countsOf = (rows: Parameters<typeof buildGrid>[0]["rows"], names: Record<string, string> = {}) =>
  findPlanCounts({ sheets: [buildGrid({ sheet: "Phụ lục", rows })], names });

describe("where N comes from", () => {
  it.each([
    ["Số cơ quan báo chí của tỉnh: 3 (Báo tỉnh, Đài PT-TH tỉnh, Tạp chí Văn nghệ)", undefined, 3],
    ["Số cơ quan báo chí: 03 cơ quan", undefined, 3],
    ["Số cơ quan báo chí trên địa bàn tỉnh", "4 cơ quan", 4],
    ["Tổng số cơ quan báo chí", 5, 5],
  ] as const)("reads “%s” (next cell %s) as %i", (label, next, n) => {
    expect(countsOf([[label, next ?? null]])).toEqual({ agencies: n });
  });

  it("does not read a count from an indicator's unit text or a sentence with figures in it (negatives)", () => {
    expect(countsOf([["Số cơ quan báo chí đưa nội dung lên các nền tảng số", 2]])).toEqual({});
    expect(countsOf([["Số cơ quan báo chí của tỉnh: 3 năm 2023, 4 năm 2025"]])).toEqual({});
    expect(countsOf([["Số cơ quan báo chí", "3/4"]])).toEqual({});
  });

  it("prefers the user's N to the defined name, and the defined name to a label cell", () => {
    const grid = buildGrid({
      sheet: "Phụ lục",
      rows: [
        ["Số cơ quan báo chí", 5],
        ["STT", "Nội dung chỉ tiêu", "Năm 2024", "Năm 2025"],
        [1, LABEL.platforms, pct(0.5), pct(0.75)],
      ],
    });
    const unreachable = (names: Record<string, string>, agencies?: number) =>
      validateSnapshot({ sheets: [grid], names }, agencies === undefined ? {} : { counts: { agencies } })
        .findings.filter((f) => f.code === "target.unreachable_share")
        .map((f) => `${f.cell} N=${String(f.operands?.["agencies"])}`);
    expect(unreachable({})).toEqual(["C3 N=5", "D3 N=5"]);
    expect(unreachable({ PressDX_Agencies: "=4" })).toEqual([]); // 50% and 75% are 2 and 3 of 4
    expect(unreachable({ PressDX_Agencies: "=4" }, 2)).toEqual(["D3 N=2"]);
  });
});
