/** Findings arranged for the pane: by table, what matters first, repeated findings folded; the tree's rows. */
import { type Finding, finding } from "../../src/domain/findings";
import { groupBySheet, groupByTable } from "../../src/taskpane/validate/groupFindings";
import { EMPTY_TREE, findingPlaces, OPEN_ALL_UP_TO, PAGE, reveal, showMore, toggle, visibleRows } from "../../src/taskpane/validate/treeRows";

const tables = [
  { sheet: "Phụ lục", range: "A7:F14" },
  { sheet: "Phụ lục", range: "A17:G40" },
];
const heading = (t: { range: string } | null) => (t ? t.range : "other");
const blank = (cell: string, year: number): Finding => finding({ code: "figure.blank", sheet: "Phụ lục", cell, indicator: "platforms", year, value: null });
const describeItems = (g: ReturnType<typeof groupByTable>[number]) =>
  g.items.map((i) => (i.kind === "finding" ? `${i.finding.cell} ${i.finding.code}` : `${i.findings.length}× ${i.code} ${i.years.join(",")}`));

describe("grouping findings by table", () => {
  it("puts each finding under the table whose range holds its cell, in sheet order, others last, tables without findings left out", () => {
    const groups = groupByTable(
      [blank("C20", 2026), finding({ code: "figure.out_of_range", sheet: "Khác", cell: "C8", indicator: "platforms", year: 2023, value: 2 })],
      tables,
      heading,
    );
    expect(groups.map((g) => [g.heading, g.count])).toEqual([
      ["A17:G40", 1],
      ["other", 1],
    ]);
  });

  it("lists errors, then warnings, then notes; findings that stand alone before a rule's folded findings", () => {
    const fs = [
      blank("C18", 2026),
      finding({ code: "indicator.label_differs", sheet: "Phụ lục", cell: "B18", indicator: "platforms", year: null, value: "x" }),
      blank("D18", 2027),
      finding({ code: "target.decreasing", sheet: "Phụ lục", cell: "C19", indicator: "analytics_ai", year: 2026, value: 0.1 }),
      blank("E18", 2028),
      finding({ code: "figure.out_of_range", sheet: "Phụ lục", cell: "D20", indicator: "converged_newsroom", year: 2027, value: 1.5 }),
      blank("F18", 2029),
    ];
    const [g] = groupByTable(fs, tables, heading);
    expect(g && describeItems(g)).toEqual([
      "D20 figure.out_of_range",
      "C19 target.decreasing",
      "4× figure.blank 2026,2027,2028,2029",
      "B18 indicator.label_differs",
    ]);
  });

  it("folds a rule only from three findings in one table, and never across tables", () => {
    const [a, b] = groupByTable([blank("C8", 2023), blank("D8", 2024), blank("C18", 2026), blank("D18", 2027), blank("E18", 2028)], tables, heading);
    expect(a && describeItems(a)).toEqual(["C8 figure.blank", "D8 figure.blank"]);
    expect(b && describeItems(b)).toEqual(["3× figure.blank 2026,2027,2028"]);
  });

  it("groups report findings by sheet and agency", () => {
    const fs = [
      finding({ code: "report.negative", sheet: "BC", cell: "E4", indicator: null, year: 2024, value: -1, agency: "Báo B" }),
      finding({ code: "report.negative", sheet: "BC", cell: "E3", indicator: null, year: 2024, value: -2, agency: "Báo A" }),
      finding({ code: "report.negative", sheet: "BC", cell: "F5", indicator: null, year: 2024, value: -3, agency: "Báo A" }),
    ];
    const groups = groupBySheet(fs, (f) => f.agency ?? "?", (sheet, agency) => `${sheet}/${agency}`);
    expect(groups.map((g) => [g.heading, describeItems(g)])).toEqual([
      ["BC/Báo A", ["E3 report.negative", "F5 report.negative"]],
      ["BC/Báo B", ["E4 report.negative"]],
    ]);
  });
});

describe("the tree's rows", () => {
  const groups = groupByTable(
    [finding({ code: "figure.out_of_range", sheet: "Phụ lục", cell: "C8", indicator: "platforms", year: 2023, value: 2 }), ...Array.from({ length: 120 }, (_, i) => blank(`C${18 + (i % 20)}`, 2026 + (i % 4)))],
    tables,
    heading,
  );
  const shape = (rows: ReturnType<typeof visibleRows>) => rows.map((r) => `${r.level}:${r.kind}${"expanded" in r ? (r.expanded ? "+" : "-") : ""} ${r.posinset}/${r.setsize}`);

  it("open every table and keep folded rules closed by default, with positions in each level", () => {
    expect(shape(visibleRows(groups, EMPTY_TREE))).toEqual(["1:group+ 1/2", "2:finding 1/1", "1:group+ 2/2", "2:bundle- 1/1"]);
  });

  it("open a folded rule a page at a time, with a row for the rest", () => {
    const key = visibleRows(groups, EMPTY_TREE)[3]?.key ?? "";
    const open = visibleRows(groups, toggle(EMPTY_TREE, key));
    expect(open).toHaveLength(4 + PAGE + 1);
    const more = open[open.length - 1];
    if (more?.kind !== "more") throw new Error("no more row");
    expect([more.level, more.next, more.left, more.posinset, more.setsize]).toEqual([3, 50, 70, 51, 51]);
    expect(visibleRows(groups, showMore(toggle(EMPTY_TREE, key), more))).toHaveLength(4 + 100 + 1);
  });

  it("walk every finding in the order shown, and reveal one inside a closed folded rule and past a page", () => {
    const places = findingPlaces(groups);
    expect(places).toHaveLength(121);
    expect(places[0]?.finding.cell).toBe("C8");
    const last = places[120];
    if (!last) throw new Error("no place");
    const closedTable = toggle(EMPTY_TREE, groups[1]?.key ?? "");
    const rows = visibleRows(groups, reveal(groups, closedTable, last));
    expect(rows.some((r) => r.key === last.key)).toBe(true);
  });

  it("open only the first table when there are very many findings", () => {
    const many = groupByTable(
      [...Array.from({ length: OPEN_ALL_UP_TO }, (_, i) => blank(`C${8 + (i % 6)}`, 2023)), blank("C18", 2026)],
      tables,
      heading,
    );
    expect(visibleRows(many, EMPTY_TREE).filter((r) => r.level === 1).map((r) => r.kind === "group" && r.expanded)).toEqual([true, false]);
  });
});
