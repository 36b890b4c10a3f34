import { validateAppendix } from "../../src/domain/rules";
import type { PlanCounts } from "../../src/domain/appendix";
import type { IndicatorId } from "../../src/domain/indicators";
import { general, LATE, table, text, type CellSpec } from "./builders";
import { only } from "./ruleFixtures";
import { renderMessage } from "../../src/domain/messages";

function unreachable(indicator: IndicatorId, values: CellSpec[], counts: PlanCounts) {
  return only(validateAppendix([table({ years: LATE, rows: [{ indicator, values }] })], counts), "target.unreachable_share");
}

describe("k of N rule", () => {
  it("flags 50% with 3 agencies and names 1/3 and 2/3", () => {
    const f = unreachable("platforms", [1, 1, 1, 1, 1].map((v, i) => (i === 0 ? 0.5 : v)), { agencies: 3 });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "C5", severity: "warning", operands: { share: 0.5, agencies: 3, lowerK: 1, upperK: 2 } });
    expect(f[0]?.operands?.["lower"]).toBeCloseTo(1 / 3);
    expect(f[0]?.operands?.["upper"]).toBeCloseTo(2 / 3);
  });
  it.each([
    ["67%", text("67%")],
    ["66,7%", text("66,7%")],
    ["0.6667", 0.6667],
    ["2/3", text("2/3")],
    ["33%", 0.33],
    ["0%", 0],
  ] as const)("accepts %s with 3 agencies", (_name, v) => {
    expect(unreachable("analytics_ai", [v, 1, 1, 1, 1], { agencies: 3 })).toEqual([]);
  });
  it("is off when the number of agencies is unknown", () => {
    expect(unreachable("platforms", [0.5, 1, 1, 1, 1], {})).toEqual([]);
  });
  it("checks the revenue share, not the threshold", () => {
    const f = unreachable("revenue", [text("50% cơ quan báo chí tăng doanh thu 20%"), text("67% cơ quan tăng doanh thu 33%"), null, null, null], { agencies: 3 });
    expect(f.map((x) => x.cell)).toEqual(["C5"]);
  });
  it("uses the number of people for training, and only when known", () => {
    expect(unreachable("training", [0.5, 1, 1, 1, 1], { agencies: 3 })).toEqual([]);
    expect(unreachable("training", [0.55, 1, 1, 1, 1], { agencies: 3, people: 4 }).map((x) => x.operands?.["agencies"])).toEqual([4]);
  });
  it("uses the number of electronic-press agencies for security, and only when known", () => {
    expect(unreachable("security_level3", [0.5, 1, 1, 1, 1], { agencies: 3 })).toEqual([]);
    expect(unreachable("security_level3", [0.5, 1, 1, 1, 1], { electronicAgencies: 1 })).toHaveLength(1);
  });
  it("does not check bounds such as “trên 65%”", () => {
    expect(unreachable("platforms", [text("trên 65%"), text("tối thiểu 50%"), 1, 1, 1], { agencies: 3 })).toEqual([]);
  });
  it("reads bare percents of the table before checking", () => {
    expect(unreachable("platforms", [general(67), general(67), general(100), general(100), general(100)], { agencies: 3 })).toEqual([]);
  });
});

describe("k of N message", () => {
  it("names what N counts", () => {
    const [people] = unreachable("training", [0.55, 1, 1, 1, 1], { people: 4 });
    const [agencies] = unreachable("platforms", [0.5, 1, 1, 1, 1], { agencies: 3 });
    if (!people || !agencies) throw new Error("expected findings");
    expect(renderMessage(people, "vi")).toContain("với 4 người");
    expect(renderMessage(people, "en")).toContain("with 4 people");
    expect(renderMessage(agencies, "vi")).toContain("với 3 cơ quan");
    expect(renderMessage(agencies, "en")).toContain("with 3 agencies");
  });
});
