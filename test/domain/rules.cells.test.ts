import { validateAppendix } from "../../src/domain/rules";
import { EARLY, general, table, text } from "./builders";
import { nationalPlan, only } from "./ruleFixtures";

const validate = (values: Parameters<typeof table>[0]["rows"][number]["values"], indicator: "platforms" | "revenue" | null = "platforms") =>
  validateAppendix([table({ years: EARLY, rows: [{ indicator, values }] })], {});

describe("the national targets", () => {
  it("meet every rule", () => {
    expect(validateAppendix(nationalPlan(), { agencies: 20 })).toEqual([]);
  });
});

describe("figure rule: not a number", () => {
  it.each([["4O%"], ["chưa xác định"], ["Báo X và Đài Y"]])("flags %s", (value) => {
    const f = only(validate([0.3, text(value), 0.7]), "figure.not_a_number");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", cell: "D5", year: 2024, value, indicator: "platforms" });
  });
  it("flags an Excel error value, quoting the error", () => {
    const f = only(validate([0.3, { value: { error: "#DIV/0!" }, percentFormat: true }, 0.7]), "figure.not_a_number");
    expect(f[0]).toMatchObject({ value: "#DIV/0!", cell: "D5" });
  });
  it("flags a boolean", () => {
    expect(only(validate([0.3, { value: false, percentFormat: false }, 0.7]), "figure.not_a_number")).toHaveLength(1);
  });
  it("does not flag readable figures", () => {
    expect(only(validate([0.3, text("trên 50%"), general(0.7)]), "figure.not_a_number")).toEqual([]);
  });
  it("gives an unreadable cell no other finding", () => {
    const f = validate([0.3, text("4O%"), 0.7]).filter((x) => x.cell === "D5");
    expect(f.map((x) => x.code)).toEqual(["figure.not_a_number"]);
  });
});

describe("figure rule: out of range", () => {
  it.each([[1.2], [-0.1]])("flags a share of %d", (share) => {
    const f = only(validate([0.3, share, 0.7]), "figure.out_of_range");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", cell: "D5", operands: { share } });
  });
  it("flags a bare percent above 100 in a table of percents", () => {
    const f = only(validate([general(30), general(150), general(70)]), "figure.out_of_range");
    expect(f[0]?.operands?.["share"]).toBeCloseTo(1.5);
  });
  it("does not flag 0% and 100%", () => {
    expect(only(validate([0, 1, 1]), "figure.out_of_range")).toEqual([]);
  });
  it("gives an out-of-range cell no other finding, even typed as text", () => {
    const f = validate([0.3, text("120%"), 0.7]).filter((x) => x.cell === "D5");
    expect(f.map((x) => x.code)).toEqual(["figure.out_of_range"]);
  });
});

describe("figure rule: stored as text", () => {
  it.each([["67%"], ["66,7%"], ["2/3"], ["phấn đấu 100%"]])("flags %s as a warning with its share", (value) => {
    const f = only(validate([0.3, 0.5, text(value)]), "figure.stored_as_text");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", cell: "E5", value });
    expect(f[0]?.operands?.["share"]).toBeGreaterThan(0.66);
  });
  it("does not flag numbers", () => {
    expect(only(validate([0.3, general(0.5), 0.7]), "figure.stored_as_text")).toEqual([]);
  });
  it("does not flag the compound revenue text", () => {
    const f = validate([text("0%"), text("15% cơ quan báo chí tăng doanh thu 10%"), text("30% cơ quan báo chí tăng doanh thu 20%")], "revenue");
    expect(only(f, "figure.stored_as_text").map((x) => x.cell)).toEqual(["C5"]);
  });
});

describe("figure rule: blank", () => {
  it("flags an empty cell in a recognised row, in a year that has other figures", () => {
    const f = validateAppendix(
      [table({ years: EARLY, rows: [{ indicator: "platforms", values: [0.3, null, text("  ")] }, { indicator: "training", values: [0.4, 0.7, 1] }] })],
      {},
    );
    expect(only(f, "figure.blank").map((x) => [x.cell, x.severity, x.value])).toEqual([
      ["D5", "warning", null],
      ["E5", "warning", null],
    ]);
    expect(only(f, "figure.year_blank")).toEqual([]);
  });
  it("does not flag an empty cell in an unknown row", () => {
    expect(only(validate([0.3, null, null], null), "figure.blank")).toEqual([]);
  });
});

describe("revenue rule: incomplete", () => {
  it("flags a share without its threshold", () => {
    const f = only(validate([0, text("15%"), 0.3], "revenue"), "revenue.incomplete");
    expect(f.map((x) => [x.cell, x.operands?.["missing"], x.severity])).toEqual([
      ["D5", "threshold", "error"],
      ["E5", "threshold", "error"],
    ]);
  });
  it("flags a threshold without its share", () => {
    const f = only(validate([text("tăng doanh thu 5%"), null, null], "revenue"), "revenue.incomplete");
    expect(f[0]).toMatchObject({ cell: "C5", operands: { missing: "share" }, value: "tăng doanh thu 5%" });
  });
  it("does not flag a zero share, as text or number", () => {
    expect(only(validate([text("0%"), 0, general(0)], "revenue"), "revenue.incomplete")).toEqual([]);
  });
  it("does not flag the full form", () => {
    const f = validate([text("5% cơ quan báo chí tăng doanh thu 5%"), text("15% cơ quan báo chí\ntăng doanh thu tối thiểu 10%"), text("30% cơ quan tăng doanh thu 20%")], "revenue");
    expect(f).toEqual([]);
  });
  it("gives an incomplete cell no other finding", () => {
    const f = validate([text("5% cơ quan báo chí tăng doanh thu 5%"), text("1%"), text("30% cơ quan tăng doanh thu 20%")], "revenue");
    expect(f.map((x) => x.code)).toEqual(["revenue.incomplete"]);
  });
});
