import { findPlanCounts } from "../../src/sheet/planCounts";
import { buildGrid } from "./gridBuilder";

describe("findPlanCounts", () => {
  it("returns nothing when the workbook does not state the counts", () => {
    const grid = buildGrid({ rows: [["Nội dung chỉ tiêu", "Năm 2023"], ["Số cơ quan báo chí đưa nội dung lên/tổng số", 3]] });
    expect(findPlanCounts({ sheets: [grid], names: {} })).toEqual({});
  });

  it("reads the defined names, quoted sheet names and constants included", () => {
    const settings = buildGrid({ sheet: "Cài đặt 'A'", rows: [[null, 3], [null, "2"]] });
    const names = {
      PressDX_Agencies: "'Cài đặt ''A'''!$B$1",
      pressdx_electronicagencies: "'Cài đặt ''A'''!$B$2",
      PressDX_People: "=120",
    };
    expect(findPlanCounts({ sheets: [settings], names })).toEqual({ agencies: 3, electronicAgencies: 2, people: 120 });
  });

  it("reads label cells with a whole number to their right", () => {
    const grid = buildGrid({
      origin: "C5",
      rows: [
        ["Số cơ quan báo chí:", 3],
        ["Tổng số cơ quan báo chí điện tử", null, "1"],
        ["Tổng số người trong các cơ quan báo chí", 245],
      ],
    });
    expect(findPlanCounts({ sheets: [grid], names: {} })).toEqual({ agencies: 3, electronicAgencies: 1, people: 245 });
  });

  it("reads a count written inside the label cell", () => {
    const grid = buildGrid({ rows: [["Số cơ quan báo chí của tỉnh: 4"]] });
    expect(findPlanCounts({ sheets: [grid], names: {} })).toEqual({ agencies: 4 });
  });

  it("prefers the defined name, and ignores a label without a whole number", () => {
    const grid = buildGrid({ rows: [["Số cơ quan báo chí", 5], ["Số cơ quan báo chí điện tử", "hai"], [null, 7]] });
    expect(findPlanCounts({ sheets: [grid], names: { PressDX_Agencies: "Sheet1!A3" } })).toEqual({ agencies: 5 });
    const named = findPlanCounts({ sheets: [grid], names: { PressDX_Agencies: "Sheet1!B3" } });
    expect(named).toEqual({ agencies: 7 });
  });

  it("reads labels that start with a bullet, a space, a control character or in lower case, and no other text", () => {
    const grid = buildGrid({
      rows: [
        ["- Số cơ quan báo chí:", 3],
        ["\u0013 tổng số cơ quan báo chí điện tử", 2],
        ["  số người trong các cơ quan báo chí", 40],
        ["1. Số cơ quan báo chí", 9],
        ["Ghi chú: số cơ quan báo chí", 8],
      ],
    });
    expect(findPlanCounts({ sheets: [grid], names: {} })).toEqual({ agencies: 3, electronicAgencies: 2, people: 40 });
  });
});
